// /metrics as Prometheus reads it: refused without the token (or absent without configuration), served on
// its own port when METRICS_PORT is set, and moved by real operations over HTTP and WebSocket, mails,
// jobs, live events and a lost LISTEN connection.
import { beforeAll, describe, expect, it } from 'vitest';
import { startWorker } from '../../server/src/jobs/worker.js';
import { DEMO_THEMES } from '../../server/src/seed/demo.js';
import { createContact, createOrganisation, createUser } from '../utils/factories.js';
import { collectLive, disposeLive, gql, wsClient } from '../utils/graphql.js';
import { listenPids, until } from '../utils/live.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const TOKEN = 'metrics-token-0123456789';

/** The sum of the samples of `name` whose labels include `labels` (0 when there is none). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const set = match[2] ?? '';
    if (Object.entries(labels).every(([k, v]) => set.includes(`${k}="${v}"`))) sum += Number(match[3]);
  }
  return sum;
}

let server: TestServer;

const scrape = async (url = `${server.url}/metrics`, token: string | undefined = TOKEN) => {
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
};

beforeAll(async () => {
  server = await startTestServer({ METRICS_TOKEN: TOKEN });
});

describe('access', () => {
  it('refuses /metrics on the API port without the right bearer token', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${TOKEN.replace(/0/, '1')}` },
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('loket_');
    expect(await scrape()).toContain('loket_graphql_operation_duration_seconds');
  });

  it('has no /metrics without configuration, and serves it on 127.0.0.1:METRICS_PORT only when set', async () => {
    const plain = await startTestServer();
    expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
    expect(plain.metricsPort).toBeUndefined();

    const separate = await startTestServer({ METRICS_PORT: '0' });
    expect((await fetch(`${separate.url}/metrics`)).status).toBe(404);
    const port = separate.metricsPort;
    expect(port).toBeGreaterThan(0);
    const text = await scrape(`http://127.0.0.1:${port}/metrics`, undefined);
    expect(sample(text, 'loket_db_pool_connections', { state: 'max' })).toBe(5);
    expect((await fetch(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
    await separate.stop();
    await plain.stop();
  });

  it('asks for the token on the separate port too when both are set', async () => {
    const both = await startTestServer({ METRICS_PORT: '0', METRICS_TOKEN: TOKEN });
    expect((await fetch(`http://127.0.0.1:${both.metricsPort}/metrics`)).status).toBe(401);
    await scrape(`http://127.0.0.1:${both.metricsPort}/metrics`);
    await both.stop();
  });
});

describe('numbers that move', () => {
  it('counts HTTP operations by name and outcome, refusals, and process metrics', async () => {
    const before = await scrape();
    const organisation = await createOrganisation(server);
    const user = await createUser(server, organisation); // one Login mutation
    const me = await gql(server.graphqlUrl, 'query MetricsMe { me { id } }', {}, { token: user.token });
    expect(me.data?.me.id).toBe(user.id);
    await gql(server.graphqlUrl, '{ __typename }');
    const broken = await gql(server.graphqlUrl, 'query Broken { noSuchField }');
    expect(broken.errors).toBeDefined();
    const after = await scrape();

    const count = (text: string, labels: Record<string, string>) =>
      sample(text, 'loket_graphql_operation_duration_seconds_count', { transport: 'http', ...labels });
    const moved = (labels: Record<string, string>) => count(after, labels) - count(before, labels);
    expect(moved({ type: 'mutation', operation: 'TestLogin', outcome: 'ok' })).toBe(1);
    expect(moved({ type: 'query', operation: 'MetricsMe', outcome: 'ok' })).toBe(1);
    expect(moved({ type: 'query', operation: '(anonymous)', outcome: 'ok' })).toBe(1);
    // Not valid: refused before it ran, and its name is not taken as a label.
    expect(moved({ outcome: 'rejected' })).toBe(1);
    expect(after).not.toContain('operation="Broken"');
    // The histogram's buckets hold the same count as _count.
    expect(
      sample(after, 'loket_graphql_operation_duration_seconds_bucket', {
        transport: 'http',
        operation: 'MetricsMe',
        le: '+Inf',
      }),
    ).toBe(count(after, { operation: 'MetricsMe' }));
    expect(sample(after, 'loket_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(after, 'loket_db_pool_connections', { state: 'max' })).toBe(5);
  });

  it('counts WebSocket operations, open sockets and subscriptions, and live events', async () => {
    const organisation = await createOrganisation(server);
    const admin = await createUser(server, organisation, { roles: ['ADMIN'] });
    const before = await scrape();
    const client = wsClient(server.wsUrl, admin.token);
    const tasks = await collectLive(
      server,
      client,
      'subscription MetricsTasks { tasksChanged { theme { id } } }',
    );
    const viaSocket = await new Promise<unknown>((resolve, reject) => {
      client.subscribe(
        { query: 'query MetricsSocketMe { me { id } }' },
        { next: resolve, error: reject, complete: () => undefined },
      );
    });
    expect(viaSocket).toMatchObject({ data: { me: { id: admin.id } } });
    // A contact person added and confirmed: the organisation's tasks change, announced on commit.
    await createContact(server, admin, [DEMO_THEMES[0]?.code ?? '']);
    await tasks.next();
    const during = await scrape();
    const ws = (text: string, labels: Record<string, string>) =>
      sample(text, 'loket_graphql_operation_duration_seconds_count', { transport: 'ws', ...labels });
    expect(ws(during, { operation: 'MetricsTasks', type: 'subscription', outcome: 'ok' })).toBe(1);
    expect(ws(during, { operation: 'MetricsSocketMe', type: 'query', outcome: 'ok' })).toBe(1);
    expect(sample(during, 'loket_websockets_open')).toBeGreaterThanOrEqual(1);
    expect(sample(during, 'loket_subscriptions_open')).toBe(1);
    const events = (text: string) =>
      sample(text, 'loket_pubsub_events_total', { topic: 'contacts.tasks-changed' });
    expect(events(during) - events(before)).toBeGreaterThanOrEqual(1);

    await disposeLive(server, [client]);
    await client.dispose();
    await until(5000, async () => {
      const after = await scrape();
      return sample(after, 'loket_websockets_open') === 0 && sample(after, 'loket_subscriptions_open') === 0;
    });
  });

  it('reports the outbox and the job queue, and counts the mails a worker delivers', async () => {
    // A job of a task nobody runs, due a minute ago: it waits, and its age shows.
    await ownerQuery(
      server.dbUrl,
      `SELECT graphile_worker.add_job('metrics_probe', '{}'::json, run_at := now() - interval '60 seconds')`,
    );
    const organisation = await createOrganisation(server);
    await createUser(server, organisation);
    await ownerQuery(
      server.dbUrl,
      `INSERT INTO outbound_mail (id, organisation_id, recipient, language, template, subject, text_body, html_body, message_id, created_at)
       VALUES (gen_random_uuid(), $1, 'old@test.example', 'nl', 'test', 'oud', 'x', 'x', '<' || gen_random_uuid() || '@t>', now() - interval '10 minutes')`,
      [organisation.id],
    );
    const queued = await scrape();
    expect(sample(queued, 'loket_job_queue_jobs', { task: 'metrics_probe', state: 'waiting' })).toBe(1);
    expect(
      sample(queued, 'loket_job_queue_oldest_due_seconds', { task: 'metrics_probe' }),
    ).toBeGreaterThanOrEqual(60);
    expect(
      sample(queued, 'loket_job_queue_jobs', { task: 'deliver_mail', state: 'waiting' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(queued, 'loket_mail_pending')).toBeGreaterThanOrEqual(1);
    expect(sample(queued, 'loket_mail_oldest_pending_seconds')).toBeGreaterThanOrEqual(600);

    // The server runs no worker (WORKER=off in tests): one is started on its metrics; without SMTP_URL
    // every mail is KEPT.
    const kept = sample(queued, 'loket_mail_deliveries_total', { outcome: 'kept' });
    const worker = await startWorker(server.app, server.dbUrl);
    try {
      await until(10_000, async () => sample(await scrape(), 'loket_mail_pending') === 0);
    } finally {
      await worker.stop();
    }
    const delivered = await scrape();
    expect(
      sample(delivered, 'loket_mail_deliveries_total', { outcome: 'kept' }) - kept,
    ).toBeGreaterThanOrEqual(1);
    expect(sample(delivered, 'loket_mail_oldest_pending_seconds')).toBe(0);
    expect(sample(delivered, 'loket_job_queue_jobs', { task: 'deliver_mail', state: 'waiting' })).toBe(0);
  });

  it('counts reconnects of the LISTEN connection', async () => {
    const before = sample(await scrape(), 'loket_pubsub_reconnects_total');
    for (const pid of await listenPids(server.dbUrl))
      await ownerQuery(server.dbUrl, 'SELECT pg_terminate_backend($1)', [pid]);
    await until(15_000, async () => sample(await scrape(), 'loket_pubsub_reconnects_total') > before);
  });
});
