// Starts a real Loket server on a free port against a database of its own (cloned from the template).
import { afterAll, inject } from 'vitest';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { type RunningLoket, startLoket } from '../../server/src/loket.js';
import { cloneTemplate, dropDatabase } from '../setup/database.js';
import { APP_PASSWORD, APP_USER, TEST_PUBLIC_URL } from '../setup/test-env.js';

export interface TestServer extends RunningLoket {
  graphqlUrl: string;
  wsUrl: string;
  /** Owner URL of this server's database: for reading what tests must check (mails, rows). */
  dbUrl: string;
}

/** A new database for this test file (dropped when the file ends). */
export async function testDatabase(): Promise<string> {
  const adminUrl = inject('adminUrl');
  const url = await cloneTemplate(adminUrl, inject('templateDatabase'));
  afterAll(() => dropDatabase(adminUrl, url));
  return url;
}

/** Starts a server; stopped after the file's tests unless the test stops it itself. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { databaseUrl?: string } = {},
): Promise<TestServer> {
  const dbUrl = options.databaseUrl ?? (await testDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: dbUrl,
    DATABASE_APP_USER: APP_USER,
    DATABASE_APP_PASSWORD: APP_PASSWORD,
    PORT: '0',
    PUBLIC_URL: TEST_PUBLIC_URL,
    WORKER: 'off',
    SEED_DEMO: 'false',
    DATABASE_POOL_SIZE: '5',
    // Test files send more mails per user than a person would; rate-limits.test.ts sets its own limits.
    MAIL_ACTIONS_PER_HOUR: '10000',
    ...env,
  });
  const loket = await startLoket(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'));
  afterAll(() => loket.stop());
  return {
    ...loket,
    dbUrl,
    graphqlUrl: `${loket.url}/graphql`,
    wsUrl: `${loket.url.replace(/^http/, 'ws')}/graphql`,
  };
}
