// The message lists: every filter of 'Mijn berichten', keyset paging that stays stable while messages
// arrive (forwards and backwards), the theme view with its In/Uit filter, two server instances sharing
// events through LISTEN/NOTIFY, and the number of SQL statements of a page not growing with its size.
// The filter tests read one organisation's twelve messages; every test that writes has an organisation of
// its own (tests/utils/factories.ts), so the tests pass in any order.
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryCounter } from '../../server/src/db/query-counter.js';
import { graphql } from '../graphql/generated/gql.js';
import type { MessageFilterInput } from '../graphql/generated/graphql.js';
import {
  createContact,
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../utils/factories.js';
import { collectLive, disposeLive, gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { key, SEND, STAFF_SEND, themeId, tinyPdf, upload } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;
let staff: string;
let staffErkenning: string;

const LIST = graphql(`
  query ListsMessages($filter: MessageFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    messages(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id title referenceNumber direction read attachmentCount senderLabel theme { code } } }
    }
  }
`);

interface Tenant {
  organisation: TestOrganisation;
  member: TestUser;
}

/** An organisation of its own with a MEMBER, and a confirmed contact person for `themes`. */
async function tenant(themes: string[]): Promise<Tenant> {
  const organisation = await createOrganisation(server);
  const [admin, member] = await Promise.all([
    createUser(server, organisation, { roles: ['ADMIN'] }),
    createUser(server, organisation),
  ]);
  await createContact(server, admin, themes);
  return { organisation, member };
}

/** The department (as `token`) writes to `organisation`; returns the message. */
async function staffSends(
  organisation: TestOrganisation,
  token: string,
  theme: string,
  title: string,
  body = 'Tekst van het bericht.',
  attachmentIds?: string[],
) {
  const result = await gql(
    url,
    STAFF_SEND,
    {
      input: {
        clientKey: key(),
        organisationId: organisation.id,
        themeId: themeId(theme),
        title,
        body,
        attachmentIds,
      },
    },
    { token },
  );
  const message = result.data?.sendMessageToOrganisation.message;
  if (!message) throw new Error(JSON.stringify(result));
  return message;
}

/** `member` writes a new message on `theme`. */
async function memberSends(member: TestUser, theme: string, title: string) {
  const result = await gql(
    url,
    SEND,
    { input: { clientKey: key(), themeId: themeId(theme), title, body: 'Vraag' } },
    { token: member.token },
  );
  const message = result.data?.sendMessage.message;
  if (!message) throw new Error(JSON.stringify(result));
  return message;
}

interface TwelveMessages extends Tenant {
  /** Reference numbers of 'Bericht 01' to 'Bericht 12'. */
  refs: string[];
}

/**
 * An organisation with twelve received messages, one a day from 1 March 2026, on three themes (one with
 * an attachment, Erkenning's from An Peeters), and one sent message, 'Onze vraag'.
 */
async function twelveMessages(): Promise<TwelveMessages> {
  const world = await tenant(['SUB', 'ERK', 'PER']);
  const pdf = await upload(server.url, staff, 'bijlage.pdf', tinyPdf());
  const refs: string[] = [];
  for (let i = 1; i <= 12; i++) {
    const theme = i % 3 === 0 ? 'ERK' : i % 2 === 0 ? 'PER' : 'SUB';
    const message = await staffSends(
      world.organisation,
      theme === 'ERK' ? staffErkenning : staff,
      theme,
      `Bericht ${String(i).padStart(2, '0')}`,
      i === 7 ? 'Over de jaarrekening' : 'Tekst',
      i === 4 ? [pdf.body.id] : undefined,
    );
    refs.push(message.referenceNumber);
  }
  // Spread them over days (oldest first) so that date filters have something to bite on.
  await ownerQuery(
    server.dbUrl,
    `UPDATE message SET sent_at = timestamptz '2026-03-01 10:00 Europe/Brussels' + (substring(title from 9)::int - 1) * interval '1 day'
      WHERE organisation_id = $1 AND title LIKE 'Bericht %'`,
    [world.organisation.id],
  );
  await memberSends(world.member, 'SUB', 'Onze vraag');
  return { ...world, refs };
}

async function list(
  viewer: TestUser,
  filter: MessageFilterInput,
  page: { first?: number; after?: string | null; last?: number; before?: string | null } = { first: 50 },
) {
  const result = await gql(url, LIST, { filter, ...page }, { token: viewer.token });
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.messages;
}

const titles = (page: { edges: Array<{ node: { title: string } }> }) => page.edges.map((e) => e.node.title);

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  // The department's people are only read: what they write goes to the tests' own organisations.
  staff = await login(url, 'bart.desmet@zorg.example');
  staffErkenning = await login(url, 'an.peeters@zorg.example');
});

describe('filters on every column', () => {
  let shared: TwelveMessages;
  beforeAll(async () => {
    shared = await twelveMessages();
  });
  const mine = (filter: MessageFilterInput) => list(shared.member, filter);

  it('lists received messages newest first, and filters by direction', async () => {
    const inbound = await mine({ direction: 'INBOUND' });
    expect(inbound.totalCount).toBe(12);
    expect(titles(inbound).slice(0, 3)).toEqual(['Bericht 12', 'Bericht 11', 'Bericht 10']);
    const outbound = await mine({ direction: 'OUTBOUND' });
    expect(titles(outbound)).toEqual(['Onze vraag']);
  });

  it('by reference number (part of it), theme, title and text', async () => {
    const ref = shared.refs[4] as string;
    expect(titles(await mine({ referenceNumber: ref }))).toEqual(['Bericht 05']);
    expect(titles(await mine({ referenceNumber: ref.slice(-6).toLowerCase() }))).toEqual(['Bericht 05']);
    expect(titles(await mine({ direction: 'INBOUND', themeId: themeId('ERK') }))).toEqual([
      'Bericht 12',
      'Bericht 09',
      'Bericht 06',
      'Bericht 03',
    ]);
    expect(titles(await mine({ title: 'bericht 1' }))).toEqual(['Bericht 12', 'Bericht 11', 'Bericht 10']);
    expect(titles(await mine({ text: 'JAARREKENING' }))).toEqual(['Bericht 07']);
    // LIKE wildcards are taken literally.
    expect((await mine({ text: '%' })).totalCount).toBe(0);
  });

  it('by date range (whole days in Brussels), sender, attachments and read state', async () => {
    expect(titles(await mine({ sentFrom: '2026-03-03', sentTo: '2026-03-05' }))).toEqual([
      'Bericht 05',
      'Bericht 04',
      'Bericht 03',
    ]);
    expect(titles(await mine({ sender: 'peeters' }))).toEqual([
      'Bericht 12',
      'Bericht 09',
      'Bericht 06',
      'Bericht 03',
    ]);
    expect(titles(await mine({ hasAttachments: true }))).toEqual(['Bericht 04']);
    expect((await mine({ hasAttachments: false, direction: 'INBOUND' })).totalCount).toBe(11);

    // Read state is personal: a reader of its own marks one read, their colleague still sees it unread.
    const reader = await createUser(server, shared.organisation);
    await gql(
      url,
      graphql(`
        mutation ListsMarkThreadRead($ref: String!) {
          markThreadRead(referenceNumber: $ref) { id }
        }
      `),
      { ref: shared.refs[1] ?? '' },
      { token: reader.token },
    );
    expect(titles(await list(reader, { unread: false, direction: 'INBOUND' }))).toEqual(['Bericht 02']);
    expect((await list(reader, { unread: true, direction: 'INBOUND' })).totalCount).toBe(11);
    const colleague = await createUser(server, shared.organisation, { roles: ['MEMBER_PLUS'] });
    expect((await list(colleague, { unread: false, direction: 'INBOUND' })).totalCount).toBe(0);
  });

  it('combines filters, and the theme view shows both directions with an In/Uit filter', async () => {
    expect(titles(await mine({ themeId: themeId('SUB'), title: 'bericht', sentTo: '2026-03-05' }))).toEqual([
      'Bericht 05',
      'Bericht 01',
    ]);
    const themeView = await mine({ themeId: themeId('SUB') });
    expect(themeView.edges.map((e) => e.node.direction)).toContain('OUTBOUND');
    expect(themeView.edges.map((e) => e.node.direction)).toContain('INBOUND');
    expect(titles(await mine({ themeId: themeId('SUB'), direction: 'OUTBOUND' }))).toEqual(['Onze vraag']);
  });

  it('refuses a made-up cursor', async () => {
    const result = await gql(url, LIST, { first: 5, after: 'not-a-cursor' }, { token: shared.member.token });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('paging', () => {
  it('pages by five forwards and backwards, stable while new messages arrive', async () => {
    const { organisation, member } = await twelveMessages();
    const filter: MessageFilterInput = { direction: 'INBOUND', title: 'Bericht' };
    const page1 = await list(member, filter, { first: 5 });
    expect(titles(page1)).toEqual(['Bericht 12', 'Bericht 11', 'Bericht 10', 'Bericht 09', 'Bericht 08']);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    // New messages arrive while the user reads page 1: page 2 neither repeats nor skips.
    await staffSends(organisation, staff, 'SUB', 'Bericht 13');
    await staffSends(organisation, staff, 'SUB', 'Bericht 14');
    const page2 = await list(member, filter, { first: 5, after: page1.pageInfo.endCursor });
    expect(titles(page2)).toEqual(['Bericht 07', 'Bericht 06', 'Bericht 05', 'Bericht 04', 'Bericht 03']);
    const page3 = await list(member, filter, { first: 5, after: page2.pageInfo.endCursor });
    expect(titles(page3)).toEqual(['Bericht 02', 'Bericht 01']);
    expect(page3.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    // 'Vorige' from page 3 gives page 2 again, in the same order.
    const back = await list(member, filter, { last: 5, before: page3.pageInfo.startCursor });
    expect(titles(back)).toEqual(titles(page2));
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    // And from page 2 back to the first page, which now starts with the new arrivals.
    const first = await list(member, filter, { last: 5, before: page2.pageInfo.startCursor });
    expect(titles(first)).toEqual(titles(page1));
    expect(first.pageInfo.hasPreviousPage).toBe(true);
  });
});

describe('SQL statements per page', () => {
  it('do not grow with the page size', async () => {
    const { organisation, member } = await twelveMessages();
    const counter = server.app.dataSource.logger as QueryCounter;
    const FULL = graphql(`
      query ListsFullPage($first: Int) {
        messages(first: $first) {
          edges {
            node {
              title read theme { name } author { firstName } organisation { name }
              attachments { fileName } thread { referenceNumber }
            }
          }
        }
      }
    `);
    const statements = async (first: number) => {
      const before = counter.total;
      const result = await gql(url, FULL, { first }, { token: member.token });
      expect(result.errors).toBeUndefined();
      expect(result.data?.messages.edges.length).toBe(first);
      return counter.total - before;
    };
    // The newest message has an attachment and the next one an author of the organisation (department
    // authors come from the department cache, the others from one query): every page from 2 on loads the
    // same relations.
    await memberSends(member, 'SUB', 'Nog een vraag');
    const pdf = await upload(server.url, staff, 'nieuwste.pdf', tinyPdf('nieuwste'));
    await staffSends(organisation, staff, 'SUB', 'Met bijlage', 'Tekst', [pdf.body.id]);
    await statements(5); // warm-up
    const small = await statements(2);
    const medium = await statements(5);
    const large = await statements(12);
    expect(medium).toBe(small);
    expect(large).toBe(small);
  });

  it("read a thread's authors and the viewer's read state along with its messages", async () => {
    const { member } = await tenant(['SUB']);
    const counter = server.app.dataSource.logger as QueryCounter;
    const { referenceNumber: ref } = await memberSends(member, 'SUB', 'Vraag over de draad');
    const threadMessages = async (document: typeof PLAIN | typeof FULL) => {
      const before = counter.total;
      const result = await gql(url, document, { ref }, { token: member.token });
      expect(result.errors).toBeUndefined();
      return { statements: counter.total - before, messages: result.data?.thread.messages };
    };
    const plain = await threadMessages(PLAIN);
    const full = await threadMessages(FULL);
    expect(full.messages).toEqual([
      { title: 'Vraag over de draad', read: true, author: { email: member.email } },
    ]);
    expect(plain.messages).toEqual([{ title: 'Vraag over de draad' }]);
    expect(full.statements).toBe(plain.statements);
  });
});

const PLAIN = graphql(`
  query ListsThreadTitles($ref: String!) {
    thread(referenceNumber: $ref) { messages { title } }
  }
`);

const FULL = graphql(`
  query ListsThreadAuthors($ref: String!) {
    thread(referenceNumber: $ref) { messages { title read author { email } } }
  }
`);

describe('two server instances', () => {
  it('delivers a message sent through one instance to a subscriber on the other', async () => {
    const { organisation, member } = await tenant(['SUB', 'PER']);
    const other = await startTestServer({}, { databaseUrl: server.dbUrl });
    const socket = wsClient(other.wsUrl, member.token);
    const events = await collectLive(
      other,
      socket,
      graphql(`
        subscription ListsMessageAddedOnTheme($themeId: ID!) {
          messageAdded(themeId: $themeId) { title organisation { name } }
        }
      `),
      { themeId: themeId('PER') },
    );
    await staffSends(organisation, staff, 'SUB', 'Niet voor deze filter');
    await staffSends(organisation, staff, 'PER', 'Via de andere instantie');
    expect(await events.next()).toEqual({
      data: { messageAdded: { title: 'Via de andere instantie', organisation: { name: organisation.name } } },
    });
    expect(events.pending).toEqual([]);
    await disposeLive(other, [socket]);
  });

  it('lets staff follow one team', async () => {
    const { member } = await tenant(['SUB', 'ERK']);
    const socket = wsClient(server.wsUrl, staffErkenning);
    const teams = await gql(
      url,
      graphql(`
        query ListsTeams {
          teams { id nameNl }
        }
      `),
      {},
      { token: staffErkenning },
    );
    const erkenning = teams.data?.teams.find((t) => t.nameNl === 'Team Erkenning')?.id ?? '';
    const events = await collectLive(
      server,
      socket,
      graphql(`
        subscription ListsMessageAddedForTeam($teamId: ID!) {
          messageAdded(teamId: $teamId) { title direction }
        }
      `),
      { teamId: erkenning },
    );
    await memberSends(member, 'SUB', 'Voor subsidies');
    await memberSends(member, 'ERK', 'Voor erkenning');
    expect(await events.next()).toEqual({
      data: { messageAdded: { title: 'Voor erkenning', direction: 'OUTBOUND' } },
    });
    expect(events.pending).toEqual([]);
    await disposeLive(server, [socket]);
  });
});
