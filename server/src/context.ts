// What every operation carries: the application's services, who asks, in which language, and the one
// scoped transaction all of its SQL runs in. Services take it as their first argument.
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { ScopedTransaction } from './db/scope.js';
import { scopeOf, type Viewer } from './domain/viewer.js';
import { createLoaders, type Loaders } from './graphql/loaders.js';
import type { PgPubSub } from './graphql/pubsub.js';
import type { Language } from './i18n/language.js';
import type { Logger } from './logger.js';

/** Long-lived services, created once at start-up. */
export interface AppServices {
  config: Config;
  log: Logger;
  dataSource: DataSource;
  pubsub: PgPubSub;
}

export interface HttpInfo {
  req: Request;
  res: Response;
  ip: string;
  userAgent: string | null;
}

export interface Ctx {
  app: AppServices;
  viewer: Viewer;
  lang: Language;
  log: Logger;
  tx: ScopedTransaction;
  loaders: Loaders;
  http?: HttpInfo;
}

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
 * After a login within this operation: the rest of the operation (the payload's fields) runs as the new
 * viewer. The previous transaction is ended first; it was anonymous and wrote nothing.
 */
export async function switchViewer(ctx: Ctx, viewer: Viewer): Promise<void> {
  await ctx.tx.end('commit');
  ctx.viewer = viewer;
  ctx.lang = viewer.kind === 'user' ? viewer.language : ctx.lang;
  ctx.tx = new ScopedTransaction(ctx.app.dataSource, scopeOf(viewer));
  ctx.loaders = createLoaders(ctx.tx);
}
