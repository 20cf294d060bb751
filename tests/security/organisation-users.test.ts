// Mijn organisatie › Gebruikers under attack: a Medewerker and a Medewerker+ are refused every operation
// (FORBIDDEN, nothing changed), and another organisation's Beheerder sees none of its users (the list holds
// only their own; every key of another organisation's user is NOT_FOUND, as a random one is).
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { errorCode, gql } from '../utils/graphql.js';
import { outbox, ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
});

/** Every operation of the tab on `userId`, with the caller's own (right) password. */
function operations(userId: string, password: string): Array<[string, string, Record<string, unknown>]> {
  return [
    ['list', '{ organisationUsers { edges { node { id } } } }', {}],
    ['one', 'query($id: ID!) { organisationUser(id: $id) { id } }', { id: userId }],
    [
      'role',
      'mutation($i: ChangeUserRoleInput!) { changeUserRole(input: $i) { errors { code } } }',
      { i: { userId, role: 'ADMIN', currentPassword: password } },
    ],
    [
      'deactivate',
      'mutation($i: DeactivateUserInput!) { deactivateUser(input: $i) { errors { code } } }',
      { i: { userId, currentPassword: password } },
    ],
    ['reactivate', 'mutation($id: ID!) { reactivateUser(userId: $id) { errors { code } } }', { id: userId }],
    ['resend', 'mutation($id: ID!) { resendInvitation(userId: $id) { id } }', { id: userId }],
    [
      'invite',
      'mutation($i: InviteUserInput!) { inviteUser(input: $i) { errors { code } } }',
      {
        i: {
          email: `x-${randomUUID().slice(0, 8)}@test.example`,
          firstName: 'X',
          lastName: 'Y',
          roles: ['MEMBER'],
        },
      },
    ],
  ];
}

async function stateOf(organisationId: string) {
  const users = await ownerQuery(
    server.dbUrl,
    'SELECT id, roles, status FROM app_user WHERE organisation_id = $1 ORDER BY id',
    [organisationId],
  );
  return users;
}

describe('roles of the organisation itself', () => {
  it('a Medewerker and a Medewerker+ are refused every operation, and nothing changes', async () => {
    const org = await createOrganisation(server);
    const target = await createUser(server, org);
    const callers: TestUser[] = [
      await createUser(server, org, { roles: ['MEMBER'] }),
      await createUser(server, org, { roles: ['MEMBER_PLUS'] }),
    ];
    const before = await stateOf(org.id);
    for (const caller of callers) {
      for (const [name, query, variables] of operations(target.id, caller.password)) {
        const answer = await gql(url, query, variables, { token: caller.token });
        expect([name, errorCode(answer)]).toEqual([name, 'FORBIDDEN']);
      }
      // Not even their own account.
      const own = await gql(
        url,
        'mutation($i: ChangeUserRoleInput!) { changeUserRole(input: $i) { errors { code } } }',
        { i: { userId: caller.id, role: 'ADMIN', currentPassword: caller.password } },
        { token: caller.token },
      );
      expect(errorCode(own)).toBe('FORBIDDEN');
    }
    expect(await stateOf(org.id)).toEqual(before);
    expect(await outbox(server.dbUrl, target.email)).toEqual([]);
  });
});

describe('another organisation', () => {
  it("its Beheerder sees none of this organisation's users and can change none of them", async () => {
    const orgA = await createOrganisation(server);
    const userA = await createUser(server, orgA);
    const orgB = await createOrganisation(server);
    const adminB = await createUser(server, orgB, { roles: ['ADMIN'] });
    const before = await stateOf(orgA.id);

    const list = await gql<{ organisationUsers: { edges: Array<{ node: { id: string } }> } }>(
      url,
      '{ organisationUsers(first: 100) { edges { node { id } } } }',
      {},
      { token: adminB.token },
    );
    const ids = list.data?.organisationUsers.edges.map((e) => e.node.id);
    expect(ids).toEqual([adminB.id]);

    for (const [name, query, variables] of operations(userA.id, adminB.password)) {
      if (name === 'list' || name === 'invite') continue;
      const real = await gql(url, query, variables, { token: adminB.token });
      expect([name, errorCode(real)]).toEqual([name, 'NOT_FOUND']);
      // Exactly as for a key that names nobody.
      const [, , random] = operations(randomUUID(), adminB.password).find(([n]) => n === name) ?? [];
      const nobody = await gql(url, query, random, { token: adminB.token });
      expect(real.errors?.[0]?.message).toBe(nobody.errors?.[0]?.message);
    }
    expect(await stateOf(orgA.id)).toEqual(before);
    expect(await outbox(server.dbUrl, userA.email)).toEqual([]);
  });
});
