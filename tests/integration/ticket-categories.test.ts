// Ticket categories and the knowledge base's deflection on the reports (issue 16, decision 0036), against
// real PostgreSQL over HTTP: only a DEPARTMENT_ADMIN adds, changes or removes a category (AGENT and
// organisations' users FORBIDDEN), bad input refused per field in Dutch and English with nothing saved,
// every change audited; an inactive category is no longer offered nor accepted on a new ticket but stays on
// the tickets that have it; staff change a ticket's category (its own history line, audited) and filter the
// queue by it; one in use cannot be removed; the reports count tickets per category and the deflection of a
// period in a world this file builds in a month of its own.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, type TestUser, unique } from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const CATEGORIES = graphql(`
  query CategoriesRead {
    ticketSettings { categories { id code nameNl nameEn position active ticketCount } }
  }
`);
const CREATE = graphql(`
  mutation CategoriesCreate($input: NewTicketCategoryInput!) {
    createTicketCategory(input: $input) {
      errors { field code message }
      settings { categories { id code nameNl nameEn position active } }
    }
  }
`);
const UPDATE = graphql(`
  mutation CategoriesUpdate($input: TicketCategoryInput!) {
    updateTicketCategory(input: $input) {
      errors { field code message }
      settings { categories { id nameNl nameEn position active } }
    }
  }
`);
const REMOVE = graphql(`
  mutation CategoriesRemove($id: ID!) {
    removeTicketCategory(categoryId: $id) { errors { field code message } settings { categories { id } } }
  }
`);
const OFFERED = graphql(`
  query CategoriesOffered($all: Boolean!) { ticketCategories(includeInactive: $all) { id name active } }
`);
const SUPPORT_TYPES = graphql(`
  query CategoriesSupportTypes { ticketSupportTypes { id code } }
`);
const CREATE_TICKET = graphql(`
  mutation CategoriesCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) { errors { field code } ticket { id category { id name active } } }
  }
`);
const TICKET = graphql(`
  query CategoriesTicket($id: ID) {
    ticket(id: $id) { category { id name active } entries { kind event { type from to fields } } }
  }
`);
const DETAILS = graphql(`
  mutation CategoriesDetails($input: UpdateTicketDetailsInput!) {
    updateTicketDetails(input: $input) { errors { field code } ticket { category { id } } }
  }
`);
const STAFF_LIST = graphql(`
  query CategoriesStaffList($filter: StaffTicketFilterInput) {
    staffTickets(filter: $filter, first: 50) { edges { node { id } } }
  }
`);
const REPORT = graphql(`
  query CategoriesReport($from: Day!, $to: Day!) {
    ticketCategoryCounts(from: $from, to: $to) { category { id name active } created open }
    ticketDeflectionReport(from: $from, to: $to, top: 2) {
      suggestionsShown ticketsAvoided ticketsAfterSuggestions
      topArticles { articleId slug title ticketsAvoided }
    }
  }
`);
const DEFLECT = graphql(`
  mutation CategoriesDeflect($input: RecordDeflectionInput!) {
    recordTicketDeflection(input: $input) { recorded errors { field code } }
  }
`);

let server: TestServer;
let url: string;
let admin: string;
/** A DEPARTMENT_ADMIN who reads English (the demo ones read Dutch). */
let adminEn: string;
let agent: string;
let member: TestUser;
let tenantAdmin: TestUser;
let questionType: string;

const names = () => {
  const tag = unique();
  return { nameNl: `Categorie ${tag}`, nameEn: `Category ${tag}` };
};

/** A new category of this test, at the end of the list; returns its id. */
async function category(active = true): Promise<string> {
  const wanted = names();
  const created = await gql(url, CREATE, { input: { ...wanted, position: 900 } }, { token: admin });
  expect(created.data?.createTicketCategory.errors).toEqual([]);
  const list = created.data?.createTicketCategory.settings?.categories ?? [];
  const id = list.find((c) => c.nameNl === wanted.nameNl)?.id ?? '';
  if (!active) {
    const row = list.find((c) => c.id === id);
    const off = await gql(
      url,
      UPDATE,
      { input: { categoryId: id, nameNl: row?.nameNl ?? '', nameEn: row?.nameEn ?? '', active: false } },
      { token: admin },
    );
    expect(off.data?.updateTicketCategory.errors).toEqual([]);
  }
  return id;
}

async function ticket(categoryId: string, user: TestUser = member) {
  return gql(
    url,
    CREATE_TICKET,
    {
      input: {
        clientKey: randomUUID(),
        subject: `Categorie ${unique()}`,
        description: 'Een vraag.',
        categoryId,
        supportTypeId: questionType,
      },
    },
    { token: user.token },
  );
}

async function ticketId(categoryId: string): Promise<string> {
  const result = await ticket(categoryId);
  expect(result.data?.createTicket.errors).toEqual([]);
  return result.data?.createTicket.ticket?.id ?? '';
}

const audits = (entityId: string) =>
  ownerQuery<{
    action: string;
    actor_user_id: string;
    changes: Array<{ field: string; old: unknown; new: unknown }>;
  }>(
    server.dbUrl,
    'SELECT action, actor_user_id, changes FROM audit_event WHERE entity_id = $1 ORDER BY created_at, id',
    [entityId],
  );

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  admin = await login(url, 'beheer@zorg.example');
  agent = await login(url, 'bart.desmet@zorg.example');
  const email = `beheer-en-${unique()}@zorg.example`;
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status, password_hash, language)
     SELECT $1, NULL, $2, 'English', 'Admin', ARRAY['DEPARTMENT_ADMIN', 'AGENT'], 'ACTIVE', password_hash, 'en'
       FROM app_user WHERE email = 'beheer@zorg.example'`,
    [randomUUID(), email],
  );
  adminEn = await login(url, email);
  const organisation = await createOrganisation(server);
  member = await createUser(server, organisation, { roles: ['MEMBER'] });
  tenantAdmin = await createUser(server, organisation, { roles: ['ADMIN'] });
  const types = await gql(url, SUPPORT_TYPES, {}, { token: member.token });
  questionType = types.data?.ticketSupportTypes.find((t) => t.code === 'QUESTION')?.id ?? '';
});

describe('who may', () => {
  it('refuses the categories and every change to an AGENT and to organisations’ users; nothing is saved', async () => {
    const id = await category();
    for (const token of [agent, member.token, tenantAdmin.token]) {
      expect(errorCode(await gql(url, CATEGORIES, {}, { token }))).toBe('FORBIDDEN');
      expect(
        errorCode(await gql(url, CREATE, { input: { nameNl: 'Fout', nameEn: 'Wrong' } }, { token })),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await gql(
            url,
            UPDATE,
            { input: { categoryId: id, nameNl: 'Fout', nameEn: 'Wrong', active: false } },
            { token },
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, REMOVE, { id }, { token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await gql(url, CREATE, { input: { nameNl: 'Fout', nameEn: 'Wrong' } }))).toBe(
      'UNAUTHENTICATED',
    );
    const rows = await ownerQuery(
      server.dbUrl,
      `SELECT 1 FROM ticket_category WHERE name_nl = 'Fout' OR (id = $1 AND NOT active)`,
      [id],
    );
    expect(rows).toEqual([]);
    // Tenant users see only the active categories, also when they ask for the inactive ones.
    const offered = await gql(url, OFFERED, { all: true }, { token: member.token });
    expect(offered.data?.ticketCategories.every((c) => c.active)).toBe(true);
  });

  it('answers NOT_FOUND for an unknown category', async () => {
    for (const id of [randomUUID(), 'not-an-id']) {
      expect(
        errorCode(
          await gql(
            url,
            UPDATE,
            { input: { categoryId: id, nameNl: 'A', nameEn: 'B', active: true } },
            { token: admin },
          ),
        ),
      ).toBe('NOT_FOUND');
      expect(errorCode(await gql(url, REMOVE, { id }, { token: admin }))).toBe('NOT_FOUND');
    }
  });
});

describe('administration', () => {
  it('adds a category at the end with a code from its English name, offered at once, and audits it', async () => {
    const tag = unique();
    const created = await gql(
      url,
      CREATE,
      { input: { nameNl: ` Wachtwoorden ${tag} `, nameEn: `Passwords ${tag}` } },
      { token: admin },
    );
    expect(created.data?.createTicketCategory.errors).toEqual([]);
    const list = created.data?.createTicketCategory.settings?.categories ?? [];
    const added = list.find((c) => c.nameEn === `Passwords ${tag}`);
    expect(added).toMatchObject({
      nameNl: `Wachtwoorden ${tag}`,
      code: `PASSWORDS_${tag.toUpperCase()}`,
      active: true,
    });
    expect(added?.position).toBe(
      Math.max(...list.filter((c) => c.id !== added?.id).map((c) => c.position)) + 1,
    );
    const offered = await gql(url, OFFERED, { all: false }, { token: member.token });
    expect(offered.data?.ticketCategories.map((c) => c.id)).toContain(added?.id);
    const [event] = await audits(added?.id ?? '');
    expect(event?.action).toBe('ticketSettings.categoryAdded');
    expect(event?.changes).toContainEqual({ field: 'nameNl', old: null, new: `Wachtwoorden ${tag}` });
  });

  it('refuses empty, too long and duplicate names and a bad order, per field in Dutch and English, saving nothing', async () => {
    const taken = await category();
    const [existing] = await ownerQuery<{ name_nl: string; name_en: string }>(
      server.dbUrl,
      'SELECT name_nl, name_en FROM ticket_category WHERE id = $1',
      [taken],
    );
    const before = await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM ticket_category');
    const empty = await gql(
      url,
      CREATE,
      { input: { nameNl: '  ', nameEn: 'x'.repeat(81), position: -1 } },
      { token: admin },
    );
    expect(empty.data?.createTicketCategory.settings).toBeNull();
    expect(empty.data?.createTicketCategory.errors.map((e) => [e.field, e.code])).toEqual([
      ['nameNl', 'REQUIRED'],
      ['nameEn', 'TOO_LONG'],
      ['position', 'CATEGORY_POSITION_RANGE'],
    ]);
    const duplicate = (lang: string) =>
      gql(
        url,
        CREATE,
        { input: { nameNl: existing?.name_nl.toUpperCase() ?? '', nameEn: existing?.name_en ?? '' } },
        { token: lang === 'en' ? adminEn : admin },
      );
    const nl = await duplicate('nl');
    expect(nl.data?.createTicketCategory.errors).toEqual([
      { field: 'nameNl', code: 'CATEGORY_NAME_TAKEN', message: 'Er is al een categorie met deze naam.' },
      { field: 'nameEn', code: 'CATEGORY_NAME_TAKEN', message: 'Er is al een categorie met deze naam.' },
    ]);
    const en = await duplicate('en');
    expect(en.data?.createTicketCategory.errors[0]?.message).toBe(
      'There already is a category with this name.',
    );
    expect(await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM ticket_category')).toEqual(before);
    // Renaming to its own name (another case) is fine; to another category's name is not.
    const other = await category();
    const rename = await gql(
      url,
      UPDATE,
      {
        input: {
          categoryId: other,
          nameNl: existing?.name_nl ?? '',
          nameEn: `Other ${unique()}`,
          active: true,
        },
      },
      { token: admin },
    );
    expect(rename.data?.updateTicketCategory.errors.map((e) => e.code)).toEqual(['CATEGORY_NAME_TAKEN']);
    const self = await gql(
      url,
      UPDATE,
      {
        input: {
          categoryId: taken,
          nameNl: existing?.name_nl.toLowerCase() ?? '',
          nameEn: existing?.name_en ?? '',
          active: true,
        },
      },
      { token: admin },
    );
    expect(self.data?.updateTicketCategory.errors).toEqual([]);
  });

  it('renames and reorders a category, audited with before and after', async () => {
    const id = await category();
    const tag = unique();
    const changed = await gql(
      url,
      UPDATE,
      {
        input: {
          categoryId: id,
          nameNl: `Hernoemd ${tag}`,
          nameEn: `Renamed ${tag}`,
          position: 950,
          active: true,
        },
      },
      { token: admin },
    );
    expect(changed.data?.updateTicketCategory.errors).toEqual([]);
    expect(changed.data?.updateTicketCategory.settings?.categories.find((c) => c.id === id)).toEqual({
      id,
      nameNl: `Hernoemd ${tag}`,
      nameEn: `Renamed ${tag}`,
      position: 950,
      active: true,
    });
    const events = await audits(id);
    expect(events.at(-1)?.action).toBe('ticketSettings.category');
    expect(events.at(-1)?.changes).toEqual(
      expect.arrayContaining([
        { field: 'nameEn', old: expect.stringMatching(/^Category /), new: `Renamed ${tag}` },
        { field: 'position', old: '900', new: '950' },
      ]),
    );
  });

  it('removes an unused category, but refuses one in use (make it inactive) and OTHER', async () => {
    const unused = await category();
    const removed = await gql(url, REMOVE, { id: unused }, { token: admin });
    expect(removed.data?.removeTicketCategory.errors).toEqual([]);
    expect(await ownerQuery(server.dbUrl, 'SELECT 1 FROM ticket_category WHERE id = $1', [unused])).toEqual(
      [],
    );
    expect((await audits(unused)).at(-1)?.action).toBe('ticketSettings.categoryRemoved');

    const used = await category();
    await ticketId(used);
    const refused = await gql(url, REMOVE, { id: used }, { token: adminEn });
    expect(refused.data?.removeTicketCategory.errors).toEqual([
      {
        field: null,
        code: 'CATEGORY_IN_USE',
        message:
          'This category is in use and cannot be removed. Make it inactive: it is then no longer offered.',
      },
    ]);
    const [other] = await ownerQuery<{ id: string }>(
      server.dbUrl,
      "SELECT id FROM ticket_category WHERE code = 'OTHER'",
    );
    const mail = await gql(url, REMOVE, { id: other?.id ?? '' }, { token: admin });
    expect(mail.data?.removeTicketCategory.errors.map((e) => e.code)).toEqual(['CATEGORY_IN_USE']);
    expect(
      await ownerQuery(server.dbUrl, 'SELECT 1 FROM ticket_category WHERE id = ANY ($1)', [
        [used, other?.id],
      ]),
    ).toHaveLength(2);
  });
});

describe('on tickets', () => {
  it('no longer offers or accepts an inactive category on a new ticket, while its tickets keep and show it', async () => {
    const id = await category();
    const kept = await ticketId(id);
    const [row] = await ownerQuery<{ name_nl: string }>(
      server.dbUrl,
      'SELECT name_nl FROM ticket_category WHERE id = $1',
      [id],
    );
    const off = await gql(
      url,
      UPDATE,
      { input: { categoryId: id, nameNl: row?.name_nl ?? '', nameEn: `Off ${unique()}`, active: false } },
      { token: admin },
    );
    expect(off.data?.updateTicketCategory.errors).toEqual([]);
    const customer = await gql(url, OFFERED, { all: false }, { token: member.token });
    expect(customer.data?.ticketCategories.map((c) => c.id)).not.toContain(id);
    const staff = await gql(url, OFFERED, { all: true }, { token: agent });
    expect(staff.data?.ticketCategories.find((c) => c.id === id)).toMatchObject({ active: false });
    const refused = await ticket(id);
    expect(refused.data?.createTicket.errors).toEqual([
      { field: 'categoryId', code: 'TICKET_CATEGORY_NOT_FOUND' },
    ]);
    const old = await gql(url, TICKET, { id: kept }, { token: member.token });
    expect(old.data?.ticket.category).toEqual({ id, name: row?.name_nl, active: false });
    // Staff saving the ticket's other details keep its inactive category; choosing it anew is refused.
    const details = await gql(
      url,
      DETAILS,
      { input: { ticketId: kept, categoryId: id, plannedVersion: '1.0' } },
      { token: agent },
    );
    expect(details.data?.updateTicketDetails.errors).toEqual([]);
    const other = await ticketId(await category());
    const moved = await gql(url, DETAILS, { input: { ticketId: other, categoryId: id } }, { token: agent });
    expect(moved.data?.updateTicketDetails.errors).toEqual([
      { field: 'categoryId', code: 'TICKET_CATEGORY_NOT_FOUND' },
    ]);
  });

  it('lets staff change the category: a history line from → to, audited; the queue filters by it', async () => {
    const first = await category();
    const second = await category();
    const id = await ticketId(first);
    const alsoFirst = await ticketId(first);
    const changed = await gql(
      url,
      DETAILS,
      { input: { ticketId: id, categoryId: second } },
      { token: agent },
    );
    expect(changed.data?.updateTicketDetails).toEqual({ errors: [], ticket: { category: { id: second } } });
    const seen = await gql(url, TICKET, { id }, { token: member.token });
    const events = seen.data?.ticket.entries.filter((e) => e.kind === 'EVENT').map((e) => e.event);
    expect(events?.at(-1)).toEqual({ type: 'CATEGORY', from: first, to: second, fields: null });
    const [audit] = await ownerQuery<{ changes: unknown }>(
      server.dbUrl,
      `SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'ticket.details'`,
      [id],
    );
    expect(audit?.changes).toEqual([{ field: 'categoryId', old: first, new: second }]);

    const list = async (categoryId: string) =>
      (await gql(url, STAFF_LIST, { filter: { categoryId } }, { token: agent })).data?.staffTickets.edges
        .map((e) => e.node.id)
        .sort();
    expect(await list(first)).toEqual([alsoFirst]);
    expect(await list(second)).toEqual([id]);
  });
});

describe('reports', () => {
  it('counts tickets per category and the deflection of the period, with the top articles', async () => {
    // A month of its own, long ago: nothing else in the database falls in it.
    const year = 2001 + Math.floor(Math.random() * 15);
    const from = `${year}-03-01`;
    const to = `${year}-03-31`;
    const busy = await category();
    const quiet = await category();
    const retired = await category();
    const inPeriod = [
      await ticketId(busy),
      await ticketId(busy),
      await ticketId(busy),
      await ticketId(retired),
    ];
    const outside = await ticketId(busy);
    await ownerQuery(server.dbUrl, `UPDATE ticket SET created_at = $2 WHERE id = ANY ($1)`, [
      inPeriod,
      `${year}-03-15T10:00:00Z`,
    ]);
    // Brussels time: 23:30 UTC on 31 March is already 1 April.
    await ownerQuery(server.dbUrl, `UPDATE ticket SET created_at = $2 WHERE id = $1`, [
      outside,
      `${year}-03-31T23:30:00Z`,
    ]);
    await ownerQuery(
      server.dbUrl,
      `UPDATE ticket SET status = 'RESOLVED', resolved_at = now(), solution = 'Opgelost.' WHERE id = $1`,
      [inPeriod[0]],
    );
    const [row] = await ownerQuery<{ name_nl: string; name_en: string }>(
      server.dbUrl,
      'SELECT name_nl, name_en FROM ticket_category WHERE id = $1',
      [retired],
    );
    await gql(
      url,
      UPDATE,
      {
        input: { categoryId: retired, nameNl: row?.name_nl ?? '', nameEn: row?.name_en ?? '', active: false },
      },
      { token: admin },
    );

    // Deflection: two published articles; one avoided three tickets, the other one; one ticket came anyway.
    const articles: Array<{ id: string; slug: string }> = [];
    for (const n of [1, 2, 3]) {
      const slug = `rapport-${unique()}-${n}`;
      const id = randomUUID();
      await ownerQuery(
        server.dbUrl,
        `INSERT INTO kb_item (id, kind, slug, status, title_nl, title_en, body_nl, body_en, published_at)
         VALUES ($1, 'ARTICLE', $2, 'PUBLISHED', $3, $4, 'Tekst.', 'Text.', now())`,
        [id, slug, `Artikel ${n}`, `Article ${n}`],
      );
      articles.push({ id, slug });
    }
    const [a1, a2, a3] = articles as [
      { id: string; slug: string },
      { id: string; slug: string },
      { id: string; slug: string },
    ];
    const record = async (input: {
      shownArticleIds: string[];
      solvedArticleId?: string;
      ticketId?: string;
    }) => {
      const result = await gql(
        url,
        DEFLECT,
        { input: { query: 'wachtwoord', ...input } },
        { token: member.token },
      );
      expect(result.data?.recordTicketDeflection.errors).toEqual([]);
    };
    for (let i = 0; i < 3; i++) await record({ shownArticleIds: [a1.id, a2.id], solvedArticleId: a1.id });
    await record({ shownArticleIds: [a2.id], solvedArticleId: a2.id });
    await record({ shownArticleIds: [a3.id], solvedArticleId: a3.id });
    await record({ shownArticleIds: [a1.id], ticketId: inPeriod[1] });
    await ownerQuery(server.dbUrl, `UPDATE kb_deflection SET created_at = $2 WHERE user_id = $1`, [
      member.id,
      `${year}-03-10T12:00:00Z`,
    ]);
    // One outside the period (the day after, Brussels).
    await record({ shownArticleIds: [a3.id], solvedArticleId: a3.id });
    await ownerQuery(
      server.dbUrl,
      `UPDATE kb_deflection SET created_at = $2 WHERE user_id = $1 AND created_at > $3`,
      [member.id, `${year}-03-31T22:00:00Z`, `${year}-04-02`],
    );

    const report = await gql(url, REPORT, { from, to }, { token: adminEn });
    expect(report.errors).toBeUndefined();
    const counts = report.data?.ticketCategoryCounts ?? [];
    expect(counts.find((c) => c.category.id === busy)).toMatchObject({ created: 3, open: 2 });
    expect(counts.find((c) => c.category.id === quiet)).toMatchObject({ created: 0, open: 0 });
    expect(counts.find((c) => c.category.id === retired)).toEqual({
      category: { id: retired, name: row?.name_en, active: false },
      created: 1,
      open: 1,
    });
    expect(counts.reduce((sum, c) => sum + c.created, 0)).toBe(4);
    // Active categories first (in their order), then the inactive ones that had tickets.
    expect(counts.at(-1)?.category.id).toBe(retired);

    expect(report.data?.ticketDeflectionReport).toEqual({
      suggestionsShown: 6,
      ticketsAvoided: 5,
      ticketsAfterSuggestions: 1,
      topArticles: [
        { articleId: a1.id, slug: a1.slug, title: 'Article 1', ticketsAvoided: 3 },
        { articleId: a2.id, slug: a2.slug, title: 'Article 2', ticketsAvoided: 1 },
      ],
    });
    // Staff only; the AGENT may read it, tenant users may not.
    for (const token of [member.token, tenantAdmin.token])
      expect(errorCode(await gql(url, REPORT, { from, to }, { token }))).toBe('FORBIDDEN');
  });
});
