// The department's administration of organisations over real HTTP against real PostgreSQL (issue 16):
// creating one (numbers checked, every error at once, nothing saved), inviting its first Beheerder,
// deactivating it (its users are locked out at once, its data kept) and reactivating it, editing it, and
// the history page's audit rows (who, what, before/after; newest first, paged, by kind).
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_THEMES } from '../../server/src/seed/demo.js';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, unique } from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { linkIn, outbox, ownerQuery, tokenOf } from '../utils/mailbox.js';
import { SEND } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;
let departmentAdmin: string;

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  departmentAdmin = await login(url, 'beheer@zorg.example');
});

/** A valid enterprise number of the test's own: eight random digits and their mod-97 check digits. */
function enterpriseNumber(): { typed: string; stored: string } {
  const base = `0${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
  const digits = `${base}${String(97 - (Number(base) % 97)).padStart(2, '0')}`;
  return {
    typed: `BE ${digits}`,
    stored: `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`,
  };
}

const CREATE = graphql(`
  mutation AdministrationCreate($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      errors { field code message }
      organisation { id name enterpriseNumber recognitionNumber email deactivatedAt themes { id } }
    }
  }
`);
const INVITE_ADMIN = graphql(`
  mutation AdministrationInviteAdmin($input: InviteOrganisationAdminInput!) {
    inviteOrganisationAdmin(input: $input) { errors { field code } user { id email roles status } }
  }
`);
const ACCEPT = graphql(`
  mutation AdministrationAccept($input: TokenPasswordInput!) {
    acceptInvitation(input: $input) { token errors { field code } }
  }
`);
const DEACTIVATE = graphql(`
  mutation AdministrationDeactivate($id: ID!) { deactivateOrganisation(id: $id) { id deactivatedAt } }
`);
const REACTIVATE = graphql(`
  mutation AdministrationReactivate($id: ID!) { reactivateOrganisation(id: $id) { id deactivatedAt } }
`);
const UPDATE = graphql(`
  mutation AdministrationUpdate($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      errors { field code }
      organisation { enterpriseNumber recognitionNumber themes { id } }
    }
  }
`);
const ME = graphql(`query AdministrationMe { me { email roles } }`);
const HISTORY = graphql(`
  query AdministrationHistory($kind: AdminHistoryKind, $first: Int, $after: Cursor) {
    adminHistory(kind: $kind, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { action entityType entityId actor { email } organisation { name }
        changes { field oldValue newValue } } }
    }
  }
`);

const [THEME_A, THEME_B] = DEMO_THEMES.map((t) => t.id) as [string, string];

async function newOrganisation() {
  const number = enterpriseNumber();
  const name = `Voorziening ${unique()}`;
  const created = await gql(
    url,
    CREATE,
    {
      input: {
        name,
        enterpriseNumber: number.typed,
        email: `info-${unique()}@test.example`,
        themeIds: [THEME_A],
      },
    },
    { token: departmentAdmin },
  );
  const organisation = created.data?.createOrganisation.organisation;
  if (!organisation) throw new Error(JSON.stringify(created));
  return { organisation, number, name };
}

describe('creating an organisation', () => {
  it('reports every field error at once, in the viewer language, and saves nothing', async () => {
    const name = `Fout ${unique()}`;
    const result = await gql(
      url,
      CREATE,
      {
        input: {
          name,
          enterpriseNumber: '0123.456.789',
          email: 'geen-adres',
          websiteUrl: 'ftp://x',
          themeIds: [],
        },
      },
      { token: departmentAdmin, headers: { 'accept-language': 'en' } },
    );
    expect(result.data?.createOrganisation.errors.map((e) => [e.field, e.code])).toEqual([
      ['enterpriseNumber', 'INVALID_ENTERPRISE_NUMBER'],
      ['email', 'INVALID_EMAIL'],
      ['websiteUrl', 'INVALID_URL'],
      ['themeIds', 'THEMES_REQUIRED'],
    ]);
    const rows = await ownerQuery(server.dbUrl, 'SELECT 1 FROM organisation WHERE name = $1', [name]);
    expect(rows).toHaveLength(0);

    const without = await gql(
      url,
      CREATE,
      { input: { name, themeIds: [THEME_A] } },
      { token: departmentAdmin },
    );
    expect(without.data?.createOrganisation.errors).toEqual([
      {
        field: 'enterpriseNumber',
        code: 'ORGANISATION_NUMBER_REQUIRED',
        message: 'Geef het ondernemingsnummer (KBO) of het erkenningsnummer in, of beide.',
      },
    ]);
  });

  it('stores the enterprise number in its usual form, refuses it twice, and audits the creation', async () => {
    const { organisation, number, name } = await newOrganisation();
    expect(organisation).toMatchObject({
      name,
      enterpriseNumber: number.stored,
      recognitionNumber: null,
      deactivatedAt: null,
      themes: [{ id: THEME_A }],
    });
    const again = await gql(
      url,
      CREATE,
      { input: { name: `${name} bis`, enterpriseNumber: number.stored, themeIds: [THEME_A] } },
      { token: departmentAdmin },
    );
    expect(again.data?.createOrganisation.errors.map((e) => e.code)).toEqual(['ENTERPRISE_NUMBER_TAKEN']);
    const recognitionOnly = await gql(
      url,
      CREATE,
      { input: { name: `${name} ter`, recognitionNumber: `ERK-${unique()}`, themeIds: [THEME_B] } },
      { token: departmentAdmin },
    );
    expect(recognitionOnly.data?.createOrganisation.errors).toEqual([]);

    const audit = await ownerQuery(
      server.dbUrl,
      'SELECT action, actor_user_id IS NOT NULL AS by_someone, changes FROM audit_event WHERE entity_id = $1',
      [organisation.id],
    );
    expect(audit).toEqual([
      {
        action: 'organisation.created',
        by_someone: true,
        changes: expect.arrayContaining([
          { field: 'name', old: null, new: name },
          { field: 'enterpriseNumber', old: null, new: number.stored },
          { field: 'themes', old: null, new: DEMO_THEMES[0]?.code },
        ]),
      },
    ]);
  });

  it('edits the numbers and themes with the before and after in the audit row', async () => {
    const { organisation, number } = await newOrganisation();
    const bad = await gql(
      url,
      UPDATE,
      { input: { id: organisation.id, enterpriseNumber: '1234567890', themeIds: ['not-a-theme'] } },
      { token: departmentAdmin },
    );
    expect(bad.data?.updateOrganisation.errors.map((e) => e.code)).toEqual([
      'INVALID_ENTERPRISE_NUMBER',
      'THEMES_REQUIRED',
    ]);
    const recognition = `ERK-${unique()}`;
    const updated = await gql(
      url,
      UPDATE,
      { input: { id: organisation.id, recognitionNumber: recognition, themeIds: [THEME_A, THEME_B] } },
      { token: departmentAdmin },
    );
    expect(updated.data?.updateOrganisation).toEqual({
      errors: [],
      organisation: {
        enterpriseNumber: number.stored,
        recognitionNumber: recognition,
        themes: [{ id: THEME_A }, { id: THEME_B }],
      },
    });
    const [row] = await ownerQuery(
      server.dbUrl,
      "SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'organisation.updated'",
      [organisation.id],
    );
    expect(row.changes).toEqual([
      { field: 'recognitionNumber', old: null, new: recognition },
      { field: 'themes', old: DEMO_THEMES[0]?.code, new: `${DEMO_THEMES[0]?.code}, ${DEMO_THEMES[1]?.code}` },
    ]);
  });
});

describe('the first Beheerder', () => {
  it('is invited by mail and, accepting, becomes the organisation ADMIN', async () => {
    const { organisation, name } = await newOrganisation();
    const email = `beheerder-${unique()}@test.example`;
    const invalid = await gql(
      url,
      INVITE_ADMIN,
      { input: { organisationId: organisation.id, email: 'x', firstName: '', lastName: 'Peeters' } },
      { token: departmentAdmin },
    );
    expect(invalid.data?.inviteOrganisationAdmin.errors).toEqual([
      { field: 'email', code: 'INVALID_EMAIL' },
      { field: 'firstName', code: 'REQUIRED' },
    ]);
    const invited = await gql(
      url,
      INVITE_ADMIN,
      { input: { organisationId: organisation.id, email, firstName: 'Els', lastName: 'Peeters' } },
      { token: departmentAdmin },
    );
    expect(invited.data?.inviteOrganisationAdmin.user).toMatchObject({
      email,
      roles: ['ADMIN'],
      status: 'INVITED',
    });
    const [mail] = await outbox(server.dbUrl, email);
    expect(mail?.text_body).toContain(name);
    const token = tokenOf(linkIn(mail!, `${server.app.config.publicUrl}/accept-invitation`));
    const accepted = await gql(url, ACCEPT, { input: { token, password: 'Welkom-bij-loket-1' } });
    expect(accepted.data?.acceptInvitation.errors).toEqual([]);
    const me = await gql(url, ME, {}, { token: accepted.data?.acceptInvitation.token ?? '' });
    expect(me.data?.me).toEqual({ email, roles: ['ADMIN'] });

    const unknown = await gql(
      url,
      INVITE_ADMIN,
      {
        input: {
          organisationId: crypto.randomUUID(),
          email: `x-${unique()}@test.example`,
          firstName: 'A',
          lastName: 'B',
        },
      },
      { token: departmentAdmin },
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
  });
});

describe('deactivating an organisation', () => {
  it('locks its users out at once, keeps its data, and reactivating lets them in again', async () => {
    const organisation = await createOrganisation(server);
    const user = await createUser(server, organisation, { roles: ['ADMIN'] });
    // The session is now in the server's session cache: deactivation must end it there too.
    expect((await gql(url, ME, {}, { token: user.token })).data?.me?.email).toBe(user.email);

    const off = await gql(url, DEACTIVATE, { id: organisation.id }, { token: departmentAdmin });
    expect(off.data?.deactivateOrganisation.deactivatedAt).toEqual(expect.any(String));
    expect((await gql(url, ME, {}, { token: user.token })).data?.me).toBeNull();
    const refused = await gql(
      url,
      graphql(
        `mutation AdministrationLogin($input: LoginInput!) { login(input: $input) { token errors { code } } }`,
      ),
      { input: { email: user.email, password: user.password } },
    );
    expect(refused.data?.login).toEqual({
      token: null,
      errors: [{ code: 'ACCOUNT_ORGANISATION_DEACTIVATED' }],
    });
    const invite = await gql(
      url,
      INVITE_ADMIN,
      {
        input: {
          organisationId: organisation.id,
          email: `x-${unique()}@test.example`,
          firstName: 'A',
          lastName: 'B',
        },
      },
      { token: departmentAdmin },
    );
    expect(invite.data?.inviteOrganisationAdmin.errors).toEqual([
      { field: null, code: 'ORGANISATION_DEACTIVATED' },
    ]);
    const kept = await ownerQuery(server.dbUrl, 'SELECT status FROM app_user WHERE id = $1', [user.id]);
    expect(kept).toEqual([{ status: 'ACTIVE' }]);

    const on = await gql(url, REACTIVATE, { id: organisation.id }, { token: departmentAdmin });
    expect(on.data?.reactivateOrganisation.deactivatedAt).toBeNull();
    const again = await login(url, user.email);
    expect((await gql(url, ME, {}, { token: again })).data?.me?.email).toBe(user.email);

    const audit = await ownerQuery(
      server.dbUrl,
      `SELECT action, changes FROM audit_event WHERE entity_id = $1 ORDER BY created_at, id`,
      [organisation.id],
    );
    expect(audit).toEqual([
      { action: 'organisation.deactivated', changes: [{ field: 'active', old: 'true', new: 'false' }] },
      { action: 'organisation.reactivated', changes: [{ field: 'active', old: 'false', new: 'true' }] },
    ]);
  });
});

describe('the history page', () => {
  it('lists the administration audit rows newest first, one page at a time, by kind', async () => {
    const { organisation, name } = await newOrganisation();
    await gql(url, DEACTIVATE, { id: organisation.id }, { token: departmentAdmin });
    const first = await gql(url, HISTORY, { kind: 'ORGANISATION', first: 1 }, { token: departmentAdmin });
    const page = first.data?.adminHistory;
    expect(page?.edges.map((e) => e.node)).toEqual([
      {
        action: 'organisation.deactivated',
        entityType: 'organisation',
        entityId: organisation.id,
        actor: { email: 'beheer@zorg.example' },
        organisation: { name },
        changes: [{ field: 'active', oldValue: 'true', newValue: 'false' }],
      },
    ]);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const second = await gql(
      url,
      HISTORY,
      { kind: 'ORGANISATION', first: 1, after: page?.pageInfo.endCursor },
      { token: departmentAdmin },
    );
    expect(second.data?.adminHistory.edges[0]?.node).toMatchObject({
      action: 'organisation.created',
      entityId: organisation.id,
    });
    const badKind = await gql(
      url,
      `{ adminHistory(kind: WHATEVER) { totalCount } }`,
      {},
      { token: departmentAdmin },
    );
    expect(badKind.status).toBe(400);
  });

  it('lists the ticket settings, knowledge base and webhook changes too, but not an organisation’s own webhooks', async () => {
    const day = `2099-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`;
    const added = await gql(
      url,
      `mutation($i: ClosingDayInput!) { addClosingDay(input: $i) { __typename } }`,
      { i: { onDate: day, nameNl: `Sluiting ${unique()}`, nameEn: 'Closed' } },
      { token: departmentAdmin },
    );
    expect(added.errors).toBeUndefined();
    const settings = await gql(
      url,
      HISTORY,
      { kind: 'TICKET_SETTINGS', first: 1 },
      { token: departmentAdmin },
    );
    expect(settings.data?.adminHistory.edges[0]?.node).toMatchObject({
      action: 'ticketSettings.closingDayAdded',
      entityType: 'business_closing_day',
      actor: { email: 'beheer@zorg.example' },
      changes: expect.arrayContaining([{ field: 'onDate', oldValue: null, newValue: day }]),
    });

    // A department endpoint's change is the administration's; an organisation's endpoint is its own business.
    const { organisation } = await newOrganisation();
    const [departmentEndpoint, organisationEndpoint] = [crypto.randomUUID(), crypto.randomUUID()];
    await ownerQuery(
      server.dbUrl,
      `INSERT INTO audit_event (id, organisation_id, action, entity_type, entity_id, created_at) VALUES
         (gen_random_uuid(), NULL, 'webhook.created', 'webhook_endpoint', $1, now() + interval '1 minute'),
         (gen_random_uuid(), $3, 'webhook.created', 'webhook_endpoint', $2, now() + interval '2 minutes')`,
      [departmentEndpoint, organisationEndpoint, organisation.id],
    );
    for (const kind of ['WEBHOOK', null] as const) {
      const listed = await gql(url, HISTORY, { kind, first: 5 }, { token: departmentAdmin });
      const ids = listed.data?.adminHistory.edges.map((e) => e.node.entityId);
      expect(ids?.[0]).toBe(departmentEndpoint);
      expect(ids).not.toContain(organisationEndpoint);
    }
  });
});

describe('moving a theme to another team', () => {
  const MOVE = graphql(`
    mutation AdministrationMoveTheme($themeId: ID!, $teamId: ID!) {
      moveTheme(themeId: $themeId, teamId: $teamId) { errors { field code } theme { id team { id } } }
    }
  `);
  const MOVE_THREADS = graphql(`
    mutation AdministrationMoveThreads($themeId: ID!) { moveOpenThreads(themeId: $themeId) { moved } }
  `);
  const [TEAM_FROM, TEAM_TO] = [DEMO_THEMES[0]?.teamId, DEMO_THEMES[1]?.teamId] as [string, string];

  it('routes new messages to the new team; existing threads keep theirs until moved explicitly', async () => {
    // A theme of the test's own, so that moving it changes no other test's routing.
    const themeId = crypto.randomUUID();
    await ownerQuery(
      server.dbUrl,
      `INSERT INTO theme (id, code, name_nl, name_en, team_id, position) VALUES ($1, $2, 'Proef', 'Trial', $3, 99)`,
      [themeId, `T${unique()}`, TEAM_FROM],
    );
    const organisation = await createOrganisation(server);
    await ownerQuery(
      server.dbUrl,
      'INSERT INTO organisation_theme (organisation_id, theme_id) VALUES ($1, $2)',
      [organisation.id, themeId],
    );
    const member = await createUser(server, organisation, { roles: ['ADMIN'] });
    const send = async (title: string) => {
      const sent = await gql(
        url,
        SEND,
        {
          input: {
            clientKey: crypto.randomUUID(),
            themeId,
            title,
            body: 'Vraag',
            // A contact for this thread only: the theme is the test's own, without standard contacts.
            contacts: {
              add: [
                {
                  email: `c-${unique()}@test.example`,
                  firstName: 'Cas',
                  lastName: 'Contact',
                  standard: false,
                },
              ],
            },
          },
        },
        { token: member.token },
      );
      const reference = sent.data?.sendMessage.message?.referenceNumber;
      if (!reference) throw new Error(JSON.stringify(sent));
      return reference;
    };
    const teamOf = async (reference: string) =>
      (
        await ownerQuery(server.dbUrl, 'SELECT team_id FROM message_thread WHERE reference_number = $1', [
          reference,
        ])
      )[0]?.team_id;

    const before = await send('Voor de verhuis');
    expect(await teamOf(before)).toBe(TEAM_FROM);
    const unknownTeam = await gql(
      url,
      MOVE,
      { themeId, teamId: crypto.randomUUID() },
      { token: departmentAdmin },
    );
    expect(unknownTeam.data?.moveTheme.errors).toEqual([{ field: 'teamId', code: 'TEAM_NOT_FOUND' }]);
    const moved = await gql(url, MOVE, { themeId, teamId: TEAM_TO }, { token: departmentAdmin });
    expect(moved.data?.moveTheme).toEqual({ errors: [], theme: { id: themeId, team: { id: TEAM_TO } } });

    const after = await send('Na de verhuis');
    expect(await teamOf(after)).toBe(TEAM_TO);
    expect(await teamOf(before)).toBe(TEAM_FROM);

    const threads = await gql(url, MOVE_THREADS, { themeId }, { token: departmentAdmin });
    expect(threads.data?.moveOpenThreads.moved).toBe(1);
    expect(await teamOf(before)).toBe(TEAM_TO);

    const audit = await ownerQuery(
      server.dbUrl,
      'SELECT action, changes FROM audit_event WHERE entity_id = $1 ORDER BY created_at, id',
      [themeId],
    );
    expect(audit).toEqual([
      {
        action: 'theme.moved',
        changes: [{ field: 'team', old: 'Team Erkenning', new: 'Team Subsidies' }],
      },
      { action: 'theme.open-threads-moved', changes: [{ field: 'threads', old: null, new: '1' }] },
    ]);
  });
});
