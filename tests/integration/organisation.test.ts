// Organisation data over real HTTP against real PostgreSQL: format checks (nothing saved on any error),
// ADMIN versus staff field rights, tenant isolation, and the organisation's history (who, when, old, new).
// Every test edits an organisation of its own; the department's people are only read.
import { beforeAll, describe, expect, it } from 'vitest';
import { normalisePhone } from '../../server/src/domain/validate.js';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, type TestOrganisation } from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { linkIn, outbox, ownerQuery, tokenOf } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const ERK = '00000000-0000-4000-8000-000000000201';

let server: TestServer;
let url: string;
let agent: string;
let departmentAdmin: string;

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  [agent, departmentAdmin] = await Promise.all([
    login(url, 'an.peeters@zorg.example'),
    login(url, 'beheer@zorg.example'),
  ]);
});

interface Tenant {
  organisation: TestOrganisation;
  admin: string;
  adminEmail: string;
  member: string;
}

/** An organisation of the test's own (with a phone number and a website) and its ADMIN and MEMBER. */
async function tenant(): Promise<Tenant> {
  const organisation = await createOrganisation(server, { name: 'WZC De Linde' });
  await ownerQuery(server.dbUrl, 'UPDATE organisation SET phone = $2, website_url = $3 WHERE id = $1', [
    organisation.id,
    '+3250123456',
    'https://www.delinde.example',
  ]);
  const [admin, member] = await Promise.all([
    createUser(server, organisation, { roles: ['ADMIN'] }),
    createUser(server, organisation),
  ]);
  return { organisation, admin: admin.token, adminEmail: admin.email, member: member.token };
}

const UPDATE = graphql(`
  mutation OrganisationUpdate($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      errors { field code message }
      organisation { id name externalNumber phone email websiteUrl }
    }
  }
`);
const HISTORY = graphql(`
  query OrganisationHistory($id: ID!, $first: Int, $after: Cursor) {
    organisationHistory(organisationId: $id, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id action entityType entityId createdAt actor { email firstName lastName }
                     changes { field oldValue newValue } } }
    }
  }
`);

async function stored(organisationId: string) {
  const rows = await ownerQuery(
    server.dbUrl,
    'SELECT name, external_number, phone, email, website_url FROM organisation WHERE id = $1',
    [organisationId],
  );
  return rows[0];
}

const auditCount = async (organisationId: string) =>
  (
    await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM audit_event WHERE organisation_id = $1', [
      organisationId,
    ])
  )[0].n as number;

describe('phone numbers', () => {
  it.each([
    ['+32 (0)2 553 35 00', '+3225533500'],
    ['02 553 35 00', '+3225533500'],
    ['04/123.45.67', '+3241234567'],
    ['0470 12 34 56', '+32470123456'],
    ['0032 470 12 34 56', '+32470123456'],
    ['06 12345678', '+31612345678'],
    ['020-123 4567', '+31201234567'],
    ['+31 (0)20 123 4567', '+31201234567'],
    ['+44 20 7946 0000', '+442079460000'],
  ])('accepts %s as %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each(['12345', '+32 12', '+32 470 12 34 56 7', '+31 6 123', '0470 12 34', 'bel me', '+0 123 456 789'])(
    'refuses %s',
    (input) => {
      expect(normalisePhone(input)).toBeNull();
    },
  );
});

describe('editing organisation data', () => {
  it('checks email, web address and phone; any error saves nothing and names each field', async () => {
    const { organisation, admin } = await tenant();
    const id = organisation.id;
    const before = await stored(id);
    const audits = await auditCount(id);
    const result = await gql(
      url,
      UPDATE,
      { input: { id, phone: '12', email: 'info@', websiteUrl: 'www.delinde.example' } },
      { token: admin },
    );
    expect(result.data?.updateOrganisation).toEqual({
      organisation: null,
      errors: [
        { field: 'phone', code: 'INVALID_PHONE', message: expect.stringContaining('telefoonnummer') },
        {
          field: 'email',
          code: 'INVALID_EMAIL',
          message: 'Geef een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
        },
        { field: 'websiteUrl', code: 'INVALID_URL', message: expect.stringContaining('https://') },
      ],
    });
    // One bad field among good ones: the good ones are not saved either.
    const mixed = await gql(
      url,
      UPDATE,
      { input: { id, phone: '050 99 88 77', websiteUrl: 'ftp://delinde.example' } },
      { token: admin },
    );
    expect(mixed.data?.updateOrganisation.errors.map((e) => e.field)).toEqual(['websiteUrl']);
    expect(await stored(id)).toEqual(before);
    expect(await auditCount(id)).toBe(audits);
  });

  it('an ADMIN edits phone, email and website of their own organisation', async () => {
    const { organisation, admin, member } = await tenant();
    const result = await gql(
      url,
      UPDATE,
      {
        input: {
          id: organisation.id,
          name: 'WZC De Linde',
          phone: '050 99 88 77',
          email: 'Secretariaat@DeLinde.Example',
          websiteUrl: 'https://www.delinde.example/contact',
        },
      },
      { token: admin },
    );
    expect(result.data?.updateOrganisation).toEqual({
      errors: [],
      organisation: {
        id: organisation.id,
        name: 'WZC De Linde',
        externalNumber: organisation.externalNumber,
        phone: '+3250998877',
        email: 'Secretariaat@delinde.example',
        websiteUrl: 'https://www.delinde.example/contact',
      },
    });
    const read = await gql(
      url,
      graphql(`query OrganisationMine { myOrganisation { id phone } }`),
      {},
      { token: member },
    );
    expect(read.data?.myOrganisation).toEqual({ id: organisation.id, phone: '+3250998877' });
  });

  it('an ADMIN may not change the name or number; a MEMBER nothing; another organisation is NOT_FOUND', async () => {
    const { organisation, admin, member } = await tenant();
    const other = await tenant();
    const id = organisation.id;
    const before = await stored(id);
    const rename = await gql(url, UPDATE, { input: { id, name: 'WZC De Eik' } }, { token: admin });
    expect(errorCode(rename)).toBe('FORBIDDEN');
    const renumber = await gql(
      url,
      UPDATE,
      { input: { id, externalNumber: '0999.999.999', phone: '050 11 22 33' } },
      { token: admin },
    );
    expect(errorCode(renumber)).toBe('FORBIDDEN');
    const phone = { input: { id, phone: '050 11 22 33' } };
    expect(errorCode(await gql(url, UPDATE, phone, { token: member }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(url, UPDATE, phone, { token: other.admin }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await gql(url, UPDATE, { input: { id: 'nope', phone: '050 11 22 33' } }, { token: departmentAdmin }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await gql(url, UPDATE, phone))).toBe('UNAUTHENTICATED');
    expect(await stored(id)).toEqual(before);
  });

  it('an AGENT (reads every organisation) may change no field of any, not even contact data', async () => {
    const { organisation } = await tenant();
    const id = organisation.id;
    const before = await stored(id);
    for (const input of [
      { id, name: 'WZC Overgenomen' },
      { id, externalNumber: '0999.999.999' },
      { id, phone: '050 00 00 00' },
      { id, email: 'agent@elders.example', websiteUrl: 'https://elders.example' },
    ]) {
      const result = await gql(url, UPDATE, { input }, { token: agent });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data?.updateOrganisation ?? null).toBeNull();
    }
    expect(await stored(id)).toEqual(before);
    // The AGENT still reads the organisation.
    const read = await gql(
      url,
      graphql(`query OrganisationName($id: ID!) { organisation(id: $id) { name } }`),
      { id },
      { token: agent },
    );
    expect(read.data?.organisation?.name).toBe(organisation.name);
  });

  it('a DEPARTMENT_ADMIN edits every field; a number in use elsewhere is a field error; null clears, left out keeps', async () => {
    const { organisation } = await tenant();
    const elsewhere = await createOrganisation(server);
    const id = organisation.id;
    const taken = await gql(
      url,
      UPDATE,
      { input: { id, name: 'WZC De Linde vzw', externalNumber: elsewhere.externalNumber } },
      { token: departmentAdmin },
    );
    expect(taken.data?.updateOrganisation.errors).toEqual([
      {
        field: 'externalNumber',
        code: 'EXTERNAL_NUMBER_TAKEN',
        message: 'Een andere organisatie heeft dit nummer al.',
      },
    ]);
    expect((await stored(id)).name).toBe('WZC De Linde');

    const done = await gql(
      url,
      UPDATE,
      { input: { id, name: ' WZC De Linde vzw ', externalNumber: '0412.345.679', email: null } },
      { token: departmentAdmin },
    );
    expect(done.data?.updateOrganisation).toEqual({
      errors: [],
      organisation: {
        id,
        name: 'WZC De Linde vzw',
        externalNumber: '0412.345.679',
        phone: '+3250123456',
        email: null,
        websiteUrl: 'https://www.delinde.example',
      },
    });
    const empty = await gql(url, UPDATE, { input: { id, name: '' } }, { token: departmentAdmin });
    expect(empty.data?.updateOrganisation.errors).toMatchObject([{ field: 'name', code: 'REQUIRED' }]);
  });
});

describe('organisation history', () => {
  it('shows who changed what and when, newest first, with old and new values, paged', async () => {
    // An organisation of its own, changed by its ADMIN and then by the department's administrator.
    const org = await createOrganisation(server, { name: 'WZC Historiek' });
    const owner = await createUser(server, org, { roles: ['ADMIN'], firstName: 'Olivia', lastName: 'Eigen' });
    const byAdmin = await gql(
      url,
      UPDATE,
      { input: { id: org.id, phone: '050 99 88 77', websiteUrl: 'https://historiek.example' } },
      { token: owner.token },
    );
    expect(byAdmin.data?.updateOrganisation.errors).toEqual([]);
    const byStaff = await gql(
      url,
      UPDATE,
      { input: { id: org.id, name: 'WZC Historiek vzw', phone: null } },
      { token: departmentAdmin },
    );
    expect(byStaff.data?.updateOrganisation.errors).toEqual([]);

    const first = (await gql(url, HISTORY, { id: org.id, first: 1 }, { token: owner.token })).data
      ?.organisationHistory;
    expect(first?.totalCount).toBe(2);
    expect(first?.pageInfo.hasNextPage).toBe(true);
    const second = (
      await gql(
        url,
        HISTORY,
        { id: org.id, first: 1, after: first?.pageInfo.endCursor },
        { token: owner.token },
      )
    ).data?.organisationHistory;
    expect(second?.pageInfo.hasNextPage).toBe(false);
    const [staffChange, adminChange] = [first?.edges[0]?.node, second?.edges[0]?.node];
    if (!staffChange || !adminChange) throw new Error('expected two history events');
    expect(staffChange).toMatchObject({
      action: 'organisation.updated',
      entityType: 'organisation',
      entityId: org.id,
      actor: { email: 'beheer@zorg.example' },
      changes: [
        { field: 'name', oldValue: 'WZC Historiek', newValue: 'WZC Historiek vzw' },
        { field: 'phone', oldValue: '+3250998877', newValue: null },
      ],
    });
    expect(adminChange).toMatchObject({
      actor: { email: owner.email, firstName: 'Olivia', lastName: 'Eigen' },
      changes: [
        { field: 'phone', oldValue: null, newValue: '+3250998877' },
        { field: 'websiteUrl', oldValue: null, newValue: 'https://historiek.example' },
      ],
    });
    expect(Date.parse(staffChange.createdAt)).toBeGreaterThanOrEqual(Date.parse(adminChange.createdAt));
    expect(Date.now() - Date.parse(adminChange.createdAt)).toBeLessThan(60_000);
  });

  it('records contact changes too, including a confirmation by the contact (no actor)', async () => {
    const { organisation, admin, adminEmail } = await tenant();
    const id = organisation.id;
    const edited = await gql(url, UPDATE, { input: { id, phone: '050 99 88 77' } }, { token: admin });
    expect(edited.data?.updateOrganisation.errors).toEqual([]);
    const email = `hanne-${organisation.externalNumber.toLowerCase()}@delinde.example`;
    await gql(
      url,
      graphql(`
        mutation OrganisationAddContact($input: AddContactPersonInput!) {
          addContactPerson(input: $input) { errors { code } }
        }
      `),
      { input: { firstName: 'Hanne', lastName: 'Historiek', email, themeIds: [ERK] } },
      { token: admin },
    );
    const mail = (await outbox(server.dbUrl, email))[0];
    if (!mail) throw new Error('no confirmation mail');
    const token = tokenOf(linkIn(mail, 'http://loket.test/confirm-contact?token='));
    await gql(
      url,
      graphql(
        `mutation OrganisationConfirmContact($t: String!) { confirmContactPerson(token: $t) { status } }`,
      ),
      { t: token },
    );

    // Page by page, one event at a time: every event once, in order.
    type HistoryEvent = NonNullable<Awaited<ReturnType<typeof historyPage>>>['edges'][number]['node'];
    const historyPage = async (after: string | null) =>
      (await gql(url, HISTORY, { id, first: 1, after }, { token: agent })).data?.organisationHistory;
    const seen: HistoryEvent[] = [];
    let after: string | null = null;
    do {
      const connection = await historyPage(after);
      if (!connection) throw new Error('no history page');
      seen.push(...connection.edges.map((e) => e.node));
      after = connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(seen.map((e) => e.action)).toEqual(['contact.confirmed', 'contact.added', 'organisation.updated']);
    expect(new Set(seen.map((e) => e.id)).size).toBe(3);
    expect(seen[0]).toMatchObject({
      actor: null,
      entityType: 'contact_person',
      changes: [{ field: 'status', oldValue: 'UNCONFIRMED', newValue: 'CONFIRMED' }],
    });
    expect(seen[1]?.actor?.email).toBe(adminEmail);
    expect(seen[1]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'email', oldValue: null, newValue: email },
        { field: 'themes', oldValue: null, newValue: 'Erkenning' },
      ]),
    );
  });

  it('is for ADMINs of the organisation and staff: a MEMBER is FORBIDDEN, another organisation NOT_FOUND', async () => {
    const { organisation, member } = await tenant();
    const other = await tenant();
    const id = organisation.id;
    expect(errorCode(await gql(url, HISTORY, { id }, { token: member }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(url, HISTORY, { id }, { token: other.admin }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(url, HISTORY, { id }))).toBe('UNAUTHENTICATED');
    const own = await gql(url, HISTORY, { id: other.organisation.id }, { token: other.admin });
    expect(own.data?.organisationHistory.edges).toEqual([]);
  });
});
