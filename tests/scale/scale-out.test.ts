// Scale-out proof (issue 17): three GraphQL servers, two workers and the mail intake on one database, behind a
// real HAProxy (round robin, no sticky sessions, WebSockets tunnelled). Live events sent through one instance
// reach subscribers on the others exactly once; mail jobs are delivered once across the two workers; a
// kill -9 of one instance under load loses no answered mutation, and its sockets come back through the proxy
// on another instance and resync (docs/decisions/0030).
import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, expect, it, onTestFinished, vi } from 'vitest';
import { gql, login, wsClient } from '../utils/graphql.js';
import { until } from '../utils/live.js';
import { HELPDESK, sendInto } from '../utils/mail-in.js';
import { ownerQuery } from '../utils/mailbox.js';
import { addConfirmedContact, key, SEND, themeId } from '../utils/messages.js';
import { testDatabase } from '../utils/server.js';
import { type SmtpSink, startSmtpSink } from '../utils/smtp-sink.js';
import { type Cluster, metricValue, socketReporting, startCluster } from './cluster.js';
import { INSTANCE_HEADER } from './haproxy.mjs';

let sink: SmtpSink;
let cluster: Cluster;
let admin: string;
let member: string;
let agent: string;

// At the top level: vitest 4 never runs an afterAll registered inside beforeAll, and these are processes of
// their own, which would outlive the test. The processes stop before their SMTP server closes.
afterAll(async () => {
  // Unset when beforeAll failed before starting them.
  if (cluster) await cluster.stop();
  if (sink) await sink.close();
});

beforeAll(async () => {
  sink = await startSmtpSink();
  const dbUrl = await testDatabase();
  cluster = await startCluster(dbUrl, sink.url);
  admin = await login(cluster.graphqlUrl, 'beheerder@delinde.example');
  member = await login(cluster.graphqlUrl, 'medewerker@delinde.example');
  agent = await login(cluster.graphqlUrl, 'an.peeters@zorg.example');
  await addConfirmedContact(cluster.graphqlUrl, cluster.dbUrl, admin, {
    firstName: 'Sara',
    lastName: 'Schaal',
    email: `sara.schaal.${randomUUID().slice(0, 8)}@delinde.example`,
    themes: ['PER'],
  });
}, 180_000);

const ADDED = 'subscription { messageAdded { id title } }';

/** What became of one send through the proxy: answered (with the instance that answered), or not. */
type Outcome = { id: string; title: string; instance: string } | { failed: string; title: string };

async function send(title: string): Promise<Outcome> {
  try {
    const result = await fetch(cluster.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({
        query: SEND.toString(),
        variables: { input: { clientKey: key(), themeId: themeId('PER'), title, body: 'Beste, een vraag.' } },
      }),
    });
    const instance = result.headers.get(INSTANCE_HEADER) ?? '';
    const text = await result.text();
    const id = result.ok
      ? (JSON.parse(text).data?.sendMessage?.message?.id as string | undefined)
      : undefined;
    return id ? { id, title, instance } : { failed: `${result.status} ${text.slice(0, 200)}`, title };
  } catch (error) {
    return { failed: String((error as { cause?: { code?: string } }).cause?.code ?? error), title };
  }
}

const answered = (outcomes: Outcome[]) => outcomes.flatMap((o) => ('id' in o ? [o] : []));

/** A subscriber through the proxy: the instance behind each of its connections, and the ids it got live. */
interface Subscriber {
  client: Client;
  /** The instance of each connection, in order (a reconnect adds one). */
  instances: string[];
  /** Message ids delivered live, in order (a repeat would show twice). */
  live: string[];
}

function subscriber(token: string, marker: string): Subscriber {
  const s: Subscriber = { client: undefined as unknown as Client, instances: [], live: [] };
  s.client = wsClient(cluster.wsUrl, token, {
    webSocketImpl: socketReporting((name) => s.instances.push(name)),
    retryAttempts: 50,
    retryWait: () => new Promise((r) => setTimeout(r, 50 + Math.random() * 100)),
  });
  s.client.subscribe<{ messageAdded: { id: string; title: string } }>(
    { query: ADDED },
    {
      next: (value) => {
        const added = value.data?.messageAdded;
        if (added?.title.startsWith(marker)) s.live.push(added.id);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return s;
}

/** Subscriptions open on instance `name` (its own /metrics, bypassing the proxy). */
async function openSubscriptions(name: string): Promise<number> {
  const instance = cluster.instances.find((i) => i.name === name);
  if (!instance) throw new Error(`no instance ${name}`);
  return metricValue(`${instance.url}/metrics`, 'loket_subscriptions_open');
}

/** Subscribers through the proxy. */
interface Subscribers {
  list: Subscriber[];
  /** Resolves once every subscriber's subscription is live on the instance its socket is on now. */
  live(): Promise<void>;
}

/** Opens subscribers through the proxy (as `tokens`, in turn) until every instance holds `perInstance`. */
async function subscribersOnEveryInstance(
  perInstance: number,
  marker: string,
  tokens: string[],
): Promise<Subscribers> {
  const names = cluster.instances.map((i) => i.name);
  // The previous test's subscribers close asynchronously after it ends (tests run shuffled): wait until
  // they are gone, so that a closing one does not lower the count this test's subscribers are read against.
  await until(20_000, async () => {
    const open = await Promise.all(names.map((n) => openSubscriptions(n).catch(() => Number.NaN)));
    return open.every((n) => n === 0);
  });
  const list: Subscriber[] = [];
  onTestFinished(async () => {
    await Promise.all(list.map((s) => s.client.dispose()));
  });
  const on = (name: string) => list.filter((s) => s.instances.at(-1) === name).length;
  while (names.some((n) => on(n) < perInstance)) {
    if (list.length > 6 * perInstance)
      throw new Error(
        `round robin did not spread the sockets: ${list.map((s) => s.instances[0])}\n${cluster.proxy.output()}`,
      );
    const s = subscriber(tokens[list.length % tokens.length] as string, marker);
    list.push(s);
    await until(10_000, () => s.instances.length === 1);
  }
  const live = async () => {
    const now = [...new Set(list.map((s) => s.instances.at(-1) as string))];
    await until(20_000, async () => {
      // A killed instance answers nothing: its sockets are not live until they are back elsewhere.
      for (const n of now) {
        const open = await openSubscriptions(n).catch(() => Number.NEGATIVE_INFINITY);
        if (open < on(n)) return false;
      }
      return true;
    });
  };
  // Every subscription is live on its instance before anything is sent.
  await live();
  return { list, live };
}

it('delivers messages sent through one instance to subscribers on the others, exactly once', async () => {
  const marker = `Fanout ${randomUUID().slice(0, 8)}`;
  const { list: subscribers } = await subscribersOnEveryInstance(2, marker, [admin, member, agent]);

  const outcomes: Outcome[] = [];
  for (let i = 0; i < 12; i++) outcomes.push(await send(`${marker} ${i}`));
  const sent = answered(outcomes);
  expect(sent).toHaveLength(12);
  // Round robin: the sends were answered by every instance, so every subscriber got events that were
  // published by another instance than its own.
  expect(new Set(sent.map((o) => o.instance))).toEqual(new Set(cluster.instances.map((i) => i.name)));
  // A last message: once it is in, every earlier one (same sender, committed before) has been delivered.
  const last = answered([await send(`${marker} last`)])[0];
  if (!last) throw new Error('the last message was not sent');
  await until(20_000, () => subscribers.every((s) => s.live.includes(last.id)));

  const expected = [...sent.map((o) => o.id), last.id].sort();
  for (const s of subscribers) expect([...s.live].sort()).toEqual(expected);
  // Nobody was moved: each socket stayed on its first instance.
  expect(subscribers.every((s) => s.instances.length === 1)).toBe(true);
}, 90_000);

it('delivers the mail jobs once across the two workers, both taking part, including the intake’s', async () => {
  const run = randomUUID().slice(0, 8);
  const sentBefore = await Promise.all(
    cluster.workers.map((w) => metricValue(w.metricsUrl, 'loket_mail_deliveries_total', 'outcome="sent"')),
  );
  sink.answerAfter(30);
  onTestFinished(() => sink.answerAfter(0));

  // Mails into the intake through the proxy's SMTP frontend, from unknown senders: each one is kept for
  // linking and answered with one automatic reply (a job).
  const senders = Array.from({ length: 16 }, (_, i) => `onbekend-${run}-${i}@elders.example`);
  const intake = await Promise.all(
    senders.map((from, i) =>
      sendInto(cluster.smtpPort, {
        from,
        to: HELPDESK,
        subject: `Vraag ${run} ${i}`,
        text: 'Goeiedag, een vraag.',
        messageId: `<scale-${run}-${i}@client.example>`,
      }),
    ),
  );
  expect(intake.every((o) => o.accepted)).toBe(true);
  // Messages through the API: each notifies the theme's contact person (a job each).
  const marker = `Jobs ${run}`;
  const outcomes = await Promise.all(Array.from({ length: 16 }, (_, i) => send(`${marker} ${i}`)));
  expect(answered(outcomes)).toHaveLength(16);

  const mails = await ownerQuery<{ message_id: string; recipient: string; title: string | null }>(
    cluster.dbUrl,
    `SELECT message_id, recipient, substring(subject FROM $3) AS title FROM outbound_mail
      WHERE recipient = ANY($1) OR subject LIKE $2`,
    [senders, `%${marker} %`, `(${marker} [0-9]+)`],
  );
  // One automatic reply per unknown sender, and every message's notification.
  expect(
    mails
      .filter((m) => senders.includes(m.recipient))
      .map((m) => m.recipient)
      .sort(),
  ).toEqual([...senders].sort());
  expect(new Set(mails.flatMap((m) => (m.title ? [m.title] : []))).size).toBe(16);
  await until(60_000, async () => {
    const [pending] = await ownerQuery(
      cluster.dbUrl,
      `SELECT count(*)::int AS n FROM outbound_mail WHERE (recipient = ANY($1) OR subject LIKE $2)
          AND status <> 'SENT'`,
      [senders, `%${marker} %`],
    );
    return pending.n === 0;
  });
  // Each mail reached the SMTP server exactly once (no worker was killed: no double delivery is allowed).
  expect(mails.map((m) => sink.count(m.message_id))).toEqual(mails.map(() => 1));
  const sentAfter = await Promise.all(
    cluster.workers.map((w) => metricValue(w.metricsUrl, 'loket_mail_deliveries_total', 'outcome="sent"')),
  );
  const delivered = sentAfter.map((n, i) => n - (sentBefore[i] ?? 0));
  // Both workers delivered some of them (other tests' mails may be counted too, never fewer).
  expect(delivered.every((n) => n > 0)).toBe(true);
  expect(delivered.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(mails.length);
  // The intake kept each mail once.
  const [kept] = await ownerQuery(
    cluster.dbUrl,
    'SELECT count(*)::int AS n, count(DISTINCT message_id)::int AS d FROM inbound_mail WHERE sender = ANY($1)',
    [senders],
  );
  expect(kept).toEqual({ n: 16, d: 16 });
}, 120_000);

it('loses no answered mutation when an instance is killed mid-load, and its sockets resync on another', async () => {
  const marker = `Kill ${randomUUID().slice(0, 8)}`;
  // Users of the sending organisation: their message list is what they re-read.
  const tokens = [admin, member];
  const { list: subscribers, live } = await subscribersOnEveryInstance(1, marker, tokens);
  // What each subscriber shows: live events, plus a re-read of the list after each reconnect (decision 0012),
  // as the web app's live hooks do, once its subscription is live again (on the instance it came back to).
  const shown = subscribers.map(() => new Set<string>());
  const reread = async (n: number) => {
    await live();
    const result = await gql(
      cluster.graphqlUrl,
      `{ messages(first: 100) { edges { node { id title } } } }`,
      {},
      { token: tokens[n % tokens.length] },
    );
    for (const { node } of result.data?.messages.edges ?? [])
      if (node.title.startsWith(marker)) shown[n]?.add(node.id);
  };
  const rereads: Promise<void>[] = [];
  const reconnectsSeen = subscribers.map(() => 1);
  const watch = setInterval(() => {
    subscribers.forEach((s, n) => {
      if (s.instances.length > (reconnectsSeen[n] ?? 1)) {
        reconnectsSeen[n] = s.instances.length;
        rereads.push(reread(n));
      }
    });
  }, 10);
  onTestFinished(() => clearInterval(watch));
  const victim = cluster.instances[0];
  if (!victim) throw new Error('no instance');
  const onVictim = subscribers.filter((s) => s.instances[0] === victim.name);
  // Back to three instances afterwards, for the file's other tests (they run in a random order).
  onTestFinished(async () => {
    await cluster.restart(victim.name);
  });

  // 200 sends over 10 s, not waiting for the answers; the kill comes after 4 s.
  const sending: Promise<Outcome>[] = [];
  for (let i = 0; i < 200; i++) {
    if (i === 80) victim.process.child.kill('SIGKILL');
    sending.push(send(`${marker} ${i}`));
    await new Promise((r) => setTimeout(r, 50));
  }
  const outcomes = await Promise.all(sending);
  expect((await victim.process.exited).signal).toBe('SIGKILL');

  // Every answered send is committed exactly once; nothing is committed twice.
  const rows = await ownerQuery<{ id: string; title: string }>(
    cluster.dbUrl,
    'SELECT id, title FROM message WHERE title LIKE $1',
    [`${marker} %`],
  );
  const ok = answered(outcomes);
  expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(ok.map((o) => o.id)));
  expect(new Set(rows.map((r) => r.title)).size).toBe(rows.length);
  // Most sends were answered (the proxy retried refused connections elsewhere); the killed instance had
  // answered some before.
  expect(ok.length, JSON.stringify(outcomes.filter((o) => 'failed' in o).slice(0, 5))).toBeGreaterThan(150);
  expect(ok.some((o) => o.instance === victim.name)).toBe(true);
  expect(ok.slice(-50).every((o) => o.instance !== victim.name)).toBe(true);

  // The victim's sockets came back through the proxy on another instance; every subscriber ends up showing
  // every committed message once.
  await vi.waitFor(() => expect(onVictim.map((s) => s.instances.length >= 2)).not.toContain(false), {
    timeout: 20_000,
    interval: 50,
  });
  for (const s of onVictim) expect(s.instances.at(-1)).not.toBe(victim.name);
  subscribers.forEach((s, n) => {
    for (const id of s.live) shown[n]?.add(id);
  });
  await Promise.all(rereads);
  const committed = rows.map((r) => r.id).sort();
  await vi.waitFor(
    () => {
      for (const [n, s] of subscribers.entries()) {
        for (const id of s.live) shown[n]?.add(id);
        expect({ n, missing: committed.filter((id) => !shown[n]?.has(id)) }).toEqual({ n, missing: [] });
      }
    },
    { timeout: 20_000, interval: 100 },
  );
  for (const [n, s] of subscribers.entries()) {
    expect([...(shown[n] ?? [])].sort()).toEqual(committed);
    expect(new Set(s.live).size).toBe(s.live.length);
  }
  const cut = outcomes.length - ok.length;
  console.info(
    `kill -9 of ${victim.name} mid-load: ${outcomes.length} sends, ${ok.length} answered, ${cut} cut off, ${rows.length} committed; ${onVictim.length} sockets moved`,
  );
}, 150_000);
