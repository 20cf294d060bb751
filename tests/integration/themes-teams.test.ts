// The administration of the department's themes and teams over real HTTP against real PostgreSQL (issue 16,
// decision 0034): creating and renaming themes and teams (names unique per language, every error at once in
// the viewer's language, nothing saved), the new theme listed at once on every server instance, team members
// among the staff with the 'Hulp nodig?' flag (which 'Hulp nodig?' and the routing obey), moving a theme
// (new messages only) and its open threads, the audit rows and the history page. Refusals for AGENT and
// tenant roles: here for the reads, and every operation in tests/security/administration-roles.test.ts.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/src/modules/accounts/password.js';
import { DEMO_PASSWORD, DEMO_THEMES } from '../../server/src/seed/demo.js';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, unique } from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { SEND } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let other: TestServer;
let url: string;
let departmentAdmin: string;

beforeAll(async () => {
  server = await startTestServer();
  other = await startTestServer({}, { databaseUrl: server.dbUrl });
  url = server.graphqlUrl;
  departmentAdmin = await login(url, 'beheer@zorg.example');
});

const CREATE_THEME = graphql(`
  mutation ThemesTeamsCreateTheme($input: CreateThemeInput!) {
    createTheme(input: $input) {
      errors { field code message }
      theme { id code nameNl nameEn name team { id } }
    }
  }
`);
const UPDATE_THEME = graphql(`
  mutation ThemesTeamsUpdateTheme($input: UpdateThemeInput!) {
    updateTheme(input: $input) { errors { field code } theme { id nameNl nameEn } }
  }
`);
const MOVE_THEME = graphql(`
  mutation ThemesTeamsMoveTheme($themeId: ID!, $teamId: ID!) {
    moveTheme(themeId: $themeId, teamId: $teamId) { errors { field code } theme { team { id } } }
  }
`);
const MOVE_THREADS = graphql(`
  mutation ThemesTeamsMoveThreads($themeId: ID!) { moveOpenThreads(themeId: $themeId) { moved } }
`);
const ADMIN_THEME = graphql(`
  query ThemesTeamsAdminTheme($themeId: ID!) {
    adminTheme(themeId: $themeId) { id openThreadsElsewhere team { id } }
  }
`);
const ADMIN_THEMES = graphql(`
  query ThemesTeamsAdminThemes($first: Int, $after: Cursor) {
    adminThemes(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id code } }
    }
  }
`);
const THEMES = graphql(`query ThemesTeamsThemes { themes { id name } }`);
const CREATE_TEAM = graphql(`
  mutation ThemesTeamsCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) { errors { field code message } team { id nameNl nameEn email } }
  }
`);
const UPDATE_TEAM = graphql(`
  mutation ThemesTeamsUpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) { errors { field code } team { id nameNl nameEn email } }
  }
`);
const ADD_MEMBER = graphql(`
  mutation ThemesTeamsAddMember($input: TeamMemberInput!) {
    addTeamMember(input: $input) { errors { field code } team { id } }
  }
`);
const REMOVE_MEMBER = graphql(`
  mutation ThemesTeamsRemoveMember($input: TeamMemberInput!) {
    removeTeamMember(input: $input) { errors { field code } team { id } }
  }
`);
const SET_HELP = graphql(`
  mutation ThemesTeamsSetHelp($input: SetTeamMemberHelpInput!) {
    setTeamMemberHelp(input: $input) { errors { field code } team { id } }
  }
`);
const ADMIN_TEAM = graphql(`
  query ThemesTeamsAdminTeam($teamId: ID!) {
    adminTeam(teamId: $teamId) {
      id
      members { offeredInHelp user { id } }
      memberCandidates { id }
    }
  }
`);
const HELP_TEAMS = graphql(`
  query ThemesTeamsHelp { teams { id handlers { id } helpHandlers { id } } }
`);
const HISTORY = graphql(`
  query ThemesTeamsHistory($kind: AdminHistoryKind, $first: Int) {
    adminHistory(kind: $kind, first: $first) {
      edges { node { action entityType entityId actor { email } changes { field oldValue newValue } } }
    }
  }
`);

const [TEAM_A, TEAM_B] = [DEMO_THEMES[0]?.teamId, DEMO_THEMES[1]?.teamId] as [string, string];

/** A theme of the test's own (names and code unique), on `teamId`. */
async function newTheme(teamId = TEAM_A) {
  const suffix = unique();
  const created = await gql(
    url,
    CREATE_THEME,
    {
      input: {
        code: `T${suffix.replace(/[^0-9a-f]/g, '').slice(0, 6)}`.toUpperCase(),
        nameNl: `Thema ${suffix}`,
        nameEn: `Theme ${suffix}`,
        teamId,
      },
    },
    { token: departmentAdmin },
  );
  const theme = created.data?.createTheme.theme;
  if (!theme) throw new Error(JSON.stringify(created));
  return theme;
}

async function newTeam() {
  const suffix = unique();
  const created = await gql(
    url,
    CREATE_TEAM,
    { input: { nameNl: `Team ${suffix}`, nameEn: `${suffix} team` } },
    { token: departmentAdmin },
  );
  const team = created.data?.createTeam.team;
  if (!team) throw new Error(JSON.stringify(created));
  return team;
}

/** An active staff user (AGENT), written as the owner. */
async function newStaffUser(firstName = 'Sam') {
  const id = randomUUID();
  const email = `staff-${unique()}@zorg.example`;
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status, password_hash)
     VALUES ($1, NULL, $2, $3, 'Staf', ARRAY['AGENT'], 'ACTIVE', $4)`,
    [id, email, firstName, await hashPassword(DEMO_PASSWORD)],
  );
  return { id, email, name: `${firstName} Staf` };
}

const auditOf = (entityId: string) =>
  ownerQuery(
    server.dbUrl,
    `SELECT action, entity_type, actor_user_id IS NOT NULL AS by_someone, changes
       FROM audit_event WHERE entity_id = $1 ORDER BY created_at, id`,
    [entityId],
  );

describe('themes', () => {
  it('reports every error at once in the viewer language and saves nothing', async () => {
    const before = await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM theme');
    const bad = await gql(
      url,
      CREATE_THEME,
      { input: { code: 'x', nameNl: '  ', nameEn: 'a'.repeat(101), teamId: 'not-a-team' } },
      { token: departmentAdmin },
    );
    expect(bad.data?.createTheme.theme).toBeNull();
    expect(bad.data?.createTheme.errors.map((e) => [e.field, e.code])).toEqual([
      ['code', 'THEME_CODE_INVALID'],
      ['nameNl', 'REQUIRED'],
      ['nameEn', 'TOO_LONG'],
      ['teamId', 'TEAM_NOT_FOUND'],
    ]);
    // In the viewer's language (the account's: Dutch).
    expect(bad.data?.createTheme.errors[0]?.message).toContain('Geef een code van 2 tot 10 hoofdletters');

    // Names are unique per language, whatever the case; codes are unique.
    const taken = await gql(
      url,
      CREATE_THEME,
      { input: { code: 'erk', nameNl: 'ERKENNING', nameEn: 'recognition', teamId: TEAM_A } },
      { token: departmentAdmin },
    );
    expect(taken.data?.createTheme.errors).toEqual([
      {
        field: 'nameNl',
        code: 'THEME_NAME_TAKEN',
        message: 'Een ander thema heeft deze naam al. Kies een andere naam.',
      },
      {
        field: 'nameEn',
        code: 'THEME_NAME_TAKEN',
        message: 'Een ander thema heeft deze naam al. Kies een andere naam.',
      },
      { field: 'code', code: 'THEME_CODE_TAKEN', message: 'Een ander thema heeft deze code al.' },
    ]);
    expect(await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM theme')).toEqual(before);
  });

  it('creates a theme that every server instance lists at once, audited, and renames it', async () => {
    const organisation = await createOrganisation(server);
    const member = await createUser(server, organisation);
    // Both instances have the themes cached before the change.
    for (const on of [server, other])
      expect((await gql(on.graphqlUrl, THEMES, {}, { token: member.token })).data?.themes.length).toBe(
        (await ownerQuery(server.dbUrl, 'SELECT count(*)::int AS n FROM theme'))[0].n,
      );

    const theme = await newTheme();
    expect(theme.team.id).toBe(TEAM_A);
    for (const on of [server, other]) {
      const listed = async () =>
        (await gql(on.graphqlUrl, THEMES, {}, { token: member.token })).data?.themes.some(
          (t) => t.id === theme.id && t.name === theme.nameNl,
        );
      await within(2000, listed);
    }

    const clash = await gql(
      url,
      UPDATE_THEME,
      { input: { themeId: theme.id, nameNl: 'subsidies', nameEn: theme.nameEn } },
      { token: departmentAdmin },
    );
    expect(clash.data?.updateTheme.errors).toEqual([{ field: 'nameNl', code: 'THEME_NAME_TAKEN' }]);
    const renamed = await gql(
      url,
      UPDATE_THEME,
      { input: { themeId: theme.id, nameNl: `${theme.nameNl} bis`, nameEn: theme.nameEn } },
      { token: departmentAdmin },
    );
    expect(renamed.data?.updateTheme).toEqual({
      errors: [],
      theme: { id: theme.id, nameNl: `${theme.nameNl} bis`, nameEn: theme.nameEn },
    });
    for (const on of [server, other])
      await within(2000, async () =>
        Boolean(
          (await gql(on.graphqlUrl, THEMES, {}, { token: member.token })).data?.themes.some(
            (t) => t.name === `${theme.nameNl} bis`,
          ),
        ),
      );

    expect(await auditOf(theme.id)).toEqual([
      {
        action: 'theme.created',
        entity_type: 'theme',
        by_someone: true,
        changes: [
          { field: 'code', old: null, new: theme.code },
          { field: 'nameNl', old: null, new: theme.nameNl },
          { field: 'nameEn', old: null, new: theme.nameEn },
          { field: 'team', old: null, new: 'Team Erkenning' },
        ],
      },
      {
        action: 'theme.renamed',
        entity_type: 'theme',
        by_someone: true,
        changes: [{ field: 'nameNl', old: theme.nameNl, new: `${theme.nameNl} bis` }],
      },
    ]);
    const history = await gql(url, HISTORY, { kind: 'THEME', first: 1 }, { token: departmentAdmin });
    expect(history.data?.adminHistory.edges[0]?.node).toMatchObject({
      action: 'theme.renamed',
      entityId: theme.id,
      actor: { email: 'beheer@zorg.example' },
    });
  });

  it('pages the admin list in display order', async () => {
    await newTheme();
    const first = await gql(url, ADMIN_THEMES, { first: 2 }, { token: departmentAdmin });
    const page = first.data?.adminThemes;
    expect(page?.edges.map((e) => e.node.code)).toEqual(['ERK', 'SUB']);
    expect(page?.pageInfo.hasNextPage).toBe(true);
    const total = page?.totalCount ?? 0;
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const next: Awaited<ReturnType<typeof adminThemesPage>> = await adminThemesPage(after);
      seen.push(...(next?.edges.map((e) => e.node.id) ?? []));
      if (!next?.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(total);
    const bad = await gql(url, ADMIN_THEMES, { first: 2, after: 'nonsense' }, { token: departmentAdmin });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });
});

async function adminThemesPage(after: string | null | undefined) {
  return (await gql(url, ADMIN_THEMES, { first: 2, after }, { token: departmentAdmin })).data?.adminThemes;
}

describe('teams and their members', () => {
  it('validates names and address, and audits creation and renaming', async () => {
    const bad = await gql(
      url,
      CREATE_TEAM,
      { input: { nameNl: 'team erkenning', nameEn: '', email: 'geen-adres' } },
      { token: departmentAdmin },
    );
    expect(bad.data?.createTeam.errors.map((e) => [e.field, e.code])).toEqual([
      ['nameEn', 'REQUIRED'],
      ['email', 'INVALID_EMAIL'],
    ]);
    const taken = await gql(
      url,
      CREATE_TEAM,
      { input: { nameNl: 'team erkenning', nameEn: `Other ${unique()}` } },
      { token: departmentAdmin },
    );
    expect(taken.data?.createTeam.errors.map((e) => [e.field, e.code])).toEqual([
      ['nameNl', 'TEAM_NAME_TAKEN'],
    ]);

    const team = await newTeam();
    const email = `team-${unique()}@zorg.example`;
    const updated = await gql(
      url,
      UPDATE_TEAM,
      { input: { teamId: team.id, nameNl: team.nameNl, nameEn: `${team.nameEn} renamed`, email } },
      { token: departmentAdmin },
    );
    expect(updated.data?.updateTeam.team).toEqual({
      id: team.id,
      nameNl: team.nameNl,
      nameEn: `${team.nameEn} renamed`,
      email,
    });
    const unknown = await gql(
      url,
      UPDATE_TEAM,
      { input: { teamId: randomUUID(), nameNl: 'X', nameEn: 'Y' } },
      { token: departmentAdmin },
    );
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect(await auditOf(team.id)).toEqual([
      {
        action: 'team.created',
        entity_type: 'team',
        by_someone: true,
        changes: [
          { field: 'nameNl', old: null, new: team.nameNl },
          { field: 'nameEn', old: null, new: team.nameEn },
        ],
      },
      {
        action: 'team.renamed',
        entity_type: 'team',
        by_someone: true,
        changes: [
          { field: 'nameEn', old: team.nameEn, new: `${team.nameEn} renamed` },
          { field: 'email', old: null, new: email },
        ],
      },
    ]);
  });

  it("adds staff only, offers them in 'Hulp nodig?' as chosen, and routes to offered handlers only", async () => {
    const team = await newTeam();
    const theme = await newTheme(team.id);
    const organisation = await createOrganisation(server);
    await ownerQuery(
      server.dbUrl,
      'INSERT INTO organisation_theme (organisation_id, theme_id) VALUES ($1, $2)',
      [organisation.id, theme.id],
    );
    const tenant = await createUser(server, organisation, { roles: ['ADMIN'] });
    const [offered, hidden] = [await newStaffUser('Olga'), await newStaffUser('Hugo')];

    const candidates = await gql(url, ADMIN_TEAM, { teamId: team.id }, { token: departmentAdmin });
    const candidateIds = candidates.data?.adminTeam.memberCandidates.map((u) => u.id);
    expect(candidateIds).toEqual(expect.arrayContaining([offered.id, hidden.id]));
    expect(candidateIds).not.toContain(tenant.id);

    const add = (userId: string, offeredInHelp?: boolean) =>
      gql(url, ADD_MEMBER, { input: { teamId: team.id, userId, offeredInHelp } }, { token: departmentAdmin });
    expect((await add(tenant.id)).data?.addTeamMember.errors).toEqual([
      { field: 'userId', code: 'STAFF_USER_NOT_FOUND' },
    ]);
    expect((await add('not-an-id')).data?.addTeamMember.errors).toEqual([
      { field: 'userId', code: 'STAFF_USER_NOT_FOUND' },
    ]);
    expect((await add(offered.id)).data?.addTeamMember.errors).toEqual([]);
    expect((await add(offered.id)).data?.addTeamMember.errors).toEqual([
      { field: 'userId', code: 'ALREADY_TEAM_MEMBER' },
    ]);
    expect((await add(hidden.id, false)).data?.addTeamMember.errors).toEqual([]);

    const members = await gql(url, ADMIN_TEAM, { teamId: team.id }, { token: departmentAdmin });
    expect(members.data?.adminTeam.members).toEqual([
      { offeredInHelp: false, user: { id: hidden.id } },
      { offeredInHelp: true, user: { id: offered.id } },
    ]);
    const helpOf = async () =>
      (await gql(url, HELP_TEAMS, {}, { token: tenant.token })).data?.teams.find((t) => t.id === team.id);
    expect(await helpOf()).toEqual({
      id: team.id,
      handlers: [{ id: hidden.id }, { id: offered.id }],
      helpHandlers: [{ id: offered.id }],
    });

    const send = (handlerId: string) =>
      gql(
        url,
        SEND,
        {
          input: {
            clientKey: randomUUID(),
            themeId: theme.id,
            title: 'Vraag',
            body: 'Vraag aan een dossierbehandelaar',
            handlerId,
            contacts: {
              add: [
                { email: `c-${unique()}@test.example`, firstName: 'Cas', lastName: 'C', standard: false },
              ],
            },
          },
        },
        { token: tenant.token },
      );
    expect((await send(hidden.id)).data?.sendMessage.errors).toEqual([
      expect.objectContaining({ field: 'handlerId', code: 'HANDLER_NOT_FOUND' }),
    ]);
    expect((await send(offered.id)).data?.sendMessage.errors).toEqual([]);

    // Switched: the other way round.
    for (const [user, on] of [
      [offered, false],
      [hidden, true],
    ] as const)
      expect(
        (
          await gql(
            url,
            SET_HELP,
            { input: { teamId: team.id, userId: user.id, offeredInHelp: on } },
            { token: departmentAdmin },
          )
        ).data?.setTeamMemberHelp.errors,
      ).toEqual([]);
    expect((await helpOf())?.helpHandlers).toEqual([{ id: hidden.id }]);

    expect(
      (
        await gql(
          url,
          REMOVE_MEMBER,
          { input: { teamId: team.id, userId: hidden.id } },
          { token: departmentAdmin },
        )
      ).data?.removeTeamMember.errors,
    ).toEqual([]);
    expect(
      (
        await gql(
          url,
          REMOVE_MEMBER,
          { input: { teamId: team.id, userId: hidden.id } },
          { token: departmentAdmin },
        )
      ).data?.removeTeamMember.errors,
    ).toEqual([{ field: 'userId', code: 'NOT_TEAM_MEMBER' }]);
    expect(await helpOf()).toEqual({ id: team.id, handlers: [{ id: offered.id }], helpHandlers: [] });

    const audit = (await auditOf(team.id)).map((row) => [row.action, row.changes]);
    expect(audit.slice(1)).toEqual([
      [
        'team.member-added',
        [
          { field: 'member', old: null, new: offered.name },
          { field: 'offeredInHelp', old: null, new: 'true' },
        ],
      ],
      [
        'team.member-added',
        [
          { field: 'member', old: null, new: hidden.name },
          { field: 'offeredInHelp', old: null, new: 'false' },
        ],
      ],
      [
        'team.member-help-changed',
        [
          { field: 'member', old: offered.name, new: offered.name },
          { field: 'offeredInHelp', old: 'true', new: 'false' },
        ],
      ],
      [
        'team.member-help-changed',
        [
          { field: 'member', old: hidden.name, new: hidden.name },
          { field: 'offeredInHelp', old: 'false', new: 'true' },
        ],
      ],
      ['team.member-removed', [{ field: 'member', old: hidden.name, new: null }]],
    ]);
    const history = await gql(url, HISTORY, { kind: 'TEAM', first: 1 }, { token: departmentAdmin });
    expect(history.data?.adminHistory.edges[0]?.node).toMatchObject({
      action: 'team.member-removed',
      entityType: 'team',
      entityId: team.id,
    });
  });

  it('refuses the administration reads to an AGENT and to tenant roles', async () => {
    const organisation = await createOrganisation(server);
    const tenantAdmin = await createUser(server, organisation, { roles: ['ADMIN'] });
    const agent = await login(url, 'an.peeters@zorg.example');
    for (const token of [agent, tenantAdmin.token]) {
      expect(errorCode(await gql(url, ADMIN_TEAM, { teamId: TEAM_A }, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, ADMIN_THEMES, {}, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, ADMIN_THEME, { themeId: DEMO_THEMES[0]?.id ?? '' }, { token }))).toBe(
        'FORBIDDEN',
      );
      const members = await gql(url, `{ teams { id members { offeredInHelp } } }`, {}, { token });
      expect(errorCode(members)).toBe('FORBIDDEN');
    }
  });
});

describe('moving a theme to another team', () => {
  it('routes new messages to the new team; existing threads keep theirs until moved explicitly', async () => {
    const theme = await newTheme(TEAM_A);
    const organisation = await createOrganisation(server);
    await ownerQuery(
      server.dbUrl,
      'INSERT INTO organisation_theme (organisation_id, theme_id) VALUES ($1, $2)',
      [organisation.id, theme.id],
    );
    const member = await createUser(server, organisation, { roles: ['ADMIN'] });
    const send = async (title: string) => {
      const sent = await gql(
        url,
        SEND,
        {
          input: {
            clientKey: randomUUID(),
            themeId: theme.id,
            title,
            body: 'Vraag',
            contacts: {
              add: [
                { email: `c-${unique()}@test.example`, firstName: 'Cas', lastName: 'C', standard: false },
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
    const elsewhere = async () =>
      (await gql(url, ADMIN_THEME, { themeId: theme.id }, { token: departmentAdmin })).data?.adminTheme
        .openThreadsElsewhere;

    const before = await send('Voor de verhuis');
    expect(await teamOf(before)).toBe(TEAM_A);
    expect(await elsewhere()).toBe(0);
    const moved = await gql(
      url,
      MOVE_THEME,
      { themeId: theme.id, teamId: TEAM_B },
      { token: departmentAdmin },
    );
    expect(moved.data?.moveTheme).toEqual({ errors: [], theme: { team: { id: TEAM_B } } });

    const after = await send('Na de verhuis');
    expect(await teamOf(after)).toBe(TEAM_B);
    expect(await teamOf(before)).toBe(TEAM_A);
    expect(await elsewhere()).toBe(1);

    const threads = await gql(url, MOVE_THREADS, { themeId: theme.id }, { token: departmentAdmin });
    expect(threads.data?.moveOpenThreads.moved).toBe(1);
    expect(await teamOf(before)).toBe(TEAM_B);
    expect(await elsewhere()).toBe(0);

    const audit = (await auditOf(theme.id)).map((row) => [row.action, row.changes]);
    expect(audit.slice(1)).toEqual([
      ['theme.moved', [{ field: 'team', old: 'Team Erkenning', new: 'Team Subsidies' }]],
      ['theme.open-threads-moved', [{ field: 'threads', old: null, new: '1' }]],
    ]);
  });
});

async function within(ms: number, probe: () => Promise<boolean | undefined>): Promise<void> {
  const start = Date.now();
  while (!(await probe())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
