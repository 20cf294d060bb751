// Organisation data over real HTTP against real PostgreSQL: format checks (nothing saved on any error),
// ADMIN versus staff field rights, tenant isolation, and the organisation's history (who, when, old, new).
import { beforeAll, describe, expect, it } from 'vitest';
import { normalisePhone } from '../../server/src/domain/validate.js';
import { createOrganisation, createUser } from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { linkIn, outbox, ownerQuery, tokenOf } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const DE_LINDE = id(301);
const ZONNEBLOEM = id(302);

let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  for (const email of [
    'beheerder@delinde.example',
    'medewerker@delinde.example',
    'beheerder@zonnebloem.example',
    'an.peeters@zorg.example',
    'beheer@zorg.example',
  ])
    tokens[email] = await login(url, email);
});

const admin = () => tokens['beheerder@delinde.example'] as string;
const member = () => tokens['medewerker@delinde.example'] as string;
const otherAdmin = () => tokens['beheerder@zonnebloem.example'] as string;
const agent = () => tokens['an.peeters@zorg.example'] as string;
const departmentAdmin = () => tokens['beheer@zorg.example'] as string;

const ORGANISATION = 'id name externalNumber phone email websiteUrl';
const UPDATE = `mutation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) { errors { field code message } organisation { ${ORGANISATION} } }
}`;
const HISTORY = `query($id: ID!, $first: Int, $after: Cursor) {
  organisationHistory(organisationId: $id, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id action entityType entityId createdAt actor { email firstName lastName }
                   changes { field oldValue newValue } } }
  }
}`;

async function stored(organisationId = DE_LINDE) {
  const rows = await ownerQuery(
    server.dbUrl,
    'SELECT name, external_number, phone, email, website_url FROM organisation WHERE id = $1',
    [organisationId],
  );
  return rows[0];
}

const auditCount = async () =>
  (await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM audit_event'))[0].n as number;

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
    const before = await stored();
    const audits = await auditCount();
    const result = await gql(
      url,
      UPDATE,
      { input: { id: DE_LINDE, phone: '12', email: 'info@', websiteUrl: 'www.delinde.example' } },
      { token: admin() },
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
      { input: { id: DE_LINDE, phone: '050 99 88 77', websiteUrl: 'ftp://delinde.example' } },
      { token: admin() },
    );
    expect(mixed.data?.updateOrganisation.errors.map((e: any) => e.field)).toEqual(['websiteUrl']);
    expect(await stored()).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it('an ADMIN edits phone, email and website of their own organisation', async () => {
    const result = await gql(
      url,
      UPDATE,
      {
        input: {
          id: DE_LINDE,
          name: 'WZC De Linde',
          phone: '050 99 88 77',
          email: 'Secretariaat@DeLinde.Example',
          websiteUrl: 'https://www.delinde.example/contact',
        },
      },
      { token: admin() },
    );
    expect(result.data?.updateOrganisation).toEqual({
      errors: [],
      organisation: {
        id: DE_LINDE,
        name: 'WZC De Linde',
        externalNumber: '0412.345.678',
        phone: '+3250998877',
        email: 'Secretariaat@delinde.example',
        websiteUrl: 'https://www.delinde.example/contact',
      },
    });
    const read = await gql(url, `{ myOrganisation { ${ORGANISATION} } }`, {}, { token: member() });
    expect(read.data?.myOrganisation.phone).toBe('+3250998877');
  });

  it('an ADMIN may not change the name or number; a MEMBER nothing; another organisation is NOT_FOUND', async () => {
    const before = await stored();
    const rename = await gql(
      url,
      UPDATE,
      { input: { id: DE_LINDE, name: 'WZC De Eik' } },
      { token: admin() },
    );
    expect(errorCode(rename)).toBe('FORBIDDEN');
    const renumber = await gql(
      url,
      UPDATE,
      { input: { id: DE_LINDE, externalNumber: '0999.999.999', phone: '050 11 22 33' } },
      { token: admin() },
    );
    expect(errorCode(renumber)).toBe('FORBIDDEN');
    expect(
      errorCode(
        await gql(url, UPDATE, { input: { id: DE_LINDE, phone: '050 11 22 33' } }, { token: member() }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await gql(url, UPDATE, { input: { id: DE_LINDE, phone: '050 11 22 33' } }, { token: otherAdmin() }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await gql(
          url,
          UPDATE,
          { input: { id: 'nope', phone: '050 11 22 33' } },
          { token: departmentAdmin() },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await gql(url, UPDATE, { input: { id: DE_LINDE, phone: '050 11 22 33' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await stored()).toEqual(before);
  });

  it('an AGENT (reads every organisation) may change no field of any, not even contact data', async () => {
    const before = await stored();
    for (const input of [
      { id: DE_LINDE, name: 'WZC Overgenomen' },
      { id: DE_LINDE, externalNumber: '0999.999.999' },
      { id: DE_LINDE, phone: '050 00 00 00' },
      { id: DE_LINDE, email: 'agent@elders.example', websiteUrl: 'https://elders.example' },
    ]) {
      const result = await gql(url, UPDATE, { input }, { token: agent() });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data?.updateOrganisation ?? null).toBeNull();
    }
    expect(await stored()).toEqual(before);
    // The AGENT still reads the organisation.
    const read = await gql(
      url,
      `query($id: ID!) { organisation(id: $id) { name } }`,
      { id: DE_LINDE },
      { token: agent() },
    );
    expect(read.data?.organisation.name).toBe(before.name);
  });

  it('a DEPARTMENT_ADMIN edits every field; a number in use elsewhere is a field error; null clears, left out keeps', async () => {
    const taken = await gql(
      url,
      UPDATE,
      { input: { id: DE_LINDE, name: 'WZC De Linde vzw', externalNumber: '0498.765.432' } },
      { token: departmentAdmin() },
    );
    expect(taken.data?.updateOrganisation.errors).toEqual([
      {
        field: 'externalNumber',
        code: 'EXTERNAL_NUMBER_TAKEN',
        message: 'Een andere organisatie heeft dit nummer al.',
      },
    ]);
    expect((await stored()).name).toBe('WZC De Linde');

    const done = await gql(
      url,
      UPDATE,
      { input: { id: DE_LINDE, name: ' WZC De Linde vzw ', externalNumber: '0412.345.679', email: null } },
      { token: departmentAdmin() },
    );
    expect(done.data?.updateOrganisation).toEqual({
      errors: [],
      organisation: {
        id: DE_LINDE,
        name: 'WZC De Linde vzw',
        externalNumber: '0412.345.679',
        phone: '+3250998877',
        email: null,
        websiteUrl: 'https://www.delinde.example/contact',
      },
    });
    const empty = await gql(url, UPDATE, { input: { id: DE_LINDE, name: '' } }, { token: departmentAdmin() });
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
    const departmentAdmin = await login(url, 'beheer@zorg.example');
    const byStaff = await gql(
      url,
      UPDATE,
      { input: { id: org.id, name: 'WZC Historiek vzw', phone: null } },
      { token: departmentAdmin },
    );
    expect(byStaff.data?.updateOrganisation.errors).toEqual([]);

    const first = (await gql(url, HISTORY, { id: org.id, first: 1 }, { token: owner.token })).data
      ?.organisationHistory;
    expect(first.totalCount).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (
      await gql(
        url,
        HISTORY,
        { id: org.id, first: 1, after: first.pageInfo.endCursor },
        { token: owner.token },
      )
    ).data?.organisationHistory;
    expect(second.pageInfo.hasNextPage).toBe(false);
    const [staffChange, adminChange] = [first.edges[0].node, second.edges[0].node];
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
    await gql(
      url,
      `mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { errors { code } } }`,
      {
        input: {
          firstName: 'Hanne',
          lastName: 'Historiek',
          email: 'hanne@delinde.example',
          themeIds: [id(201)],
        },
      },
      { token: admin() },
    );
    const mail = (await outbox(server.dbUrl, 'hanne@delinde.example'))[0];
    if (!mail) throw new Error('no confirmation mail');
    const token = tokenOf(linkIn(mail, 'http://loket.test/confirm-contact?token='));
    await gql(url, 'mutation($t: String!) { confirmContactPerson(token: $t) { status } }', { t: token });

    // Page by page, one event at a time: every event once, in order.
    const seen: any[] = [];
    let after: string | null = null;
    do {
      const page: any = await gql(url, HISTORY, { id: DE_LINDE, first: 1, after }, { token: agent() });
      const connection = page.data.organisationHistory;
      seen.push(...connection.edges.map((e: any) => e.node));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((e) => e.action)).toEqual([
      'contact.confirmed',
      'contact.added',
      'organisation.updated',
      'organisation.updated',
    ]);
    expect(new Set(seen.map((e) => e.id)).size).toBe(4);
    expect(seen[0]).toMatchObject({
      actor: null,
      entityType: 'contact_person',
      changes: [{ field: 'status', oldValue: 'UNCONFIRMED', newValue: 'CONFIRMED' }],
    });
    expect(seen[1].actor.email).toBe('beheerder@delinde.example');
    expect(seen[1].changes).toEqual(
      expect.arrayContaining([
        { field: 'email', oldValue: null, newValue: 'hanne@delinde.example' },
        { field: 'themes', oldValue: null, newValue: 'Erkenning' },
      ]),
    );
  });

  it('is for ADMINs of the organisation and staff: a MEMBER is FORBIDDEN, another organisation NOT_FOUND', async () => {
    expect(errorCode(await gql(url, HISTORY, { id: DE_LINDE }, { token: member() }))).toBe('FORBIDDEN');
    expect(errorCode(await gql(url, HISTORY, { id: DE_LINDE }, { token: otherAdmin() }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(url, HISTORY, { id: DE_LINDE }))).toBe('UNAUTHENTICATED');
    const own = await gql(url, HISTORY, { id: ZONNEBLOEM }, { token: otherAdmin() });
    expect(own.data?.organisationHistory.edges).toEqual([]);
  });
});
