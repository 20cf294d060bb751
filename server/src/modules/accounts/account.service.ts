// Accounts: invitations, password resets, one's own profile and password (the rest of an ADMIN's work on
// the organisation's users is in organisation-users.service.ts). Links in mails are built from PUBLIC_URL,
// never from a request.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AppServices, Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { consumeAttempt } from '../../db/rate-limiter.js';
import { nullOnUniqueViolation } from '../../db/savepoint.js';
import { inScope } from '../../db/scope.js';
import {
  type FieldError,
  failed,
  forbidden,
  notFound,
  ok,
  type Result,
  unauthenticated,
} from '../../domain/errors.js';
import { FieldErrors, normaliseEmail, PERSON_NAME_MAX } from '../../domain/validate.js';
import { hasRole, requireUser, type UserViewer } from '../../domain/viewer.js';
import { isLanguage, type Language } from '../../i18n/language.js';
import {
  accountEmailChangedMail,
  emailChangeAddressInUseMail,
  emailChangeConfirmationMail,
  invitationForExistingAccountMail,
  invitationMail,
  passwordResetMail,
  passwordResetWithoutAccountMail,
} from '../../mail/account-mails.js';
import { queueMail } from '../../mail/outbox.js';
import { diffFields, recordAudit } from '../audit/audit.service.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password.js';
import { countPasswordGuess, passwordGuessSucceeded } from './rate-limits.js';
import {
  type ClientInfo,
  createSession,
  holdUserSessions,
  type NewSession,
  organisationDeactivated,
  revokeAllSessions,
} from './session.service.js';
import { hashToken, looksLikeToken, newToken } from './tokens.js';
import { TENANT_ROLES, type TenantRole, UserEntity } from './user.entity.js';

type TokenPurpose = 'INVITATION' | 'PASSWORD_RESET' | 'EMAIL_CHANGE';

/** How long the link that confirms a new email address works. */
const EMAIL_CHANGE_TTL_HOURS = 24;

/** The viewer, an ADMIN of an organisation; FORBIDDEN for anyone else. */
export function requireAdmin(ctx: Ctx): UserViewer & { organisationId: string } {
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
  email: string | null = null,
): Promise<string> {
  // One live token per purpose: a new link makes the previous one useless.
  await em.query('DELETE FROM user_token WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL', [
    user.id,
    purpose,
  ]);
  const token = newToken();
  await em.query(
    `INSERT INTO user_token (id, user_id, organisation_id, purpose, token_hash, expires_at, email)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      randomUUID(),
      user.id,
      user.organisationId,
      purpose,
      hashToken(token),
      new Date(Date.now() + validMs),
      email,
    ],
  );
  return token;
}

/** Finds a live token in the system scope; the error code tells the user what happened to the link. */
async function consumeToken(
  em: EntityManager,
  token: string,
  purpose: TokenPurpose,
): Promise<Result<{ tokenId: string; userId: string; email: string | null }>> {
  if (!looksLikeToken(token)) return failed([{ field: 'token', code: 'TOKEN_INVALID' }]);
  const rows = await queryRows<{
    id: string;
    user_id: string;
    email: string | null;
    expired: boolean;
    used: boolean;
  }>(
    em,
    `SELECT id, user_id, email, expires_at <= now() AS expired, used_at IS NOT NULL AS used
       FROM user_token WHERE token_hash = $1 AND purpose = $2 FOR UPDATE`,
    [hashToken(token), purpose],
  );
  const row = rows[0];
  if (!row) return failed([{ field: 'token', code: 'TOKEN_INVALID' }]);
  if (row.used) return failed([{ field: 'token', code: 'TOKEN_USED' }]);
  if (row.expired) return failed([{ field: 'token', code: 'TOKEN_EXPIRED' }]);
  return ok({ tokenId: row.id, userId: row.user_id, email: row.email });
}

const markUsed = (em: EntityManager, tokenId: string) =>
  em.query('UPDATE user_token SET used_at = now() WHERE id = $1', [tokenId]);

/**
 * Whether `email` belongs to an account (active or disabled, not merely invited) other than `exceptUserId`,
 * in any organisation. Read in the system scope, and never told to the person asking: only the mail to
 * that address differs (decision 0010).
 */
async function hasAccountElsewhere(
  app: AppServices,
  email: string,
  exceptUserId: string | null,
): Promise<boolean> {
  const rows = await inScope(app.dataSource, { kind: 'system' }, (em) =>
    queryRows(
      em,
      `SELECT 1 FROM app_user WHERE lower(email) = lower($1) AND status <> 'INVITED'
          AND ($2::uuid IS NULL OR id <> $2)`,
      [email, exceptUserId],
    ),
  );
  return rows.length > 0;
}

export function fullName(user: Pick<UserEntity, 'firstName' | 'lastName'>): string {
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

/**
 * An ADMIN invites a colleague: the user is created INVITED and mailed a link to choose a password.
 * EMAIL_TAKEN only when the organisation already has a user with this address; an address with an account
 * in another organisation is invited like any other (that mail says the address has an account).
 */
export async function inviteUser(ctx: Ctx, input: InviteUserInput): Promise<Result<UserEntity>> {
  const admin = requireAdmin(ctx);
  const invited = await inviteToOrganisation(ctx, admin, input);
  if (!invited.ok) return invited;
  const em = await ctx.tx.manager();
  await recordAudit(em, {
    organisationId: admin.organisationId,
    actorUserId: admin.userId,
    action: 'user.invited',
    entityType: 'user',
    entityId: invited.value.id,
    changes: [
      { field: 'email', old: null, new: invited.value.email },
      { field: 'roles', old: null, new: invited.value.roles.join(', ') },
    ],
  });
  return invited;
}

/**
 * Creates an INVITED user of `by.organisationId` and mails the invitation in the name of `by.userId` (an
 * ADMIN of the organisation, or a DEPARTMENT_ADMIN inviting its first Beheerder). The caller authorises
 * and audits.
 */
export async function inviteToOrganisation(
  ctx: Ctx,
  by: { organisationId: string; userId: string },
  input: InviteUserInput,
): Promise<Result<UserEntity>> {
  const errors = new FieldErrors();
  const email = errors.email('email', input.email);
  const firstName = errors.required('firstName', input.firstName, PERSON_NAME_MAX);
  const lastName = errors.required('lastName', input.lastName, PERSON_NAME_MAX);
  const roles = checkTenantRoles(errors, input.roles);
  const language: Language = isLanguage(input.language) ? input.language : 'nl';
  if (errors.has() || !email) return failed(errors.list);

  const em = await ctx.tx.manager();
  const id = randomUUID();
  const inserted = await nullOnUniqueViolation(em, () =>
    em.query(
      `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, language, roles, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'INVITED')`,
      [id, by.organisationId, email, firstName, lastName, language, roles],
    ),
  );
  if (inserted === null) return failed([{ field: 'email', code: 'EMAIL_TAKEN' }]);
  const user = await em.findOneByOrFail(UserEntity, { id });
  await sendInvitation(ctx, em, user, by);
  return ok(user);
}

/** Mails a (new) invitation link to a user who has not accepted yet. */
export async function resendInvitation(ctx: Ctx, userId: string): Promise<UserEntity> {
  const admin = requireAdmin(ctx);
  const em = await ctx.tx.manager();
  const user = await em.findOneBy(UserEntity, { id: userId, organisationId: admin.organisationId });
  if (!user) throw notFound('user');
  if (user.status !== 'INVITED') return user;
  await sendInvitation(ctx, em, user, admin);
  await recordAudit(em, {
    organisationId: admin.organisationId,
    actorUserId: admin.userId,
    action: 'user.invitation-resent',
    entityType: 'user',
    entityId: user.id,
    changes: [{ field: 'email', old: null, new: user.email }],
  });
  return user;
}

/**
 * Mails `user` (INVITED, of `by.organisationId`) a link to choose a password, in the name of `by.userId`.
 * Department staff (`organisationId` null) are invited to the department's e-loket (DEPARTMENT_NAME).
 */
export async function sendInvitation(
  ctx: Ctx,
  em: EntityManager,
  user: UserEntity,
  by: { organisationId: string | null; userId: string },
): Promise<void> {
  const { config } = ctx.app;
  const token = await createToken(em, user, 'INVITATION', config.invitationTtlHours * 3_600_000);
  const [organisation, inviter] = await Promise.all([
    by.organisationId
      ? em.findOneByOrFail(OrganisationEntity, { id: by.organisationId })
      : { name: config.departmentName },
    em.findOneByOrFail(UserEntity, { id: by.userId }),
  ]);
  if (await hasAccountElsewhere(ctx.app, user.email, user.id)) {
    // The link could not be accepted (one account per address): the mail says so instead.
    await queueMail(em, config.publicUrl, {
      organisationId: by.organisationId,
      to: user.email,
      language: user.language,
      template: 'invitation-existing-account',
      content: invitationForExistingAccountMail(user.language, {
        firstName: user.firstName,
        organisationName: organisation.name,
        invitedBy: fullName(inviter),
        url: config.publicUrl,
      }),
    });
    return;
  }
  await queueMail(em, config.publicUrl, {
    organisationId: by.organisationId,
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
    const invited = await em.findOneByOrFail(UserEntity, { id: token.value.userId });
    if (await organisationDeactivated(em, invited.organisationId))
      return failed<NewSession>([{ field: null, code: 'ACCOUNT_ORGANISATION_DEACTIVATED' }]);
    const policy = checkPasswordPolicy(input.password);
    if (policy.length > 0) return failed<NewSession>(policy);
    const passwordHash = await hashPassword(input.password);
    // The address may have become another account's meanwhile (one account per address).
    const activated = await nullOnUniqueViolation(em, () =>
      em.update(UserEntity, { id: token.value.userId }, { passwordHash, status: 'ACTIVE' }),
    );
    if (activated === null) return failed<NewSession>([{ field: null, code: 'EMAIL_TAKEN' }]);
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
 * Mails a reset link when an active account has this email address, and otherwise a mail saying that no
 * account has it: the same answer and the same work (one mail queued) either way, so that nobody learns
 * whether an account exists. At most one mail a minute per address.
 */
/** Reset mails per address: one a minute, so that the form cannot flood someone's mailbox. */
const RESET_MAILS_PER_ADDRESS = { max: 1, minutes: 1 };

export async function requestPasswordReset(app: AppServices, email: string, lang: Language): Promise<void> {
  const address = normaliseEmail(email);
  if (!address) return;
  const perMinute = await consumeAttempt(app.dataSource, [
    { key: `reset:address:${address.toLowerCase()}`, limit: RESET_MAILS_PER_ADDRESS },
  ]);
  if (!perMinute.allowed) return;
  await inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const user = await em
      .createQueryBuilder(UserEntity, 'u')
      .where("lower(u.email) = lower(:address) AND u.status = 'ACTIVE'", { address })
      .getOne();
    if (!user) {
      await queueMail(em, app.config.publicUrl, {
        organisationId: null,
        to: address,
        language: lang,
        template: 'password-reset-no-account',
        content: passwordResetWithoutAccountMail(lang, { url: `${app.config.publicUrl}/login` }),
      });
      return;
    }
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

/**
 * Checks one's current password; each guess is counted like a login (rate-limits.ts), and over the limit
 * the password is not even compared. Null when it is right, else the field error to answer.
 */
export async function checkCurrentPassword(
  ctx: Ctx,
  userId: string,
  password: string,
): Promise<FieldError | null> {
  const attempt = await countPasswordGuess(ctx.app, userId);
  if (!attempt.allowed) {
    return {
      field: 'currentPassword',
      code: 'TOO_MANY_ATTEMPTS',
      params: { minutes: attempt.retryAfterMinutes },
    };
  }
  const em = await ctx.tx.manager();
  const row = await em
    .createQueryBuilder(UserEntity, 'u')
    .addSelect('u.passwordHash')
    .where('u.id = :userId', { userId })
    .getOne();
  if (!(await verifyPassword(row?.passwordHash, password)))
    return { field: 'currentPassword', code: 'WRONG_PASSWORD' };
  await passwordGuessSucceeded(ctx.app, userId);
  return null;
}

export interface UpdateProfileInput {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  currentPassword: string;
}

/**
 * Changes one's own name and phone, confirmed with the current password. A new email address is not taken
 * at once: a link to confirm it goes to that address (confirmEmailChange), or, when it belongs to another
 * account, a mail saying so; the answer is the same either way (no account-existence oracle). EMAIL_TAKEN
 * only for a colleague's address in one's own organisation, which one can see anyway. Organisation and
 * roles are not part of the input: nobody changes their own.
 */
export async function updateProfile(ctx: Ctx, input: UpdateProfileInput): Promise<Result<UserEntity>> {
  const viewer = requireUser(ctx);
  const errors = new FieldErrors();
  const firstName = errors.required('firstName', input.firstName, PERSON_NAME_MAX);
  const lastName = errors.required('lastName', input.lastName, PERSON_NAME_MAX);
  const email = errors.email('email', input.email);
  const phone = errors.phone('phone', input.phone);
  if (!input.currentPassword) errors.add('currentPassword', 'REQUIRED');
  if (errors.has() || !email) return failed(errors.list);

  const wrongPassword = await checkCurrentPassword(ctx, viewer.userId, input.currentPassword);
  if (wrongPassword) return failed([wrongPassword]);
  const em = await ctx.tx.manager();
  const before = await em.findOneByOrFail(UserEntity, { id: viewer.userId });
  const newEmail = before.email.toLowerCase() !== email.toLowerCase() ? email : null;
  if (newEmail) {
    const colleague = await queryRows(
      em,
      `SELECT 1 FROM app_user WHERE organisation_id IS NOT DISTINCT FROM $1 AND lower(email) = lower($2) AND id <> $3`,
      [before.organisationId, newEmail, before.id],
    );
    if (colleague.length > 0) return failed([{ field: 'email', code: 'EMAIL_TAKEN' }]);
  }
  const after = { firstName, lastName, phone };
  const changes = diffFields(before, after, ['firstName', 'lastName', 'phone']);
  if (changes.length > 0) {
    await em.update(UserEntity, { id: viewer.userId }, after);
    await recordAudit(em, {
      organisationId: before.organisationId,
      actorUserId: viewer.userId,
      action: 'user.profile-updated',
      entityType: 'user',
      entityId: viewer.userId,
      changes,
    });
  }
  if (newEmail) await sendEmailChangeConfirmation(ctx, em, { ...before, firstName }, newEmail);
  return ok(await em.findOneByOrFail(UserEntity, { id: viewer.userId }));
}

async function sendEmailChangeConfirmation(
  ctx: Ctx,
  em: EntityManager,
  user: UserEntity,
  newEmail: string,
): Promise<void> {
  const { config } = ctx.app;
  const mail = { organisationId: user.organisationId, to: newEmail, language: user.language };
  if (await hasAccountElsewhere(ctx.app, newEmail, user.id)) {
    await queueMail(em, config.publicUrl, {
      ...mail,
      template: 'email-change-address-in-use',
      content: emailChangeAddressInUseMail(user.language, { url: config.publicUrl }),
    });
    return;
  }
  const token = await createToken(em, user, 'EMAIL_CHANGE', EMAIL_CHANGE_TTL_HOURS * 3_600_000, newEmail);
  await queueMail(em, config.publicUrl, {
    ...mail,
    template: 'email-change-confirmation',
    content: emailChangeConfirmationMail(user.language, {
      firstName: user.firstName,
      url: link(ctx.app, '/confirm-email', token),
      validHours: EMAIL_CHANGE_TTL_HOURS,
    }),
  });
}

/**
 * Takes the new email address of an account with the link mailed to it (whoever follows it holds that
 * mailbox); the previous address is told. EMAIL_TAKEN when another account took the address meanwhile.
 */
export async function confirmEmailChange(app: AppServices, token: string): Promise<Result<true>> {
  return inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const found = await consumeToken(em, token, 'EMAIL_CHANGE');
    if (!found.ok) return found;
    const { userId, email } = found.value;
    const before = await em.findOneByOrFail(UserEntity, { id: userId });
    if (!email) return failed<true>([{ field: 'token', code: 'TOKEN_INVALID' }]);
    const updated = await nullOnUniqueViolation(em, () => em.update(UserEntity, { id: userId }, { email }));
    if (updated === null) return failed<true>([{ field: null, code: 'EMAIL_TAKEN' }]);
    await markUsed(em, found.value.tokenId);
    await recordAudit(em, {
      organisationId: before.organisationId,
      actorUserId: userId,
      action: 'user.profile-updated',
      entityType: 'user',
      entityId: userId,
      changes: [{ field: 'email', old: before.email, new: email }],
    });
    await queueMail(em, app.config.publicUrl, {
      organisationId: before.organisationId,
      to: before.email,
      language: before.language,
      template: 'account-email-changed',
      content: accountEmailChangedMail(before.language, {
        firstName: before.firstName,
        newEmail: email,
        url: app.config.publicUrl,
      }),
    });
    return ok(true as const);
  });
}

/** Changes one's own password; every other session of the account is ended. */
export async function changePassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string },
): Promise<Result<true>> {
  const viewer = requireUser(ctx);
  const wrongPassword = await checkCurrentPassword(ctx, viewer.userId, input.currentPassword);
  if (wrongPassword) return failed([wrongPassword]);
  const em = await ctx.tx.manager();
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
  // The next request reads the new language, also before this instance hears the change's NOTIFY.
  holdUserSessions(ctx.app, viewer.userId);
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
