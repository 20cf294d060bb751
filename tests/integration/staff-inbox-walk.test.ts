// The staff inbox's page statement walks at most WALK threads and falls back to the filters' indexes when
// that finds too little (decision 0040). Both arms must give the same pages: an organisation of the test's
// own gets more threads than one walk reads, with words in the newest threads (the walk's arm) and words
// only in the oldest ones (the fallback's arm).
import { beforeAll, describe, expect, it } from 'vitest';
import { WALK } from '../../server/src/lists/walked-page.js';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, type TestOrganisation } from '../utils/factories.js';
import { gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { themeId } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const THREADS = WALK + 200;

let server: TestServer;
let url: string;
let staff: string;
let organisation: TestOrganisation;

/**
 * Thread n (1 = oldest) is "Draad n", one message, newer with n. Its message says "kwaliteitsplan" when n is
 * a multiple of 3 (and a second, older one too for multiples of 6), "zeldzaamwoord" only in thread 5, "oudwoord" up to thread 30; it is unanswered (the
 * department wrote last) for even n and in theme SUB for multiples of 4.
 */
async function threads(): Promise<void> {
  await ownerQuery(
    server.dbUrl,
    `WITH n AS (SELECT n, gen_random_uuid() AS id FROM generate_series(1, $2::int) n),
          t AS (
            INSERT INTO message_thread (id, organisation_id, reference_number, theme_id, title, team_id,
                                        last_direction, message_count, last_message_at)
            SELECT id, $1::uuid, 'WALK-' || left($1::text, 8) || '-' || n, CASE WHEN n % 4 = 0 THEN $3 ELSE $4 END::uuid,
                   'Draad ' || n, (SELECT id FROM team ORDER BY id LIMIT 1),
                   CASE WHEN n % 2 = 0 THEN 'OUTBOUND' ELSE 'INBOUND' END, 1,
                   timestamptz '2026-01-01' + n * interval '1 minute'
              FROM n RETURNING id)
     INSERT INTO message (id, organisation_id, thread_id, reference_number, theme_id, direction, title, body,
                          author_id, sender_label, client_key, sent_at)
     SELECT gen_random_uuid(), $1::uuid, n.id, 'WALK-' || left($1::text, 8) || '-' || n, CASE WHEN n % 4 = 0 THEN $3 ELSE $4 END::uuid,
            CASE WHEN n % 2 = 0 THEN 'OUTBOUND' ELSE 'INBOUND' END, 'Draad ' || n,
            concat_ws(' ', 'Gewone tekst', CASE WHEN n % 3 = 0 THEN 'kwaliteitsplan' END,
                      CASE WHEN n = 5 THEN 'zeldzaamwoord' END, CASE WHEN n <= 30 THEN 'oudwoord' END),
            (SELECT id FROM app_user WHERE organisation_id IS NULL ORDER BY id LIMIT 1), 'Test',
            'walk-' || n.id, timestamptz '2026-01-01' + n * interval '1 minute'
       FROM n JOIN t USING (id)`,
    [organisation.id, THREADS, themeId('SUB'), themeId('ERK')],
  );
  // A second message with the common word in every other of its threads: the count counts threads.
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO message (id, organisation_id, thread_id, reference_number, theme_id, direction, title, body,
                          author_id, sender_label, client_key, sent_at)
     SELECT gen_random_uuid(), t.organisation_id, t.id, t.reference_number, t.theme_id, 'INBOUND', t.title,
            'Nog eens het kwaliteitsplan', (SELECT id FROM app_user WHERE organisation_id IS NULL ORDER BY id LIMIT 1),
            'Test', 'walk2-' || t.id, t.last_message_at - interval '10 seconds'
       FROM message_thread t
      WHERE t.organisation_id = $1 AND substring(t.title FROM 7)::int % 6 = 0`,
    [organisation.id],
  );
}

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  staff = await login(url, 'bart.desmet@zorg.example');
  organisation = await createOrganisation(server);
  await threads();
});

const PAGE = graphql(`
  query WalkStaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    staffInbox(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { title } }
    }
  }
`);

type Page = Awaited<ReturnType<typeof inbox>>;

async function inbox(filter: Record<string, unknown>, args: Record<string, unknown>) {
  const answer = await gql(
    url,
    PAGE,
    { filter: { organisationId: organisation.id, allTeams: true, ...filter }, ...args },
    { token: staff },
  );
  expect(answer.errors).toBeUndefined();
  const page = answer.data?.staffInbox;
  if (!page) throw new Error('no page');
  return page;
}

const numbers = (page: Page) => page.edges.map((e) => Number(e.node.title.replace('Draad ', '')));
/** Thread numbers from `from` down, `count` of them, that satisfy `keep`. */
const expected = (from: number, count: number, keep: (n: number) => boolean) => {
  const out: number[] = [];
  for (let n = from; n >= 1 && out.length < count; n--) if (keep(n)) out.push(n);
  return out;
};

describe('the staff inbox walk', () => {
  it('finds a common word among the newest threads, page after page and back', async () => {
    const first = await inbox({ text: 'kwaliteitsplan' }, { first: 5 });
    expect(numbers(first)).toEqual(expected(THREADS, 5, (n) => n % 3 === 0));
    expect(first.totalCount).toBe(Math.floor(THREADS / 3));
    const second = await inbox({ text: 'kwaliteitsplan' }, { first: 5, after: first.pageInfo.endCursor });
    expect(numbers(second)).toEqual(expected(numbers(first).at(-1)! - 1, 5, (n) => n % 3 === 0));
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const back = await inbox({ text: 'kwaliteitsplan' }, { last: 5, before: second.pageInfo.startCursor });
    expect(numbers(back)).toEqual(numbers(first));
  });

  it('finds a word that only an old thread has, beyond what one walk reads', async () => {
    const page = await inbox({ text: 'zeldzaamwoord' }, { first: 20 });
    expect(numbers(page)).toEqual([5]);
    expect(page.totalCount).toBe(1);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('pages through matches that lie beyond the walk, then within a walk past the cursor', async () => {
    const first = await inbox({ text: 'oudwoord' }, { first: 5 });
    expect(numbers(first)).toEqual([30, 29, 28, 27, 26]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await inbox({ text: 'oudwoord' }, { first: 5, after: first.pageInfo.endCursor });
    expect(numbers(second)).toEqual([25, 24, 23, 22, 21]);
  });

  it('combines the filters without text: unanswered threads of a theme', async () => {
    const page = await inbox({ unanswered: true, themeId: themeId('SUB') }, { first: 3 });
    expect(numbers(page)).toEqual(expected(THREADS, 3, (n) => n % 4 === 0));
    // Unanswered with the word of the old threads: only the fallback finds them.
    const old = await inbox({ unanswered: true, text: 'oudwoord' }, { first: 3 });
    expect(numbers(old)).toEqual([30, 28, 26]);
  });
});
