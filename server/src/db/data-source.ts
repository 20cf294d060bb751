// TypeORM data sources: the owner's (migrations only) and the application's (bound by row-level security).
import { DataSource } from 'typeorm';
import { migrations } from '../../../migrations/index.js';
import { entities } from './entities.js';
import { QueryCounter } from './query-counter.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** The application's pool: connects as the non-owner role that row-level security binds. */
export function createAppDataSource(url: string, poolSize: number): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new QueryCounter(),
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, application_name: 'loket' },
  });
}

/** A short-lived connection as the tables' owner, to apply migrations. */
export function createOwnerDataSource(url: string): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: [],
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: 2, application_name: 'loket-migrate' },
  });
}

/** The URL of the same database, logged in as `user`. */
export function withCredentials(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}
