// Every administration operation (issue 16) is the DEPARTMENT_ADMIN's: an AGENT and every tenant role get
// FORBIDDEN, an anonymous caller UNAUTHENTICATED, and none of them changes anything.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_THEMES, DEMO_USERS } from '../../server/src/seed/demo.js';
import { createOrganisation, createUser, unique } from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let target: string;
const callers: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = await startTestServer();
  const own = await createOrganisation(server);
  const other = await createOrganisation(server);
  target = other.id;
  const [admin, memberPlus, member] = await Promise.all([
    createUser(server, own, { roles: ['ADMIN'] }),
    createUser(server, own, { roles: ['MEMBER', 'MEMBER_PLUS'] }),
    createUser(server, own),
  ]);
  // The target's own ADMIN too: the department's administration is not the organisation's.
  const targetAdmin = await createUser(server, other, { roles: ['ADMIN'] });
  Object.assign(callers, {
    AGENT: await login(server.graphqlUrl, 'an.peeters@zorg.example'),
    ADMIN: admin.token,
    'ADMIN of the target': targetAdmin.token,
    MEMBER_PLUS: memberPlus.token,
    MEMBER: member.token,
    anonymous: undefined,
  });
});

/** Team Erkenning, with An Peeters as a member; Chloé Maes is staff outside it. */
const TEAM = DEMO_THEMES[0]?.teamId;
const TEAM_MEMBER = DEMO_USERS.find((u) => u.email === 'an.peeters@zorg.example')?.id;
const STAFF_OUTSIDE_TEAM = DEMO_USERS.find((u) => u.email === 'chloe.maes@zorg.example')?.id;
/** A demo agent's id (an.peeters): the staff users' operations aim at them. */
function staffTarget(): string {
  const agent = DEMO_USERS.find((u) => u.email === 'an.peeters@zorg.example');
  if (!agent) throw new Error('no demo agent');
  return agent.id;
}

/** Each administration operation, as a document and its variables (built per call: fresh names). */
const OPERATIONS: Record<string, () => [string, Record<string, unknown>]> = {
  createOrganisation: () => [
    'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { errors { code } } }',
    {
      i: {
        name: `Indringer ${unique()}`,
        recognitionNumber: `X-${unique()}`,
        themeIds: [DEMO_THEMES[0]?.id],
      },
    },
  ],
  deactivateOrganisation: () => [
    'mutation($id: ID!) { deactivateOrganisation(id: $id) { id } }',
    { id: target },
  ],
  reactivateOrganisation: () => [
    'mutation($id: ID!) { reactivateOrganisation(id: $id) { id } }',
    { id: target },
  ],
  inviteOrganisationAdmin: () => [
    'mutation($i: InviteOrganisationAdminInput!) { inviteOrganisationAdmin(input: $i) { errors { code } } }',
    { i: { organisationId: target, email: `x-${unique()}@test.example`, firstName: 'X', lastName: 'Y' } },
  ],
  adminHistory: () => ['{ adminHistory { totalCount } }', {}],
  moveTheme: () => [
    'mutation($t: ID!, $team: ID!) { moveTheme(themeId: $t, teamId: $team) { errors { code } } }',
    { t: DEMO_THEMES[0]?.id, team: DEMO_THEMES[1]?.teamId },
  ],
  moveOpenThreads: () => [
    'mutation($t: ID!) { moveOpenThreads(themeId: $t) { moved } }',
    { t: DEMO_THEMES[0]?.id },
  ],
  adminThemes: () => ['{ adminThemes { totalCount } }', {}],
  adminTheme: () => ['query($t: ID!) { adminTheme(themeId: $t) { id } }', { t: DEMO_THEMES[0]?.id }],
  createTheme: () => [
    'mutation($i: CreateThemeInput!) { createTheme(input: $i) { errors { code } } }',
    { i: { code: 'INDR', nameNl: `Indringer ${unique()}`, nameEn: `Intruder ${unique()}`, teamId: TEAM } },
  ],
  updateTheme: () => [
    'mutation($i: UpdateThemeInput!) { updateTheme(input: $i) { errors { code } } }',
    { i: { themeId: DEMO_THEMES[0]?.id, nameNl: `Indringer ${unique()}`, nameEn: 'Intruder' } },
  ],
  adminTeams: () => ['{ adminTeams { totalCount } }', {}],
  adminTeam: () => ['query($t: ID!) { adminTeam(teamId: $t) { id } }', { t: TEAM }],
  'Team.members': () => ['{ teams { members { offeredInHelp } } }', {}],
  'Team.memberCandidates': () => ['{ teams { memberCandidates { id } } }', {}],
  'Theme.openThreadsElsewhere': () => ['{ themes { openThreadsElsewhere } }', {}],
  createTeam: () => [
    'mutation($i: CreateTeamInput!) { createTeam(input: $i) { errors { code } } }',
    { i: { nameNl: `Indringer ${unique()}`, nameEn: `Intruder ${unique()}` } },
  ],
  updateTeam: () => [
    'mutation($i: UpdateTeamInput!) { updateTeam(input: $i) { errors { code } } }',
    { i: { teamId: TEAM, nameNl: `Indringer ${unique()}`, nameEn: 'Intruder' } },
  ],
  addTeamMember: () => [
    'mutation($i: TeamMemberInput!) { addTeamMember(input: $i) { errors { code } } }',
    { i: { teamId: TEAM, userId: STAFF_OUTSIDE_TEAM } },
  ],
  removeTeamMember: () => [
    'mutation($i: TeamMemberInput!) { removeTeamMember(input: $i) { errors { code } } }',
    { i: { teamId: TEAM, userId: TEAM_MEMBER } },
  ],
  setTeamMemberHelp: () => [
    'mutation($i: SetTeamMemberHelpInput!) { setTeamMemberHelp(input: $i) { errors { code } } }',
    { i: { teamId: TEAM, userId: TEAM_MEMBER, offeredInHelp: false } },
  ],
  // Staff users (decision 0035): the target is a demo agent.
  staffUsers: () => ['{ staffUsers { totalCount } }', {}],
  staffUser: () => ['query($id: ID!) { staffUser(id: $id) { id } }', { id: staffTarget() }],
  staffQueueChoices: () => ['{ staffQueueChoices { id } }', {}],
  inviteStaffUser: () => [
    'mutation($i: InviteStaffUserInput!) { inviteStaffUser(input: $i) { errors { code } } }',
    { i: { email: `x-${unique()}@test.example`, firstName: 'X', lastName: 'Y', role: 'DEPARTMENT_ADMIN' } },
  ],
  resendStaffInvitation: () => [
    'mutation($id: ID!) { resendStaffInvitation(userId: $id) { id } }',
    { id: staffTarget() },
  ],
  changeStaffRole: () => [
    'mutation($i: ChangeStaffRoleInput!) { changeStaffRole(input: $i) { errors { code } } }',
    { i: { userId: staffTarget(), role: 'DEPARTMENT_ADMIN' } },
  ],
  setStaffQueues: () => [
    'mutation($i: SetStaffQueuesInput!) { setStaffQueues(input: $i) { errors { code } } }',
    { i: { userId: staffTarget(), queueIds: [] } },
  ],
  deactivateStaffUser: () => [
    'mutation($id: ID!) { deactivateStaffUser(userId: $id) { errors { code } } }',
    { id: staffTarget() },
  ],
  reactivateStaffUser: () => [
    'mutation($id: ID!) { reactivateStaffUser(userId: $id) { errors { code } } }',
    { id: staffTarget() },
  ],
  'updateOrganisation (numbers and themes)': () => [
    'mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { errors { code } } }',
    { i: { id: target, recognitionNumber: `X-${unique()}`, themeIds: [DEMO_THEMES[1]?.id] } },
  ],
};

describe('administration operations refused to everyone but a DEPARTMENT_ADMIN', () => {
  for (const [operation, build] of Object.entries(OPERATIONS)) {
    it(`${operation}: FORBIDDEN for AGENT and tenant roles, UNAUTHENTICATED anonymously, nothing changed`, async () => {
      const before = await snapshot();
      for (const [caller, token] of Object.entries(callers)) {
        const [query, variables] = build();
        const result = await gql(server.graphqlUrl, query, variables, { token });
        const expected = expectedCode(operation, caller, token);
        expect({ caller, code: errorCode(result) }).toEqual({ caller, code: expected });
      }
      expect(await snapshot()).toEqual(before);
    });
  }

  it('an unknown organisation is NOT_FOUND for a DEPARTMENT_ADMIN, never a server error', async () => {
    const departmentAdmin = await login(server.graphqlUrl, 'beheer@zorg.example');
    for (const id of [randomUUID(), 'not-an-id']) {
      const result = await gql(
        server.graphqlUrl,
        OPERATIONS.deactivateOrganisation!()[0],
        { id },
        { token: departmentAdmin },
      );
      expect(errorCode(result)).toBe('NOT_FOUND');
    }
  });
});

/**
 * Anonymous: UNAUTHENTICATED. An ADMIN of another organisation may edit organisations (its own), so the
 * target is NOT_FOUND to it (the conventions); every other caller lacks the role: FORBIDDEN.
 */
function expectedCode(operation: string, caller: string, token: string | undefined): string {
  if (token === undefined) return 'UNAUTHENTICATED';
  if (operation.startsWith('updateOrganisation') && caller === 'ADMIN') return 'NOT_FOUND';
  return 'FORBIDDEN';
}

async function snapshot() {
  return ownerQuery(
    server.dbUrl,
    `SELECT (SELECT count(*) FROM organisation)::int AS organisations,
            (SELECT count(*) FROM app_user)::int AS users,
            (SELECT count(*) FROM audit_event)::int AS audit,
            (SELECT deactivated_at FROM organisation WHERE id = $1) AS deactivated,
            (SELECT recognition_number FROM organisation WHERE id = $1) AS recognition,
            (SELECT string_agg(team_id::text, ',' ORDER BY id) FROM theme) AS theme_teams,
            (SELECT string_agg(name_nl, ',' ORDER BY id) FROM theme) AS theme_names,
            (SELECT string_agg(name_nl || coalesce(email, ''), ',' ORDER BY id) FROM team) AS teams,
            (SELECT string_agg(team_id::text || user_id::text || offered_in_help::text, ',' ORDER BY team_id, user_id)
               FROM team_member) AS team_members,
            (SELECT string_agg(team_id::text, ',' ORDER BY id) FROM message_thread) AS thread_teams,
            (SELECT string_agg(id::text || roles::text || status, ',' ORDER BY id) FROM app_user
              WHERE organisation_id IS NULL) AS staff,
            (SELECT count(*) FROM staff_queue_member)::int AS queue_members,
            (SELECT count(*) FROM user_session WHERE revoked_at IS NOT NULL)::int AS revoked`,
    [target],
  );
}
