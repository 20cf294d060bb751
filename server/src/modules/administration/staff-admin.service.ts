// The department's staff users (DEPARTMENT_ADMIN, issue 16, decision 0035): the paged list with search,
// inviting (the users' invitation link and accept flow), one staff role of two, the helpdesk queues an
// agent works, deactivating (sessions end at once) and reactivating, resending an invitation. The
// department keeps an active DEPARTMENT_ADMIN: every change takes one lock, re-reads the acting admin and
// refuses a change that would leave none. Teams are shown here; their membership is managed under teams.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { nullOnUniqueViolation } from '../../db/savepoint.js';
import { failed, forbidden, notFound, ok, type Result } from '../../domain/errors.js';
import { FieldErrors, isUuid, PERSON_NAME_MAX } from '../../domain/validate.js';
import type { UserViewer } from '../../domain/viewer.js';
import { isLanguage, type Language } from '../../i18n/language.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetOrderAndLimit,
  keysetPage,
  likePattern,
  type PageArgs,
} from '../../lists/keyset.js';
import { accountDeactivatedMail, accountReactivatedMail } from '../../mail/account-mails.js';
import { queueMail } from '../../mail/outbox.js';
import { fullName, sendInvitation } from '../accounts/account.service.js';
import { endSessionsOfUser, holdUserSessions } from '../accounts/session.service.js';
import { type Role, UserEntity, type UserStatus } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FieldChange } from '../audit/audit-event.entity.js';
import { QUEUE_COLUMNS, type TicketQueueRow } from '../tickets/ticket.rows.js';
import { requireDepartmentAdmin } from './organisation-admin.service.js';

export const STAFF_ROLES = ['AGENT', 'DEPARTMENT_ADMIN'] as const;
/** The one role of a staff user: AGENT (dossierbehandelaar), or DEPARTMENT_ADMIN (who is an agent too). */
export type StaffRole = (typeof STAFF_ROLES)[number];

/** The audit events' entity type, and the history page's kind STAFF. */
const STAFF_ENTITY_TYPE = 'staff-user';

/** The stored roles of a staff role: an administrator keeps the agent's role (as the demo's does). */
const rolesOf = (role: StaffRole): Role[] =>
  role === 'DEPARTMENT_ADMIN' ? ['AGENT', 'DEPARTMENT_ADMIN'] : ['AGENT'];

function staffRoleOf(roles: readonly string[]): StaffRole {
  return roles.includes('DEPARTMENT_ADMIN') ? 'DEPARTMENT_ADMIN' : 'AGENT';
}

const isStaffRole = (value: unknown): value is StaffRole =>
  (STAFF_ROLES as readonly unknown[]).includes(value);

interface StaffTeamRow {
  id: string;
  nameNl: string;
  nameEn: string;
  email: string | null;
}

export interface StaffUserRow {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  language: Language;
  roles: Role[];
  role: StaffRole;
  status: UserStatus;
  createdAt: Date;
  teams: StaffTeamRow[];
  queues: TicketQueueRow[];
}

const STAFF_ORDER: KeysetOrder = {
  key: [
    ['lower(u.last_name)', 'text'],
    ['lower(u.first_name)', 'text'],
    ['u.id', 'uuid'],
  ],
  descending: false,
};

const USER_COLUMNS = `u.id, u.email, u.first_name AS "firstName", u.last_name AS "lastName", u.language,
  u.roles, u.status, u.created_at AS "createdAt"`;

type BareRow = Omit<StaffUserRow, 'role' | 'teams' | 'queues'> & { sortLast?: string; sortFirst?: string };

/** Adds each user's teams and queues with one query each, whatever the page's size. */
async function withTeamsAndQueues(em: EntityManager, rows: BareRow[]): Promise<StaffUserRow[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [teams, queues] = await Promise.all([
    queryRows<StaffTeamRow & { userId: string }>(
      em,
      `SELECT m.user_id AS "userId", t.id, t.name_nl AS "nameNl", t.name_en AS "nameEn", t.email
         FROM team_member m JOIN team t ON t.id = m.team_id
        WHERE m.user_id = ANY($1) ORDER BY t.name_nl, t.id`,
      [ids],
    ),
    queryRows<TicketQueueRow & { userId: string }>(
      em,
      `SELECT s.user_id AS "userId", ${QUEUE_COLUMNS}
         FROM staff_queue_member s JOIN ticket_queue q ON q.id = s.queue_id
        WHERE s.user_id = ANY($1) ORDER BY q.position, q.code`,
      [ids],
    ),
  ]);
  return rows.map(({ sortLast: _l, sortFirst: _f, ...row }) => ({
    ...row,
    role: staffRoleOf(row.roles),
    teams: teams.filter((t) => t.userId === row.id).map(({ userId: _u, ...team }) => team),
    queues: queues.filter((q) => q.userId === row.id).map(({ userId: _u, ...queue }) => queue),
  }));
}

export interface StaffUserFilter {
  /** Part of the name or the email address. */
  search?: string | null;
  role?: StaffRole | null;
  status?: UserStatus | null;
  /** Only these users (the history page names the staff users its events are about). */
  ids?: string[] | null;
}

/** The department's staff users by name, searched and filtered, in keyset pages. */
export async function listStaffUsers(
  ctx: Ctx,
  args: PageArgs & StaffUserFilter,
): Promise<Connection<StaffUserRow>> {
  requireDepartmentAdmin(ctx);
  const page = keysetPage(args, STAFF_ORDER);
  const em = await ctx.tx.manager();
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['u.organisation_id IS NULL'];
  const search = args.search?.trim();
  if (search) {
    const pattern = param(likePattern(search));
    where.push(
      `((u.first_name || ' ' || u.last_name) ILIKE ${pattern} OR (u.last_name || ' ' || u.first_name) ILIKE ${pattern} OR u.email ILIKE ${pattern})`,
    );
  }
  if (args.role === 'DEPARTMENT_ADMIN') where.push(`'DEPARTMENT_ADMIN' = ANY(u.roles)`);
  else if (args.role === 'AGENT') where.push(`NOT ('DEPARTMENT_ADMIN' = ANY(u.roles))`);
  if (args.status) where.push(`u.status = ${param(args.status)}`);
  if (args.ids) where.push(`u.id = ANY(${param(args.ids.filter(isUuid))}::uuid[])`);
  const counted = await queryRows<{ n: number }>(
    em,
    `SELECT count(*)::int AS n FROM app_user u WHERE ${where.join(' AND ')}`,
    params,
  );
  const after = keysetCondition(page, param);
  if (after) where.push(after);
  const rows = await queryRows<BareRow>(
    em,
    `SELECT ${USER_COLUMNS}, lower(u.last_name) AS "sortLast", lower(u.first_name) AS "sortFirst"
       FROM app_user u WHERE ${where.join(' AND ')} ${keysetOrderAndLimit(page)}`,
    params,
  );
  const keys = new Map(rows.map((r) => [r.id, [r.sortLast ?? '', r.sortFirst ?? '', r.id]]));
  return keysetConnection<StaffUserRow>(
    await withTeamsAndQueues(em, rows),
    page,
    (r) => keys.get(r.id) as string[],
    counted[0]?.n ?? 0,
  );
}

async function readStaffUser(em: EntityManager, userId: string): Promise<StaffUserRow | null> {
  if (!isUuid(userId)) return null;
  const rows = await queryRows<BareRow>(
    em,
    `SELECT ${USER_COLUMNS} FROM app_user u WHERE u.id = $1 AND u.organisation_id IS NULL`,
    [userId],
  );
  return (await withTeamsAndQueues(em, rows))[0] ?? null;
}

/** One staff user; NOT_FOUND for anyone else (an organisation's user, an unknown id). */
export async function getStaffUser(ctx: Ctx, userId: string): Promise<StaffUserRow> {
  requireDepartmentAdmin(ctx);
  const user = await readStaffUser(await ctx.tx.manager(), userId);
  if (!user) throw notFound('user');
  return user;
}

/** Every helpdesk queue, in the settings' order (the choices of the queues form). */
export async function helpdeskQueues(ctx: Ctx): Promise<TicketQueueRow[]> {
  requireDepartmentAdmin(ctx);
  return queryRows<TicketQueueRow>(
    await ctx.tx.manager(),
    `SELECT ${QUEUE_COLUMNS} FROM ticket_queue q ORDER BY q.position, q.code`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Changes

/** The department's staff-users lock, held to the end of the transaction (no UPDATE right needed). */
const lockStaffUsers = (em: EntityManager) =>
  em.query("SELECT pg_advisory_xact_lock(hashtext('staff-users'))");

/**
 * The staff user `userId` under the department's staff lock (NOT_FOUND for anyone else): two admins
 * demoting or deactivating each other at the same moment are served one after the other, so the
 * last-admin rule holds; and the acting admin must still be an active DEPARTMENT_ADMIN once it is theirs.
 */
async function lockedStaffUser(
  ctx: Ctx,
  admin: UserViewer,
  userId: string,
): Promise<{ em: EntityManager; user: StaffUserRow }> {
  if (!isUuid(userId)) throw notFound('user');
  const em = await ctx.tx.manager();
  await lockStaffUsers(em);
  const user = await readStaffUser(em, userId);
  if (!user) throw notFound('user');
  const self = await em.findOneBy(UserEntity, { id: admin.userId });
  if (self?.status !== 'ACTIVE' || !self.roles.includes('DEPARTMENT_ADMIN')) throw forbidden();
  return { em, user };
}

async function otherActiveDepartmentAdmin(em: EntityManager, userId: string): Promise<boolean> {
  const rows = await queryRows(
    em,
    `SELECT 1 FROM app_user WHERE organisation_id IS NULL AND id <> $1 AND status = 'ACTIVE'
        AND 'DEPARTMENT_ADMIN' = ANY(roles) LIMIT 1`,
    [userId],
  );
  return rows.length > 0;
}

/** Whether `user` is the one active DEPARTMENT_ADMIN left (a change that removes them is refused). */
async function isLastAdmin(em: EntityManager, user: StaffUserRow): Promise<boolean> {
  return (
    user.status === 'ACTIVE' &&
    user.role === 'DEPARTMENT_ADMIN' &&
    !(await otherActiveDepartmentAdmin(em, user.id))
  );
}

function audit(em: EntityManager, admin: UserViewer, userId: string, action: string, changes: FieldChange[]) {
  return recordAudit(em, {
    organisationId: null,
    actorUserId: admin.userId,
    action,
    entityType: STAFF_ENTITY_TYPE,
    entityId: userId,
    changes,
  });
}

export interface InviteStaffUserInput {
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  language?: string | null;
}

/**
 * Invites a staff user: created INVITED with the role and mailed a link to choose a password (the users'
 * invitation and accept flow). EMAIL_TAKEN when any account has the address (one account per address).
 */
export async function inviteStaffUser(ctx: Ctx, input: InviteStaffUserInput): Promise<Result<StaffUserRow>> {
  const admin = requireDepartmentAdmin(ctx);
  const errors = new FieldErrors();
  const email = errors.email('email', input.email);
  const firstName = errors.required('firstName', input.firstName, PERSON_NAME_MAX);
  const lastName = errors.required('lastName', input.lastName, PERSON_NAME_MAX);
  if (!isStaffRole(input.role)) errors.add('role', 'INVALID_ROLE');
  const language: Language = isLanguage(input.language) ? input.language : 'nl';
  if (errors.has() || !email || !isStaffRole(input.role)) return failed(errors.list);

  const em = await ctx.tx.manager();
  // One account per address: the department sees every account, so a taken one is told (no oracle).
  await lockStaffUsers(em);
  const taken = await queryRows(
    em,
    `SELECT 1 FROM app_user WHERE lower(email) = lower($1) AND (organisation_id IS NULL OR status <> 'INVITED')`,
    [email],
  );
  if (taken.length > 0) return failed([{ field: 'email', code: 'EMAIL_TAKEN' }]);
  const id = randomUUID();
  const inserted = await nullOnUniqueViolation(em, () =>
    em.query(
      `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, language, roles, status)
       VALUES ($1, NULL, $2, $3, $4, $5, $6, 'INVITED')`,
      [id, email, firstName, lastName, language, rolesOf(input.role as StaffRole)],
    ),
  );
  if (inserted === null) return failed([{ field: 'email', code: 'EMAIL_TAKEN' }]);
  const user = await em.findOneByOrFail(UserEntity, { id });
  await sendInvitation(ctx, em, user, { organisationId: null, userId: admin.userId });
  await audit(em, admin, id, 'staff-user.invited', [
    { field: 'email', old: null, new: email },
    { field: 'role', old: null, new: input.role },
  ]);
  return ok((await readStaffUser(em, id)) as StaffUserRow);
}

/** Mails a new invitation link to a staff user who has not accepted yet (the previous link stops working). */
export async function resendStaffInvitation(ctx: Ctx, userId: string): Promise<StaffUserRow> {
  const admin = requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  const user = await readStaffUser(em, userId);
  if (!user) throw notFound('user');
  if (user.status !== 'INVITED') return user;
  const entity = await em.findOneByOrFail(UserEntity, { id: user.id });
  await sendInvitation(ctx, em, entity, { organisationId: null, userId: admin.userId });
  await audit(em, admin, user.id, 'staff-user.invitation-resent', [
    { field: 'email', old: null, new: user.email },
  ]);
  return user;
}

/**
 * Gives a staff user the role AGENT or DEPARTMENT_ADMIN. Nobody changes their own role; the department
 * keeps an active DEPARTMENT_ADMIN. The user's sessions carry the new role from the commit on.
 */
export async function changeStaffRole(
  ctx: Ctx,
  input: { userId: string; role: string },
): Promise<Result<StaffUserRow>> {
  const admin = requireDepartmentAdmin(ctx);
  const { em, user } = await lockedStaffUser(ctx, admin, input.userId);
  if (user.id === admin.userId) return failed([{ field: 'role', code: 'OWN_ROLES' }]);
  if (!isStaffRole(input.role)) return failed([{ field: 'role', code: 'INVALID_ROLE' }]);
  if (user.role === input.role) return ok(user);
  if (input.role === 'AGENT' && (await isLastAdmin(em, user)))
    return failed([{ field: 'role', code: 'LAST_DEPARTMENT_ADMIN' }]);

  holdUserSessions(ctx.app, user.id);
  await em.update(UserEntity, { id: user.id }, { roles: rolesOf(input.role) });
  await audit(em, admin, user.id, 'staff-user.role-changed', [
    { field: 'role', old: user.role, new: input.role },
  ]);
  return ok((await readStaffUser(em, user.id)) as StaffUserRow);
}

/** The helpdesk queues the staff user works (replacing the previous choice); unknown queues are an error. */
export async function setStaffQueues(
  ctx: Ctx,
  input: { userId: string; queueIds: string[] },
): Promise<Result<StaffUserRow>> {
  const admin = requireDepartmentAdmin(ctx);
  const { em, user } = await lockedStaffUser(ctx, admin, input.userId);
  const wanted = [...new Set(input.queueIds)];
  if (wanted.some((id) => !isUuid(id))) return failed([{ field: 'queueIds', code: 'QUEUE_NOT_FOUND' }]);
  const known = await queryRows<{ id: string }>(em, 'SELECT id FROM ticket_queue WHERE id = ANY($1)', [
    wanted,
  ]);
  if (known.length !== wanted.length) return failed([{ field: 'queueIds', code: 'QUEUE_NOT_FOUND' }]);
  const before = user.queues.map((q) => q.id);
  if (before.length === wanted.length && wanted.every((id) => before.includes(id))) return ok(user);

  await em.query('DELETE FROM staff_queue_member WHERE user_id = $1', [user.id]);
  if (wanted.length > 0)
    await em.query('INSERT INTO staff_queue_member (user_id, queue_id) SELECT $1, unnest($2::uuid[])', [
      user.id,
      wanted,
    ]);
  const after = (await readStaffUser(em, user.id)) as StaffUserRow;
  // By name, as the history page shows it (queue ids mean nothing to a reader).
  const names = (queues: TicketQueueRow[]) =>
    queues.length > 0 ? queues.map((q) => q.nameNl).join(', ') : null;
  await audit(em, admin, user.id, 'staff-user.queues-changed', [
    { field: 'queues', old: names(user.queues), new: names(after.queues) },
  ]);
  return ok(after);
}

/** Mails the staff user about what `admin` did, in the department's name. */
async function mailStaffUser(
  ctx: Ctx,
  em: EntityManager,
  admin: UserViewer,
  user: StaffUserRow,
  template: string,
  render: typeof accountDeactivatedMail,
  url: string,
): Promise<void> {
  const actor = await em.findOneByOrFail(UserEntity, { id: admin.userId });
  await queueMail(em, ctx.app.config.publicUrl, {
    organisationId: null,
    to: user.email,
    language: user.language,
    template,
    content: render(user.language, {
      firstName: user.firstName,
      organisationName: ctx.app.config.departmentName,
      changedBy: fullName(actor),
      url,
    }),
  });
}

/**
 * Deactivates a staff user: every session ends at once (sockets close), an open invitation link stops
 * working, login (password or single sign-on) is refused, and the user is mailed. Not oneself, not the last
 * active DEPARTMENT_ADMIN.
 */
export async function deactivateStaffUser(ctx: Ctx, userId: string): Promise<Result<StaffUserRow>> {
  const admin = requireDepartmentAdmin(ctx);
  const { em, user } = await lockedStaffUser(ctx, admin, userId);
  if (user.id === admin.userId) return failed([{ field: null, code: 'OWN_ACCOUNT' }]);
  if (user.status === 'DISABLED') return ok(user);
  if (await isLastAdmin(em, user)) return failed([{ field: null, code: 'LAST_DEPARTMENT_ADMIN' }]);

  holdUserSessions(ctx.app, user.id);
  await em.update(UserEntity, { id: user.id }, { status: 'DISABLED' });
  await endSessionsOfUser(em, ctx.app, user.id);
  await em.query("DELETE FROM user_token WHERE user_id = $1 AND purpose = 'INVITATION' AND used_at IS NULL", [
    user.id,
  ]);
  await audit(em, admin, user.id, 'staff-user.deactivated', [
    { field: 'status', old: user.status, new: 'DISABLED' },
  ]);
  await mailStaffUser(
    ctx,
    em,
    admin,
    user,
    'user-deactivated',
    accountDeactivatedMail,
    ctx.app.config.publicUrl,
  );
  return ok((await readStaffUser(em, user.id)) as StaffUserRow);
}

/**
 * Reactivates a staff user: one who had chosen a password (or signed in with single sign-on) can log in
 * again and is mailed so; one who never had is invited again with a fresh link.
 */
export async function reactivateStaffUser(ctx: Ctx, userId: string): Promise<Result<StaffUserRow>> {
  const admin = requireDepartmentAdmin(ctx);
  const { em, user } = await lockedStaffUser(ctx, admin, userId);
  if (user.status !== 'DISABLED') return ok(user);
  const hadAccess = await queryRows(
    em,
    'SELECT 1 FROM app_user WHERE id = $1 AND (password_hash IS NOT NULL OR oidc_subject IS NOT NULL)',
    [user.id],
  );
  const status: UserStatus = hadAccess.length > 0 ? 'ACTIVE' : 'INVITED';
  await em.update(UserEntity, { id: user.id }, { status });
  await audit(em, admin, user.id, 'staff-user.reactivated', [
    { field: 'status', old: 'DISABLED', new: status },
  ]);
  const after = (await readStaffUser(em, user.id)) as StaffUserRow;
  if (status === 'INVITED')
    await sendInvitation(ctx, em, await em.findOneByOrFail(UserEntity, { id: user.id }), {
      organisationId: null,
      userId: admin.userId,
    });
  else
    await mailStaffUser(
      ctx,
      em,
      admin,
      after,
      'user-reactivated',
      accountReactivatedMail,
      `${ctx.app.config.publicUrl}/login`,
    );
  return ok(after);
}
