// The message lists: every filter of 'Mijn berichten', keyset paging that stays stable while messages
// arrive (forwards and backwards), the theme view with its In/Uit filter, two server instances sharing
// events through LISTEN/NOTIFY, and the number of SQL statements of a page not growing with its size.
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryCounter } from '../../server/src/db/query-counter.js';
import { DEMO_ORGANISATIONS } from '../../server/src/seed/demo.js';
import { collectLive, disposeLive, gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { addConfirmedContact, key, STAFF_SEND, themeId, tinyPdf, upload } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const linde = DEMO_ORGANISATIONS[0] as { id: string };
let server: TestServer;
let url: string;
let member: string;
let staff: string;
let staffErkenning: string;
const refs: string[] = [];

const LIST = `query($filter: MessageFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  messages(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id title referenceNumber direction read attachmentCount senderLabel theme { code } } }
  }
}`;

async function list(filter: Record<string, unknown>, page: Record<string, unknown> = { first: 50 }) {
  const result = await gql(url, LIST, { filter, ...page }, { token: member });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.messages as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    edges: Array<{ node: any }>;
  };
}

const titles = (page: { edges: Array<{ node: { title: string } }> }) => page.edges.map((e) => e.node.title);

async function staffSends(
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
        organisationId: linde.id,
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
  refs.push(message.referenceNumber);
  return message as { id: string; referenceNumber: string };
}

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  const admin = await login(url, 'beheerder@delinde.example');
  member = await login(url, 'medewerker@delinde.example');
  staff = await login(url, 'bart.desmet@zorg.example');
  staffErkenning = await login(url, 'an.peeters@zorg.example');
  await addConfirmedContact(url, server.dbUrl, admin, {
    firstName: 'Jan',
    lastName: 'Janssens',
    email: 'jan@delinde.example',
    themes: ['SUB', 'ERK', 'PER'],
  });
  // Twelve received messages, one a day, on three themes; one with an attachment.
  const pdf = await upload(server.url, staff, 'bijlage.pdf', tinyPdf());
  for (let i = 1; i <= 12; i++) {
    const theme = i % 3 === 0 ? 'ERK' : i % 2 === 0 ? 'PER' : 'SUB';
    const token = theme === 'ERK' ? staffErkenning : staff;
    await staffSends(
      token,
      theme,
      `Bericht ${String(i).padStart(2, '0')}`,
      i === 7 ? 'Over de jaarrekening' : 'Tekst',
      i === 4 ? [pdf.body.id] : undefined,
    );
  }
  // Spread them over days (oldest first) so that date filters have something to bite on.
  await ownerQuery(
    server.dbUrl,
    `UPDATE message SET sent_at = timestamptz '2026-03-01 10:00 Europe/Brussels' + (substring(title from 9)::int - 1) * interval '1 day'
      WHERE title LIKE 'Bericht %'`,
  );
  // One sent message, from the organisation.
  await gql(
    url,
    `mutation($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } } }`,
    { input: { clientKey: key(), themeId: themeId('SUB'), title: 'Onze vraag', body: 'Vraag' } },
    { token: member },
  );
});

describe('filters on every column', () => {
  it('lists received messages newest first, and filters by direction', async () => {
    const inbound = await list({ direction: 'INBOUND' });
    expect(inbound.totalCount).toBe(12);
    expect(titles(inbound).slice(0, 3)).toEqual(['Bericht 12', 'Bericht 11', 'Bericht 10']);
    const outbound = await list({ direction: 'OUTBOUND' });
    expect(titles(outbound)).toEqual(['Onze vraag']);
  });

  it('by reference number (part of it), theme, title and text', async () => {
    const ref = refs[4] as string;
    expect(titles(await list({ referenceNumber: ref }))).toEqual(['Bericht 05']);
    expect(titles(await list({ referenceNumber: ref.slice(-6).toLowerCase() }))).toEqual(['Bericht 05']);
    expect(titles(await list({ direction: 'INBOUND', themeId: themeId('ERK') }))).toEqual([
      'Bericht 12',
      'Bericht 09',
      'Bericht 06',
      'Bericht 03',
    ]);
    expect(titles(await list({ title: 'bericht 1' }))).toEqual(['Bericht 12', 'Bericht 11', 'Bericht 10']);
    expect(titles(await list({ text: 'JAARREKENING' }))).toEqual(['Bericht 07']);
    // LIKE wildcards are taken literally.
    expect((await list({ text: '%' })).totalCount).toBe(0);
  });

  it('by date range (whole days in Brussels), sender, attachments and read state', async () => {
    expect(titles(await list({ sentFrom: '2026-03-03', sentTo: '2026-03-05' }))).toEqual([
      'Bericht 05',
      'Bericht 04',
      'Bericht 03',
    ]);
    expect(titles(await list({ sender: 'peeters' }))).toEqual([
      'Bericht 12',
      'Bericht 09',
      'Bericht 06',
      'Bericht 03',
    ]);
    expect(titles(await list({ hasAttachments: true }))).toEqual(['Bericht 04']);
    expect((await list({ hasAttachments: false, direction: 'INBOUND' })).totalCount).toBe(11);

    await gql(
      url,
      'mutation($ref: String!) { markThreadRead(referenceNumber: $ref) { id } }',
      { ref: refs[1] },
      { token: member },
    );
    expect(titles(await list({ unread: false, direction: 'INBOUND' }))).toEqual(['Bericht 02']);
    expect((await list({ unread: true, direction: 'INBOUND' })).totalCount).toBe(11);
    // Read state is personal: a colleague still sees it unread.
    const colleague = await login(url, 'medewerkerplus@delinde.example');
    const theirs = await gql(
      url,
      LIST,
      { filter: { unread: false, direction: 'INBOUND' }, first: 5 },
      { token: colleague },
    );
    expect(theirs.data?.messages.totalCount).toBe(0);
  });

  it('combines filters, and the theme view shows both directions with an In/Uit filter', async () => {
    expect(titles(await list({ themeId: themeId('SUB'), title: 'bericht', sentTo: '2026-03-05' }))).toEqual([
      'Bericht 05',
      'Bericht 01',
    ]);
    const themeView = await list({ themeId: themeId('SUB') });
    expect(themeView.edges.map((e) => e.node.direction)).toContain('OUTBOUND');
    expect(themeView.edges.map((e) => e.node.direction)).toContain('INBOUND');
    expect(titles(await list({ themeId: themeId('SUB'), direction: 'OUTBOUND' }))).toEqual(['Onze vraag']);
  });

  it('refuses a made-up cursor', async () => {
    const result = await gql(url, LIST, { first: 5, after: 'not-a-cursor' }, { token: member });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('paging', () => {
  it('pages by five forwards and backwards, stable while new messages arrive', async () => {
    const filter = { direction: 'INBOUND', title: 'Bericht' };
    const page1 = await list(filter, { first: 5 });
    expect(titles(page1)).toEqual(['Bericht 12', 'Bericht 11', 'Bericht 10', 'Bericht 09', 'Bericht 08']);
    expect(page1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    // New messages arrive while the user reads page 1: page 2 neither repeats nor skips.
    await staffSends(staff, 'SUB', 'Bericht 13');
    await staffSends(staff, 'SUB', 'Bericht 14');
    const page2 = await list(filter, { first: 5, after: page1.pageInfo.endCursor });
    expect(titles(page2)).toEqual(['Bericht 07', 'Bericht 06', 'Bericht 05', 'Bericht 04', 'Bericht 03']);
    const page3 = await list(filter, { first: 5, after: page2.pageInfo.endCursor });
    expect(titles(page3)).toEqual(['Bericht 02', 'Bericht 01']);
    expect(page3.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    // 'Vorige' from page 3 gives page 2 again, in the same order.
    const back = await list(filter, { last: 5, before: page3.pageInfo.startCursor });
    expect(titles(back)).toEqual(titles(page2));
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    // And from page 2 back to the first page, which now starts with the new arrivals.
    const first = await list(filter, { last: 5, before: page2.pageInfo.startCursor });
    expect(titles(first)).toEqual(titles(page1));
    expect(first.pageInfo.hasPreviousPage).toBe(true);
  });
});

describe('SQL statements per page', () => {
  it('do not grow with the page size', async () => {
    const counter = server.app.dataSource.logger as QueryCounter;
    const FULL = `query($first: Int) { messages(first: $first) { edges { node {
      title read theme { name } author { firstName } organisation { name } attachments { fileName } thread { referenceNumber }
    } } } }`;
    const statements = async (first: number) => {
      const before = counter.total;
      const result = await gql(url, FULL, { first }, { token: member });
      expect(result.errors).toBeUndefined();
      expect(result.data?.messages.edges.length).toBe(first);
      return counter.total - before;
    };
    // The newest message has an attachment and the next one an author of the organisation (department
    // authors come from the department cache, the others from one query): every page from 2 on loads the
    // same relations.
    await gql(
      url,
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } } }`,
      { input: { clientKey: key(), themeId: themeId('SUB'), title: 'Nog een vraag', body: 'Vraag' } },
      { token: member },
    );
    const pdf = await upload(server.url, staff, 'nieuwste.pdf', tinyPdf('nieuwste'));
    await staffSends(staff, 'SUB', 'Met bijlage', 'Tekst', [pdf.body.id]);
    await statements(5); // warm-up
    const small = await statements(2);
    const medium = await statements(5);
    const large = await statements(12);
    expect(medium).toBe(small);
    expect(large).toBe(small);
  });

  it("read a thread's authors and the viewer's read state along with its messages", async () => {
    const counter = server.app.dataSource.logger as QueryCounter;
    const sent = await gql(
      url,
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { referenceNumber } } }`,
      { input: { clientKey: key(), themeId: themeId('SUB'), title: 'Vraag over de draad', body: 'Vraag' } },
      { token: member },
    );
    const ref = sent.data?.sendMessage.message.referenceNumber;
    const thread = async (fields: string) => {
      const before = counter.total;
      const result = await gql(
        url,
        `query($ref: String!) { thread(referenceNumber: $ref) { messages { ${fields} } } }`,
        { ref },
        { token: member },
      );
      expect(result.errors).toBeUndefined();
      return { statements: counter.total - before, messages: result.data?.thread.messages };
    };
    const plain = await thread('title');
    const full = await thread('title read author { email }');
    expect(full.messages).toEqual([
      { title: 'Vraag over de draad', read: true, author: { email: 'medewerker@delinde.example' } },
    ]);
    expect(full.statements).toBe(plain.statements);
  });
});

describe('two server instances', () => {
  it('delivers a message sent through one instance to a subscriber on the other', async () => {
    const other = await startTestServer({}, { databaseUrl: server.dbUrl });
    const socket = wsClient(other.wsUrl, member);
    const events = await collectLive(
      other,
      socket,
      `subscription { messageAdded(themeId: "${themeId('PER')}") { title organisation { name } } }`,
    );
    await staffSends(staff, 'SUB', 'Niet voor deze filter');
    await staffSends(staff, 'PER', 'Via de andere instantie');
    expect(await events.next()).toEqual({
      data: { messageAdded: { title: 'Via de andere instantie', organisation: { name: 'WZC De Linde' } } },
    });
    expect(events.pending).toEqual([]);
    await disposeLive(other, [socket]);
  });

  it('lets staff follow one team', async () => {
    const socket = wsClient(server.wsUrl, staffErkenning);
    const teams = await gql(url, '{ teams { id nameNl } }', {}, { token: staffErkenning });
    const erkenning = teams.data?.teams.find((t: any) => t.nameNl === 'Team Erkenning').id;
    const events = await collectLive(
      server,
      socket,
      `subscription { messageAdded(teamId: "${erkenning}") { title direction } }`,
    );
    await gql(
      url,
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } } }`,
      { input: { clientKey: key(), themeId: themeId('SUB'), title: 'Voor subsidies', body: 'x' } },
      { token: member },
    );
    await gql(
      url,
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { errors { code } } }`,
      { input: { clientKey: key(), themeId: themeId('ERK'), title: 'Voor erkenning', body: 'x' } },
      { token: member },
    );
    expect(await events.next()).toEqual({
      data: { messageAdded: { title: 'Voor erkenning', direction: 'OUTBOUND' } },
    });
    expect(events.pending).toEqual([]);
    await disposeLive(server, [socket]);
  });
});
