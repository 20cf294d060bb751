// The staff's ticket queue view and keyword search cost three round trips to PostgreSQL whatever the page
// size (issue 18, decision 0043): START TRANSACTION with the scope, the page with its count, organisations
// and queues in one statement, COMMIT. Counted on the node-postgres client as bench/lib/count-queries.mjs
// counts: round trips, and the SQL statements in them. The rows are checked against the database.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, type TestOrganisation, type TestUser } from '../utils/factories.js';
import { gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { countRoundTrips, type RoundTrips } from '../utils/round-trips.js';
import { startTestServer, type TestServer } from '../utils/server.js';

/** The staff queue page's query, as bench/tickets.mjs sends it (web: StaffTickets with StaffTicketRow). */
const STAFF_TICKETS = `query RoundTripsStaffTickets($filter: StaffTicketFilterInput, $first: Int, $after: Cursor) {
  staffTickets(filter: $filter, sort: UPDATED, first: $first, after: $after) {
    totalCount totalCountCapped
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      id number subject status updatedAt
      slaState clockPaused firstResponseAt firstResponseDueAt resolvedAt resolutionDueAt
      organisation { id name } queue { id name } assignee { id firstName lastName }
    } }
  }
}`;

interface Row {
  id: string;
  number: string;
  subject: string;
  updatedAt: string;
  organisation: { id: string; name: string };
  queue: { id: string; name: string };
  assignee: { id: string; firstName: string; lastName: string } | null;
}
interface Page {
  totalCount: number;
  totalCountCapped: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: Row }>;
}

const TICKETS = 105;
const WORD = 'zwembadfilter';

let server: TestServer;
let staff: string;
let organisation: TestOrganisation;
let requester: TestUser;
let queue: { id: string; name: string };
let bart: { id: string; first_name: string; last_name: string };

let roundTrips: RoundTrips;

beforeAll(async () => {
  server = await startTestServer();
  staff = await login(server.graphqlUrl, 'bart.desmet@zorg.example');
  organisation = await createOrganisation(server);
  requester = await createUser(server, organisation);
  bart = (
    await ownerQuery<typeof bart>(
      server.dbUrl,
      "SELECT id, first_name, last_name FROM app_user WHERE email = 'bart.desmet@zorg.example'",
    )
  )[0] as typeof bart;
  const code = `RT${randomUUID().slice(0, 6)}`;
  queue = (
    await ownerQuery<typeof queue>(
      server.dbUrl,
      `INSERT INTO ticket_queue (code, name_nl, name_en, explanation_nl, explanation_en, position)
       VALUES ($1, $2, $2, 'Uitleg', 'Explanation', 99) RETURNING id, name_nl AS name`,
      [code, `Wachtrij ${code}`],
    )
  )[0] as typeof queue;
  // Every third ticket assigned to Bart, every seventh with the search word; a minute apart.
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO ticket (id, organisation_id, number, requester_id, requester_email, channel, subject,
                         description, category_id, support_type_id, queue_id, assignee_id, created_at, updated_at)
     SELECT gen_random_uuid(), $1, 'RT-' || $2 || '-' || i, $3, 'rt@example.org', 'PORTAL',
            'Vraag ' || i || CASE WHEN i % 7 = 0 THEN ' ${WORD}' ELSE '' END, 'Beschrijving',
            (SELECT id FROM ticket_category ORDER BY position LIMIT 1),
            (SELECT id FROM ticket_support_type ORDER BY position LIMIT 1),
            $4, CASE WHEN i % 3 = 0 THEN $5::uuid END,
            now() - i * interval '1 minute', now() - i * interval '1 minute'
       FROM generate_series(1, $6::int) i`,
    [organisation.id, code, requester.id, queue.id, bart.id, TICKETS],
  );
  await ownerQuery(server.dbUrl, 'SELECT ticket_refresh_search(id) FROM ticket WHERE organisation_id = $1', [
    organisation.id,
  ]);
  roundTrips = countRoundTrips();
});

afterAll(() => {
  roundTrips.restore();
});

async function page(filter: Record<string, unknown>, first: number, after?: string | null) {
  // Steady state, as the bench counts: the same request just before warms the session (cached for seconds,
  // so a slow step of a loaded run would add its lookup) and the department's cache (assignees), so that
  // what is counted is the page's own statements, whichever test runs first.
  await gql(server.graphqlUrl, STAFF_TICKETS, { filter, first, after }, { token: staff });
  const { queries, statements, value } = await roundTrips.measure(() =>
    gql(server.graphqlUrl, STAFF_TICKETS, { filter, first, after }, { token: staff }),
  );
  expect(value.errors).toBeUndefined();
  return { queries, statements, list: value.data?.staffTickets as Page };
}

/** The organisation's tickets (matching the word when given) as the page must show them, newest first. */
async function expected(word?: string) {
  return ownerQuery<{ id: string; number: string; assignee_id: string | null }>(
    server.dbUrl,
    `SELECT id, number, assignee_id FROM ticket WHERE organisation_id = $1 ${word ? 'AND subject LIKE $2' : ''}
      ORDER BY updated_at DESC, id DESC`,
    word ? [organisation.id, `%${word}%`] : [organisation.id],
  );
}

function checkRows(rows: Row[], want: Array<{ id: string; number: string; assignee_id: string | null }>) {
  expect(rows.map((r) => r.number)).toEqual(want.map((w) => w.number));
  for (const [i, r] of rows.entries()) {
    expect(r.organisation).toEqual({ id: organisation.id, name: organisation.name });
    expect(r.queue).toEqual(queue);
    expect(r.assignee).toEqual(
      want[i]?.assignee_id ? { id: bart.id, firstName: bart.first_name, lastName: bart.last_name } : null,
    );
  }
}

describe("the staff's ticket list", () => {
  it('a queue view costs three round trips at page sizes 5, 20 and 100, with the right rows and count', async () => {
    const all = await expected();
    const filter = { queueId: queue.id };
    await page(filter, 5); // the session is known afterwards (as the bench's steady state)
    for (const size of [5, 20, 100]) {
      const { queries, statements, list } = await page(filter, size);
      expect({ size, queries, statements }).toEqual({ size, queries: 3, statements: 4 });
      expect(list.totalCount).toBe(TICKETS);
      expect(list.totalCountCapped).toBe(false);
      expect(list.pageInfo.hasNextPage).toBe(true);
      checkRows(
        list.edges.map((e) => e.node),
        all.slice(0, size),
      );
    }
  });

  it('a keyword search costs three round trips too, and pages on', async () => {
    const matching = await expected(WORD);
    const filter = { search: WORD, organisationId: organisation.id };
    const first = await page(filter, 5);
    expect({ queries: first.queries, statements: first.statements }).toEqual({ queries: 3, statements: 4 });
    expect(first.list.totalCount).toBe(matching.length);
    checkRows(
      first.list.edges.map((e) => e.node),
      matching.slice(0, 5),
    );
    const next = await page(filter, 5, first.list.pageInfo.endCursor);
    expect(next.list.totalCount).toBe(matching.length);
    checkRows(
      next.list.edges.map((e) => e.node),
      matching.slice(5, 10),
    );
  });

  it('an empty page still carries the count', async () => {
    const filter = { queueId: queue.id, search: 'woorddatnergensstaat' };
    const { queries, list } = await page(filter, 20);
    expect(queries).toBe(3);
    expect(list.totalCount).toBe(0);
    expect(list.edges).toEqual([]);
    const last = await page({ queueId: queue.id }, 100);
    const beyond = await page({ queueId: queue.id }, 100, last.list.pageInfo.endCursor);
    expect(beyond.list.edges).toHaveLength(TICKETS - 100);
    const past = await page({ queueId: queue.id }, 5, beyond.list.pageInfo.endCursor);
    expect(past.list.edges).toEqual([]);
    expect(past.list.totalCount).toBe(TICKETS);
  });
});
