// Mijn organisatie › Gebruikers through the API: an ADMIN lists the users, changes a role and deactivates
// with the own password, reactivates and re-invites; the rules (own role, last Beheerder, wrong password)
// and the change counting at once on the user's open HTTP session and WebSocket. Mails and audit rows.
import type { Client } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, type TestOrganisation } from '../utils/factories.js';
import { errorCode, gql, login, wsClient } from '../utils/graphql.js';
import { linkIn, outbox, ownerQuery, tokenOf } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
});

const USERS = graphql(`
  query OrgUsersList($first: Int, $after: Cursor, $status: UserStatus) {
    organisationUsers(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id email lastName status tenantRole } }
    }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation OrgUsersChangeRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) { user { id roles tenantRole } errors { field code message } }
  }
`);
const DEACTIVATE = graphql(`
  mutation OrgUsersDeactivate($input: DeactivateUserInput!) {
    deactivateUser(input: $input) { user { id status } errors { field code message } }
  }
`);
const REACTIVATE = graphql(`
  mutation OrgUsersReactivate($id: ID!) {
    reactivateUser(userId: $id) { user { id status } errors { field code } }
  }
`);
const INVITE = graphql(`
  mutation OrgUsersInvite($input: InviteUserInput!) {
    inviteUser(input: $input) { user { id status tenantRole } errors { field code } }
  }
`);
const RESEND = graphql(`mutation OrgUsersResend($id: ID!) { resendInvitation(userId: $id) { status } }`);
const ME = graphql(`query OrgUsersMe { me { email roles } }`);

async function organisationWithAdmin(): Promise<{
  org: TestOrganisation;
  admin: Awaited<ReturnType<typeof createUser>>;
}> {
  const org = await createOrganisation(server);
  const admin = await createUser(server, org, { roles: ['ADMIN'], firstName: 'Beheer', lastName: 'Der' });
  return { org, admin };
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await ownerQuery(
    server.dbUrl,
    'SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY created_at, id',
    [entityId],
  );
  return rows.map((r: { action: string }) => r.action);
}

/** An open socket of `token`'s session with a subscription running, and the code the socket closes with. */
async function openSocket(token: string): Promise<{ client: Client; closed: Promise<number> }> {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => {
    onClosed = resolve;
  });
  const client = wsClient(server.wsUrl, token, {
    lazy: false,
    onNonLazyError: (event) => onClosed((event as { code: number }).code),
  });
  await new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.on('closed', (event) => onClosed((event as { code: number }).code));
  const answer = await new Promise<unknown>((resolve, reject) => {
    client.subscribe({ query: ME.toString() }, { next: resolve, error: reject, complete: () => undefined });
  });
  expect(answer).toMatchObject({ data: { me: { email: expect.any(String) } } });
  return { client, closed };
}

function withinSeconds<T>(promise: Promise<T>, seconds = 2): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`not within ${seconds} s`)), seconds * 1000),
    ),
  ]);
}

describe('the list', () => {
  it('shows every user with role and status, by name, in pages', async () => {
    const { org, admin } = await organisationWithAdmin();
    await createUser(server, org, { lastName: 'Aerts' });
    await createUser(server, org, { lastName: 'Claes', roles: ['MEMBER_PLUS'] });
    const invited = await gql(
      url,
      INVITE,
      {
        input: {
          email: `nieuw-${org.id.slice(0, 8)}@test.example`,
          firstName: 'Nieuw',
          lastName: 'Bosmans',
          roles: ['MEMBER'],
        },
      },
      { token: admin.token },
    );
    expect(invited.data?.inviteUser.user).toMatchObject({ status: 'INVITED', tenantRole: 'MEMBER' });

    const first = await gql(url, USERS, { first: 2 }, { token: admin.token });
    const page1 = first.data?.organisationUsers;
    expect(page1?.totalCount).toBe(4);
    expect(page1?.edges.map((e) => [e.node.lastName, e.node.status, e.node.tenantRole])).toEqual([
      ['Aerts', 'ACTIVE', 'MEMBER'],
      ['Bosmans', 'INVITED', 'MEMBER'],
    ]);
    expect(page1?.pageInfo.hasNextPage).toBe(true);
    const second = await gql(
      url,
      USERS,
      { first: 2, after: page1?.pageInfo.endCursor },
      { token: admin.token },
    );
    expect(second.data?.organisationUsers.edges.map((e) => [e.node.lastName, e.node.tenantRole])).toEqual([
      ['Claes', 'MEMBER_PLUS'],
      ['Der', 'ADMIN'],
    ]);
    expect(second.data?.organisationUsers.pageInfo.hasNextPage).toBe(false);
    const onlyInvited = await gql(url, USERS, { status: 'INVITED' }, { token: admin.token });
    expect(onlyInvited.data?.organisationUsers.edges.map((e) => e.node.lastName)).toEqual(['Bosmans']);
  });
});

describe('changing a role', () => {
  it('is confirmed with the own password: a wrong one is a field error and changes nothing', async () => {
    const { org, admin } = await organisationWithAdmin();
    const member = await createUser(server, org);
    const wrong = await gql(
      url,
      CHANGE_ROLE,
      { input: { userId: member.id, role: 'MEMBER_PLUS', currentPassword: 'Niet-mijn-wachtwoord-1' } },
      { token: admin.token },
    );
    expect(wrong.data?.changeUserRole.errors).toEqual([
      { field: 'currentPassword', code: 'WRONG_PASSWORD', message: expect.any(String) },
    ]);
    const empty = await gql(
      url,
      CHANGE_ROLE,
      { input: { userId: member.id, role: 'MEMBER_PLUS', currentPassword: '' } },
      { token: admin.token },
    );
    expect(empty.data?.changeUserRole.errors).toMatchObject([{ field: 'currentPassword', code: 'REQUIRED' }]);
    expect((await gql(url, ME, {}, { token: member.token })).data?.me?.roles).toEqual(['MEMBER']);
    expect(await auditActions(member.id)).toEqual([]);
    expect(await outbox(server.dbUrl, member.email)).toEqual([]);
  });

  it('counts password guesses like logins: over the limit even the right password is refused', async () => {
    const { org, admin } = await organisationWithAdmin();
    const member = await createUser(server, org);
    const attempt = (currentPassword: string) =>
      gql(
        url,
        CHANGE_ROLE,
        { input: { userId: member.id, role: 'MEMBER_PLUS', currentPassword } },
        { token: admin.token },
      );
    for (let n = 0; n < 5; n++)
      expect((await attempt(`Fout-wachtwoord-${n}`)).data?.changeUserRole.errors).toMatchObject([
        { field: 'currentPassword', code: 'WRONG_PASSWORD' },
      ]);
    expect((await attempt(admin.password)).data?.changeUserRole.errors).toMatchObject([
      { field: 'currentPassword', code: 'TOO_MANY_ATTEMPTS' },
    ]);
    expect((await gql(url, ME, {}, { token: member.token })).data?.me?.roles).toEqual(['MEMBER']);
  });

  it('gives one role of three, audited, mailed to the user in their language with a link', async () => {
    const { org, admin } = await organisationWithAdmin();
    const member = await createUser(server, org);
    await ownerQuery(server.dbUrl, "UPDATE app_user SET language = 'en' WHERE id = $1", [member.id]);
    const changed = await gql(
      url,
      CHANGE_ROLE,
      { input: { userId: member.id, role: 'MEMBER_PLUS', currentPassword: admin.password } },
      { token: admin.token },
    );
    expect(changed.data?.changeUserRole).toEqual({
      errors: [],
      user: { id: member.id, roles: ['MEMBER_PLUS'], tenantRole: 'MEMBER_PLUS' },
    });
    expect(await auditActions(member.id)).toEqual(['user.roles-changed']);
    const [mail] = await outbox(server.dbUrl, member.email);
    expect(mail?.template).toBe('user-role-changed');
    expect(mail?.language).toBe('en');
    expect(mail?.text_body).toContain('Your role is now: Member+.');
    expect(linkIn(mail!, 'http://loket.test')).toBeTruthy();

    const invalid = await gql(
      url,
      CHANGE_ROLE,
      // Not a tenant role: the schema refuses it before any rule.
      { input: { userId: member.id, role: 'AGENT' as 'ADMIN', currentPassword: admin.password } },
      { token: admin.token },
    );
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
  });

  it('nobody changes their own role, and the organisation keeps an active Beheerder', async () => {
    const { org, admin } = await organisationWithAdmin();
    const own = await gql(
      url,
      CHANGE_ROLE,
      { input: { userId: admin.id, role: 'MEMBER', currentPassword: admin.password } },
      { token: admin.token },
    );
    expect(own.data?.changeUserRole.errors).toMatchObject([{ field: 'role', code: 'OWN_ROLES' }]);
    const ownDeactivation = await gql(
      url,
      DEACTIVATE,
      { input: { userId: admin.id, currentPassword: admin.password } },
      { token: admin.token },
    );
    expect(ownDeactivation.data?.deactivateUser.errors).toMatchObject([{ field: null, code: 'OWN_ACCOUNT' }]);

    // Two Beheerders demote each other at the same moment: one of them wins, never both.
    const second = await createUser(server, org, { roles: ['ADMIN'] });
    const [a, b] = await Promise.all([
      gql(
        url,
        CHANGE_ROLE,
        { input: { userId: second.id, role: 'MEMBER', currentPassword: admin.password } },
        { token: admin.token },
      ),
      gql(
        url,
        CHANGE_ROLE,
        { input: { userId: admin.id, role: 'MEMBER', currentPassword: second.password } },
        { token: second.token },
      ),
    ]);
    const outcomes = [a, b].map((r) => (r.data?.changeUserRole.errors.length === 0 ? 'ok' : 'refused'));
    expect(outcomes.sort()).toEqual(['ok', 'refused']);
    const admins = await ownerQuery(
      server.dbUrl,
      "SELECT count(*)::int AS n FROM app_user WHERE organisation_id = $1 AND status = 'ACTIVE' AND 'ADMIN' = ANY(roles)",
      [org.id],
    );
    expect(admins[0].n).toBe(1);
  });

  it('counts at once on the user’s open HTTP session, and closes their socket', async () => {
    const { org, admin } = await organisationWithAdmin();
    const colleague = await createUser(server, org, { roles: ['ADMIN'] });
    // Cached as an ADMIN (the session cache keeps a resolved session for seconds).
    expect((await gql(url, USERS, { first: 1 }, { token: colleague.token })).errors).toBeUndefined();
    const socket = await openSocket(colleague.token);
    const demoted = await gql(
      url,
      CHANGE_ROLE,
      { input: { userId: colleague.id, role: 'MEMBER', currentPassword: admin.password } },
      { token: admin.token },
    );
    expect(demoted.data?.changeUserRole.errors).toEqual([]);
    // The very next request, read and write, has the new role.
    expect(errorCode(await gql(url, USERS, { first: 1 }, { token: colleague.token }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await gql(
          url,
          CHANGE_ROLE,
          { input: { userId: admin.id, role: 'MEMBER', currentPassword: colleague.password } },
          { token: colleague.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(await withinSeconds(socket.closed)).toBe(4403);
  });
});

describe('deactivating and reactivating', () => {
  it('ends the user’s sessions and subscriptions at once; reactivated, they log in again', async () => {
    const { org, admin } = await organisationWithAdmin();
    const member = await createUser(server, org);
    expect((await gql(url, ME, {}, { token: member.token })).data?.me?.email).toBe(member.email);
    const socket = await openSocket(member.token);
    const wrong = await gql(
      url,
      DEACTIVATE,
      { input: { userId: member.id, currentPassword: 'Fout-wachtwoord-9' } },
      { token: admin.token },
    );
    expect(wrong.data?.deactivateUser.errors).toMatchObject([
      { field: 'currentPassword', code: 'WRONG_PASSWORD' },
    ]);
    expect((await gql(url, ME, {}, { token: member.token })).data?.me?.email).toBe(member.email);

    const done = await gql(
      url,
      DEACTIVATE,
      { input: { userId: member.id, currentPassword: admin.password } },
      { token: admin.token },
    );
    expect(done.data?.deactivateUser).toEqual({ errors: [], user: { id: member.id, status: 'DISABLED' } });
    expect((await gql(url, ME, {}, { token: member.token })).data?.me).toBeNull();
    expect(await withinSeconds(socket.closed)).toBe(4403);
    await expect(login(url, member.email)).rejects.toThrow();

    const back = await gql(url, REACTIVATE, { id: member.id }, { token: admin.token });
    expect(back.data?.reactivateUser).toEqual({ errors: [], user: { id: member.id, status: 'ACTIVE' } });
    expect(await login(url, member.email)).toEqual(expect.any(String));
    expect((await outbox(server.dbUrl, member.email)).map((m) => m.template)).toEqual([
      'user-deactivated',
      'user-reactivated',
    ]);
    const reactivated = (await outbox(server.dbUrl, member.email)).at(-1);
    expect(linkIn(reactivated!, 'http://loket.test/login')).toBeTruthy();
    expect(await auditActions(member.id)).toEqual(['user.deactivated', 'user.reactivated']);
  });

  it('an invited user deactivated loses the link; reactivated, a fresh invitation is mailed', async () => {
    const { org, admin } = await organisationWithAdmin();
    const email = `uitgenodigd-${org.id.slice(0, 8)}@test.example`;
    const invited = await gql(
      url,
      INVITE,
      { input: { email, firstName: 'Uit', lastName: 'Genodigd', roles: ['MEMBER'] } },
      { token: admin.token },
    );
    const id = invited.data?.inviteUser.user?.id ?? '';
    const resent = await gql(url, RESEND, { id }, { token: admin.token });
    expect(resent.data?.resendInvitation.status).toBe('INVITED');
    const [, second] = await outbox(server.dbUrl, email);
    const link = linkIn(second!, 'http://loket.test/accept-invitation');
    await gql(
      url,
      DEACTIVATE,
      { input: { userId: id, currentPassword: admin.password } },
      { token: admin.token },
    );
    const ACCEPT = graphql(`
      mutation OrgUsersAccept($input: TokenPasswordInput!) { acceptInvitation(input: $input) { errors { code } } }
    `);
    const refused = await gql(url, ACCEPT, {
      input: { token: tokenOf(link), password: 'Nieuw-wachtwoord-3' },
    });
    expect(refused.data?.acceptInvitation.errors).toEqual([{ code: 'TOKEN_INVALID' }]);

    const back = await gql(url, REACTIVATE, { id }, { token: admin.token });
    expect(back.data?.reactivateUser.user?.status).toBe('INVITED');
    const fresh = (await outbox(server.dbUrl, email)).at(-1);
    expect(fresh?.template).toBe('invitation');
    const accepted = await gql(url, ACCEPT, {
      input: {
        token: tokenOf(linkIn(fresh!, 'http://loket.test/accept-invitation')),
        password: 'Nieuw-wachtwoord-3',
      },
    });
    expect(accepted.data?.acceptInvitation.errors).toEqual([]);
    expect(await auditActions(id)).toEqual([
      'user.invited',
      'user.invitation-resent',
      'user.deactivated',
      'user.reactivated',
      'user.activated',
    ]);
  });
});
