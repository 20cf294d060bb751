// An organisation's Beheerder (ADMIN) manages its users ('001', Mijn organisatie › Gebruikers): the paged
// list, one role of three, deactivating and reactivating. Role changes and deactivations are confirmed with
// the Beheerder's own password (counted like a login), take effect at once on the user's sessions, are
// mailed to the user and audited. Inviting and resending an invitation are in account.service.ts.
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { failed, forbidden, notFound, ok, type Result } from '../../domain/errors.js';
import { isUuid } from '../../domain/validate.js';
import type { UserViewer } from '../../domain/viewer.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetOrderAndLimit,
  keysetPage,
  type PageArgs,
} from '../../lists/keyset.js';
import { accountDeactivatedMail, accountReactivatedMail, roleChangedMail } from '../../mail/account-mails.js';
import { queueMail } from '../../mail/outbox.js';
import type { RenderedMail } from '../../mail/render.js';
import { recordAudit } from '../audit/audit.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { checkCurrentPassword, fullName, requireAdmin, sendInvitation } from './account.service.js';
import { holdUserSessions, revokeAllSessions } from './session.service.js';
import { TENANT_ROLES, type TenantRole, UserEntity, type UserStatus } from './user.entity.js';

type Admin = UserViewer & { organisationId: string };

/** The one role of three a user of an organisation has: Beheerder over Medewerker+ over Medewerker. */
export function tenantRoleOf(roles: readonly string[]): TenantRole | null {
  if (roles.includes('ADMIN')) return 'ADMIN';
  if (roles.includes('MEMBER_PLUS')) return 'MEMBER_PLUS';
  if (roles.includes('MEMBER')) return 'MEMBER';
  return null;
}

// ---------------------------------------------------------------------------------------------------
// The list

const USER_ORDER: KeysetOrder = {
  key: [
    ['lower(u.last_name)', 'text'],
    ['lower(u.first_name)', 'text'],
    ['u.id', 'uuid'],
  ],
  descending: false,
};

type UserRow = UserEntity & { sortLast: string; sortFirst: string };

/** The organisation's users by name, optionally of one status, in keyset pages. ADMIN only. */
export async function listUsers(
  ctx: Ctx,
  args: PageArgs & { status?: UserStatus | null },
): Promise<Connection<UserEntity>> {
  const admin = requireAdmin(ctx);
  const page = keysetPage(args, USER_ORDER);
  const em = await ctx.tx.manager();
  const params: unknown[] = [admin.organisationId];
  const where = ['u.organisation_id = $1'];
  if (args.status) {
    params.push(args.status);
    where.push(`u.status = $${params.length}`);
  }
  const counted = await queryRows<{ n: number }>(
    em,
    `SELECT count(*)::int AS n FROM app_user u WHERE ${where.join(' AND ')}`,
    params,
  );
  const after = keysetCondition(page, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  if (after) where.push(after);
  const rows = await queryRows<UserRow>(
    em,
    `SELECT u.id, u.organisation_id AS "organisationId", u.email, u.first_name AS "firstName",
            u.last_name AS "lastName", u.phone, u.language, u.roles, u.status,
            u.created_at AS "createdAt", u.updated_at AS "updatedAt",
            lower(u.last_name) AS "sortLast", lower(u.first_name) AS "sortFirst"
       FROM app_user u WHERE ${where.join(' AND ')} ${keysetOrderAndLimit(page)}`,
    params,
  );
  return keysetConnection<UserEntity>(
    rows,
    page,
    (r) => [(r as UserRow).sortLast, (r as UserRow).sortFirst, r.id],
    counted[0]?.n ?? 0,
  );
}

/** One user of the admin's organisation; NOT_FOUND for anyone else's (and for an id that is no uuid). */
export async function getUser(ctx: Ctx, userId: string): Promise<UserEntity> {
  const admin = requireAdmin(ctx);
  if (!isUuid(userId)) throw notFound('user');
  const em = await ctx.tx.manager();
  const user = await em.findOneBy(UserEntity, { id: userId, organisationId: admin.organisationId });
  if (!user) throw notFound('user');
  return user;
}

// ---------------------------------------------------------------------------------------------------
// Changes

/**
 * The user `userId` of the admin's organisation (NOT_FOUND for any other, and for an id that is no uuid).
 * Takes the organisation's user-administration lock first: two Beheerders demoting or deactivating each
 * other at the same moment are served one after the other, so the last-Beheerder rule holds; and the
 * admin must still be an active ADMIN once the lock is theirs.
 */
async function lockedTarget(
  ctx: Ctx,
  admin: Admin,
  userId: string,
): Promise<{ em: EntityManager; user: UserEntity }> {
  if (!isUuid(userId)) throw notFound('user');
  const em = await ctx.tx.manager();
  await em.query("SELECT pg_advisory_xact_lock(hashtext('organisation-users:' || $1))", [
    admin.organisationId,
  ]);
  const user = await em.findOneBy(UserEntity, { id: userId, organisationId: admin.organisationId });
  if (!user) throw notFound('user');
  const self = await em.findOneBy(UserEntity, { id: admin.userId });
  if (self?.status !== 'ACTIVE' || !self.roles.includes('ADMIN')) throw forbidden();
  return { em, user };
}

/** Whether another active ADMIN than `userId` is left in the organisation. */
async function otherActiveAdmin(em: EntityManager, organisationId: string, userId: string): Promise<boolean> {
  const rows = await queryRows(
    em,
    `SELECT 1 FROM app_user WHERE organisation_id = $1 AND id <> $2 AND status = 'ACTIVE'
        AND 'ADMIN' = ANY(roles) LIMIT 1`,
    [organisationId, userId],
  );
  return rows.length > 0;
}

/** Mails the affected user about what `admin` did, with a link to the e-loket. */
async function mailUser(
  ctx: Ctx,
  em: EntityManager,
  admin: Admin,
  user: UserEntity,
  template: string,
  content: (organisationName: string, changedBy: string) => RenderedMail,
): Promise<void> {
  const [organisation, actor] = await Promise.all([
    em.findOneByOrFail(OrganisationEntity, { id: admin.organisationId }),
    em.findOneByOrFail(UserEntity, { id: admin.userId }),
  ]);
  await queueMail(em, ctx.app.config.publicUrl, {
    organisationId: admin.organisationId,
    to: user.email,
    language: user.language,
    template,
    content: content(organisation.name, fullName(actor)),
  });
}

export interface ChangeUserRoleInput {
  userId: string;
  role: string;
  currentPassword: string;
}

/**
 * Gives a colleague one role of three, confirmed with the admin's password. Nobody changes their own role;
 * the organisation keeps an active ADMIN. The user's sessions carry the new role from the commit on (their
 * sockets close: rights changed), and the user is mailed.
 */
export async function changeUserRole(ctx: Ctx, input: ChangeUserRoleInput): Promise<Result<UserEntity>> {
  const admin = requireAdmin(ctx);
  const { em, user } = await lockedTarget(ctx, admin, input.userId);
  const role = (TENANT_ROLES as readonly string[]).includes(input.role) ? (input.role as TenantRole) : null;
  if (user.id === admin.userId) return failed([{ field: 'role', code: 'OWN_ROLES' }]);
  if (!role) return failed([{ field: 'role', code: 'INVALID_ROLE' }]);
  if (!input.currentPassword) return failed([{ field: 'currentPassword', code: 'REQUIRED' }]);
  const wrongPassword = await checkCurrentPassword(ctx, admin.userId, input.currentPassword);
  if (wrongPassword) return failed([wrongPassword]);
  const before = tenantRoleOf(user.roles);
  if (before === role && user.roles.length === 1) return ok(user);
  const demotesActiveAdmin = before === 'ADMIN' && role !== 'ADMIN' && user.status === 'ACTIVE';
  if (demotesActiveAdmin && !(await otherActiveAdmin(em, admin.organisationId, user.id)))
    return failed([{ field: 'role', code: 'LAST_ADMIN' }]);

  holdUserSessions(ctx.app, user.id);
  await em.update(UserEntity, { id: user.id }, { roles: [role] });
  await recordAudit(em, {
    organisationId: admin.organisationId,
    actorUserId: admin.userId,
    action: 'user.roles-changed',
    entityType: 'user',
    entityId: user.id,
    changes: [{ field: 'roles', old: user.roles.join(', '), new: role }],
  });
  if (user.status !== 'DISABLED') {
    await mailUser(ctx, em, admin, user, 'user-role-changed', (organisationName, changedBy) =>
      roleChangedMail(user.language, {
        firstName: user.firstName,
        organisationName,
        changedBy,
        role,
        url: ctx.app.config.publicUrl,
      }),
    );
  }
  return ok(await em.findOneByOrFail(UserEntity, { id: user.id }));
}

/**
 * Deactivates a colleague, confirmed with the admin's password: every session ends at once (its sockets
 * close), an open invitation link stops working, and the user is mailed. Their data stays. Nobody
 * deactivates themselves, and the organisation keeps an active ADMIN.
 */
export async function deactivateUser(
  ctx: Ctx,
  input: { userId: string; currentPassword: string },
): Promise<Result<UserEntity>> {
  const admin = requireAdmin(ctx);
  const { em, user } = await lockedTarget(ctx, admin, input.userId);
  if (user.id === admin.userId) return failed([{ field: null, code: 'OWN_ACCOUNT' }]);
  if (!input.currentPassword) return failed([{ field: 'currentPassword', code: 'REQUIRED' }]);
  const wrongPassword = await checkCurrentPassword(ctx, admin.userId, input.currentPassword);
  if (wrongPassword) return failed([wrongPassword]);
  if (user.status === 'DISABLED') return ok(user);
  if (
    user.status === 'ACTIVE' &&
    user.roles.includes('ADMIN') &&
    !(await otherActiveAdmin(em, admin.organisationId, user.id))
  )
    return failed([{ field: null, code: 'LAST_ADMIN' }]);

  holdUserSessions(ctx.app, user.id);
  await em.update(UserEntity, { id: user.id }, { status: 'DISABLED' });
  await revokeAllSessions(em, ctx.app, user.id);
  await em.query("DELETE FROM user_token WHERE user_id = $1 AND purpose = 'INVITATION' AND used_at IS NULL", [
    user.id,
  ]);
  await recordAudit(em, {
    organisationId: admin.organisationId,
    actorUserId: admin.userId,
    action: 'user.deactivated',
    entityType: 'user',
    entityId: user.id,
    changes: [{ field: 'status', old: user.status, new: 'DISABLED' }],
  });
  await mailUser(ctx, em, admin, user, 'user-deactivated', (organisationName, changedBy) =>
    accountDeactivatedMail(user.language, {
      firstName: user.firstName,
      organisationName,
      changedBy,
      url: ctx.app.config.publicUrl,
    }),
  );
  return ok(await em.findOneByOrFail(UserEntity, { id: user.id }));
}

/**
 * Reactivates a deactivated colleague: one who had chosen a password can log in again (and is mailed so);
 * one who never had is invited again, with a fresh link.
 */
export async function reactivateUser(ctx: Ctx, userId: string): Promise<Result<UserEntity>> {
  const admin = requireAdmin(ctx);
  const { em, user } = await lockedTarget(ctx, admin, userId);
  if (user.status !== 'DISABLED') return ok(user);
  const withPassword = await queryRows(
    em,
    'SELECT 1 FROM app_user WHERE id = $1 AND password_hash IS NOT NULL',
    [user.id],
  );
  const status: UserStatus = withPassword.length > 0 ? 'ACTIVE' : 'INVITED';
  await em.update(UserEntity, { id: user.id }, { status });
  await recordAudit(em, {
    organisationId: admin.organisationId,
    actorUserId: admin.userId,
    action: 'user.reactivated',
    entityType: 'user',
    entityId: user.id,
    changes: [{ field: 'status', old: 'DISABLED', new: status }],
  });
  const after = await em.findOneByOrFail(UserEntity, { id: user.id });
  if (status === 'INVITED') await sendInvitation(ctx, em, after, requireAdmin(ctx));
  else
    await mailUser(ctx, em, admin, after, 'user-reactivated', (organisationName, changedBy) =>
      accountReactivatedMail(user.language, {
        firstName: user.firstName,
        organisationName,
        changedBy,
        url: `${ctx.app.config.publicUrl}/login`,
      }),
    );
  return ok(after);
}
