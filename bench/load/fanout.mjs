// Subscription fan-out: a pool of idle subscribers (its own process) on one or two servers, messages
// committed at a fixed rate, and for each delivery the time from the commit to the subscriber's receipt.
// The commit time is when this process receives the transaction's NOTIFY on Loket's channel (the servers
// receive the same notification at the same moment); all clocks are CLOCK_MONOTONIC (process.hrtime). The
// servers' event-loop delay, pool waits and GC pauses are read over the measured events.
import { fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { ROOT } from '../lib/processes.mjs';
import { STAFF_SEND, SUBSCRIPTION } from '../lib/scenarios.mjs';
import { percentile } from '../lib/stats.mjs';
import { combineTails } from '../lib/tail.mjs';

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function subscriberPool() {
  const child = fork(path.join(ROOT, 'bench/load/subscribers.mjs'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = (message, type, timeoutMs = 600_000) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`subscriber pool: no ${type}`)), timeoutMs);
      const on = (reply) => {
        if (reply.type !== type || (message?.id && reply.id !== message.id)) return;
        clearTimeout(timer);
        child.off('message', on);
        resolve(reply);
      };
      child.on('message', on);
      if (message) child.send(message);
    });
  return {
    ready: ask(null, 'ready', 10_000),
    open: (options) => ask({ type: 'open', ...options }, 'opened'),
    received: (id) => ask({ type: 'received', id }, 'received', 10_000),
    results: () => ask({ type: 'results' }, 'results', 60_000),
    count: (ids) => ask({ type: 'count', ids }, 'count', 10_000),
    async close() {
      const exited = new Promise((r) => child.once('exit', r));
      child.send({ type: 'close' });
      await Promise.race([exited, sleep(5000)]);
      child.kill('SIGKILL');
    },
  };
}

/** Writes a message into the thread and announces it as Loket's send does, in one transaction. */
async function sendDirect(client, thread, organisationId, author, n) {
  const id = randomUUID();
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO message (id, organisation_id, thread_id, reference_number, theme_id, direction, title, body,
                          author_id, sender_label, attachment_count, client_key)
     VALUES ($1, $2, $3, $4, $5, 'INBOUND', $6, $7, $8, 'Bench (Team Erkenning)', 0, $9)`,
    [
      id,
      organisationId,
      thread.id,
      thread.reference_number,
      thread.theme_id,
      `Fan-out ${n}`,
      'Beste,\n\nDit is een bericht van de fan-out-meting.\n\nMet vriendelijke groet',
      author,
      `bench-fanout-${id}`,
    ],
  );
  const event = {
    topic: 'message.added',
    payload: {
      messageId: id,
      organisationId,
      threadId: thread.id,
      referenceNumber: thread.reference_number,
      themeId: thread.theme_id,
      teamId: thread.team_id,
      direction: 'INBOUND',
      authorId: author,
    },
  };
  await client.query('SELECT pg_notify($1, $2)', ['loket_events', JSON.stringify(event)]);
  await client.query('COMMIT');
  return id;
}

/** Sends through Loket's GraphQL API (staff to the organisation); returns nothing (the id comes by NOTIFY). */
async function sendViaApi(server, token, fixtures, n) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: STAFF_SEND,
      variables: {
        input: {
          organisationId: fixtures.largest.organisationId,
          themeId: fixtures.largest.thread.theme_id,
          title: `Fan-out ${n}`,
          body: 'Beste,\n\nDit is een bericht van de fan-out-meting.\n\nMet vriendelijke groet',
          clientKey: `bench-fanout-${randomUUID()}`,
        },
      },
    }),
  });
  const body = await response.json();
  const payload = body.data?.sendMessageToOrganisation;
  if (!payload?.message) throw new Error(`send failed: ${JSON.stringify(body).slice(0, 300)}`);
}

/**
 * @param {{ mode: 'graphql-ws' | 'plain', servers: Array<{ url: string, pid: number, memory(): { rss: number } }>,
 *   ownerUrl: string, fixtures: object, subscribers: number, events: number, ratePerSecond: number,
 *   via?: 'sql' | 'api', log?: (line: string) => void }} options
 */
export async function fanout({
  mode,
  servers,
  ownerUrl,
  fixtures,
  subscribers,
  events,
  ratePerSecond,
  via = 'sql',
  log = () => undefined,
}) {
  const pool = subscriberPool();
  await pool.ready;
  const sender = new pg.Client({ connectionString: ownerUrl, application_name: 'bench-fanout-send' });
  const listener = new pg.Client({ connectionString: ownerUrl, application_name: 'bench-fanout-listen' });
  await sender.connect();
  await listener.connect();
  const committed = new Map();
  listener.on('notification', (message) => {
    const at = now();
    try {
      const { topic, payload } = JSON.parse(message.payload);
      if (topic === 'message.added') committed.set(payload.messageId, at);
    } catch {}
  });
  await listener.query('LISTEN loket_events');
  const author = fixtures.admin.userId;
  const send = async (n) =>
    via === 'api'
      ? sendViaApi(servers[0], fixtures.admin.token, fixtures, n)
      : sendDirect(sender, fixtures.largest.thread, fixtures.largest.organisationId, author, n);

  try {
    await sleep(500);
    const before = servers.map((s) => s.memory().rss);
    // Staff and the largest organisation's users, many sockets per session: every subscriber gets every event.
    const tokens = [...fixtures.largest.sessions.map((s) => s.token), ...fixtures.staff.map((s) => s.token)];
    const wsUrls = servers.map((s) =>
      mode === 'plain' ? s.url.replace(/^http/, 'ws') : `${s.url.replace(/^http/, 'ws')}/graphql`,
    );
    const openStart = now();
    const opened = await pool.open({ mode, urls: wsUrls, tokens, count: subscribers, query: SUBSCRIPTION });
    log(
      `    ${opened.opened}/${subscribers} subscribers connected in ${((now() - openStart) / 1000).toFixed(1)} s`,
    );
    if (opened.opened < subscribers) log(`    (${opened.errors} errors: ${opened.lastError})`);

    // Probe until every subscriber receives events (subscriptions are set up asynchronously). Each probe
    // is awaited until its deliveries stop growing, so that probes never pile up in a slow server.
    const probeStart = now();
    let ready = false;
    const deliveries = async (id, expected, quietMs) => {
      let last = -1;
      let changed = now();
      for (;;) {
        const { count } = await pool.received(id);
        if (count >= expected) return count;
        if (count !== last) {
          last = count;
          changed = now();
        } else if (now() - changed > quietMs) return count;
        await sleep(250);
      }
    };
    const sentId = async (n) => {
      const before = new Set(committed.keys());
      await send(n);
      for (let i = 0; i < 250; i++) {
        const id = [...committed.keys()].find((k) => !before.has(k));
        if (id) return id;
        await sleep(20);
      }
      throw new Error('the probe was not committed');
    };
    for (let probe = 0; probe < 10 && !ready; probe++) {
      const id = await sentId(`probe ${probe}`);
      ready = (await deliveries(id, opened.opened, 5000)) >= opened.opened;
    }
    log(
      `    ${ready ? 'all' : 'NOT all'} subscribers received probes after ${((now() - probeStart) / 1000).toFixed(1)} s`,
    );
    await sleep(1000);
    const after = servers.map((s) => s.memory().rss);
    const memoryPerSubscriber =
      (after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)) / Math.max(1, opened.opened);

    // The measured events, at a fixed rate; the servers' tail is measured from here to the last delivery.
    await Promise.all(servers.map((s) => s.resetTail?.()));
    const measured = new Set();
    const known = new Set(committed.keys());
    const interval = 1000 / ratePerSecond;
    const start = now();
    for (let n = 0; n < events; n++) {
      const due = start + n * interval;
      if (due > now()) await sleep(due - now());
      await send(n);
    }
    // Wait until every delivery arrived, or nothing arrived for 10 s.
    await sleep(500);
    for (const id of committed.keys()) if (!known.has(id)) measured.add(id);
    let last = -1;
    let changed = now();
    for (;;) {
      const { total } = await pool.count([...measured]);
      if (total >= measured.size * opened.opened) break;
      if (total !== last) {
        last = total;
        changed = now();
      } else if (now() - changed > 10_000) break;
      await sleep(500);
    }
    const tails = await Promise.all(servers.map((s) => s.tail?.() ?? null));
    const { arrivals, errors, lastError } = await pool.results();
    const latencies = [];
    let delivered = 0;
    for (const id of measured) {
      const at = committed.get(id);
      for (const t of arrivals[id] ?? []) {
        latencies.push(t - at);
        delivered++;
      }
    }
    latencies.sort((a, b) => a - b);
    return {
      mode,
      instances: servers.length,
      subscribers: opened.opened,
      events: measured.size,
      ratePerSecond,
      delivered,
      expected: measured.size * opened.opened,
      errors,
      lastError,
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      max: latencies.at(-1) ?? null,
      /** Event-loop delay, pool waits and GC pauses of the server(s) (two: counts added, the rest the worst). */
      tail: servers.length > 1 ? combineTails(tails) : tails[0],
      tails,
      memoryPerSubscriber,
      rss: after,
    };
  } finally {
    await pool.close();
    await listener.end();
    await sender.end();
  }
}
