// Child processes of a benchmark run: Loket (the compiled server), PostGraphile, the raw baseline and the
// plain-ws broadcaster each run as their own process, so that the resident memory measured is theirs alone.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_ARGS } from '../../scripts/server-node-args.mjs';
import { APP_PASSWORD, APP_USER, databaseUrl } from './db.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, '../..');
const LOKET_MAIN = path.join(ROOT, 'server/dist/server/src/main.js');

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resident and peak memory of a process, in bytes (Linux /proc). */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), peak: kb('VmHWM') };
  } catch {
    return { rss: 0, peak: 0 };
  }
}

/** CPU time (user + system) a process has used, in milliseconds (Linux /proc, 100 ticks a second). */
export function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Samples a process's RSS every `ms` until stopped; returns the highest value seen. */
export function rssSampler(pid, ms = 250) {
  let max = memoryOf(pid).rss;
  const timer = setInterval(() => {
    max = Math.max(max, memoryOf(pid).rss);
  }, ms);
  return {
    stop() {
      clearInterval(timer);
      max = Math.max(max, memoryOf(pid).rss);
      return max;
    },
  };
}

async function waitFor(check, what, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  let last;
  while (Date.now() < until) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not become ready${last ? `: ${last.message}` : ''}`);
}

/** Sends `message` to a child's preloaded bench module and resolves with its answer of the same type. */
function ask(child, name, message) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error(`${name} did not answer ${message.type}`));
    }, 5000);
    const onMessage = (answer) => {
      if (answer?.type !== message.type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(answer);
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

/**
 * Starts a Node script as a child process and waits until `ready()` answers true.
 * @returns {Promise<{ name: string, url: string, pid: number, child: import('node:child_process').ChildProcess, stop(): Promise<void>, memory(): { rss: number, peak: number } }>}
 */
async function startChild(name, script, env, url, ready, options = {}) {
  const nodeArgs = [
    // Every contestant runs with the runtime options Loket's server runs with (a fair comparison), plus
    // BENCH_NODE_ARGS for an experiment.
    ...SERVER_NODE_ARGS,
    ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
    // Event-loop delay, pool waits and GC pauses, beside every p99 (all contestants alike).
    '--import',
    path.join(ROOT, 'bench/lib/tail-monitor.mjs'),
    ...(options.count ? ['--import', path.join(ROOT, 'bench/lib/count-queries.mjs')] : []),
    ...(options.nodeArgs ?? []),
  ];
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  try {
    await waitFor(async () => {
      if (exited) throw new Error(`${name} exited:\n${output}`);
      return ready();
    }, name);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    name,
    url,
    database: options.database,
    applicationNames: options.applicationNames ?? [],
    pid: child.pid,
    child,
    output: () => output,
    memory: () => memoryOf(child.pid),
    /** Queries and statements its pg clients sent so far (needs `count: true` at start). */
    queries: (recent = false) => ask(child, name, { type: 'bench:queries', recent }),
    /** Opens a new window of event-loop delay, pool waits and GC pauses (bench/lib/tail-monitor.mjs). */
    resetTail: () => ask(child, name, { type: 'bench:tail-reset' }),
    /** The window's event-loop delay, pool waits and GC pauses, since `resetTail()`. */
    tail: async () => {
      const { type: _, ...tail } = await ask(child, name, { type: 'bench:tail' });
      return tail;
    },
    async stop() {
      if (exited) return;
      const done = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(timer);
    },
  };
}

const httpOk = (url) => async () => (await fetch(url).catch(() => null))?.ok === true;

/**
 * The compiled Loket server (build it first), production mode, no worker, against `database`.
 * `BENCH_LOKET_NODE_ARGS` adds Node options, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile a run.
 */
export async function startLoketProcess(admin, database, env = {}, options = {}) {
  const extra = process.env.BENCH_LOKET_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  options = { ...options, nodeArgs: [...(options.nodeArgs ?? []), ...extra] };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return startChild(
    'loket',
    options.main ?? LOKET_MAIN,
    {
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl(admin, database),
      DATABASE_APP_USER: APP_USER,
      DATABASE_APP_PASSWORD: APP_PASSWORD,
      DATABASE_POOL_SIZE: '10',
      WORKER: 'off',
      SEED_DEMO: 'false',
      // The load scripts send far more messages per user than a person would.
      MAIL_ACTIONS_PER_HOUR: '100000000',
      ...env,
    },
    url,
    httpOk(`${url}/readyz`),
    { ...options, database, applicationNames: ['loket'] },
  );
}

function baselineEnv(admin, database, port) {
  return {
    PORT: String(port),
    DATABASE_URL: databaseUrl(admin, database),
    APP_DATABASE_URL: databaseUrl(admin, database, APP_USER, APP_PASSWORD),
    DATABASE_POOL_SIZE: '10',
    GRAPHILE_ENV: 'production',
    NODE_ENV: 'production',
  };
}

export async function startPostgraphileProcess(admin, database, options = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return startChild(
    'postgraphile',
    path.join(ROOT, 'bench/servers/postgraphile.mjs'),
    baselineEnv(admin, database, port),
    url,
    async () => {
      const r = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }).catch(() => null);
      return r?.ok === true;
    },
    { ...options, database, applicationNames: ['bench-postgraphile', 'bench-postgraphile-auth'] },
  );
}

export async function startRawProcess(admin, database, options = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return startChild(
    'raw',
    path.join(ROOT, 'bench/servers/raw.mjs'),
    baselineEnv(admin, database, port),
    url,
    async () => (await fetch(`${url}/nothing`, { method: 'POST' }).catch(() => null))?.status === 404,
    { ...options, database, applicationNames: ['bench-raw', 'bench-raw-owner'] },
  );
}

export async function startBroadcastProcess(admin, database) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  return startChild(
    'plain-ws',
    path.join(ROOT, 'bench/servers/ws-broadcast.mjs'),
    baselineEnv(admin, database, port),
    url,
    httpOk(`${url}/ready`),
    { database },
  );
}
