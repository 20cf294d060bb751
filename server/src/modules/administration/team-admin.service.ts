// The department's teams (DEPARTMENT_ADMIN, issue 16): the paged list, creating one and renaming it (nl and
// en names unique, an optional team address), its members (handlers, among the staff users) and whether
// each is offered in 'Hulp nodig?'. Every change is audited as a change of the team, members by name.
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { nullOnUniqueViolation } from '../../db/savepoint.js';
import { failed, notFound, ok, type Result } from '../../domain/errors.js';
import { FieldErrors, isUuid } from '../../domain/validate.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetOrderAndLimit,
  keysetPage,
  type PageArgs,
} from '../../lists/keyset.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FieldChange } from '../audit/audit-event.entity.js';
import { departmentCache } from '../department/department.cache.js';
import { TeamEntity } from '../department/team.entity.js';
import { requireDepartmentAdmin } from './organisation-admin.service.js';
import { DEPARTMENT_NAME_MAX, takenNames } from './theme-admin.service.js';

const TEAM_ORDER: KeysetOrder = {
  key: [
    ['t.name_nl', 'text'],
    ['t.id', 'uuid'],
  ],
  descending: false,
};

/** The teams by Dutch name (then id), a page at a time. */
export async function adminTeams(ctx: Ctx, args: PageArgs): Promise<Connection<TeamEntity>> {
  requireDepartmentAdmin(ctx);
  const page = keysetPage(args, TEAM_ORDER);
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const after = keysetCondition(page, param);
  const em = await ctx.tx.manager();
  const rows = await queryRows<TeamEntity>(
    em,
    `SELECT t.id, t.name_nl AS "nameNl", t.name_en AS "nameEn", t.email, t.created_at AS "createdAt"
       FROM team t ${after ? `WHERE ${after}` : ''} ${keysetOrderAndLimit(page)}`,
    params,
  );
  const [count] = await queryRows<{ n: number }>(em, 'SELECT count(*)::int AS n FROM team');
  return keysetConnection(rows, page, (r) => [r.nameNl, r.id], count?.n ?? 0);
}

async function findTeam(ctx: Ctx, teamId: string): Promise<TeamEntity> {
  const team = isUuid(teamId) ? await ctx.loaders.team.load(teamId) : null;
  if (!team) throw notFound('team');
  return team;
}

/** One team for the administration; an unknown or malformed id is NOT_FOUND. */
export async function adminTeam(ctx: Ctx, teamId: string): Promise<TeamEntity> {
  requireDepartmentAdmin(ctx);
  return findTeam(ctx, teamId);
}

export interface TeamInput {
  nameNl: string;
  nameEn: string;
  email?: string | null;
}

function checkTeam(errors: FieldErrors, input: TeamInput) {
  return {
    nameNl: errors.required('nameNl', input.nameNl, DEPARTMENT_NAME_MAX),
    nameEn: errors.required('nameEn', input.nameEn, DEPARTMENT_NAME_MAX),
    email: errors.email('email', input.email, { required: false }),
  };
}

/** A new team without members; every error reported, nothing saved on one. */
export async function createTeam(ctx: Ctx, input: TeamInput): Promise<Result<TeamEntity>> {
  const viewer = requireDepartmentAdmin(ctx);
  const errors = new FieldErrors();
  const values = checkTeam(errors, input);
  const em = await ctx.tx.manager();
  if (!errors.has('nameNl') && !errors.has('nameEn'))
    for (const field of await takenNames(em, 'team', values, null)) errors.add(field, 'TEAM_NAME_TAKEN');
  if (errors.has()) return failed(errors.list);
  const id = randomUUID();
  const inserted = await nullOnUniqueViolation(em, () =>
    em.query('INSERT INTO team (id, name_nl, name_en, email) VALUES ($1, $2, $3, $4)', [
      id,
      values.nameNl,
      values.nameEn,
      values.email,
    ]),
  );
  if (inserted === null) return failed([{ field: 'nameNl', code: 'TEAM_NAME_TAKEN' }]);
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: 'team.created',
    entityType: 'team',
    entityId: id,
    changes: [
      { field: 'nameNl', old: null, new: values.nameNl },
      { field: 'nameEn', old: null, new: values.nameEn },
      ...(values.email ? [{ field: 'email', old: null, new: values.email }] : []),
    ],
  });
  departmentCache(ctx.app.dataSource).invalidate();
  return ok(await em.findOneByOrFail(TeamEntity, { id }));
}

/** Renames a team (nl and en) and sets its address; audited with the values before and after. */
export async function updateTeam(
  ctx: Ctx,
  input: TeamInput & { teamId: string },
): Promise<Result<TeamEntity>> {
  const viewer = requireDepartmentAdmin(ctx);
  const team = await findTeam(ctx, input.teamId);
  const errors = new FieldErrors();
  const values = checkTeam(errors, input);
  const em = await ctx.tx.manager();
  if (!errors.has('nameNl') && !errors.has('nameEn'))
    for (const field of await takenNames(em, 'team', values, team.id)) errors.add(field, 'TEAM_NAME_TAKEN');
  if (errors.has()) return failed(errors.list);
  const changes: FieldChange[] = (['nameNl', 'nameEn', 'email'] as const)
    .filter((field) => team[field] !== values[field])
    .map((field) => ({ field, old: team[field], new: values[field] }));
  if (changes.length === 0) return ok(team);
  const updated = await nullOnUniqueViolation(em, () =>
    em.query('UPDATE team SET name_nl = $2, name_en = $3, email = $4 WHERE id = $1', [
      team.id,
      values.nameNl,
      values.nameEn,
      values.email,
    ]),
  );
  if (updated === null) return failed([{ field: 'nameNl', code: 'TEAM_NAME_TAKEN' }]);
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: 'team.renamed',
    entityType: 'team',
    entityId: team.id,
    changes,
  });
  departmentCache(ctx.app.dataSource).invalidate();
  ctx.loaders.team.clear(team.id);
  return ok({ ...team, ...values });
}

/** A team member as the administration shows it. */
export interface TeamMemberRow {
  userId: string;
  offeredInHelp: boolean;
}

/** The team's members (every status), by name, with their 'Hulp nodig?' flag. */
export async function teamMembers(ctx: Ctx, teamId: string): Promise<TeamMemberRow[]> {
  requireDepartmentAdmin(ctx);
  return queryRows<TeamMemberRow>(
    await ctx.tx.manager(),
    `SELECT m.user_id AS "userId", m.offered_in_help AS "offeredInHelp"
       FROM team_member m JOIN app_user u ON u.id = m.user_id
      WHERE m.team_id = $1 ORDER BY u.last_name, u.first_name, u.id`,
    [teamId],
  );
}

/** Staff users (not deactivated) who are not yet members of the team, by name: whom 'add' offers. */
export async function memberCandidates(ctx: Ctx, teamId: string): Promise<string[]> {
  requireDepartmentAdmin(ctx);
  const rows = await queryRows<{ id: string }>(
    await ctx.tx.manager(),
    `SELECT u.id FROM app_user u
      WHERE u.organisation_id IS NULL AND u.status <> 'DISABLED'
        AND NOT EXISTS (SELECT 1 FROM team_member m WHERE m.team_id = $1 AND m.user_id = u.id)
      ORDER BY u.last_name, u.first_name, u.id`,
    [teamId],
  );
  return rows.map((r) => r.id);
}

const fullName = (user: UserEntity) => `${user.firstName} ${user.lastName}`.trim();

/** A staff user of the department by id, or null (tenant users and unknown ids alike). */
async function staffUser(ctx: Ctx, userId: string): Promise<UserEntity | null> {
  if (!isUuid(userId)) return null;
  const user = await ctx.loaders.user.load(userId);
  return user && user.organisationId === null ? user : null;
}

export interface TeamMemberInput {
  teamId: string;
  userId: string;
  /** Offered in 'Hulp nodig?' (default true). */
  offeredInHelp?: boolean | null;
}

/** Adds a staff user to the team as a handler; refused for tenant users, unknown ids and members. */
export async function addTeamMember(ctx: Ctx, input: TeamMemberInput): Promise<Result<TeamEntity>> {
  const viewer = requireDepartmentAdmin(ctx);
  const team = await findTeam(ctx, input.teamId);
  const user = await staffUser(ctx, input.userId);
  if (!user || user.status === 'DISABLED') return failed([{ field: 'userId', code: 'STAFF_USER_NOT_FOUND' }]);
  const offered = input.offeredInHelp ?? true;
  const em = await ctx.tx.manager();
  const added = await queryRows(
    em,
    `INSERT INTO team_member (team_id, user_id, offered_in_help) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING user_id`,
    [team.id, user.id, offered],
  );
  if (added.length === 0) return failed([{ field: 'userId', code: 'ALREADY_TEAM_MEMBER' }]);
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: 'team.member-added',
    entityType: 'team',
    entityId: team.id,
    changes: [
      { field: 'member', old: null, new: fullName(user) },
      { field: 'offeredInHelp', old: null, new: String(offered) },
    ],
  });
  ctx.loaders.teamHandlerIds.clear(team.id);
  ctx.loaders.userTeamIds.clear(user.id);
  return ok(team);
}

/** Removes a handler from the team (threads assigned to them keep their assignment). */
export async function removeTeamMember(ctx: Ctx, input: TeamMemberInput): Promise<Result<TeamEntity>> {
  const viewer = requireDepartmentAdmin(ctx);
  const team = await findTeam(ctx, input.teamId);
  const user = await staffUser(ctx, input.userId);
  const em = await ctx.tx.manager();
  const removed = user
    ? await queryRows<{ offered: boolean }>(
        em,
        'DELETE FROM team_member WHERE team_id = $1 AND user_id = $2 RETURNING offered_in_help AS offered',
        [team.id, user.id],
      )
    : [];
  if (!user || removed.length === 0) return failed([{ field: 'userId', code: 'NOT_TEAM_MEMBER' }]);
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: 'team.member-removed',
    entityType: 'team',
    entityId: team.id,
    changes: [{ field: 'member', old: fullName(user), new: null }],
  });
  ctx.loaders.teamHandlerIds.clear(team.id);
  ctx.loaders.userTeamIds.clear(user.id);
  return ok(team);
}

/** Whether the team's member is offered in 'Hulp nodig?' (organisations can address them directly). */
export async function setMemberOfferedInHelp(
  ctx: Ctx,
  input: TeamMemberInput & { offeredInHelp: boolean },
): Promise<Result<TeamEntity>> {
  const viewer = requireDepartmentAdmin(ctx);
  const team = await findTeam(ctx, input.teamId);
  const user = await staffUser(ctx, input.userId);
  const em = await ctx.tx.manager();
  const changed = user
    ? await queryRows<{ before: boolean }>(
        em,
        `UPDATE team_member m SET offered_in_help = $3
           FROM team_member old
          WHERE m.team_id = $1 AND m.user_id = $2 AND old.team_id = m.team_id AND old.user_id = m.user_id
          RETURNING old.offered_in_help AS before`,
        [team.id, user.id, input.offeredInHelp],
      )
    : [];
  if (!user || changed.length === 0) return failed([{ field: 'userId', code: 'NOT_TEAM_MEMBER' }]);
  const before = (changed[0] as { before: boolean }).before;
  if (before !== input.offeredInHelp)
    await recordAudit(em, {
      organisationId: null,
      actorUserId: viewer.userId,
      action: 'team.member-help-changed',
      entityType: 'team',
      entityId: team.id,
      changes: [
        { field: 'member', old: fullName(user), new: fullName(user) },
        { field: 'offeredInHelp', old: String(before), new: String(input.offeredInHelp) },
      ],
    });
  ctx.loaders.teamHandlerIds.clear(team.id);
  return ok(team);
}
