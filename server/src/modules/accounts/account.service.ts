// Accounts: invitations, password resets, one's own profile and password, and an ADMIN managing the
// organisation's users. Links in mails are built from PUBLIC_URL, never from a request.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AppServices, Ctx } from '../../context.js';
import { nullOnUniqueViolation } from '../../db/savepoint.js';
import { inScope } from '../../db/scope.js';
import { failed, forbidden, notFound, ok, type Result, unauthenticated } from '../../domain/errors.js';
import { FieldErrors, normaliseEmail } from '../../domain/validate.js';
import { hasRole, requireUser, type UserViewer } from '../../domain/viewer.js';
import { isLanguage, type Language } from '../../i18n/language.js';
import { accountEmailChangedMail, invitationMail, passwordResetMail } from '../../mail/account-mails.js';
import { queueMail } from '../../mail/outbox.js';
import { diffFields, recordAudit } from '../audit/audit.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.js';
import { type ClientInfo, createSession, type NewSession, revokeAllSessions } from './session.service.js';
import { hashToken, looksLikeToken, newToken } from './tokens.js';
import { TENANT_ROLES, type TenantRole, UserEntity } from './user.entity.js';

type TokenPurpose = 'INVITATION' | 'PASSWORD_RESET';

function requireAdmin(ctx: Ctx): UserViewer & { organisationId: string } {
  const viewer = requireUser(ctx);
  if (!viewer.organisationId || !hasRole(viewer, 'ADMIN')) throw forbidden();
  return viewer as UserViewer & { organisationId: string };
}

const link = (app: AppServices, path: string, token: string) =>
  `${app.config.publicUrl}${path}?token=${encodeURIComponent(token)}`;

async function createToken(
  em: EntityManager,
  user: Pick<UserEntity, 'id' | 'organisationId'>,
  purpose: TokenPurpose,
  validMs: number,
): Promise<string> {
  // One live token per purpose: a new link makes the previous one useless.
  await em.query('DELETE FROM user_token WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL', [
    user.id,
    purpose,
  ]);
  const token = newToken();
  await em.query(
    `INSERT INTO user_token (id, user_id, organisation_id, purpose, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [randomUUID(), user.id, user.organisationId, purpose, hashToken(token), new Date(Date.now() + validMs)],
  );
  return token;
}

/** Finds a live token in the system scope; the error code tells the user what happened to the link. */
async function consumeToken(
  em: EntityManager,
  token: string,
  purpose: TokenPurpose,
): Promise<Result<{ tokenId: string; userId: string }>> {
  if (!looksLikeToken(token)) return failed([{ field: 'token', code: 'TOKEN_INVALID' }]);
  const rows: Array<{ id: string; user_id: string; expired: boolean; used: boolean }> = await em.query(
    `SELECT id, user_id, expires_at <= now() AS expired, used_at IS NOT NULL AS used
       FROM user_token WHERE token_hash = $1 AND purpose = $2 FOR UPDATE`,
    [hashToken(token), purpose],
  );
  const row = rows[0];
  if (!row) return failed([{ field: 'token', code: 'TOKEN_INVALID' }]);
  if (row.used) return failed([{ field: 'token', code: 'TOKEN_USED' }]);
  if (row.expired) return failed([{ field: 'token', code: 'TOKEN_EXPIRED' }]);
  return ok({ tokenId: row.id, userId: row.user_id });
}

const markUsed = (em: EntityManager, tokenId: string) =>
  em.query('UPDATE user_token SET used_at = now() WHERE id = $1', [tokenId]);

function fullName(user: Pick<UserEntity, 'firstName' | 'lastName'>): string {
  return `${user.firstName} ${user.lastName}`;
}

// ---------------------------------------------------------------------------------------------------
// Invitations

export interface InviteUserInput {
  email: string;
  firstName: string;
  lastName: string;
  roles: string[];
  language?: string | null;
}

function checkTenantRoles(errors: FieldErrors, roles: string[]): TenantRole[] {
  const unique = [...new Set(roles)];
  if (unique.length === 0 || unique.some((r) => !(TENANT_ROLES as readonly string[]).includes(r))) {
    errors.add('roles', 'INVALID_ROLE');
  }
  return unique as TenantRole[];
}

/** An ADMIN invites a colleague: the user is created INVITED and mailed a link to choose a password. */
export async function inviteUser(ctx: Ctx, input: InviteUserInput): Promise<Result<UserEntity>> {
  const admin = requireAdmin(ctx);
  const errors = new FieldErrors();
  const email = errors.email('email', input.email);
  const firstName = errors.required('firstName', input.firstName, 100);
  const lastName = errors.required('lastName', input.lastName, 100);
  const roles = checkTenantRoles(errors, input.roles);
  const language: Language = isLanguage(input.language) ? input.language : 'nl';
  if (errors.has() || !email) return failed(errors.list);

  const em = await ctx.tx.manager();
  const id = randomUUID();
  const inserted = await nullOnUniqueViolation(em, () =>
    em.query(
      `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, language, roles, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'INVITED')`,
      [id, admin.organisationId, email, firstName, lastName, language, roles],
    ),
  );
  if (inserted === null) return failed([{ field: 'email', code: 'EMAIL_TAKEN' }]);
  const user = await em.findOneByOrFail(UserEntity, { id });
  await sendInvitation(ctx, em, user);
  await recordAudit(em, {
    organisationId: admin.organisationId,
    actorUserId: admin.userId,
    action: 'user.invited',
    entityType: 'user',
    entityId: id,
    changes: [
      { field: 'email', old: null, new: email },
      { field: 'roles', old: null, new: roles.join(', ') },
    ],
  });
  return ok(user);
}

/** Mails a (new) invitation link to a user who has not accepted yet. */
export async function resendInvitation(ctx: Ctx, userId: string): Promise<UserEntity> {
  const admin = requireAdmin(ctx);
  const em = await ctx.tx.manager();
  const user = await em.findOneBy(UserEntity, { id: userId, organisationId: admin.organisationId });
  if (!user) throw notFound('user');
  if (user.status !== 'INVITED') return user;
  await sendInvitation(ctx, em, user);
  return user;
}

async function sendInvitation(ctx: Ctx, em: EntityManager, user: UserEntity): Promise<void> {
  const admin = requireAdmin(ctx);
  const { config } = ctx.app;
  const token = await createToken(em, user, 'INVITATION', config.invitationTtlHours * 3_600_000);
  const [organisation, inviter] = await Promise.all([
    em.findOneByOrFail(OrganisationEntity, { id: admin.organisationId }),
    em.findOneByOrFail(UserEntity, { id: admin.userId }),
  ]);
  await queueMail(em, config.publicUrl, {
    organisationId: admin.organisationId,
    to: user.email,
    language: user.language,
    template: 'invitation',
    content: invitationMail(user.language, {
      firstName: user.firstName,
      organisationName: organisation.name,
      invitedBy: fullName(inviter),
      url: link(ctx.app, '/accept-invitation', token),
      validHours: config.invitationTtlHours,
    }),
  });
}

/** Accepting an invitation sets the password, activates the account and logs the user in. */
export async function acceptInvitation(
  app: AppServices,
  input: { token: string; password: string },
  client: ClientInfo,
): Promise<Result<NewSession>> {
  return inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const token = await consumeToken(em, input.token, 'INVITATION');
    if (!token.ok) return token;
    const policy = checkPasswordPolicy(input.password);
    if (policy.length > 0) return failed<NewSession>(policy);
    await em.update(
      UserEntity,
      { id: token.value.userId },
      { passwordHash: await hashPassword(input.password), status: 'ACTIVE' },
    );
    await markUsed(em, token.value.tokenId);
    const user = await em.findOneByOrFail(UserEntity, { id: token.value.userId });
    await recordAudit(em, {
      organisationId: user.organisationId,
      actorUserId: user.id,
      action: 'user.activated',
      entityType: 'user',
      entityId: user.id,
    });
    return ok(await createSession(em, app, user, client));
  });
}

// ---------------------------------------------------------------------------------------------------
// Password reset

/**
 * Mails a reset link when an active account has this email address. Answers the same either way, so
 * that nobody learns whether an account exists; at most one mail a minute per account.
 */
export async function requestPasswordReset(app: AppServices, email: string): Promise<void> {
  const address = normaliseEmail(email);
  if (!address) return;
  await inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const user = await em
      .createQueryBuilder(UserEntity, 'u')
      .where("lower(u.email) = lower(:address) AND u.status = 'ACTIVE'", { address })
      .getOne();
    if (!user) return;
    const recent: unknown[] = await em.query(
      `SELECT 1 FROM user_token WHERE user_id = $1 AND purpose = 'PASSWORD_RESET' AND used_at IS NULL
          AND created_at > now() - interval '1 minute'`,
      [user.id],
    );
    if (recent.length > 0) return;
    const minutes = app.config.passwordResetTtlMinutes;
    const token = await createToken(em, user, 'PASSWORD_RESET', minutes * 60_000);
    await queueMail(em, app.config.publicUrl, {
      organisationId: user.organisationId,
      to: user.email,
      language: user.language,
      template: 'password-reset',
      content: passwordResetMail(user.language, {
        firstName: user.firstName,
        url: link(app, '/reset-password', token),
        validMinutes: minutes,
      }),
    });
  });
}

/** Sets a new password with a reset link; every session of the account is ended. */
export async function resetPassword(
  app: AppServices,
  input: { token: string; password: string },
): Promise<Result<true>> {
  return inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const token = await consumeToken(em, input.token, 'PASSWORD_RESET');
    if (!token.ok) return token;
    const policy = checkPasswordPolicy(input.password);
    if (policy.length > 0) return failed<true>(policy);
    await em.update(
      UserEntity,
      { id: token.value.userId },
      { passwordHash: await hashPassword(input.password) },
    );
    await markUsed(em, token.value.tokenId);
    await revokeAllSessions(em, app, token.value.userId);
    const user = await em.findOneByOrFail(UserEntity, { id: token.value.userId });
    await recordAudit(em, {
      organisationId: user.organisationId,
      actorUserId: user.id,
      action: 'user.password-reset',
      entityType: 'user',
      entityId: user.id,
    });
    return ok(true as const);
  });
}

// ---------------------------------------------------------------------------------------------------
// One's own account

export async function currentUser(ctx: Ctx): Promise<UserEntity> {
  const viewer = requireUser(ctx);
  const user = await ctx.loaders.user.load(viewer.userId);
  if (!user) throw unauthenticated();
  return user;
}

async function checkCurrentPassword(em: EntityManager, userId: string, password: string): Promise<boolean> {
  const row = await em
    .createQueryBuilder(UserEntity, 'u')
    .addSelect('u.passwordHash')
    .where('u.id = :userId', { userId })
    .getOne();
  return verifyPassword(row?.passwordHash, password);
}

export interface UpdateProfileInput {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  currentPassword: string;
}

/**
 * Changes one's own name, email or phone, confirmed with the current password. A new email address is
 * announced to the old one. Organisation and roles are not part of the input: nobody changes their own.
 */
export async function updateProfile(ctx: Ctx, input: UpdateProfileInput): Promise<Result<UserEntity>> {
  const viewer = requireUser(ctx);
  const errors = new FieldErrors();
  const firstName = errors.required('firstName', input.firstName, 100);
  const lastName = errors.required('lastName', input.lastName, 100);
  const email = errors.email('email', input.email);
  const phone = errors.phone('phone', input.phone);
  if (!input.currentPassword) errors.add('currentPassword', 'REQUIRED');
  if (errors.has() || !email) return failed(errors.list);

  const em = await ctx.tx.manager();
  if (!(await checkCurrentPassword(em, viewer.userId, input.currentPassword))) {
    return failed([{ field: 'currentPassword', code: 'WRONG_PASSWORD' }]);
  }
  const before = await em.findOneByOrFail(UserEntity, { id: viewer.userId });
  const after = { firstName, lastName, email, phone };
  const changes = diffFields(before, after, ['firstName', 'lastName', 'email', 'phone']);
  if (changes.length === 0) return ok(before);
  const updated = await nullOnUniqueViolation(em, () => em.update(UserEntity, { id: viewer.userId }, after));
  if (updated === null) return failed([{ field: 'email', code: 'EMAIL_TAKEN' }]);
  await recordAudit(em, {
    organisationId: before.organisationId,
    actorUserId: viewer.userId,
    action: 'user.profile-updated',
    entityType: 'user',
    entityId: viewer.userId,
    changes,
  });
  if (before.email.toLowerCase() !== email.toLowerCase()) {
    await queueMail(em, ctx.app.config.publicUrl, {
      organisationId: before.organisationId,
      to: before.email,
      language: before.language,
      template: 'account-email-changed',
      content: accountEmailChangedMail(before.language, {
        firstName,
        newEmail: email,
        url: ctx.app.config.publicUrl,
      }),
    });
  }
  return ok(await em.findOneByOrFail(UserEntity, { id: viewer.userId }));
}

/** Changes one's own password; every other session of the account is ended. */
export async function changePassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
): Promise<Result<true>> {
  const viewer = requireUser(ctx);
  const em = await ctx.tx.manager();
  if (!(await checkCurrentPassword(em, viewer.userId, input.currentPassword))) {
    return failed([{ field: 'currentPassword', code: 'WRONG_PASSWORD' }]);
  }
  const policy = checkPasswordPolicy(input.newPassword, 'newPassword');
  if (policy.length > 0) return failed(policy);
  await em.update(UserEntity, { id: viewer.userId }, { passwordHash: await hashPassword(input.newPassword) });
  await revokeAllSessions(em, ctx.app, viewer.userId, viewer.sessionId);
  await recordAudit(em, {
    organisationId: viewer.organisationId,
    actorUserId: viewer.userId,
    action: 'user.password-changed',
    entityType: 'user',
    entityId: viewer.userId,
  });
  return ok(true as const);
}

export async function setLanguage(ctx: Ctx, language: string): Promise<Result<UserEntity>> {
  const viewer = requireUser(ctx);
  if (!isLanguage(language)) return failed([{ field: 'language', code: 'INVALID_LANGUAGE' }]);
  const em = await ctx.tx.manager();
  await em.update(UserEntity, { id: viewer.userId }, { language });
  return ok(await em.findOneByOrFail(UserEntity, { id: viewer.userId }));
}

// ---------------------------------------------------------------------------------------------------
// The organisation's users

/** The users of the viewer's organisation (any tenant user), or of `organisationId` for staff. */
export async function listOrganisationUsers(ctx: Ctx, organisationId: string): Promise<UserEntity[]> {
  requireUser(ctx);
  const em = await ctx.tx.manager();
  return em.find(UserEntity, {
    where: { organisationId },
    order: { lastName: 'ASC', firstName: 'ASC', id: 'ASC' },
  });
}

/** An ADMIN sets a colleague's roles. Nobody changes their own roles. */
export async function setUserRoles(
  ctx: Ctx,
  input: { userId: string; roles: string[] },
): Promise<Result<UserEntity>> {
  const admin = requireAdmin(ctx);
  const em = await ctx.tx.manager();
  const user = await em.findOneBy(UserEntity, { id: input.userId, organisationId: admin.organisationId });
  if (!user) throw notFound('user');
  const errors = new FieldErrors();
  if (user.id === admin.userId) errors.add('roles', 'OWN_ROLES');
  const roles = checkTenantRoles(errors, input.roles);
  if (errors.has()) return failed(errors.list);
  const changes = diffFields(user, { roles }, ['roles']);
  if (changes.length === 0) return ok(user);
  await em.update(UserEntity, { id: user.id }, { roles });
  await recordAudit(em, {
    organisationId: admin.organisationId,
    actorUserId: admin.userId,
    action: 'user.roles-changed',
    entityType: 'user',
    entityId: user.id,
    changes,
  });
  return ok(await em.findOneByOrFail(UserEntity, { id: user.id }));
}
