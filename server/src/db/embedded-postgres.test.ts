// The embedded PostgreSQL starts from a private (0700) folder, also as root (issue 12 item 12: `spawn initdb
// EACCES`), and finds its cluster again after a restart.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, expect, test } from 'vitest';
import { createLogger } from '../logger.js';
import { type RunningPostgres, startEmbeddedPostgres } from './embedded-postgres.js';
import { SHARED_POSTGRES_ROOT } from './embedded-postgres-home.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const cleanup: string[] = [];
afterAll(async () => {
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

test('starts from a data folder inside a 0700 folder and keeps its data across a restart', async () => {
  const privateDir = await mkdtemp(path.join(tmpdir(), 'loket-private-'));
  cleanup.push(privateDir);
  expect((await stat(privateDir)).mode & 0o777).toBe(0o700);
  const dataDir = path.join(privateDir, 'data');
  const log = createLogger('silent');
  const port = await freePort();

  let running: RunningPostgres = await startEmbeddedPostgres(dataDir, port, log);
  cleanup.unshift(running.home);
  try {
    // As root, PostgreSQL (run as `postgres`) cannot enter the private folder: it lives in a root-owned
    // folder under /var/tmp, keyed by the data folder's path. Others run it in place.
    const expectedHome =
      process.getuid?.() === 0
        ? path.join(
            SHARED_POSTGRES_ROOT,
            `loket-postgres-${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`,
          )
        : dataDir;
    expect(running.home).toBe(expectedHome);
    if (running.home !== dataDir) {
      const home = await stat(running.home);
      expect({ uid: home.uid, mode: home.mode & 0o777 }).toEqual({ uid: 0, mode: 0o755 });
    }
    await query(running.url, `CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')`);
    await running.stop();

    running = await startEmbeddedPostgres(dataDir, port, log);
    expect(running.home).toBe(expectedHome);
    expect(await query(running.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
  } finally {
    await running.stop();
  }
});
