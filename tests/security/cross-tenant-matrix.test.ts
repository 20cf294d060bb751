// The cross-tenant matrix, generated from schema/schema.graphql: every field that takes a key is called with
// organisation A's real objects by each role of organisation B, anonymously and (where staff rules do not
// open A's objects) by an AGENT, over HTTP and WebSocket. Each answer must hold no data of A and equal the
// answer to the same call with a random key; afterwards A's ADMIN reads everything back unchanged.
import { randomInt, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { parse, specifiedRules, validate } from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationRules } from '../../server/src/graphql/limits.js';
import { DEMO_ORGANISATIONS } from '../../server/src/seed/demo.js';
import { gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { REPLY } from '../utils/messages.js';
import {
  departmentKeys,
  readBackAsAdmin,
  type TenantObjects,
  tenantObjects,
} from '../utils/security-world.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import {
  type KeyKind,
  type Probe,
  planProbes,
  STAFF_ACCESS,
  schema,
  useDepartmentKeys,
} from './schema-probes.js';

const plan = planProbes();

const ROLES = {
  'B ADMIN': 'beheerder@zonnebloem.example',
  'B MEMBER': 'medewerker@zonnebloem.example',
  'B MEMBER_PLUS': 'medewerkerplus@zonnebloem.example',
  anonymous: null,
  AGENT: 'an.peeters@zorg.example',
} as const;
type Role = keyof typeof ROLES;

let server: TestServer;
let a: TenantObjects;
let b: TenantObjects;
const tokens = new Map<Role, string | undefined>();
let before: unknown;

/** Rows of A in every tenant table, as the owner: a change no read-back shows still shows here. */
async function rowCountsOfA(): Promise<Record<string, number>> {
  const tables = await ownerQuery<{ table_name: string }>(
    server.dbUrl,
    `SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'organisation_id' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await ownerQuery(
      server.dbUrl,
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE organisation_id = $1`,
      [a.organisationId],
    );
    counts[table_name] = row.n;
  }
  return counts;
}

async function stateOfA() {
  return { api: await readBackAsAdmin(server, a), rows: await rowCountsOfA() };
}

beforeAll(async () => {
  server = await startTestServer();
  useDepartmentKeys(await departmentKeys(server));
  a = await tenantObjects(server, 'delinde', 'LINDEGEHEIM');
  b = await tenantObjects(server, 'zonnebloem', 'ZONNEPROBE');
  for (const [role, email] of Object.entries(ROLES) as Array<[Role, string | null]>)
    tokens.set(role, email ? await login(server.graphqlUrl, email) : undefined);
  before = await stateOfA();
}, 120_000);

const keyOf = (objects: TenantObjects, kind: KeyKind): string =>
  ({
    organisation: objects.organisationId,
    contact: objects.contactId,
    message: objects.messageId,
    reference: objects.referenceNumber,
    attachment: objects.attachmentId,
    threadContact: objects.threadContactId,
    thread: objects.threadId,
    user: objects.userId,
    session: objects.sessionId,
    mail: objects.mailId,
    inboundMail: objects.inboundMailId,
    ticket: objects.ticketId,
    ticketNumber: objects.ticketNumber,
    chat: objects.chatId,
    webhookEndpoint: objects.webhookEndpointId,
    webhookDelivery: objects.webhookDeliveryId,
  })[kind];

const KINDS: KeyKind[] = [
  'organisation',
  'contact',
  'message',
  'reference',
  'attachment',
  'threadContact',
  'thread',
  'user',
  'session',
  'mail',
  'inboundMail',
  'ticket',
  'ticketNumber',
  'chat',
  'webhookEndpoint',
  'webhookDelivery',
];

/** A key of the kind that names nothing, in the form of a real one (a ticket number like A's own). */
const randomKey = (kind: KeyKind) => {
  const digits = String(randomInt(900_000, 999_999)).padStart(6, '0');
  if (kind === 'reference') return `DZ-2026-${digits}`;
  if (kind === 'ticketNumber') return a.ticketNumber.replace(/\d{6}$/, digits);
  return randomUUID();
};

/** Any of A's data in an answer (A's key that the probe itself sent aside). */
function leaksOfA(answer: string, sent: string): string[] {
  const text = answer.split(sent).join('<KEY>');
  const secrets = [
    a.marker,
    '@delinde.example',
    'WZC De Linde',
    DEMO_ORGANISATIONS[0]?.externalNumber ?? '',
    ...KINDS.map((k) => keyOf(a, k)).filter((v) => v !== sent),
  ];
  return secrets.filter((s) => s && text.toLowerCase().includes(s.toLowerCase()));
}

/** The answer with the probed key and every fresh id, reference and time made neutral. */
function normalise(answer: string, sent: string): string {
  return answer
    .split(sent)
    .join('<KEY>')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<UUID>')
    .replace(/DZ-\d{4}-\d{6}/g, '<REF>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<TIME>');
}

type Outcome = string;

async function overHttp(probe: Probe, variables: Record<string, unknown>, token?: string): Promise<Outcome> {
  const result = await gql(server.graphqlUrl, probe.document, variables, { token });
  return JSON.stringify({ status: result.status, data: result.data, errors: result.errors });
}

/** Over the socket: the first answer, an error, the socket's close, or "open" (a quiet subscription). */
function overWs(
  client: Client,
  probe: Probe,
  variables: Record<string, unknown>,
  kept: Array<{ events: unknown[]; dispose: () => void; label: string }>,
  label: string,
): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const events: unknown[] = [];
    const finish = (outcome: unknown) => {
      if (settled) return;
      settled = true;
      resolve(JSON.stringify(outcome));
    };
    const dispose = client.subscribe(
      { query: probe.document, variables },
      {
        next: (value) => {
          events.push(value);
          finish({ next: value });
        },
        error: (error) => {
          const close = error as { code?: number; reason?: string };
          finish(
            Array.isArray(error)
              ? { errors: error }
              : close.code
                ? { closed: close.code, reason: close.reason }
                : { error: String(error) },
          );
        },
        complete: () => finish({ complete: true }),
      },
    );
    if (probe.operation === 'subscription') {
      setTimeout(() => {
        if (!settled) kept.push({ events, dispose, label });
        finish({ open: true });
      }, 300);
    }
  });
}

function probesFor(role: Role): Probe[] {
  return role === 'AGENT' ? plan.probes.filter((p) => !(p.field in STAFF_ACCESS)) : plan.probes;
}

it('has a probe for every field that takes a key', () => {
  // Printed so that the CI log says what the matrix covers.
  console.info(
    `cross-tenant matrix: ${plan.probes.length} key slots in ${new Set(plan.probes.map((p) => p.field)).size} fields; not tenant keys: ${plan.notTenant.join(', ') || 'none'}; could not probe: ${plan.unprobed.join(', ') || 'none'}`,
  );
  expect(plan.unprobed).toEqual([]);
  expect(plan.probes.length).toBeGreaterThan(30);
  // A probe the server refuses as invalid would pass vacuously: each one must pass the server's own rules.
  const invalid = plan.probes.flatMap((p) =>
    validate(schema, parse(p.document), [...specifiedRules, ...operationRules(false)]).map(
      (e) => `${p.field}(${p.slot}): ${e.message}`,
    ),
  );
  expect(invalid).toEqual([]);
});

it("reaches the object: with A's key, A's own reader gets another answer than with a random key", async () => {
  // Without this, a probe that never reached its resolver (a wrong variable, a refused document) would
  // make every role look isolated. Queries only: the owner's mutations would change A.
  // The staff inbox shows the reader's teams: A's thread is on Subsidies, Bart De Smet's team.
  const subsidiesAgent = await login(server.graphqlUrl, 'bart.desmet@zorg.example');
  const dead: string[] = [];
  // A tenant user is never a thread's handler nor a ticket's assignee, so filtering on one finds nothing
  // either way.
  const alwaysEmpty = new Set(['staffInbox(filter.assignedHandlerId)', 'staffTickets(filter.assigneeId)']);
  const staffOnly = new Set(['staffInbox', 'staffTickets']);
  for (const probe of plan.probes.filter((p) => p.operation === 'query')) {
    if (alwaysEmpty.has(`${probe.field}(${probe.slot})`)) continue;
    const token = staffOnly.has(probe.field) ? subsidiesAgent : a.adminToken;
    const own = (kind: KeyKind) => keyOf(a, kind);
    const wrap = (v: string) => (probe.list ? [v] : v);
    const sent = keyOf(a, probe.kind);
    const random = randomKey(probe.kind);
    const withA = await overHttp(probe, probe.variables(wrap(sent), own), token);
    const withRandom = await overHttp(probe, probe.variables(wrap(random), own), token);
    if (normalise(withA, sent) === normalise(withRandom, random))
      dead.push(`${probe.field}(${probe.slot}): ${withA.slice(0, 200)}`);
  }
  expect(dead).toEqual([]);
});

describe.each(['http', 'ws'] as const)('over %s', (transport) => {
  const clients = new Map<Role, Client>();
  afterAll(async () => {
    for (const client of clients.values()) await client.dispose();
  });

  it.each(Object.keys(ROLES) as Role[])(
    "%s gets nothing of A's and the answer of a random key",
    async (role) => {
      const token = tokens.get(role);
      const client = transport === 'ws' ? wsClient(server.wsUrl, token) : undefined;
      if (client) clients.set(role, client);
      const kept: Array<{ events: unknown[]; dispose: () => void; label: string }> = [];
      /** Subscriptions with a random key: nothing to check, only to close. */
      const quiet: typeof kept = [];
      const failures: string[] = [];
      for (const probe of probesFor(role)) {
        const label = `${probe.operation} ${probe.field}(${probe.slot})`;
        const own = (kind: KeyKind) => keyOf(b, kind);
        const sent = keyOf(a, probe.kind);
        const random = randomKey(probe.kind);
        const wrap = (v: string) => (probe.list ? [v] : v);
        const call = (v: string) =>
          client
            ? overWs(client, probe, probe.variables(wrap(v), own), v === sent ? kept : quiet, label)
            : overHttp(probe, probe.variables(wrap(v), own), token);
        const withA = await call(sent);
        const withRandom = await call(random);
        if (/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|Variable \\"\$/.test(withRandom))
          failures.push(
            `${label}: the probe itself is refused, so it proves nothing: ${withRandom.slice(0, 300)}`,
          );
        const leaks = leaksOfA(withA, sent);
        if (leaks.length > 0)
          failures.push(`${label}: answer holds A's ${leaks.join(', ')}: ${withA.slice(0, 400)}`);
        const [x, y] = [normalise(withA, sent), normalise(withRandom, random)];
        if (x !== y)
          failures.push(`${label}: A's key answers ${x.slice(0, 300)} — a random key ${y.slice(0, 300)}`);
      }
      if (kept.length > 0) {
        // Nothing of A's may have changed before A's own reply below moves the expected state on.
        const now = await stateOfA();
        if (!isDeepStrictEqual(now, before)) failures.push(`A changed: ${JSON.stringify(now).slice(0, 600)}`);
        // A reply in A's thread, seen by A's own subscription, must reach none of B's.
        const control = wsClient(server.wsUrl, a.adminToken);
        const seen = new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('A did not see its own reply')), 5000);
          control.subscribe(
            {
              query: 'subscription($r: String) { messageAdded(referenceNumber: $r) { id } }',
              variables: { r: a.referenceNumber },
            },
            {
              next: () => {
                clearTimeout(timer);
                resolve();
              },
              error: reject,
              complete: () => undefined,
            },
          );
        });
        await new Promise((r) => setTimeout(r, 200));
        const reply = await gql(
          server.graphqlUrl,
          REPLY,
          {
            input: {
              referenceNumber: a.referenceNumber,
              body: `${a.marker} antwoord`,
              clientKey: randomUUID(),
            },
          },
          { token: a.adminToken },
        );
        expect(reply.data?.replyToThread.errors).toEqual([]);
        await seen;
        await new Promise((r) => setTimeout(r, 300));
        for (const sub of kept) {
          if (sub.events.length > 0)
            failures.push(`${sub.label}: delivered A's event ${JSON.stringify(sub.events[0])}`);
          sub.dispose();
        }
        await control.dispose();
        // The reply is A's own change: take it into the expected state.
        before = await stateOfA();
      }
      for (const sub of quiet) sub.dispose();
      expect(failures).toEqual([]);
    },
    180_000,
  );
});

it("changed nothing of A's (read back as A's ADMIN, and A's rows counted as the owner)", async () => {
  expect(await stateOfA()).toEqual(before);
});

it('an AGENT cannot rename an organisation or change its KBO number (defect 5)', async () => {
  const agent = tokens.get('AGENT');
  const answer = await gql(
    server.graphqlUrl,
    'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { organisation { name externalNumber } errors { field code } } }',
    { input: { id: a.organisationId, name: 'Overgenomen', externalNumber: '0999.999.999' } },
    { token: agent },
  );
  expect(answer.status).toBe(200);
  const [row] = await ownerQuery(
    server.dbUrl,
    'SELECT name, external_number FROM organisation WHERE id = $1',
    [a.organisationId],
  );
  expect(row).toEqual({ name: 'WZC De Linde', external_number: DEMO_ORGANISATIONS[0]?.externalNumber });
});
