// Single sign-on (decision 0028): the authorization code flow with PKCE, state and nonce against the
// configured issuer. The web app keeps the flow's secrets in a short-lived cookie between the two steps;
// this side builds the issuer's address, redeems the code (checking state, nonce, PKCE and the issuer) and
// finds the Loket user the issuer's person is, or refuses them.
import { randomUUID } from 'node:crypto';
import * as oidc from 'openid-client';
import type { EntityManager } from 'typeorm';
import type { SsoConfig } from '../../config.js';
import type { AppServices, Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { nullOnUniqueViolation } from '../../db/savepoint.js';
import { inScope } from '../../db/scope.js';
import { type FieldError, failed, ok, type Result } from '../../domain/errors.js';
import { normaliseEmail } from '../../domain/validate.js';
import { requireUser } from '../../domain/viewer.js';
import { type ClientInfo, createSession, type NewSession } from '../accounts/session.service.js';
import { UserEntity } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { issuerConfiguration } from './oidc-issuer.js';

/** What the browser needs to go to the issuer, and what must come back with it (kept by the web app). */
export interface SingleSignOnStart {
  authorizationUrl: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The issuer's answer (the address it sent the browser back to) and the secrets of the start. */
export interface SingleSignOnReturn {
  callbackUrl: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

const refused = <T>(code: FieldError['code']): Result<T> => failed<T>([{ field: null, code }]);

async function configurationOf(app: AppServices): Promise<oidc.Configuration | null> {
  if (!app.config.sso) return null;
  try {
    return await issuerConfiguration(app.config.sso);
  } catch (error) {
    app.log.warn({ err: error }, 'single sign-on: the issuer could not be reached');
    return null;
  }
}

export async function startSingleSignOn(app: AppServices): Promise<Result<SingleSignOnStart>> {
  const sso = app.config.sso;
  const configuration = await configurationOf(app);
  if (!sso || !configuration) return refused('SSO_UNAVAILABLE');
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: sso.redirectUrl,
    scope: sso.scopes,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return ok({ authorizationUrl: url.href, state, nonce, codeVerifier });
}

/** The claims Loket reads from the ID token (and userinfo, which it does not call: the token suffices). */
interface PersonClaims {
  issuer: string;
  subject: string;
  /** Only an address the issuer says it verified. */
  verifiedEmail: string | null;
  firstName: string;
  lastName: string;
  language: 'nl' | 'en';
  organisationNumber: string | null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function personOf(claims: oidc.IDToken, sso: SsoConfig): PersonClaims {
  const email = text(claims.email);
  const verifiedEmail = email && claims.email_verified === true ? normaliseEmail(email) : null;
  const claim = sso.organisationClaim ? claims[sso.organisationClaim] : undefined;
  return {
    issuer: claims.iss,
    subject: claims.sub,
    verifiedEmail,
    firstName: text(claims.given_name) ?? text(claims.name) ?? verifiedEmail?.split('@')[0] ?? '',
    lastName: text(claims.family_name) ?? '',
    language: text(claims.locale)?.toLowerCase().startsWith('en') ? 'en' : 'nl',
    organisationNumber: typeof claim === 'number' ? String(claim) : text(claim),
  };
}

/**
 * Redeems the issuer's code and logs its person in. Anything wrong with the answer (state, nonce, PKCE,
 * a replayed or expired code, another issuer) is SSO_FAILED; a person Loket does not know is
 * SSO_UNKNOWN_USER, a disabled account SSO_ACCOUNT_DISABLED. Never a throw for what a browser sends.
 */
export async function completeSingleSignOn(
  app: AppServices,
  input: SingleSignOnReturn,
  client: ClientInfo,
): Promise<Result<NewSession>> {
  const sso = app.config.sso;
  const configuration = await configurationOf(app);
  if (!sso || !configuration) return refused('SSO_UNAVAILABLE');
  const callback = URL.parse(input.callbackUrl);
  // The code is redeemed for our own callback address only (the issuer checks it against the request's).
  if (!callback || `${callback.origin}${callback.pathname}` !== sso.redirectUrl) return refused('SSO_FAILED');
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    tokens = await oidc.authorizationCodeGrant(configuration, callback, {
      pkceCodeVerifier: input.codeVerifier,
      expectedState: input.state,
      expectedNonce: input.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    app.log.info({ reason: (error as Error).message }, 'single sign-on: the issuer’s answer was refused');
    return refused('SSO_FAILED');
  }
  const claims = tokens.claims();
  if (!claims) return refused('SSO_FAILED');
  const person = personOf(claims, sso);
  return inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const user = await userFor(em, person, sso);
    if (!user.ok) return user;
    const session = await createSession(em, app, user.value, client);
    await em.query('UPDATE user_session SET oidc_id_token = $1 WHERE id = $2', [
      tokens.id_token ?? null,
      session.sessionId,
    ]);
    return ok(session);
  });
}

/** The Loket user of the issuer's person: linked before, else found by verified address, else created. */
async function userFor(em: EntityManager, person: PersonClaims, sso: SsoConfig): Promise<Result<UserEntity>> {
  const linked = await em
    .createQueryBuilder(UserEntity, 'u')
    .where('u.oidc_issuer = :issuer AND u.oidc_subject = :subject', person)
    .getOne();
  if (linked) return linked.status === 'ACTIVE' ? ok(linked) : refused('SSO_ACCOUNT_DISABLED');
  if (!person.verifiedEmail) return refused('SSO_UNKNOWN_USER');
  // An active account first, else the newest invitation; never an account linked to another person.
  const byEmail = await em
    .createQueryBuilder(UserEntity, 'u')
    .where('lower(u.email) = lower(:email) AND u.oidc_subject IS NULL', { email: person.verifiedEmail })
    .orderBy("CASE u.status WHEN 'ACTIVE' THEN 0 WHEN 'INVITED' THEN 1 ELSE 2 END")
    .addOrderBy('u.createdAt', 'DESC')
    .getOne();
  if (byEmail?.status === 'DISABLED') return refused('SSO_ACCOUNT_DISABLED');
  if (byEmail) {
    const linkedNow = await link(em, byEmail, person);
    return linkedNow ? ok(linkedNow) : refused('SSO_UNKNOWN_USER');
  }
  return createFromClaim(em, person, sso);
}

/** Links the account to the person (activating an invitation); null when its address is taken meanwhile. */
async function link(em: EntityManager, user: UserEntity, person: PersonClaims): Promise<UserEntity | null> {
  const updated = await nullOnUniqueViolation(em, () =>
    em.query(
      `UPDATE app_user SET oidc_issuer = $1, oidc_subject = $2, status = 'ACTIVE', updated_at = now()
        WHERE id = $3`,
      [person.issuer, person.subject, user.id],
    ),
  );
  if (updated === null) return null;
  await recordAudit(em, {
    organisationId: user.organisationId,
    actorUserId: user.id,
    action: user.status === 'INVITED' ? 'user.activated' : 'user.sso-linked',
    entityType: 'user',
    entityId: user.id,
  });
  return { ...user, status: 'ACTIVE' };
}

/** A person unknown to Loket whose configured claim names an organisation becomes its user. */
async function createFromClaim(
  em: EntityManager,
  person: PersonClaims,
  sso: SsoConfig,
): Promise<Result<UserEntity>> {
  if (!person.organisationNumber || !person.verifiedEmail) return refused('SSO_UNKNOWN_USER');
  // Numbers compare without their dots and spaces: 0123.456.789 is 0123456789.
  const organisations = await queryRows<{ id: string }>(
    em,
    `SELECT id FROM organisation
      WHERE regexp_replace(external_number, '[^0-9A-Za-z]', '', 'g') = regexp_replace($1, '[^0-9A-Za-z]', '', 'g')
      LIMIT 1`,
    [person.organisationNumber],
  );
  const organisationId = organisations[0]?.id;
  if (!organisationId) return refused('SSO_UNKNOWN_USER');
  const id = randomUUID();
  // The address may be another person's account (linked to them): one account per address, so refused.
  const created = await nullOnUniqueViolation(em, () =>
    em.query(
      `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, language, roles, status,
                           oidc_issuer, oidc_subject)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'ACTIVE', $8, $9)`,
      [
        id,
        organisationId,
        person.verifiedEmail,
        person.firstName.slice(0, 100),
        person.lastName.slice(0, 100),
        person.language,
        [sso.newUserRole],
        person.issuer,
        person.subject,
      ],
    ),
  );
  if (created === null) return refused('SSO_UNKNOWN_USER');
  await recordAudit(em, {
    organisationId,
    actorUserId: id,
    action: 'user.sso-created',
    entityType: 'user',
    entityId: id,
    changes: [{ field: 'roles', old: null, new: sso.newUserRole }],
  });
  return ok(await em.findOneByOrFail(UserEntity, { id }));
}

/**
 * Where to send the browser to end the issuer's session too: its end-session endpoint with the ID token of
 * this session as the hint; null when the session did not come from the issuer or it offers no such thing.
 */
export async function singleSignOutUrl(ctx: Ctx): Promise<string | null> {
  const viewer = requireUser(ctx);
  const sso = ctx.app.config.sso;
  if (!sso) return null;
  const em = await ctx.tx.manager();
  const rows = await queryRows<{ oidc_id_token: string | null }>(
    em,
    'SELECT oidc_id_token FROM user_session WHERE id = $1',
    [viewer.sessionId],
  );
  const idToken = rows[0]?.oidc_id_token;
  if (!idToken) return null;
  const configuration = await configurationOf(ctx.app);
  if (!configuration?.serverMetadata().end_session_endpoint) return null;
  return oidc.buildEndSessionUrl(configuration, {
    id_token_hint: idToken,
    post_logout_redirect_uri: sso.postLogoutUrl,
  }).href;
}
