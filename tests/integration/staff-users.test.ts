// The department's staff users through the API (issue 16, decision 0035): the paged list with search and
// filters, inviting (mail with a link, accepted through the users' accept flow), one role of two, the
// helpdesk queues an agent works and the ticket view's 'my queues' filter, deactivating (sessions and
// sockets end at once, login refused, the invitation link dead) and reactivating, resending an invitation,
// the rules (own role, own account, the last active DEPARTMENT_ADMIN also under concurrent requests) and
// the audit rows on the administration's history page.
import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/src/modules/accounts/password.js';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, unique } from '../utils/factories.js';
import { errorCode, gql, login, wsClient } from '../utils/graphql.js';
import { linkIn, outbox, ownerQuery, tokenOf } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;
let departmentAdmin: string;
const sockets: Client[] = [];

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  departmentAdmin = await login(url, 'beheer@zorg.example');
});

afterAll(async () => {
  for (const socket of sockets) await socket.dispose();
});

const STAFF_USERS = graphql(`
  query StaffUsersList($search: String, $role: StaffRole, $status: UserStatus, $first: Int, $after: Cursor) {
    staffUsers(search: $search, role: $role, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id email lastName role status teams { nameNl } queues { code } } }
    }
  }
`);
const STAFF_USER = graphql(`
  query StaffUsersOne($id: ID!) { staffUser(id: $id) { id role status queues { id } } }
`);
const INVITE = graphql(`
  mutation StaffUsersInvite($input: InviteStaffUserInput!) {
    inviteStaffUser(input: $input) { errors { field code message } staffUser { id email role status } }
  }
`);
const ACCEPT = graphql(`
  mutation StaffUsersAccept($input: TokenPasswordInput!) {
    acceptInvitation(input: $input) { token errors { field code } }
  }
`);
const RESEND = graphql(
  `mutation StaffUsersResend($id: ID!) { resendStaffInvitation(userId: $id) { status } }`,
);
const CHANGE_ROLE = graphql(`
  mutation StaffUsersChangeRole($input: ChangeStaffRoleInput!) {
    changeStaffRole(input: $input) { errors { field code message } staffUser { id role } }
  }
`);
const SET_QUEUES = graphql(`
  mutation StaffUsersSetQueues($input: SetStaffQueuesInput!) {
    setStaffQueues(input: $input) { errors { field code message } staffUser { queues { id } } }
  }
`);
const DEACTIVATE = graphql(`
  mutation StaffUsersDeactivate($id: ID!) {
    deactivateStaffUser(userId: $id) { errors { field code message } staffUser { status } }
  }
`);
const REACTIVATE = graphql(`
  mutation StaffUsersReactivate($id: ID!) {
    reactivateStaffUser(userId: $id) { errors { code } staffUser { status } }
  }
`);
const QUEUE_CHOICES = graphql(`query StaffUsersQueues { staffQueueChoices { id code } }`);
const MY_QUEUE_TICKETS = graphql(`
  query StaffUsersMyQueueTickets {
    staffTickets(filter: { myQueues: true, statuses: null }, first: 100) { edges { node { number } } }
    ticketQueueCounts { queue { id } worksHere }
  }
`);
const ME = graphql(`query StaffUsersMe { me { email roles } }`);
const HISTORY = graphql(`
  query StaffUsersHistory {
    adminHistory(kind: STAFF, first: 50) {
      edges { node { action entityType entityId actor { email } changes { field oldValue newValue } } }
    }
  }
`);

let passwordHash: Promise<string> | undefined;

/** An active staff user of the test's own, logged in. */
async function createStaff(
  options: { lastName?: string; firstName?: string; roles?: string[] } = {},
): Promise<{ id: string; email: string; token: string }> {
  const id = randomUUID();
  const email = `staff-${unique()}@zorg.test`;
  passwordHash ??= hashPassword(DEMO_PASSWORD);
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status, password_hash)
     VALUES ($1, NULL, $2, $3, $4, $5, 'ACTIVE', $6)`,
    [
      id,
      email,
      options.firstName ?? 'Staf',
      options.lastName ?? `Lid ${unique()}`,
      options.roles ?? ['AGENT'],
      await passwordHash,
    ],
  );
  return { id, email, token: await login(url, email) };
}

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await ownerQuery(
    server.dbUrl,
    'SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY created_at, id',
    [entityId],
  );
  return rows.map((r: { action: string }) => r.action);
}

/** An open socket of `token`'s session with a query answered, and the code the socket closes with. */
async function openSocket(token: string): Promise<{ closed: Promise<number> }> {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => {
    onClosed = resolve;
  });
  const client = wsClient(server.wsUrl, token, {
    lazy: false,
    onNonLazyError: (event) => onClosed((event as { code: number }).code),
  });
  sockets.push(client);
  await new Promise<void>((resolve) => client.on('connected', () => resolve()));
  client.on('closed', (event) => onClosed((event as { code: number }).code));
  await new Promise<unknown>((resolve, reject) => {
    client.subscribe({ query: ME.toString() }, { next: resolve, error: reject, complete: () => undefined });
  });
  return { closed };
}

function withinSeconds<T>(promise: Promise<T>, seconds = 2): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`not within ${seconds} s`)), seconds * 1000),
    ),
  ]);
}

/**
 * Runs `body` while `keep` are the only active DEPARTMENT_ADMINs of this test's database (the demo's are
 * set aside, as the owner, and put back after).
 */
async function withOnlyAdmins(keep: string[], body: () => Promise<void>): Promise<void> {
  const aside = await ownerQuery<{ id: string }>(
    server.dbUrl,
    `UPDATE app_user SET status = 'DISABLED' WHERE organisation_id IS NULL AND status = 'ACTIVE'
        AND 'DEPARTMENT_ADMIN' = ANY(roles) AND NOT (id = ANY($1)) RETURNING id`,
    [keep],
  );
  try {
    await body();
  } finally {
    await ownerQuery(server.dbUrl, `UPDATE app_user SET status = 'ACTIVE' WHERE id = ANY($1)`, [
      aside.map((r) => r.id),
    ]);
  }
}

describe('the list', () => {
  it('shows staff only, by name, searched by name or email, filtered by role and status, in pages', async () => {
    const tag = unique();
    await createStaff({ lastName: `Aerts${tag}` });
    await createStaff({ lastName: `Baert${tag}`, roles: ['AGENT', 'DEPARTMENT_ADMIN'] });
    const claes = await createStaff({ lastName: `Claes${tag}` });
    await ownerQuery(server.dbUrl, `UPDATE app_user SET status = 'DISABLED' WHERE id = $1`, [claes.id]);
    // An organisation's user with the same name is no staff user.
    await createUser(server, await createOrganisation(server), { lastName: `Aerts${tag}` });

    const first = await gql(url, STAFF_USERS, { search: tag, first: 2 }, { token: departmentAdmin });
    const page1 = first.data?.staffUsers;
    expect(page1?.totalCount).toBe(3);
    expect(page1?.edges.map((e) => [e.node.lastName, e.node.role, e.node.status])).toEqual([
      [`Aerts${tag}`, 'AGENT', 'ACTIVE'],
      [`Baert${tag}`, 'DEPARTMENT_ADMIN', 'ACTIVE'],
    ]);
    const second = await gql(
      url,
      STAFF_USERS,
      { search: tag, first: 2, after: page1?.pageInfo.endCursor },
      { token: departmentAdmin },
    );
    expect(second.data?.staffUsers.edges.map((e) => e.node.lastName)).toEqual([`Claes${tag}`]);
    expect(second.data?.staffUsers.pageInfo.hasNextPage).toBe(false);

    const names = async (variables: Parameters<typeof gql<unknown, object>>[2]) =>
      (
        await gql(url, STAFF_USERS, { search: tag, ...(variables as object) }, { token: departmentAdmin })
      ).data?.staffUsers.edges.map((e) => e.node.lastName);
    expect(await names({ role: 'DEPARTMENT_ADMIN' })).toEqual([`Baert${tag}`]);
    expect(await names({ role: 'AGENT' })).toEqual([`Aerts${tag}`, `Claes${tag}`]);
    expect(await names({ status: 'DISABLED' })).toEqual([`Claes${tag}`]);
    // By email too, and an organisation's user never.
    const byEmail = await gql(
      url,
      STAFF_USERS,
      { search: claes.email.toUpperCase() },
      { token: departmentAdmin },
    );
    expect(byEmail.data?.staffUsers.edges.map((e) => e.node.id)).toEqual([claes.id]);
  });

  it("shows a demo agent's teams (read-only)", async () => {
    const result = await gql(url, STAFF_USERS, { search: 'an.peeters@' }, { token: departmentAdmin });
    expect(result.data?.staffUsers.edges[0]?.node.teams.map((t) => t.nameNl).sort()).toEqual(
      expect.arrayContaining([expect.stringContaining('Erkenning')]),
    );
  });

  it("is the DEPARTMENT_ADMIN's: an AGENT and an organisation's ADMIN are FORBIDDEN; an organisation's user is NOT_FOUND", async () => {
    const agent = await createStaff();
    const org = await createOrganisation(server);
    const admin = await createUser(server, org, { roles: ['ADMIN'] });
    for (const token of [agent.token, admin.token])
      expect(errorCode(await gql(url, STAFF_USERS, {}, { token }))).toBe('FORBIDDEN');
    for (const id of [admin.id, randomUUID(), 'geen-id'])
      expect(errorCode(await gql(url, STAFF_USER, { id }, { token: departmentAdmin }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(url, DEACTIVATE, { id: admin.id }, { token: departmentAdmin }))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('inviting', () => {
  it('mails a link; accepting it activates the account with its role; audited on the history page', async () => {
    const email = `nieuw-${unique()}@zorg.test`;
    const invited = await gql(
      url,
      INVITE,
      { input: { email, firstName: 'Nele', lastName: 'Nieuw', role: 'AGENT', language: 'en' } },
      { token: departmentAdmin },
    );
    const user = invited.data?.inviteStaffUser.staffUser;
    expect(invited.data?.inviteStaffUser.errors).toEqual([]);
    expect(user).toMatchObject({ email, role: 'AGENT', status: 'INVITED' });
    const [mail] = await outbox(server.dbUrl, email);
    expect(mail?.template).toBe('invitation');
    expect(mail?.language).toBe('en');
    expect(mail?.subject).toContain('Departement Zorg');
    const accepted = await gql(url, ACCEPT, {
      input: {
        token: tokenOf(linkIn(mail!, 'http://loket.test/accept-invitation')),
        password: 'Een-goed-wachtwoord-2026',
      },
    });
    const token = accepted.data?.acceptInvitation.token;
    expect(token).toBeTruthy();
    expect((await gql(url, ME, {}, { token })).data?.me).toEqual({ email, roles: ['AGENT'] });
    expect(await auditActions(user!.id)).toEqual(['staff-user.invited', 'user.activated']);
    const history = await gql(url, HISTORY, {}, { token: departmentAdmin });
    expect(history.data?.adminHistory.edges.map((e) => e.node)).toContainEqual({
      action: 'staff-user.invited',
      entityType: 'staff-user',
      entityId: user!.id,
      actor: { email: 'beheer@zorg.example' },
      changes: [
        { field: 'email', oldValue: null, newValue: email },
        { field: 'role', oldValue: null, newValue: 'AGENT' },
      ],
    });
  });

  it('answers every field error at once and saves nothing; a taken address is EMAIL_TAKEN', async () => {
    const before = await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM app_user');
    const bad = await gql(
      url,
      INVITE,
      { input: { email: 'geen-adres', firstName: ' ', lastName: '', role: 'AGENT' } },
      { token: departmentAdmin },
    );
    expect(bad.data?.inviteStaffUser.errors.map((e) => [e.field, e.code])).toEqual([
      ['email', 'INVALID_EMAIL'],
      ['firstName', 'REQUIRED'],
      ['lastName', 'REQUIRED'],
    ]);
    const taken = await gql(
      url,
      INVITE,
      { input: { email: 'AN.PEETERS@zorg.example', firstName: 'A', lastName: 'P', role: 'AGENT' } },
      { token: departmentAdmin },
    );
    expect(taken.data?.inviteStaffUser.errors).toMatchObject([{ field: 'email', code: 'EMAIL_TAKEN' }]);
    expect(await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM app_user')).toEqual(before);
  });

  it('resending mails a new link; the old one stops working', async () => {
    const email = `opnieuw-${unique()}@zorg.test`;
    const invited = await gql(
      url,
      INVITE,
      { input: { email, firstName: 'Olga', lastName: 'Opnieuw', role: 'DEPARTMENT_ADMIN' } },
      { token: departmentAdmin },
    );
    const id = invited.data?.inviteStaffUser.staffUser?.id as string;
    const resent = await gql(url, RESEND, { id }, { token: departmentAdmin });
    expect(resent.data?.resendStaffInvitation.status).toBe('INVITED');
    const [first, second] = await outbox(server.dbUrl, email);
    const link = (m: typeof first) => tokenOf(linkIn(m!, 'http://loket.test/accept-invitation'));
    const old = await gql(url, ACCEPT, {
      input: { token: link(first), password: 'Een-goed-wachtwoord-2026' },
    });
    expect(old.data?.acceptInvitation.errors).toMatchObject([{ code: 'TOKEN_INVALID' }]);
    const fresh = await gql(url, ACCEPT, {
      input: { token: link(second), password: 'Een-goed-wachtwoord-2026' },
    });
    const token = fresh.data?.acceptInvitation.token;
    expect((await gql(url, ME, {}, { token })).data?.me?.roles).toEqual(['AGENT', 'DEPARTMENT_ADMIN']);
    expect(await auditActions(id)).toEqual([
      'staff-user.invited',
      'staff-user.invitation-resent',
      'user.activated',
    ]);
  });
});

describe('roles', () => {
  it('counts at once on the user’s session, audited before/after; not one’s own role', async () => {
    const agent = await createStaff();
    expect((await gql(url, ME, {}, { token: agent.token })).data?.me?.roles).toEqual(['AGENT']);
    const promoted = await gql(
      url,
      CHANGE_ROLE,
      { input: { userId: agent.id, role: 'DEPARTMENT_ADMIN' } },
      { token: departmentAdmin },
    );
    expect(promoted.data?.changeStaffRole).toEqual({
      errors: [],
      staffUser: { id: agent.id, role: 'DEPARTMENT_ADMIN' },
    });
    // Immediately: no 5 s cache in between.
    expect((await gql(url, STAFF_USERS, { first: 1 }, { token: agent.token })).data?.staffUsers).toBeTruthy();
    const own = await gql(
      url,
      CHANGE_ROLE,
      { input: { userId: agent.id, role: 'AGENT' } },
      { token: agent.token },
    );
    expect(own.data?.changeStaffRole.errors).toMatchObject([{ field: 'role', code: 'OWN_ROLES' }]);
    const demoted = await gql(
      url,
      CHANGE_ROLE,
      { input: { userId: agent.id, role: 'AGENT' } },
      { token: departmentAdmin },
    );
    expect(demoted.data?.changeStaffRole.errors).toEqual([]);
    expect(errorCode(await gql(url, STAFF_USERS, {}, { token: agent.token }))).toBe('FORBIDDEN');
    const rows = await ownerQuery(
      server.dbUrl,
      `SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'staff-user.role-changed' ORDER BY created_at`,
      [agent.id],
    );
    expect(rows.map((r: { changes: unknown }) => r.changes)).toEqual([
      [{ field: 'role', old: 'AGENT', new: 'DEPARTMENT_ADMIN' }],
      [{ field: 'role', old: 'DEPARTMENT_ADMIN', new: 'AGENT' }],
    ]);
  });

  it('keeps the last active DEPARTMENT_ADMIN when two demote each other at the same moment', async () => {
    for (let round = 0; round < 3; round++) {
      const a = await createStaff({ roles: ['AGENT', 'DEPARTMENT_ADMIN'] });
      const b = await createStaff({ roles: ['AGENT', 'DEPARTMENT_ADMIN'] });
      await withOnlyAdmins([a.id, b.id], async () => {
        const answers = await Promise.all([
          gql(url, CHANGE_ROLE, { input: { userId: b.id, role: 'AGENT' } }, { token: a.token }),
          gql(url, CHANGE_ROLE, { input: { userId: a.id, role: 'AGENT' } }, { token: b.token }),
        ]);
        const succeeded = answers.filter((r) => r.data?.changeStaffRole.errors.length === 0);
        expect(succeeded).toHaveLength(1);
        for (const refused of answers.filter((r) => !succeeded.includes(r))) {
          const code = errorCode(refused) ?? refused.data?.changeStaffRole.errors[0]?.code;
          expect(['FORBIDDEN', 'LAST_DEPARTMENT_ADMIN']).toContain(code);
        }
        const admins = await ownerQuery(
          server.dbUrl,
          `SELECT count(*)::int AS n FROM app_user WHERE id = ANY($1) AND 'DEPARTMENT_ADMIN' = ANY(roles)`,
          [[a.id, b.id]],
        );
        expect(admins[0].n).toBe(1);
      });
    }
  });

  it('keeps the last active DEPARTMENT_ADMIN when two deactivate each other at the same moment', async () => {
    const a = await createStaff({ roles: ['AGENT', 'DEPARTMENT_ADMIN'] });
    const b = await createStaff({ roles: ['AGENT', 'DEPARTMENT_ADMIN'] });
    await withOnlyAdmins([a.id, b.id], async () => {
      const answers = await Promise.all([
        gql(url, DEACTIVATE, { id: b.id }, { token: a.token }),
        gql(url, DEACTIVATE, { id: a.id }, { token: b.token }),
      ]);
      expect(answers.filter((r) => r.data?.deactivateStaffUser.errors.length === 0)).toHaveLength(1);
      const active = await ownerQuery(
        server.dbUrl,
        `SELECT count(*)::int AS n FROM app_user WHERE id = ANY($1) AND status = 'ACTIVE'`,
        [[a.id, b.id]],
      );
      expect(active[0].n).toBe(1);
    });
  });

  it('lets the last active DEPARTMENT_ADMIN neither demote nor deactivate themselves', async () => {
    const a = await createStaff({ roles: ['AGENT', 'DEPARTMENT_ADMIN'] });
    await withOnlyAdmins([a.id], async () => {
      const demote = await gql(
        url,
        CHANGE_ROLE,
        { input: { userId: a.id, role: 'AGENT' } },
        { token: a.token },
      );
      expect(demote.data?.changeStaffRole.errors).toEqual([
        { field: 'role', code: 'OWN_ROLES', message: 'U kunt uw eigen rol niet wijzigen.' },
      ]);
      const deactivate = await gql(url, DEACTIVATE, { id: a.id }, { token: a.token });
      expect(deactivate.data?.deactivateStaffUser.errors).toMatchObject([
        { field: null, code: 'OWN_ACCOUNT' },
      ]);
      expect((await gql(url, ME, {}, { token: a.token })).data?.me?.roles).toEqual([
        'AGENT',
        'DEPARTMENT_ADMIN',
      ]);
    });
  });
});

describe('helpdesk queues', () => {
  it("are set per user, audited by name, and make the ticket view's 'my queues' filter", async () => {
    const agent = await createStaff();
    const choices = (await gql(url, QUEUE_CHOICES, {}, { token: departmentAdmin })).data?.staffQueueChoices;
    const busiest = await ownerQuery<{ queue_id: string }>(
      server.dbUrl,
      'SELECT queue_id FROM ticket GROUP BY queue_id ORDER BY count(*) DESC LIMIT 1',
    );
    const queueId = busiest[0]!.queue_id;
    expect(choices?.map((q) => q.id)).toContain(queueId);

    const unknown = await gql(
      url,
      SET_QUEUES,
      { input: { userId: agent.id, queueIds: [queueId, randomUUID()] } },
      { token: departmentAdmin },
    );
    expect(unknown.data?.setStaffQueues.errors).toMatchObject([
      { field: 'queueIds', code: 'QUEUE_NOT_FOUND' },
    ]);
    const set = await gql(
      url,
      SET_QUEUES,
      { input: { userId: agent.id, queueIds: [queueId] } },
      { token: departmentAdmin },
    );
    expect(set.data?.setStaffQueues).toEqual({ errors: [], staffUser: { queues: [{ id: queueId }] } });

    const mine = await gql(url, MY_QUEUE_TICKETS, {}, { token: agent.token });
    const expected = await ownerQuery<{ number: string }>(
      server.dbUrl,
      'SELECT number FROM ticket WHERE queue_id = $1 AND merged_into_id IS NULL ORDER BY number',
      [queueId],
    );
    expect(mine.data?.staffTickets.edges.map((e) => e.node.number).sort()).toEqual(
      expected.map((r) => r.number),
    );
    expect(mine.data?.ticketQueueCounts.filter((c) => c.worksHere).map((c) => c.queue.id)).toEqual([queueId]);

    const cleared = await gql(
      url,
      SET_QUEUES,
      { input: { userId: agent.id, queueIds: [] } },
      { token: departmentAdmin },
    );
    expect(cleared.data?.setStaffQueues.staffUser?.queues).toEqual([]);
    const rows = await ownerQuery(
      server.dbUrl,
      `SELECT changes FROM audit_event WHERE entity_id = $1 AND action = 'staff-user.queues-changed' ORDER BY created_at`,
      [agent.id],
    );
    expect(rows).toHaveLength(2);
    expect(rows[1].changes[0]).toMatchObject({ field: 'queues', new: null });
  });
});

describe('deactivating', () => {
  it('ends the sessions and sockets at once, refuses login and the invitation link; reactivating restores', async () => {
    const agent = await createStaff();
    const { closed } = await openSocket(agent.token);
    const deactivated = await gql(url, DEACTIVATE, { id: agent.id }, { token: departmentAdmin });
    expect(deactivated.data?.deactivateStaffUser).toEqual({ errors: [], staffUser: { status: 'DISABLED' } });
    // The very next request is anonymous: no user, and a staff query is UNAUTHENTICATED.
    expect((await gql(url, ME, {}, { token: agent.token })).data?.me).toBeNull();
    expect(errorCode(await gql(url, MY_QUEUE_TICKETS, {}, { token: agent.token }))).toBe('UNAUTHENTICATED');
    expect(await withinSeconds(closed)).toBe(4403);
    await expect(login(url, agent.email)).rejects.toThrow(/INVALID_CREDENTIALS/);
    const [mail] = await outbox(server.dbUrl, agent.email);
    expect(mail?.template).toBe('user-deactivated');

    const again = await gql(url, REACTIVATE, { id: agent.id }, { token: departmentAdmin });
    expect(again.data?.reactivateStaffUser).toEqual({ errors: [], staffUser: { status: 'ACTIVE' } });
    expect(await login(url, agent.email)).toBeTruthy();
    expect(await auditActions(agent.id)).toEqual(['staff-user.deactivated', 'staff-user.reactivated']);
  });

  it('kills an open invitation; reactivating invites again with a fresh link', async () => {
    const email = `weg-${unique()}@zorg.test`;
    const invited = await gql(
      url,
      INVITE,
      { input: { email, firstName: 'Wim', lastName: 'Weg', role: 'AGENT' } },
      { token: departmentAdmin },
    );
    const id = invited.data?.inviteStaffUser.staffUser?.id as string;
    await gql(url, DEACTIVATE, { id }, { token: departmentAdmin });
    const [first] = await outbox(server.dbUrl, email);
    const dead = await gql(url, ACCEPT, {
      input: {
        token: tokenOf(linkIn(first!, 'http://loket.test/accept-invitation')),
        password: 'Een-goed-wachtwoord-2026',
      },
    });
    expect(dead.data?.acceptInvitation.errors).toMatchObject([{ code: 'TOKEN_INVALID' }]);
    const again = await gql(url, REACTIVATE, { id }, { token: departmentAdmin });
    expect(again.data?.reactivateStaffUser.staffUser?.status).toBe('INVITED');
    const invitations = (await outbox(server.dbUrl, email)).filter((m) => m.template === 'invitation');
    expect(invitations).toHaveLength(2);
  });
});
