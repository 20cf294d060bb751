// Tenant isolation, twice: the API answers NOT_FOUND for another tenant's objects, and PostgreSQL's
// row-level security hides tenant rows from any statement run outside a scoped transaction.
import { beforeAll, describe, expect, it } from 'vitest';
import { type DbScope, inScope } from '../../server/src/db/scope.js';
import { UserEntity } from '../../server/src/modules/accounts/user.entity.js';
import { OrganisationEntity } from '../../server/src/modules/organisations/organisation.entity.js';
import { DEMO_ORGANISATIONS } from '../../server/src/seed/demo.js';
import { graphql } from '../graphql/generated/gql.js';
import { APP_USER } from '../setup/test-env.js';
import { openAllDay } from '../utils/chat.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { HELPDESK, MAIL_IN_ENV, sendInto } from '../utils/mail-in.js';
import { ownerQuery } from '../utils/mailbox.js';
import { addConfirmedContact, sendWithAttachments, tinyPdf, upload } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const [linde, zonnebloem] = DEMO_ORGANISATIONS as [
  (typeof DEMO_ORGANISATIONS)[0],
  (typeof DEMO_ORGANISATIONS)[0],
];
let server: TestServer;

beforeAll(async () => {
  // Threshold 1: the security incident labelled below records the organisation's yearly notice.
  // Private addresses allowed: A's own webhook endpoint (decision 0037) points at a local port.
  server = await startTestServer({
    ...MAIL_IN_ENV,
    SECURITY_INCIDENT_YEARLY_THRESHOLD: '1',
    WEBHOOK_ALLOW_PRIVATE: 'true',
  });
  // Rows of A (WZC De Linde) in every tenant table, made as its users make them: a session, a password
  // reset (token, mail), a confirmed contact person (themes, confirmation, mail), an audited change of the
  // organisation, a message with an attachment (thread, thread contact, read mark), a ticket by mail and a
  // personal data export.
  const url = server.graphqlUrl;
  const admin = await login(url, 'beheerder@delinde.example');
  await gql(
    url,
    graphql(
      `mutation IsolationRequestPasswordReset($email: String!) { requestPasswordReset(email: $email) }`,
    ),
    {
      email: 'medewerker@delinde.example',
    },
  );
  await addConfirmedContact(url, server.dbUrl, admin, {
    firstName: 'Jan',
    lastName: 'Janssens',
    email: 'jan.janssens@delinde.example',
    themes: ['SUB'],
  });
  const changed = await gql(
    url,
    graphql(
      `mutation IsolationUpdateOrganisation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { errors { code } } }`,
    ),
    { input: { id: linde.id, phone: '050 12 34 56' } },
    { token: admin },
  );
  expect(changed.data?.updateOrganisation.errors).toEqual([]);
  // A's own webhook endpoint (decision 0037), told of the message below: a secret and a delivery.
  const hook = await gql(
    url,
    graphql(`
      mutation IsolationWebhook($input: CreateWebhookEndpointInput!) {
        createWebhookEndpoint(input: $input) { errors { code } endpoint { id } }
      }
    `),
    { input: { url: 'http://127.0.0.1:9/hook', eventTypes: ['MESSAGE_CREATED'] } },
    { token: admin },
  );
  expect(hook.data?.createWebhookEndpoint.errors).toEqual([]);
  const file = await upload(server.url, admin, 'verslag.pdf', tinyPdf());
  expect((await sendWithAttachments(url, admin, [file.body.id]))?.errors).toEqual([]);
  // An attempt of that delivery, as the worker logs it (no worker runs here).
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO webhook_attempt (id, delivery_id, latency_ms, error, organisation_id)
     SELECT gen_random_uuid(), d.id, 1, 'connect ECONNREFUSED', d.organisation_id
       FROM webhook_delivery d WHERE d.endpoint_id = $1`,
    [hook.data?.createWebhookEndpoint.endpoint?.id],
  );
  const mailed = await sendInto(server.mailInPort ?? 0, {
    from: 'beheerder@delinde.example',
    to: HELPDESK,
    subject: 'Vraag per mail',
    text: 'Beste helpdesk',
  });
  expect(mailed.accepted).toBe(true);
  // What the new-ticket form suggested to the ADMIN (decision 0026).
  const deflected = await gql(
    url,
    graphql(`
      mutation IsolationDeflection($input: RecordDeflectionInput!) {
        recordTicketDeflection(input: $input) { recorded errors { code } }
      }
    `),
    { input: { query: 'factuur', shownArticleIds: [] } },
    { token: admin },
  );
  expect(deflected.data?.recordTicketDeflection).toEqual({ recorded: true, errors: [] });
  // A personal data export the ADMIN asked for (decision 0029).
  const exported = await gql(
    url,
    graphql(`mutation IsolationRequestExport { requestPersonalDataExport(input: {}) { id status } }`),
    {},
    { token: admin },
  );
  expect(exported.data?.requestPersonalDataExport.status).toBe('PENDING');
  // A running chat with its first message (the desk open, an agent available).
  await openAllDay(server.dbUrl);
  const agent = await login(url, 'bart.desmet@zorg.example');
  await gql(
    url,
    graphql(`mutation IsolationChatAgent { setChatAgentAvailable(available: true) }`),
    {},
    { token: agent },
  );
  const chat = await gql(
    url,
    graphql(
      `mutation IsolationStartChat($input: StartChatInput!) { startChat(input: $input) { errors { code } } }`,
    ),
    { input: { clientKey: 'isolation-chat', question: 'Vraag in de chat' } },
    { token: admin },
  );
  expect(chat.data?.startChat.errors).toEqual([]);
  const [ticket] = await ownerQuery<{ id: string }>(
    server.dbUrl,
    'SELECT id FROM ticket WHERE organisation_id = $1 ORDER BY created_at DESC LIMIT 1',
    [linde.id],
  );
  const labels = await gql(url, '{ ticketLabels { id code } }', {}, { token: agent });
  const incident = labels.data?.ticketLabels.find((l: { code: string }) => l.code === 'SECURITY_INCIDENT');
  const labelled = await gql(
    url,
    graphql(
      `mutation IsolationLabelIncident($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }`,
    ),
    { ticketId: ticket?.id ?? '', labelIds: [] },
    { token: agent },
  );
  expect(labelled.data?.setTicketLabels.errors).toEqual([]);
  const relabelled = await gql(
    url,
    graphql(
      `mutation IsolationLabelIncidentAgain($ticketId: ID!, $labelIds: [ID!]!) { setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) { errors { code } } }`,
    ),
    { ticketId: ticket?.id ?? '', labelIds: [incident?.id ?? ''] },
    { token: agent },
  );
  expect(relabelled.data?.setTicketLabels.errors).toEqual([]);
});

describe('through the API', () => {
  const ORG = graphql(`query IsolationOrganisation($id: ID!) { organisation(id: $id) { id name } }`);

  it("answers NOT_FOUND (never FORBIDDEN) for another tenant's organisation", async () => {
    const token = await login(server.graphqlUrl, 'beheerder@delinde.example');
    const own = await gql(server.graphqlUrl, ORG, { id: linde.id }, { token });
    expect(own.data?.organisation.name).toBe('WZC De Linde');
    const other = await gql(server.graphqlUrl, ORG, { id: zonnebloem.id }, { token });
    expect(errorCode(other)).toBe('NOT_FOUND');
    const missing = await gql(
      server.graphqlUrl,
      ORG,
      { id: '00000000-0000-4000-8000-999999999999' },
      { token },
    );
    expect(errorCode(missing)).toBe('NOT_FOUND');
    expect(other.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
  });

  it('lets staff read every organisation, and keeps tenants out of the staff list', async () => {
    const staff = await login(server.graphqlUrl, 'an.peeters@zorg.example');
    const list = await gql(
      server.graphqlUrl,
      graphql(
        `query IsolationOrganisations { organisations(first: 10) { totalCount edges { node { name } } } }`,
      ),
      {},
      { token: staff },
    );
    expect(list.data?.organisations.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Dagcentrum De Zonnebloem',
      'WZC De Linde',
    ]);
    const tenant = await login(server.graphqlUrl, 'medewerker@delinde.example');
    const refused = await gql(
      server.graphqlUrl,
      graphql(`query IsolationOrganisations2 { organisations(first: 10) { totalCount } }`),
      {},
      { token: tenant },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it("does not list another tenant's users, even when asked through a staff-only path", async () => {
    const token = await login(server.graphqlUrl, 'beheerder@zonnebloem.example');
    const own = await gql(
      server.graphqlUrl,
      graphql(`query IsolationMyOrganisation { myOrganisation { users { email } } }`),
      {},
      { token },
    );
    const emails = own.data?.myOrganisation?.users.map((u) => u.email) ?? [];
    expect(emails.sort()).toEqual([
      'beheerder@zonnebloem.example',
      'medewerker@zonnebloem.example',
      'medewerkerplus@zonnebloem.example',
    ]);
  });
});

describe('row-level security', () => {
  it('binds the application role: no superuser, no BYPASSRLS, not the owner of the tables', async () => {
    const [role] = await ownerQuery(
      server.dbUrl,
      'SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = $1',
      [APP_USER],
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await ownerQuery(
      server.dbUrl,
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = $1",
      [APP_USER],
    );
    expect(owned).toEqual([]);
  });

  it('fails closed on every tenant table in the catalogue: tenant B and anonymous read, change and delete none of A', async () => {
    // Every table with an organisation_id column, and `organisation` itself (its id is the tenant).
    const tables = (
      await ownerQuery<{ table: string; rls: boolean; policies: number }>(
        server.dbUrl,
        `SELECT c.relname AS table, c.relrowsecurity AS rls,
                (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
           FROM pg_class c
          WHERE c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace
            AND (c.relname = 'organisation' OR EXISTS (
                  SELECT 1 FROM pg_attribute a
                   WHERE a.attrelid = c.oid AND a.attname = 'organisation_id' AND NOT a.attisdropped))
          ORDER BY c.relname`,
      )
    ).map((t) => ({ ...t, key: t.table === 'organisation' ? 'id' : 'organisation_id' }));
    // A new tenant table without row-level security or without a policy fails here.
    expect(tables.filter((t) => !t.rls || t.policies === 0)).toEqual([]);

    // A's rows exist in every one of them (arranged through the API in beforeAll), so that "none" means
    // something: a new tenant table must get rows here too.
    const emptyForA: string[] = [];
    for (const { table, key } of tables) {
      const [row] = await ownerQuery<{ n: number }>(
        server.dbUrl,
        `SELECT count(*)::int AS n FROM ${table} WHERE ${key} = $1`,
        [linde.id],
      );
      if (row?.n === 0) emptyForA.push(table);
    }
    expect(emptyForA).toEqual([]);

    const zonnebloemUser = await inScope(server.app.dataSource, { kind: 'system' }, (em) =>
      em.findOneByOrFail(UserEntity, { email: 'beheerder@zonnebloem.example' }),
    );
    const scopes: Record<string, DbScope> = {
      'tenant B': { kind: 'tenant', organisationId: zonnebloem.id, userId: zonnebloemUser.id },
      anonymous: { kind: 'anonymous' },
    };
    const rolledBack = new Error('rolled back');
    const reached: string[] = [];
    for (const [who, scope] of Object.entries(scopes)) {
      for (const { table, key } of tables) {
        const attempts = {
          select: `SELECT 1 FROM ${table} WHERE ${key} = $1`,
          update: `UPDATE ${table} SET ${key} = ${key} WHERE ${key} = $1`,
          delete: `DELETE FROM ${table} WHERE ${key} = $1`,
        };
        for (const [what, sql] of Object.entries(attempts)) {
          // As the application does it (the application role, the scope set), then rolled back: a policy
          // that let the statement through changes nothing.
          await inScope(server.app.dataSource, scope, async (em) => {
            const result = await em.query(sql, [linde.id]);
            const rows = what === 'select' ? result.length : result[1];
            if (rows !== 0) reached.push(`${who}: ${what} ${table} (${rows})`);
            throw rolledBack;
          }).catch((error) => {
            if (error !== rolledBack) throw error;
          });
        }
      }
    }
    expect(reached).toEqual([]);
  });

  it('a query that forgets its tenant filter still sees only its own tenant', async () => {
    const user = await inScope(server.app.dataSource, { kind: 'system' }, (em) =>
      em.findOneByOrFail(UserEntity, { email: 'beheerder@delinde.example' }),
    );
    const scope = { kind: 'tenant' as const, organisationId: linde.id, userId: user.id };
    const seen = await inScope(server.app.dataSource, scope, async (em) => ({
      organisations: (await em.find(OrganisationEntity)).map((o) => o.name),
      tenantUsers: (await em.find(UserEntity))
        .filter((u) => u.organisationId !== null)
        .map((u) => u.organisationId),
    }));
    expect(seen.organisations).toEqual(['WZC De Linde']);
    expect(new Set(seen.tenantUsers)).toEqual(new Set([linde.id]));
  });

  it("refuses to write a row into another tenant's organisation", async () => {
    const user = await inScope(server.app.dataSource, { kind: 'system' }, (em) =>
      em.findOneByOrFail(UserEntity, { email: 'beheerder@delinde.example' }),
    );
    const scope = { kind: 'tenant' as const, organisationId: linde.id, userId: user.id };
    await expect(
      inScope(server.app.dataSource, scope, (em) =>
        em.query(
          `INSERT INTO audit_event (id, organisation_id, action, entity_type) VALUES (gen_random_uuid(), $1, 'x', 'y')`,
          [zonnebloem.id],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await inScope(server.app.dataSource, scope, (em) =>
      em.query(`UPDATE organisation SET name = 'Overgenomen' WHERE id = $1`, [zonnebloem.id]),
    );
    expect(updated[1]).toBe(0);
    const [row] = await ownerQuery(server.dbUrl, 'SELECT name FROM organisation WHERE id = $1', [
      zonnebloem.id,
    ]);
    expect(row.name).toBe('Dagcentrum De Zonnebloem');
  });

  it('scope settings end with the transaction: a pooled connection never keeps a tenant', async () => {
    const runner = server.app.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query(
        `SELECT set_config('app.scope', 'tenant', true), set_config('app.organisation_id', $1, true)`,
        [linde.id],
      );
      expect((await runner.query('SELECT count(*)::int AS n FROM organisation'))[0].n).toBe(1);
      await runner.commitTransaction();
      expect((await runner.query('SELECT count(*)::int AS n FROM organisation'))[0].n).toBe(0);
    } finally {
      await runner.release();
    }
  });
});
