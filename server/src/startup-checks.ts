// Start-up checks whose failures a person can act on: a StartupError carries a message that names the
// problem and the setting to change, and is printed without a stack trace (process-lifecycle.ts). Checks:
// the port is free, DATA_DIR is writable, the database answers (retried for a while: containers start in
// any order).
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from './logger.js';

export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}

/** Fails when another program listens on `host:port` (port 0: any free port, nothing to check). */
export async function checkPortFree(host: string, port: number, variable: string): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${port} on ${host} is in use by another program: stop it, or set ${variable}.`,
            )
          : new StartupError(
              `Cannot listen on ${host}:${port} (${error.code ?? error.message}): check HOST and ${variable}.`,
            ),
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Whether `dir` can be written now: created when missing, a file written and removed. */
export async function dataDirProblem(dir: string): Promise<string | null> {
  const probe = path.join(dir, `.write-probe-${process.pid}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(probe, '');
    await unlink(probe);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}

export async function checkDataDirWritable(dir: string): Promise<void> {
  const problem = await dataDirProblem(dir);
  if (problem)
    throw new StartupError(
      `DATA_DIR ${dir} is not writable (${problem}): Loket keeps its database, uploads and temporary files there. Choose a writable folder with DATA_DIR.`,
    );
}

/** What a failed connection means for a person, by error code; null when it is not a connection problem. */
function connectionProblem(error: unknown, url: URL): string | null {
  const code = (error as { code?: string }).code;
  const where = `${url.hostname}:${url.port || 5432}`;
  const database = url.pathname.replace(/^\//, '') || url.username;
  switch (code) {
    case 'ECONNREFUSED':
    case 'ECONNRESET':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `the database server at ${where} does not answer (${code})`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the database host ${url.hostname} is unknown (${code})`;
    case '57P03':
      return `the database server at ${where} is still starting`;
    case '3D000':
      return `the database "${database}" does not exist on ${where}`;
    case '28P01':
    case '28000':
      return `the database at ${where} refuses the role "${url.username}" (unknown role or wrong password)`;
    default:
      return null;
  }
}

/**
 * Connects once to `ownerUrl`, retrying connection problems for up to `timeoutSeconds` (each retry
 * logged); then a StartupError names what is wrong and which setting to check.
 */
export async function waitForDatabase(ownerUrl: string, timeoutSeconds: number, log: Logger): Promise<void> {
  const url = new URL(ownerUrl);
  const deadline = Date.now() + timeoutSeconds * 1000;
  for (let attempt = 1; ; attempt++) {
    const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      const problem = connectionProblem(error, url);
      if (!problem) throw error;
      if (Date.now() >= deadline)
        throw new StartupError(
          `Cannot use the database: ${problem}. Check DATABASE_URL (waited ${timeoutSeconds} s, DATABASE_CONNECT_TIMEOUT_SECONDS).`,
          { cause: error },
        );
      const delayMs = Math.min(5000, 250 * 2 ** (attempt - 1));
      log.warn({ attempt, delayMs, problem }, 'database not ready; retrying');
      await new Promise((r) => setTimeout(r, Math.min(delayMs, Math.max(0, deadline - Date.now()))));
    }
  }
}
