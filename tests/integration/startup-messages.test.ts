// Start-up problems a person can act on (docs/decisions/0013): the compiled server says what is wrong and
// which setting to change, without a stack trace, for a port in use, an unwritable DATA_DIR and a database
// that does not answer (after retrying for DATABASE_CONNECT_TIMEOUT_SECONDS); /readyz reports an
// unwritable DATA_DIR and an unreachable SMTP server as degraded, not down.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { APP_PASSWORD, APP_USER } from '../setup/test-env.js';
import { startTestServer, testDatabase } from '../utils/server.js';

function listening(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

/** A port nobody listens on (taken and given back). */
async function closedPort(): Promise<number> {
  const { server, port } = await listening();
  await new Promise((r) => server.close(r));
  return port;
}

/** Runs the compiled server with `env` until it exits; its exit code and everything it wrote. */
function runServer(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  const { DATABASE_URL: _unused, ...base } = process.env;
  const child = spawn(process.execPath, [path.resolve('server/dist/server/src/main.js')], {
    env: { ...base, NODE_ENV: 'test', LOG_LEVEL: 'warn', WORKER: 'off', SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, ms: Date.now() - started });
    }),
  );
}

const STACK_LINE = /^\s+at /m;

describe('start-up messages', () => {
  it('names a port in use, without a stack trace or an internal WebSocket error', async () => {
    const { server, port } = await listening();
    onTestFinished(() => new Promise<void>((r) => server.close(() => r())));
    const dbUrl = await testDatabase();
    const run = await runServer({
      DATABASE_URL: dbUrl,
      DATABASE_APP_USER: APP_USER,
      DATABASE_APP_PASSWORD: APP_PASSWORD,
      PORT: String(port),
    });
    expect(run.code).toBe(1);
    expect(run.output).toContain(
      `Port ${port} on 127.0.0.1 is in use by another program: stop it, or set PORT.`,
    );
    expect(run.output).not.toMatch(STACK_LINE);
    expect(run.output).not.toContain('Internal error emitted on the WebSocket server');
  });

  it('names an unwritable DATA_DIR', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'loket-readonly-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    // A file where the folder should be: unwritable even for root.
    const file = path.join(dir, 'not-a-folder');
    await writeFile(file, '');
    const dbUrl = await testDatabase();
    const run = await runServer({
      DATABASE_URL: dbUrl,
      DATABASE_APP_USER: APP_USER,
      DATABASE_APP_PASSWORD: APP_PASSWORD,
      PORT: '0',
      DATA_DIR: path.join(file, 'data'),
    });
    expect(run.code).toBe(1);
    expect(run.output).toContain(`DATA_DIR ${path.join(file, 'data')} is not writable (ENOTDIR)`);
    expect(run.output).toContain('Choose a writable folder with DATA_DIR.');
    expect(run.output).not.toMatch(STACK_LINE);
  });

  it('retries an unreachable database for DATABASE_CONNECT_TIMEOUT_SECONDS, then says so', async () => {
    const port = await closedPort();
    const run = await runServer({
      DATABASE_URL: `postgres://loket:secret@127.0.0.1:${port}/loket`,
      PORT: '0',
      DATABASE_CONNECT_TIMEOUT_SECONDS: '2',
      LOG_LEVEL: 'warn',
    });
    expect(run.code).toBe(1);
    expect(run.output).toContain(
      `Cannot use the database: the database server at 127.0.0.1:${port} does not answer (ECONNREFUSED). Check DATABASE_URL (waited 2 s, DATABASE_CONNECT_TIMEOUT_SECONDS).`,
    );
    expect(run.output).toContain('database not ready; retrying');
    expect(run.ms).toBeGreaterThanOrEqual(2000);
    expect(run.output).not.toMatch(STACK_LINE);
  });

  it('names a database that does not exist', async () => {
    const dbUrl = new URL(await testDatabase());
    dbUrl.pathname = '/loket_does_not_exist';
    const run = await runServer({
      DATABASE_URL: dbUrl.toString(),
      PORT: '0',
      DATABASE_CONNECT_TIMEOUT_SECONDS: '0',
    });
    expect(run.code).toBe(1);
    expect(run.output).toContain('the database "loket_does_not_exist" does not exist');
    expect(run.output).not.toMatch(STACK_LINE);
  });
});

describe('/readyz', () => {
  it('reports an unwritable DATA_DIR and an unreachable SMTP server as degraded, not down', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'loket-ready-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const dataDir = path.join(dir, 'data');
    const smtpPort = await closedPort();
    const server = await startTestServer({ DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` });
    const first = await fetch(`${server.url}/readyz`);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ status: 'degraded', problems: ['SMTP server unreachable'] });

    // DATA_DIR becomes unusable while running (here: a file takes its place).
    await rm(dataDir, { recursive: true, force: true });
    await writeFile(dataDir, '');
    const second = await fetch(`${server.url}/readyz`);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({
      status: 'degraded',
      problems: ['DATA_DIR not writable (EEXIST)', 'SMTP server unreachable'],
    });
  });
});
