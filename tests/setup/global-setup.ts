// Runs once before all test files: picks the PostgreSQL server, builds the template database from the
// migrations and the demo data, and hands its name to the test files.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../server/src/db/bootstrap.js';
import { createAppDataSource, withCredentials } from '../../server/src/db/data-source.js';
import { startEmbeddedPostgres } from '../../server/src/db/embedded-postgres.js';
import { inScope } from '../../server/src/db/scope.js';
import { createLogger } from '../../server/src/logger.js';
import { writeDemoData } from '../../server/src/seed/demo.js';
import { adminDatabaseUrl, databaseUrl, withAdmin } from './database.js';
import { APP_PASSWORD, APP_USER } from './test-env.js';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
  }
}

export default async function setup(project: TestProject) {
  const log = createLogger('silent');
  // Some tests run the compiled server as a real process (signals, a worker killed mid-delivery).
  execFileSync(process.execPath, [path.resolve('node_modules/typescript/bin/tsc'), '-p', 'server'], {
    stdio: 'inherit',
  });
  let adminUrl = adminDatabaseUrl(process.env);
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!adminUrl) {
    await mkdir(path.join(process.cwd(), '.data'), { recursive: true });
    const dir = await mkdtemp(path.join(process.cwd(), '.data', 'test-'));
    const port = 55_000 + Math.floor(Math.random() * 5_000);
    const embedded = await startEmbeddedPostgres(dir, port, log);
    adminUrl = embedded.url;
    stopEmbedded = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
      // Elsewhere when root runs the tests from a private folder (see embedded-postgres-home.ts).
      await rm(embedded.home, { recursive: true, force: true });
    };
  }

  const template = `loket_tpl_${process.pid}`;
  await withAdmin(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${template}`);
    await c.query(`CREATE DATABASE ${template}`);
  });
  const templateUrl = databaseUrl(adminUrl, template);
  await prepareDatabase({ ownerUrl: templateUrl, appUser: APP_USER, appPassword: APP_PASSWORD, log });
  const app = createAppDataSource(withCredentials(templateUrl, APP_USER, APP_PASSWORD), 2);
  await app.initialize();
  await inScope(app, { kind: 'system' }, (em) => writeDemoData(em));
  await app.destroy();

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    await withAdmin(adminUrl, async (c) => {
      const stale = await c.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2',
        [`${template.replace('_tpl_', '_t_')}_%`, template],
      );
      for (const { datname } of stale.rows) await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    });
    await stopEmbedded?.();
  };
}
