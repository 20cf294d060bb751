// A thread by reference number with its messages, authors and contacts costs three round trips to
// PostgreSQL whatever its length (issue 18): START TRANSACTION with the scope, the thread's one statement,
// COMMIT. Counted on the node-postgres client as bench/lib/count-queries.mjs counts: round trips, and the
// SQL statements in them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import { createContact, createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { key, REPLY, SEND, themeId } from '../utils/messages.js';
import { countRoundTrips, type RoundTrips } from '../utils/round-trips.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let staff: string;

/** The bench's thread query (bench/lib/scenarios.mjs). */
const THREAD = graphql(`
  query RoundTripsThread($referenceNumber: String!) {
    thread(referenceNumber: $referenceNumber) {
      referenceNumber title lastMessageAt theme { name } team { name }
      messages { id title body sentAt senderLabel direction attachmentCount read author { firstName lastName } }
      contacts { firstName lastName email confirmed }
    }
  }
`);

/** What the web's thread page sends on opening a thread. */
const OPEN = graphql(`
  mutation RoundTripsOpenThread($referenceNumber: String!) {
    markThreadRead(referenceNumber: $referenceNumber) {
      referenceNumber
      messages { title read author { lastName } }
      contacts { email }
    }
  }
`);

let roundTrips: RoundTrips;

beforeAll(async () => {
  server = await startTestServer();
  staff = await login(server.graphqlUrl, 'bart.desmet@zorg.example');
  roundTrips = countRoundTrips();
});

afterAll(() => {
  roundTrips.restore();
});

/**
 * A thread of `size` messages of `member`'s organisation: the member's question and the department's
 * answer through the API, then copies of both (alternating directions, a minute apart) to reach the size.
 */
async function threadOf(member: TestUser, size: number): Promise<string> {
  const asked = await gql(
    server.graphqlUrl,
    SEND,
    { input: { clientKey: key(), themeId: themeId('SUB'), title: `Draad van ${size}`, body: 'Vraag' } },
    { token: member.token },
  );
  const ref = asked.data?.sendMessage.message?.referenceNumber;
  if (!ref) throw new Error(JSON.stringify(asked));
  const answered = await gql(
    server.graphqlUrl,
    REPLY,
    { input: { clientKey: key(), referenceNumber: ref, body: 'Antwoord' } },
    { token: staff },
  );
  expect(answered.data?.replyToThread.errors).toEqual([]);
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO message (id, organisation_id, thread_id, reference_number, theme_id, direction, title, body,
                          author_id, sender_label, sender_team_id, addressed_team_id, sent_at, client_key)
     SELECT gen_random_uuid(), m.organisation_id, m.thread_id, m.reference_number, m.theme_id, m.direction,
            m.title, m.body || ' ' || i, m.author_id, m.sender_label, m.sender_team_id, m.addressed_team_id,
            m.sent_at + i * interval '1 minute', m.client_key || '-' || i
       FROM message m, generate_series(1, $2::int) i
      WHERE m.reference_number = $1 AND m.direction = CASE WHEN i % 2 = 0 THEN 'OUTBOUND' ELSE 'INBOUND' END`,
    [ref, size - 2],
  );
  return ref;
}

/** The ids of the thread's messages `userId` has read, oldest first. */
async function readBy(userId: string, ref: string): Promise<string[]> {
  const rows = await ownerQuery<{ id: string }>(
    server.dbUrl,
    `SELECT m.id FROM message m JOIN message_read r ON r.message_id = m.id AND r.user_id = $1
      WHERE m.reference_number = $2 ORDER BY m.sent_at, m.id`,
    [userId, ref],
  );
  return rows.map((r) => r.id);
}

async function counted<T>(
  send: () => Promise<T>,
): Promise<{ queries: number; statements: number; result: T }> {
  const { queries, statements, value } = await roundTrips.measure(send);
  return { queries, statements, result: value };
}

describe('a thread by reference number', () => {
  it('costs at most three round trips at 5, 20 and 100 messages, and reads everything right', async () => {
    const organisation = await createOrganisation(server);
    const [admin, member] = await Promise.all([
      createUser(server, organisation, { roles: ['ADMIN'] }),
      createUser(server, organisation, { lastName: 'Vraagsteller' }),
    ]);
    await createContact(server, admin, ['SUB']);
    const read = (ref: string) =>
      gql(server.graphqlUrl, THREAD, { referenceNumber: ref }, { token: member.token });
    for (const size of [5, 20, 100]) {
      const ref = await threadOf(member, size);
      await read(ref); // the session is known afterwards (as the bench's steady state)
      const { queries, statements, result } = await counted(() => read(ref));
      expect(result.errors).toBeUndefined();
      const thread = result.data?.thread;
      expect(thread?.messages).toHaveLength(size);
      expect(thread?.contacts.length).toBeGreaterThan(0);
      const outbound = thread?.messages.filter((m) => m.direction === 'OUTBOUND') ?? [];
      const inbound = thread?.messages.filter((m) => m.direction === 'INBOUND') ?? [];
      expect(outbound.every((m) => m.author?.lastName === 'Vraagsteller')).toBe(true);
      expect(inbound.map((m) => m.author?.lastName)).toEqual(inbound.map(() => 'De Smet'));
      expect(thread?.messages.filter((m) => m.read).map((m) => m.id)).toEqual(await readBy(member.id, ref));
      expect(inbound[0]?.senderLabel).toMatch(/Bart De Smet \(/);
      const sentAts = thread?.messages.map((m) => m.sentAt) ?? [];
      expect([...sentAts].sort()).toEqual(sentAts);
      expect({ size, queries, statements }).toEqual({ size, queries: 3, statements: 4 });
    }
  });

  it('opening a thread marks it read and reads it in the same statement', async () => {
    const organisation = await createOrganisation(server);
    const [admin, member] = await Promise.all([
      createUser(server, organisation, { roles: ['ADMIN'] }),
      createUser(server, organisation),
    ]);
    await createContact(server, admin, ['SUB']);
    const ref = await threadOf(member, 20);
    const open = () => gql(server.graphqlUrl, OPEN, { referenceNumber: ref }, { token: member.token });
    await gql(server.graphqlUrl, THREAD, { referenceNumber: ref }, { token: member.token });
    const { queries, result } = await counted(open);
    expect(result.errors).toBeUndefined();
    expect(result.data?.markThreadRead.messages.every((m) => m.read)).toBe(true);
    expect(result.data?.markThreadRead.contacts.length).toBeGreaterThan(0);
    // START TRANSACTION with the scope, the session's fresh read (a mutation), the thread, the read marks,
    // their event, COMMIT.
    expect(queries).toBeLessThanOrEqual(6);
    const again = await gql(server.graphqlUrl, THREAD, { referenceNumber: ref }, { token: member.token });
    expect(again.data?.thread.messages.every((m) => m.read)).toBe(true);
  });

  it("is NOT_FOUND for another organisation's tenant, and found by staff", async () => {
    const organisation = await createOrganisation(server);
    const [admin, member] = await Promise.all([
      createUser(server, organisation, { roles: ['ADMIN'] }),
      createUser(server, organisation),
    ]);
    await createContact(server, admin, ['SUB']);
    const ref = await threadOf(member, 5);
    const other = await createUser(server, await createOrganisation(server));
    const refused = await gql(server.graphqlUrl, THREAD, { referenceNumber: ref }, { token: other.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const seen = await gql(server.graphqlUrl, THREAD, { referenceNumber: ref }, { token: staff });
    expect(seen.data?.thread.messages).toHaveLength(5);
    const [bart] = await ownerQuery(
      server.dbUrl,
      "SELECT id FROM app_user WHERE email = 'bart.desmet@zorg.example'",
    );
    const readByStaff = seen.data?.thread.messages.filter((m) => m.read).map((m) => m.id);
    expect(readByStaff).toEqual(await readBy(bart.id, ref));
    expect(readByStaff).toHaveLength(1); // the answer the staff member wrote
  });
});
