// Builds the context of one operation (context.ts): a new scoped transaction and new loaders for a viewer.
import type { AppServices, Ctx, HttpInfo } from '../context.js';
import { ScopedTransaction } from '../db/scope.js';
import { anonymous, scopeOf, type Viewer } from '../domain/viewer.js';
import { createLoaders } from '../graphql/loaders.js';
import type { Language } from '../i18n/language.js';
import type { Logger } from '../logger.js';
import { endOperation } from './run-operation.js';

/** A fresh context (new transaction, new loaders) for one operation of `viewer`. */
export function createCtx(
  app: AppServices,
  viewer: Viewer,
  lang: Language,
  log: Logger,
  http?: HttpInfo,
): Ctx {
  const tx = new ScopedTransaction(app.dataSource, scopeOf(viewer));
  return { app, viewer, lang, log, tx, loaders: createLoaders(tx), ...(http ? { http } : {}) };
}

/**
 * A context for the server's own work that no user asks for (the mail intake): the system scope, no viewer.
 * Services that need a viewer refuse it (UNAUTHENTICATED); those written for it read `ctx.viewer.kind`.
 */
export function createSystemCtx(app: AppServices, log: Logger): Ctx {
  const tx = new ScopedTransaction(app.dataSource, { kind: 'system' });
  return { app, viewer: anonymous, lang: 'nl', log, tx, loaders: createLoaders(tx) };
}

/**
 * After a login within this operation: the rest of the operation (the payload's fields) runs as the new
 * viewer. The previous transaction is ended first; it was anonymous and wrote nothing.
 */
export async function switchViewer(ctx: Ctx, viewer: Viewer): Promise<void> {
  await endOperation(ctx, 'commit');
  ctx.viewer = viewer;
  ctx.lang = viewer.kind === 'user' ? viewer.language : ctx.lang;
  ctx.tx = new ScopedTransaction(ctx.app.dataSource, scopeOf(viewer));
  ctx.loaders = createLoaders(ctx.tx);
}
