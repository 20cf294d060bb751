// The knowledge base over real HTTP and WebSocket (issue 16, 003 §2): anonymous reading of what is
// published, drafts hidden, Markdown rendered safely, Dutch and English full-text search (stemming,
// ranking, snippets, paging), editing refused to agents and tenant roles (and audited for admins),
// outages live through the subscription, and the ticket-deflection records with their report.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, type TestUser, unique } from '../utils/factories.js';
import { collectLive, disposeLive, errorCode, gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let admin: string;
let agent: string;
let member: TestUser;
let tenantAdmin: TestUser;

const SAVE = graphql(`
  mutation KbSave($input: SaveKnowledgeItemInput!) {
    saveKnowledgeItem(input: $input) {
      errors { field code message }
      item { id slug status title bodyHtml publishedAt }
    }
  }
`);
const ARTICLE = graphql(`
  query KbArticle($slug: String!) {
    knowledgeArticle(slug: $slug) { id title bodyHtml status tags category }
  }
`);
const ARTICLES = graphql(`
  query KbArticles($first: Int, $after: Cursor, $drafts: Boolean) {
    knowledgeArticles(first: $first, after: $after, drafts: $drafts) {
      edges { node { slug status } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const SEARCH = graphql(`
  query KbSearch($query: String!, $first: Int, $after: Cursor) {
    searchKnowledgeBase(query: $query, first: $first, after: $after) {
      edges { node { rank item { id slug title } snippet { text match } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const OPEN_OUTAGE = graphql(`
  mutation KbOpenOutage($input: OpenOutageInput!) {
    openOutage(input: $input) { errors { field code } outage { id status title updates { status message } } }
  }
`);
const UPDATE_OUTAGE = graphql(`
  mutation KbUpdateOutage($input: UpdateOutageInput!) {
    updateOutage(input: $input) { errors { field code } outage { id status endedAt updates { status } } }
  }
`);
const OPEN_OUTAGES = graphql(`
  query KbOpenOutages { openOutages { id title service status } }
`);
const OUTAGES_LIVE = graphql(`
  subscription KbOutagesLive { openOutagesChanged { id title status } }
`);
const NEWS_PAGE = graphql(`
  query KbNewsPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    newsItems(first: $first, after: $after, last: $last, before: $before, drafts: true) {
      edges { node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);
const OUTAGES_PAGE = graphql(`
  query KbOutagesPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    outages(first: $first, after: $after, last: $last, before: $before) {
      edges { node { id } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
`);
const DEFLECT = graphql(`
  mutation KbDeflect($input: RecordDeflectionInput!) {
    recordTicketDeflection(input: $input) { recorded errors { field code } }
  }
`);
const REPORT = graphql(`
  query KbReport($since: DateTimeISO) { ticketDeflectionReport(since: $since) { suggestionsShown ticketsAvoided ticketsAfterSuggestions } }
`);

/** An article with unique words, saved by the department admin; returns its id and slug. */
async function article(fields: {
  titleNl?: string;
  bodyNl?: string;
  titleEn?: string;
  bodyEn?: string;
  status?: 'DRAFT' | 'PUBLISHED';
  tags?: string[];
}) {
  const slug = `test-${unique()}`;
  const result = await gql(
    server.graphqlUrl,
    SAVE,
    {
      input: {
        kind: 'ARTICLE',
        slug,
        status: fields.status ?? 'PUBLISHED',
        category: 'Test',
        tags: fields.tags ?? [],
        titleNl: fields.titleNl ?? `Titel ${slug}`,
        titleEn: fields.titleEn ?? `Title ${slug}`,
        bodyNl: fields.bodyNl ?? 'Tekst.',
        bodyEn: fields.bodyEn ?? 'Text.',
      },
    },
    { token: admin },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.saveKnowledgeItem.errors).toEqual([]);
  return { id: result.data?.saveKnowledgeItem.item?.id ?? '', slug };
}

/** A word of letters only that no other test and no seeded article contains. */
const word = () =>
  `kbw${randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 8)}`;

const search = (query: string, lang: 'nl' | 'en' = 'nl', first?: number, after?: string) =>
  gql(server.graphqlUrl, SEARCH, { query, first, after }, { headers: { 'accept-language': lang } });

beforeAll(async () => {
  server = await startTestServer();
  const organisation = await createOrganisation(server);
  [admin, agent, member, tenantAdmin] = await Promise.all([
    login(server.graphqlUrl, 'beheer@zorg.example'),
    login(server.graphqlUrl, 'an.peeters@zorg.example'),
    createUser(server, organisation, { roles: ['MEMBER'] }),
    createUser(server, organisation, { roles: ['ADMIN'] }),
  ]);
});

describe('reading', () => {
  it('lets anonymous visitors read published articles, and hides drafts from everyone but the editors', async () => {
    const published = await article({});
    const draft = await article({ status: 'DRAFT' });
    const read = await gql(server.graphqlUrl, ARTICLE, { slug: published.slug });
    expect(read.errors).toBeUndefined();
    expect(read.data?.knowledgeArticle.status).toBe('PUBLISHED');

    for (const token of [undefined, member.token, agent]) {
      const hidden = await gql(server.graphqlUrl, ARTICLE, { slug: draft.slug }, { token });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
    }
    const forEditor = await gql(server.graphqlUrl, ARTICLE, { slug: draft.slug }, { token: admin });
    expect(forEditor.data?.knowledgeArticle.status).toBe('DRAFT');

    const list = await gql(server.graphqlUrl, ARTICLES, { first: 100 });
    const slugs = list.data?.knowledgeArticles.edges.map((e) => e.node.slug) ?? [];
    expect(slugs).toContain(published.slug);
    expect(slugs).not.toContain(draft.slug);
    // Drafts in the list: the editors' only.
    expect(errorCode(await gql(server.graphqlUrl, ARTICLES, { drafts: true }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(server.graphqlUrl, ARTICLES, { drafts: true }, { token: agent }))).toBe(
      'FORBIDDEN',
    );
    const withDrafts = await gql(server.graphqlUrl, ARTICLES, { drafts: true, first: 100 }, { token: admin });
    expect(withDrafts.data?.knowledgeArticles.edges.map((e) => e.node.slug)).toContain(draft.slug);

    // The database says the same: an anonymous transaction sees no draft even without the service's filter.
    const search = await gql(server.graphqlUrl, SEARCH, { query: draft.slug });
    expect(search.data?.searchKnowledgeBase.edges).toEqual([]);
  });

  it('renders Markdown without raw HTML and without javascript: links', async () => {
    const { slug } = await article({
      bodyNl: [
        '## Stappen',
        '',
        'Klik [hier](https://example.org/hulp) of [daar](javascript:alert(1)).',
        '',
        '<script>alert("x")</script><img src=x onerror=alert(1)>',
        '',
        '![beeld](javascript:alert(2)) [data](data:text/html;base64,PHNjcmlwdD4=)',
      ].join('\n'),
    });
    const html = (await gql(server.graphqlUrl, ARTICLE, { slug })).data?.knowledgeArticle.bodyHtml ?? '';
    expect(html).toContain('<h2>Stappen</h2>');
    expect(html).toContain('<a href="https://example.org/hulp">hier</a>');
    expect(html).not.toMatch(/<script|<img src="x"|javascript:|data:text/i);
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('search', () => {
  it("finds 'factuur' when asked for 'facturen' (Dutch stemming), with the match highlighted", async () => {
    const w = word();
    const { slug } = await article({
      bodyNl: `Uw factuur ${w} staat onder Financieel. Daar vindt u ook oudere.`,
    });
    const result = await search(`facturen ${w}`);
    expect(result.errors).toBeUndefined();
    const [hit] = result.data?.searchKnowledgeBase.edges ?? [];
    expect(hit?.node.item.slug).toBe(slug);
    expect(hit?.node.snippet.filter((p) => p.match).map((p) => p.text)).toEqual(
      expect.arrayContaining(['factuur']),
    );
  });

  it('searches the English version with English stemming', async () => {
    const w = word();
    const { slug } = await article({ bodyEn: `Your invoices ${w} are listed under Finance.` });
    const hits = (await search(`invoice ${w}`, 'en')).data?.searchKnowledgeBase.edges ?? [];
    expect(hits.map((e) => e.node.item.slug)).toEqual([slug]);
    expect(hits[0]?.node.item.title).toMatch(/^Title /);
  });

  it('ranks a match in the title above one in the body, and pages by rank', async () => {
    const w = word();
    const inBody = await article({ bodyNl: `Iets over ${w} in de tekst.` });
    const inTitle = await article({ titleNl: `Alles over ${w}`, bodyNl: 'Uitleg.' });
    const inTag = await article({ tags: [w], bodyNl: 'Iets anders.' });
    const all = (await search(w)).data?.searchKnowledgeBase.edges ?? [];
    expect(all.map((e) => e.node.item.slug)).toEqual([inTitle.slug, inTag.slug, inBody.slug]);
    const first = await search(w, 'nl', 2);
    expect(first.data?.searchKnowledgeBase.pageInfo.hasNextPage).toBe(true);
    const next = await search(w, 'nl', 2, first.data?.searchKnowledgeBase.pageInfo.endCursor ?? undefined);
    expect(next.data?.searchKnowledgeBase.edges.map((e) => e.node.item.slug)).toEqual([inBody.slug]);
    expect(next.data?.searchKnowledgeBase.pageInfo.hasNextPage).toBe(false);
  });

  it('answers odd input without an internal error', async () => {
    for (const query of ['', '   ', '"', '-', 'de het een', '!!! & | :*', 'a'.repeat(200)])
      expect((await search(query)).errors).toBeUndefined();
    expect(errorCode(await search('a'.repeat(201)))).toBe('BAD_USER_INPUT');
    expect(errorCode(await search('x', 'nl', 2, 'bm90LWEtY3Vyc29y'))).toBe('BAD_USER_INPUT');
  });
});

describe('editing', () => {
  it('is refused to anonymous callers, agents and every tenant role', async () => {
    const input = {
      kind: 'ARTICLE' as const,
      slug: `refused-${unique()}`,
      status: 'PUBLISHED' as const,
      titleNl: 'x',
      titleEn: 'x',
      bodyNl: 'x',
      bodyEn: 'x',
    };
    const outage = { titleNl: 'x', titleEn: 'x', service: 'x', messageNl: 'x', messageEn: 'x' };
    expect(errorCode(await gql(server.graphqlUrl, SAVE, { input }))).toBe('UNAUTHENTICATED');
    for (const token of [agent, member.token, tenantAdmin.token]) {
      expect(errorCode(await gql(server.graphqlUrl, SAVE, { input }, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(server.graphqlUrl, OPEN_OUTAGE, { input: outage }, { token }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(
          await gql(
            server.graphqlUrl,
            UPDATE_OUTAGE,
            { input: { outageId: randomUUID(), status: 'RESOLVED', messageNl: 'x', messageEn: 'x' } },
            { token },
          ),
        ),
      ).toBe('FORBIDDEN');
    }
    const [row] = await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM kb_item WHERE slug = $1', [
      input.slug,
    ]);
    expect(row).toEqual({ n: 0 });
  });

  it('reports every wrong field at once, keeps slugs unique, and audits each change', async () => {
    const wrong = await gql(
      server.graphqlUrl,
      SAVE,
      {
        input: {
          kind: 'ARTICLE',
          slug: 'Niet Goed!',
          status: 'DRAFT',
          titleNl: ' ',
          titleEn: 'ok',
          bodyNl: 'ok',
          bodyEn: '',
          tags: Array.from({ length: 11 }, (_, i) => `tag${i}`),
        },
      },
      { token: admin },
    );
    expect(wrong.data?.saveKnowledgeItem.errors.map((e) => [e.field, e.code])).toEqual([
      ['slug', 'KB_SLUG_INVALID'],
      ['tags', 'KB_TOO_MANY_TAGS'],
      ['titleNl', 'REQUIRED'],
      ['bodyEn', 'REQUIRED'],
    ]);
    const first = await article({ status: 'DRAFT' });
    const taken = await gql(
      server.graphqlUrl,
      SAVE,
      {
        input: {
          kind: 'NEWS',
          slug: first.slug,
          status: 'PUBLISHED',
          titleNl: 'a',
          titleEn: 'a',
          bodyNl: 'a',
          bodyEn: 'a',
        },
      },
      { token: admin },
    );
    expect(taken.data?.saveKnowledgeItem.errors.map((e) => e.code)).toEqual(['KB_SLUG_TAKEN']);
    const published = await gql(
      server.graphqlUrl,
      SAVE,
      {
        input: {
          itemId: first.id,
          kind: 'ARTICLE',
          slug: first.slug,
          status: 'PUBLISHED',
          titleNl: 'Nieuwe titel',
          titleEn: 'New title',
          bodyNl: 'Tekst.',
          bodyEn: 'Text.',
        },
      },
      { token: admin },
    );
    expect(published.data?.saveKnowledgeItem.item?.publishedAt).toBeTruthy();
    const audit = await ownerQuery<{ action: string; changes: Array<{ field: string; new: string }> }>(
      server.dbUrl,
      'SELECT action, changes FROM audit_event WHERE entity_id = $1 ORDER BY created_at, id',
      [first.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['knowledge-item.created', 'knowledge-item.updated']);
    expect(audit[1]?.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'status', new: 'PUBLISHED' }),
        expect.objectContaining({ field: 'title_nl', new: 'Nieuwe titel' }),
      ]),
    );
  });
});

describe('outages', () => {
  it('are public, live for logged-in pages, and end when resolved', async () => {
    const client = wsClient(server.wsUrl, member.token);
    const live = await collectLive(server, client, OUTAGES_LIVE);
    const service = `Berichten ${unique()}`;
    const opened = await gql(
      server.graphqlUrl,
      OPEN_OUTAGE,
      {
        input: {
          titleNl: 'Berichten komen vertraagd aan',
          titleEn: 'Messages arrive late',
          service,
          messageNl: 'We onderzoeken het.',
          messageEn: 'We are looking into it.',
        },
      },
      { token: admin },
    );
    const outage = opened.data?.openOutage.outage;
    expect(outage?.status).toBe('INVESTIGATING');
    const event = await live.next(10_000);
    expect(event.data?.openOutagesChanged.map((o) => o.id)).toContain(outage?.id);

    const anonymous = await gql(
      server.graphqlUrl,
      OPEN_OUTAGES,
      {},
      { headers: { 'accept-language': 'en' } },
    );
    expect(anonymous.data?.openOutages).toContainEqual(
      expect.objectContaining({ id: outage?.id, title: 'Messages arrive late', service }),
    );

    const resolved = await gql(
      server.graphqlUrl,
      UPDATE_OUTAGE,
      {
        input: {
          outageId: outage?.id ?? '',
          status: 'RESOLVED',
          messageNl: 'Opgelost.',
          messageEn: 'Fixed.',
        },
      },
      { token: admin },
    );
    expect(resolved.data?.updateOutage.outage).toMatchObject({
      status: 'RESOLVED',
      updates: [{ status: 'INVESTIGATING' }, { status: 'RESOLVED' }],
    });
    expect(resolved.data?.updateOutage.outage?.endedAt).toBeTruthy();
    const after = await live.next(10_000);
    expect(after.data?.openOutagesChanged.map((o) => o.id)).not.toContain(outage?.id);
    const again = await gql(
      server.graphqlUrl,
      UPDATE_OUTAGE,
      { input: { outageId: outage?.id ?? '', status: 'IDENTIFIED', messageNl: 'x', messageEn: 'x' } },
      { token: admin },
    );
    expect(again.data?.updateOutage.errors).toEqual([{ field: 'status', code: 'KB_OUTAGE_RESOLVED' }]);
    const audit = await ownerQuery<{ action: string }>(
      server.dbUrl,
      'SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY created_at, id',
      [outage?.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['outage.opened', 'outage.resolved']);
    await disposeLive(server, [client]);
  });
});

type PageVars = { first?: number; after?: string; last?: number; before?: string };
type Page = {
  edges: Array<{ node: { id: string } }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor?: string | null;
    endCursor?: string | null;
  };
};

/**
 * Pages a newest-first list two at a time where `ids` (just made, newest first) lead it: forwards
 * ('Volgende') and back ('Vorige') give the same pages, as /beheer/kennisbank shows them.
 */
async function expectPagedNewestFirst(read: (vars: PageVars) => Promise<Page | undefined>, ids: string[]) {
  const first = await read({ first: 2 });
  expect(first?.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 2));
  expect(first?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  const second = await read({ first: 2, after: first?.pageInfo.endCursor ?? '' });
  expect(second?.edges[0]?.node.id).toBe(ids[2]);
  expect(second?.pageInfo.hasPreviousPage).toBe(true);
  const back = await read({ last: 2, before: second?.pageInfo.startCursor ?? '' });
  expect(back?.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 2));
  expect(back?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  const refused = await read({ last: 2, before: 'bm90LWEtY3Vyc29y' }).catch((error: Error) => error);
  expect(refused).toBeInstanceOf(Error);
  expect((refused as Error).message).toBe('BAD_USER_INPUT');
}

describe('admin lists', () => {
  it('page the news, drafts included, forwards and back', async () => {
    const ids: string[] = [];
    for (const status of ['PUBLISHED', 'DRAFT', 'PUBLISHED'] as const) {
      const slug = `nieuws-${unique()}`;
      const saved = await gql(
        server.graphqlUrl,
        SAVE,
        {
          input: {
            kind: 'NEWS',
            slug,
            status,
            category: 'Test',
            tags: [],
            titleNl: `Nieuws ${slug}`,
            titleEn: `News ${slug}`,
            bodyNl: 'Tekst.',
            bodyEn: 'Text.',
          },
        },
        { token: admin },
      );
      ids.unshift(saved.data?.saveKnowledgeItem.item?.id ?? '');
    }
    await expectPagedNewestFirst(async (vars) => {
      const answer = await gql(server.graphqlUrl, NEWS_PAGE, vars, { token: admin });
      if (answer.errors) throw new Error(errorCode(answer) ?? 'error');
      return answer.data?.newsItems;
    }, ids);
  });

  it('page the outages, newest first, forwards and back', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const opened = await gql(
        server.graphqlUrl,
        OPEN_OUTAGE,
        {
          input: {
            titleNl: `Storing ${i}`,
            titleEn: `Outage ${i}`,
            service: `Dienst ${unique()}`,
            messageNl: 'We onderzoeken het.',
            messageEn: 'We are looking into it.',
          },
        },
        { token: admin },
      );
      ids.unshift(opened.data?.openOutage.outage?.id ?? '');
    }
    try {
      await expectPagedNewestFirst(async (vars) => {
        const answer = await gql(server.graphqlUrl, OUTAGES_PAGE, vars);
        if (answer.errors) throw new Error(errorCode(answer) ?? 'error');
        return answer.data?.outages;
      }, ids);
    } finally {
      // Resolved, so that no other test sees their banner.
      for (const outageId of ids)
        await gql(
          server.graphqlUrl,
          UPDATE_OUTAGE,
          { input: { outageId, status: 'RESOLVED', messageNl: 'Opgelost.', messageEn: 'Resolved.' } },
          { token: admin },
        );
    }
  });
});

describe('ticket deflection', () => {
  it('records what was shown and what solved the question, and counts it for staff', async () => {
    const shown = await article({});
    const draft = await article({ status: 'DRAFT' });
    const report = async () =>
      (await gql(server.graphqlUrl, REPORT, {}, { token: agent })).data?.ticketDeflectionReport;
    const before = await report();
    const solved = await gql(
      server.graphqlUrl,
      DEFLECT,
      {
        input: {
          query: 'wachtwoord vergeten',
          shownArticleIds: [shown.id, draft.id, 'not-an-id'],
          solvedArticleId: shown.id,
        },
      },
      { token: member.token },
    );
    expect(solved.data?.recordTicketDeflection).toEqual({ recorded: true, errors: [] });
    const [row] = await ownerQuery<{ shown_article_ids: string[]; solved_article_id: string }>(
      server.dbUrl,
      'SELECT shown_article_ids, solved_article_id FROM kb_deflection WHERE user_id = $1',
      [member.id],
    );
    // A draft the caller could not have been shown is not recorded.
    expect(row).toEqual({ shown_article_ids: [shown.id], solved_article_id: shown.id });
    const after = await report();
    expect(after?.ticketsAvoided).toBe((before?.ticketsAvoided ?? 0) + 1);
    expect(after?.suggestionsShown).toBe((before?.suggestionsShown ?? 0) + 1);

    const unknown = await gql(
      server.graphqlUrl,
      DEFLECT,
      { input: { query: 'x', shownArticleIds: [], solvedArticleId: draft.id } },
      { token: member.token },
    );
    expect(unknown.data?.recordTicketDeflection.errors).toEqual([
      { field: 'solvedArticleId', code: 'KB_ARTICLE_UNKNOWN' },
    ]);
    // Another organisation's ticket is not found; staff and anonymous callers record nothing.
    const [othersTicket] = await ownerQuery<{ id: string }>(server.dbUrl, 'SELECT id FROM ticket LIMIT 1');
    const foreign = await gql(
      server.graphqlUrl,
      DEFLECT,
      { input: { query: 'x', shownArticleIds: [shown.id], ticketId: othersTicket?.id } },
      { token: member.token },
    );
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    const input = { query: 'x', shownArticleIds: [] };
    expect(errorCode(await gql(server.graphqlUrl, DEFLECT, { input }, { token: agent }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(server.graphqlUrl, DEFLECT, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(server.graphqlUrl, REPORT, {}, { token: member.token }))).toBe('FORBIDDEN');
  });
});
