// Tenant isolation, twice: the API answers NOT_FOUND for another tenant's objects, and PostgreSQL's
// row-level security hides tenant rows from any statement run outside a scoped transaction.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { withCredentials } from '../../server/src/db/data-source.js';
import { inScope } from '../../server/src/db/scope.js';
import { UserEntity } from '../../server/src/modules/accounts/user.entity.js';
import { OrganisationEntity } from '../../server/src/modules/organisations/organisation.entity.js';
import { DEMO_ORGANISATIONS } from '../../server/src/seed/demo.js';
import { APP_PASSWORD, APP_USER } from '../setup/test-env.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const [linde, zonnebloem] = DEMO_ORGANISATIONS as [
  (typeof DEMO_ORGANISATIONS)[0],
  (typeof DEMO_ORGANISATIONS)[0],
];
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

async function asAppRole<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withCredentials(server.dbUrl, APP_USER, APP_PASSWORD) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('through the API', () => {
  const ORG = 'query($id: ID!) { organisation(id: $id) { id name } }';

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
      '{ organisations(first: 10) { totalCount edges { node { name } } } }',
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
      '{ organisations(first: 10) { totalCount } }',
      {},
      { token: tenant },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it("does not list another tenant's users, even when asked through a staff-only path", async () => {
    const token = await login(server.graphqlUrl, 'beheerder@zonnebloem.example');
    const own = await gql(server.graphqlUrl, '{ myOrganisation { users { email } } }', {}, { token });
    const emails = own.data?.myOrganisation.users.map((u: { email: string }) => u.email) as string[];
    expect(emails.length).toBeGreaterThan(0);
    expect(emails.every((e) => e.endsWith('@zonnebloem.example'))).toBe(true);
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
    const tenantTables = await ownerQuery(
      server.dbUrl,
      `SELECT c.relname, c.relrowsecurity FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND a.attname = 'organisation_id'`,
    );
    expect(tenantTables.length).toBeGreaterThan(5);
    expect(tenantTables.filter((t) => !t.relrowsecurity)).toEqual([]);
  });

  it('fails closed: outside a scoped transaction the application role sees no tenant rows', async () => {
    const counts = await asAppRole(async (client) => {
      const result: Record<string, number> = {};
      for (const table of [
        'organisation',
        'organisation_theme',
        'app_user',
        'user_session',
        'audit_event',
        'outbound_mail',
      ]) {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
        result[table] = rows[0]?.n ?? -1;
      }
      return result;
    });
    expect(counts).toEqual({
      organisation: 0,
      organisation_theme: 0,
      app_user: 0,
      user_session: 0,
      audit_event: 0,
      outbound_mail: 0,
    });
    // The rows do exist: the owner sees them.
    const [owner] = await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM organisation');
    expect(owner.n).toBe(2);
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
    const user = await inScope(server.app.dataSource, { kind: 'system' }, (em) =>
      em.findOneByOrFail(UserEntity, { email: 'beheerder@delinde.example' }),
    );
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
    expect(user.id).toBeTruthy();
  });
});
