// What every operation carries: the application's services, who asks, in which language, and the one
// scoped transaction all of its SQL runs in. Services take it as their first argument. Types only, so that
// the thirty files that import it pull in nothing else; operation/create-context.ts builds one.
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { ScopedTransaction } from './db/scope.js';
import type { Viewer } from './domain/viewer.js';
import type { Loaders } from './graphql/loaders.js';
import type { PgPubSub } from './graphql/pubsub.js';
import type { Language } from './i18n/language.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics/metrics.js';

/** Long-lived services, created once at start-up. */
export interface AppServices {
  config: Config;
  log: Logger;
  dataSource: DataSource;
  pubsub: PgPubSub;
  metrics: Metrics;
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
