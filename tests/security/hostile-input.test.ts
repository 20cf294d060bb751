// Fuzzes every text argument and input field of every query and mutation (from schema/schema.graphql) with
// hostile strings: NUL and control characters, lone surrogates, RTL and zero-width characters, 1 MB,
// HTML/script, impossible dates, crafted cursors. Never a 5xx or INTERNAL_SERVER_ERROR, and an answer with an
// error saves nothing (every table counted as the owner). Seeded: FUZZ_SEED=<n> replays a run; fast-check
// prints the seed and the failing input when a property fails.
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { departmentKeys, type TenantObjects, tenantObjects } from '../utils/security-world.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { type FuzzTarget, fuzzTargets, type KeyKind, useDepartmentKeys } from './schema-probes.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_002);
/** Runs per field; each run picks one of the field's text slots. Bounded for a loaded 2-core CI machine. */
const RUNS = 30;
const MEGABYTE = 1_048_576;

/** Who calls each field: the role that gets past authorisation to the input checks. */
const PUBLIC = new Set([
  'login',
  'requestPasswordReset',
  'confirmContactPerson',
  'acceptInvitation',
  'resetPassword',
]);
const STAFF = new Set([
  'sendMessageToOrganisation',
  'assignThread',
  'staffInbox',
  'organisations',
  'staffTickets',
  'registerTicket',
  'addTicketNote',
  'setTicketStatus',
  'assignTicket',
  'moveTicketQueue',
  'updateTicketDetails',
  'setTicketLabels',
  'mergeTicket',
  'inboundMails',
  'replayInboundMail',
  'discardInboundMail',
  'removeTicketAttachment',
]);
/** Changing one's own password or profile: a user of its own each, so that B's ADMIN keeps its password. */
const SELF: Record<string, string> = {
  changePassword: 'medewerkerplus@zonnebloem.example',
  updateProfile: 'medewerker@zonnebloem.example',
};

const SNIPPETS = [
  '\u0000',
  'a\u0000b',
  '\u0001\u001f\u007f',
  '\ud800',
  '\udfff',
  'x\udc00y',
  '\u202eevil\u202c',
  '\u2066\u2067\u2069',
  '\u200b',
  '\u200b\u200c\u200d\ufeff',
  '\u00a0',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1' --",
  '%E0%A4%A',
  '../../../etc/passwd',
  '2026-02-30',
  '0000-01-01',
  '2026-13-01T25:61:00Z',
  'DZ-2026-\u0000',
  Buffer.from('["x"]').toString('base64url'),
  Buffer.from('[null,null]').toString('base64url'),
  Buffer.from('[{"a":1},[1]]').toString('base64url'),
  Buffer.from('["2026-02-30T00:00:00Z","\u0000"]').toString('base64url'),
  Buffer.from('["0000-01-01","00000000-0000-4000-8000-000000000000"]').toString('base64url'),
  '-1',
  '9'.repeat(400),
];

const hostile: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 12 }))
      .map((parts) => parts.join('')),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 2,
    // Cursors: base64url JSON arrays of the lengths the lists use, with values of the wrong type or shape.
    arbitrary: fc
      .array(
        fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.integer(),
          fc.constant(null),
          fc.constantFrom('2026-02-30T00:00:00Z', '0000-01-01', 'not-a-uuid', '99999999999999999999'),
          fc.array(fc.integer(), { maxLength: 2 }),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('x', '\u0000', 'é', '\u200b').map((s) => s.repeat(MEGABYTE / s.length)),
  },
);

let server: TestServer;
let b: TenantObjects;
const tokens: Record<string, string> = {};
let countSql = '';

let owner: pg.Client;

/** Rows in every table but the login throttle (a failed login is meant to be counted). */
async function rowCounts(): Promise<Record<string, number>> {
  return (await owner.query(countSql)).rows[0];
}

beforeAll(async () => {
  // Many failed logins from one address are the point here, not a reason to lock it out.
  server = await startTestServer({ LOGIN_MAX_FAILURES_PER_IP: '100000' });
  // Real category, support type, label and queue ids, so that a ticket input gets past them to the slot.
  useDepartmentKeys(await departmentKeys(server));
  b = await tenantObjects(server, 'zonnebloem', 'ZONNEFUZZ');
  tokens.admin = b.adminToken;
  for (const email of Object.values(SELF)) tokens[email] = await login(server.graphqlUrl, email);
  tokens.staff = await login(server.graphqlUrl, 'bart.desmet@zorg.example');
  const tables = await ownerQuery<{ tablename: string }>(
    server.dbUrl,
    // The rate limiter counts every attempt before it is evaluated, refused ones too: that is its job.
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'rate_limit' ORDER BY 1",
  );
  owner = new pg.Client({ connectionString: server.dbUrl });
  await owner.connect();
  countSql = `SELECT ${tables.map((t) => `(SELECT count(*)::int FROM "${t.tablename}") AS "${t.tablename}"`).join(', ')}`;
}, 120_000);

afterAll(() => owner?.end());

const own = (kind: KeyKind) =>
  ({
    organisation: b.organisationId,
    contact: b.contactId,
    message: b.messageId,
    reference: b.referenceNumber,
    attachment: b.attachmentId,
    threadContact: b.threadContactId,
    thread: b.threadId,
    user: b.userId,
    session: b.sessionId,
    mail: b.mailId,
    inboundMail: b.inboundMailId,
    ticket: b.ticketId,
    ticketNumber: b.ticketNumber,
    chat: b.chatId,
    webhookEndpoint: b.webhookEndpointId,
    webhookDelivery: b.webhookDeliveryId,
  })[kind];

function tokenFor(field: string): string | undefined {
  if (PUBLIC.has(field)) return undefined;
  if (STAFF.has(field)) return tokens.staff;
  const self = SELF[field];
  return self ? tokens[self] : tokens.admin;
}

/** Whether the answer reports a failure: HTTP status, GraphQL errors, or a payload's own errors. */
function failed(status: number, body: string): boolean {
  return status >= 400 || /"errors":\[\{/.test(body);
}

const byField = new Map<string, FuzzTarget[]>();
for (const target of fuzzTargets()) {
  const key = `${target.operation} ${target.field}`;
  byField.set(key, [...(byField.get(key) ?? []), target]);
}

describe.each([...byField.keys()])('%s', (key) => {
  const targets = byField.get(key) ?? [];
  const field = targets[0]?.field ?? '';
  it(`never answers 5xx or INTERNAL_SERVER_ERROR, and saves nothing with an error (${targets.length} slots)`, async () => {
    const token = tokenFor(field);
    const run = async (target: FuzzTarget, value: string) => {
      const variables = target.variables(target.list ? [value] : value, own);
      const before = target.operation === 'mutation' ? await rowCounts() : undefined;
      const response = await fetch(server.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query: target.document, variables }),
      });
      const body = await response.text();
      const where = `${target.slot} = ${JSON.stringify(value.slice(0, 60))}${value.length > 60 ? `… (${value.length} chars)` : ''}`;
      if (response.status >= 500)
        throw new Error(`HTTP ${response.status} for ${where}: ${body.slice(0, 300)}`);
      if (body.includes('INTERNAL_SERVER_ERROR'))
        throw new Error(`INTERNAL_SERVER_ERROR for ${where}: ${body.slice(0, 300)}`);
      if (before && failed(response.status, body)) {
        const after = await rowCounts();
        const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
        if (changed.length > 0)
          throw new Error(
            `an error was answered for ${where}, yet ${changed.join(', ')} changed: ${body.slice(0, 300)}`,
          );
      }
    };
    // Every slot once with a NUL byte (the commonest way text reached PostgreSQL unchecked), then random.
    const examples: Array<[number, string]> = targets.map((_, i) => [i, 'a\u0000b']);
    await fc.assert(
      fc.asyncProperty(fc.nat(targets.length - 1), hostile, async (index, value) => {
        await run(targets[index] as FuzzTarget, value);
      }),
      { seed: SEED, numRuns: RUNS, examples, endOnFailure: true },
    );
  }, 120_000);
});

it('covers the text of every query and mutation', () => {
  const fields = [...byField.keys()];
  console.info(
    `hostile input: ${fields.length} fields, ${fuzzTargets().length} text slots, ${RUNS} runs each, seed ${SEED}`,
  );
  expect(fields.length).toBeGreaterThan(30);
});

// Page sizes and other numbers: negative, zero and the extremes of GraphQL's 32-bit Int.
const numberSlots = fuzzTargets(['Int']);
it.each(numberSlots.map((t) => [`${t.operation} ${t.field}(${t.slot})`, t] as const))(
  '%s: extreme numbers are refused or served, never a 5xx or INTERNAL_SERVER_ERROR',
  async (_, target) => {
    const token = tokenFor(target.field);
    for (const value of [-1, 0, 1, -2_147_483_648, 2_147_483_647, 100_000]) {
      const answer = await gql(server.graphqlUrl, target.document, target.variables(value, own), { token });
      const internal = answer.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? false;
      expect({ value, status: answer.status, internal }).toEqual({
        value,
        status: answer.status < 500 ? answer.status : 'below 500',
        internal: false,
      });
    }
  },
);
