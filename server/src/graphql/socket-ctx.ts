// The context of an operation over the WebSocket (ws.ts): a Ctx whose logger is made only when something
// logs. A subscription keeps its context as long as it runs, and a pino child logger costs about 1 KB
// (its bindings are a chain of concatenated strings): most subscriptions never log (decision 0041).
import type { AppServices, Ctx } from '../context.js';
import type { Viewer } from '../domain/viewer.js';
import type { Language } from '../i18n/language.js';
import type { Logger } from '../logger.js';

/**
 * An operation's context whose `log` is made by `make` when first read. A class (the getter on its
 * prototype): a getter defined on each object would turn it into a slow, dictionary-mode object.
 */
export class SocketCtx implements Ctx {
  app: AppServices;
  viewer: Viewer;
  lang: Language;
  tx: Ctx['tx'];
  loaders: Ctx['loaders'];
  private made: Logger | undefined;

  constructor(
    { app, viewer, lang, tx, loaders }: Ctx,
    private readonly make: () => Logger,
  ) {
    this.app = app;
    this.viewer = viewer;
    this.lang = lang;
    this.tx = tx;
    this.loaders = loaders;
  }

  get log(): Logger {
    this.made ??= this.make();
    return this.made;
  }
}
