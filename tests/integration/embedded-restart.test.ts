// The embedded PostgreSQL after a kill -9 of the API process (docs/decisions/0013): the kill strands it
// (it keeps running, holding the port and its lock file), and the next start of the same DATA_DIR stops
// that stranded server and starts cleanly; a SIGTERM then leaves no PostgreSQL behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, it, onTestFinished } from 'vitest';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(ms: number, probe: () => boolean): Promise<void> {
  const start = Date.now();
  while (!probe()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

it('stops a PostgreSQL stranded by a killed API process on the next start, and leaves none after SIGTERM', async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'loket-embedded-'));
  const pgPort = await freePort();
  const started: ChildProcess[] = [];
  const postmasters: number[] = [];
  // onTestFinished: vitest 4 never runs an afterAll registered inside a test.
  onTestFinished(async () => {
    for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
    for (const pid of postmasters) if (alive(pid)) process.kill(pid, 'SIGQUIT');
    await rm(dataDir, { recursive: true, force: true });
  });
  const { DATABASE_URL: _unused, TEST_DATABASE_URL: _alsoUnused, ...env } = process.env;
  const start = async () => {
    const child = spawn(process.execPath, [path.resolve('server/dist/server/src/main.js')], {
      env: {
        ...env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        PORT: '0',
        DATA_DIR: dataDir,
        EMBEDDED_PG_PORT: String(pgPort),
        WORKER: 'off',
        SEED_DEMO: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(child);
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', () => {
        if (/GraphQL server listening/.test(out)) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
    });
    const postmaster = Number(
      readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    postmasters.push(postmaster);
    return { child, postmaster, output: () => out };
  };

  const first = await start();
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));
  // What used to happen: the PostgreSQL keeps running without its parent.
  expect(alive(first.postmaster)).toBe(true);

  const second = await start();
  expect(second.output()).toContain('stopping an embedded PostgreSQL left running by a killed Loket process');
  expect(alive(first.postmaster)).toBe(false);
  expect(second.postmaster).not.toBe(first.postmaster);

  const exited = new Promise<number | null>((resolve) => second.child.once('exit', resolve));
  second.child.kill('SIGTERM');
  expect(await exited).toBe(0);
  await until(10_000, () => !alive(second.postmaster));
}, 180_000);
