// Opens the database the configuration points at: the embedded PostgreSQL when DATABASE_URL is unset,
// migrations applied, and the application's RLS-bound pool connected.
import type { DataSource } from 'typeorm';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { waitForDatabase } from '../startup-checks.js';
import { prepareDatabase } from './bootstrap.js';
import { createAppDataSource, withCredentials } from './data-source.js';
import { type RunningPostgres, startEmbeddedPostgres } from './embedded-postgres.js';

export interface OpenDatabase {
  /** Owner URL (migrations, the job queue's own schema). */
  ownerUrl: string;
  /** URL of the application role, bound by row-level security. */
  appUrl: string;
  dataSource: DataSource;
  /** Closes the pool, then stops the embedded server if one was started. */
  close(): Promise<void>;
}

export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  let embedded: RunningPostgres | undefined;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, log);
  const ownerUrl = config.databaseUrl ?? (embedded as RunningPostgres).url;
  try {
    // Your own server may come up after Loket (containers): wait for it, then say what is wrong.
    if (config.databaseUrl) await waitForDatabase(ownerUrl, config.databaseConnectTimeoutSeconds, log);
    await prepareDatabase({
      ownerUrl,
      appUser: config.databaseAppUser,
      appPassword: config.databaseAppPassword,
      log,
    });
    const appUrl = withCredentials(ownerUrl, config.databaseAppUser, config.databaseAppPassword);
    const dataSource = createAppDataSource(appUrl, config.databasePoolSize);
    await dataSource.initialize();
    return {
      ownerUrl,
      appUrl,
      dataSource,
      close: async () => {
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}
