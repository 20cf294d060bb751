// HTTP load with autocannon: `connections` concurrent clients, each request built for a session picked at
// random, a short warm-up first. Reports requests/s, p50/p99 latency, errors (transport, non-2xx and
// GraphQL errors in the body), the server's resident memory (after, and the highest sampled during) and
// where its tail comes from (event-loop delay, pool waits, GC pauses; see bench/lib/tail-monitor.mjs).
import autocannon from 'autocannon';
import pg from 'pg';
import { adminUrl, databaseUrl } from '../lib/db.mjs';
import { cpuOf, rssSampler } from '../lib/processes.mjs';
import { Random } from '../lib/random.mjs';
import { hasErrors } from '../lib/scenarios.mjs';

/**
 * The PostgreSQL backends serving a server's pool (by application_name), found after the warm-up when the
 * pool is full; their CPU time is read from /proc (same machine).
 */
async function databaseBackends(server) {
  if (!server.applicationNames?.length || !server.database) return [];
  const client = new pg.Client({ connectionString: databaseUrl(adminUrl(), server.database) });
  await client.connect();
  try {
    const { rows } = await client.query(
      'SELECT pid FROM pg_stat_activity WHERE application_name = ANY($1) AND datname = current_database()',
      [server.applicationNames],
    );
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

function run(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('error', reject);
  });
}

/**
 * @param {{ server: { url: string, pid: number, memory(): { rss: number }, resetTail?(): Promise<unknown>,
 *   tail?(): Promise<object> }, sessions: object[],
 *   build: (session: object, n: number, random: () => number) => { path: string, headers: object, body: string },
 *   connections?: number, seconds?: number, warmupSeconds?: number, checkBodies?: boolean }} options
 */
export async function httpLoad({
  server,
  sessions,
  build,
  connections = 50,
  seconds = 10,
  warmupSeconds = 3,
  checkBodies = true,
}) {
  const random = new Random(7);
  let n = 0;
  let bodyErrors = 0;
  let firstError = null;
  const requests = [
    {
      method: 'POST',
      setupRequest(request) {
        const session = sessions[Math.floor(random.next() * sessions.length)];
        const r = build(session, n++, () => random.next());
        return { ...request, path: r.path, headers: r.headers, body: r.body };
      },
      onResponse(status, body) {
        if (status >= 300) firstError ??= `${status} ${String(body).slice(0, 300)}`;
        else if (checkBodies && status < 300 && hasErrors(body)) {
          bodyErrors++;
          firstError ??= body.slice(0, 300);
        }
      },
    },
  ];
  const base = { url: server.url, connections, requests, timeout: 30 };
  if (warmupSeconds > 0) await run({ ...base, duration: warmupSeconds });
  bodyErrors = 0;
  firstError = null;
  const backends = await databaseBackends(server);
  const serverCpu = cpuOf(server.pid);
  const databaseCpu = new Map(backends.map((pid) => [pid, cpuOf(pid)]));
  const sampler = rssSampler(server.pid);
  // The tail's causes are measured over the measured run only, not the warm-up.
  await server.resetTail?.();
  const result = await run({ ...base, duration: seconds });
  const tail = (await server.tail?.()) ?? null;
  const peak = sampler.stop();
  const serverMs = cpuOf(server.pid) - serverCpu;
  // A backend that went away meanwhile (the pool replaced a connection) is left out.
  let databaseMs = 0;
  for (const [pid, before] of databaseCpu) {
    const after = cpuOf(pid);
    if (after >= before) databaseMs += after - before;
  }
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    /** Event-loop delay, pool waits and GC pauses in the server over the run (bench/lib/tail-monitor.mjs). */
    tail,
    mean: result.latency.average,
    errors: result.errors + result.non2xx + bodyErrors,
    firstError,
    rss: server.memory().rss,
    peakRss: peak,
    /** CPU milliseconds per request: the server process, and its PostgreSQL backends. */
    serverCpuMs: serverMs / Math.max(1, result.requests.total),
    databaseCpuMs: backends.length ? databaseMs / Math.max(1, result.requests.total) : null,
    connections,
    seconds,
  };
}
