// Logging in and out: credentials become a session token; a token becomes the request's viewer.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AppServices, Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { inScope } from '../../db/scope.js';
import { failed, notFound, ok, type Result } from '../../domain/errors.js';
import { normaliseEmail } from '../../domain/validate.js';
import { requireUser, type UserViewer } from '../../domain/viewer.js';
import { Topic } from '../../graphql/topics.js';
import { isLanguage } from '../../i18n/language.js';
import { verifyPassword } from './password.js';
import { countLoginAttempt, loginSucceeded } from './rate-limits.js';
import { SessionEntity } from './session.entity.js';
import { hashToken, looksLikeToken, newToken } from './tokens.js';
import type { Role } from './user.entity.js';
import { UserEntity } from './user.entity.js';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export interface NewSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
  user: UserEntity;
}

/** Creates a session for `user` in the current (system-scoped) transaction. */
export async function createSession(
  em: EntityManager,
  app: AppServices,
  user: UserEntity,
  client: ClientInfo,
): Promise<NewSession> {
  const token = newToken();
  const sessionId = randomUUID();
  const expiresAt = new Date(Date.now() + app.config.session.ttlHours * 3_600_000);
  await em.query(
    `INSERT INTO user_session (id, user_id, organisation_id, token_hash, user_agent, ip, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      sessionId,
      user.id,
      user.organisationId,
      hashToken(token),
      client.userAgent?.slice(0, 300) ?? null,
      client.ip,
      expiresAt,
    ],
  );
  return { token, sessionId, expiresAt, user };
}

/** Whether the user's organisation is deactivated (staff have none). */
export async function organisationDeactivated(
  em: EntityManager,
  organisationId: string | null,
): Promise<boolean> {
  if (!organisationId) return false;
  const rows = await queryRows<{ deactivated: boolean }>(
    em,
    'SELECT deactivated_at IS NOT NULL AS deactivated FROM organisation WHERE id = $1',
    [organisationId],
  );
  return rows[0]?.deactivated ?? false;
}

/**
 * Checks email and password. Every attempt is counted per account and per address before it is evaluated
 * (rate-limits.ts); over the limit the answer is TOO_MANY_ATTEMPTS whatever the password. Unknown accounts
 * take as long as wrong passwords.
 */
export async function login(
  app: AppServices,
  input: { email: string; password: string },
  client: ClientInfo,
): Promise<Result<NewSession>> {
  if (!app.config.passwordLogin) return failed([{ field: null, code: 'PASSWORD_LOGIN_DISABLED' }]);
  const email = normaliseEmail(input.email);
  const attempt = await countLoginAttempt(app, email, client.ip);
  if (!attempt.allowed) {
    return failed([
      { field: null, code: 'TOO_MANY_ATTEMPTS', params: { minutes: attempt.retryAfterMinutes } },
    ]);
  }
  const result = await inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const user = await em
      .createQueryBuilder(UserEntity, 'u')
      .addSelect('u.passwordHash')
      .where("lower(u.email) = lower(:email) AND u.status <> 'INVITED'", { email })
      .getOne();
    const active = user?.status === 'ACTIVE' ? user : null;
    const valid = await verifyPassword(active?.passwordHash, input.password);
    if (!active || !valid) return failed<NewSession>([{ field: null, code: 'INVALID_CREDENTIALS' }]);
    // Told only to whoever knows the password: the account is fine, its organisation is not.
    if (await organisationDeactivated(em, active.organisationId))
      return failed<NewSession>([{ field: null, code: 'ACCOUNT_ORGANISATION_DEACTIVATED' }]);
    return ok(await createSession(em, app, active, client));
  });
  if (result.ok) await loginSucceeded(app, email, client.ip);
  return result;
}

/** How long a resolved session is reused by this process before its token is looked up again. */
const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_MAX = 20_000;
/**
 * How long a user whose rights or sessions are being changed is not cached (`holdUserSessions`): longer than the
 * changing transaction takes and its NOTIFY needs to arrive.
 */
const HOLD_MS = 10_000;

interface CachedViewer {
  viewer: UserViewer;
  /** Reused until then: SESSION_CACHE_MS after the lookup, or the session's end if that comes first. */
  until: number;
}

/**
 * Resolved sessions of this process, by token hash, for SESSION_CACHE_MS. Dropped at once when a session is
 * revoked (here, or on another instance: the session.revoked event) or its user's roles, language, status
 * or organisation change (user.changed). A lookup that was under way while something was dropped does not
 * store its answer (`generation`), so a revocation is never undone by a slower, older read.
 */
class SessionCache {
  private readonly entries = new Map<string, CachedViewer>();
  /** Users not cached until then: a change of theirs is under way (`hold`). */
  private readonly held = new Map<string, number>();
  private generation = 0;

  constructor(pubsub: AppServices['pubsub']) {
    const events = pubsub.subscribe([Topic.SessionRevoked, Topic.UserChanged]);
    void (async () => {
      for await (const event of events) {
        if ('sessionIds' in event) this.dropSessions(event.sessionIds);
        else this.dropUser(event.userId);
      }
    })();
    // Revocations announced while the event listener was down were never heard: forget everything.
    pubsub.onReconnect(() => this.dropAll());
  }

  get(key: string): { viewer: UserViewer | null; generation: number } {
    const hit = this.entries.get(key);
    if (hit && hit.until > Date.now() && !this.isHeld(hit.viewer.userId))
      return { viewer: hit.viewer, generation: this.generation };
    if (hit) this.entries.delete(key);
    return { viewer: null, generation: this.generation };
  }

  set(key: string, viewer: UserViewer, generation: number, expiresAt: Date): void {
    if (generation !== this.generation || this.isHeld(viewer.userId)) return;
    if (this.entries.size >= SESSION_CACHE_MAX) {
      const now = Date.now();
      for (const [k, v] of this.entries) if (v.until <= now) this.entries.delete(k);
      if (this.entries.size >= SESSION_CACHE_MAX) this.entries.clear();
    }
    this.entries.set(key, { viewer, until: Math.min(Date.now() + SESSION_CACHE_MS, expiresAt.getTime()) });
  }

  dropSessions(sessionIds: readonly string[]): void {
    this.generation++;
    const ids = new Set(sessionIds);
    for (const [k, v] of this.entries) if (ids.has(v.viewer.sessionId)) this.entries.delete(k);
  }

  dropAll(): void {
    this.generation++;
    this.entries.clear();
  }

  dropUser(userId: string): void {
    this.generation++;
    for (const [k, v] of this.entries) if (v.viewer.userId === userId) this.entries.delete(k);
  }

  /**
   * Drops the user and keeps them out of the cache for HOLD_MS: a lookup between this moment and the
   * change's commit would read the old rights, and the NOTIFY that drops them again arrives a moment after
   * the commit. Held, every request of that user reads the database, so the change counts at commit.
   */
  hold(userId: string): void {
    this.dropUser(userId);
    const now = Date.now();
    for (const [id, until] of this.held) if (until <= now) this.held.delete(id);
    this.held.set(userId, now + HOLD_MS);
  }

  private isHeld(userId: string): boolean {
    if (this.held.size === 0) return false;
    const until = this.held.get(userId);
    return until !== undefined && until > Date.now();
  }
}

const sessionCaches = new WeakMap<AppServices['pubsub'], SessionCache>();

function sessionCache(app: AppServices): SessionCache {
  let cache = sessionCaches.get(app.pubsub);
  if (!cache) {
    cache = new SessionCache(app.pubsub);
    sessionCaches.set(app.pubsub, cache);
  }
  return cache;
}

/** The viewer a session token stands for, or null when the token is unknown, expired, idle or revoked. */
export async function authenticate(
  app: AppServices,
  token: string | undefined,
  { fresh = false }: { fresh?: boolean } = {},
): Promise<UserViewer | null> {
  if (!token || !looksLikeToken(token)) return null;
  const hash = hashToken(token);
  const key = hash.toString('base64');
  const cache = sessionCache(app);
  const cached = cache.get(key);
  // `fresh` reads the database even when cached: the cache is dropped on a change's NOTIFY, which may
  // arrive a moment after the change committed.
  if (cached.viewer && !fresh) return cached.viewer;
  const rows = await queryRows<{
    session_id: string;
    user_id: string;
    organisation_id: string | null;
    roles: Role[];
    language: string;
    session_expires_at: Date;
  }>(app.dataSource.manager, 'SELECT * FROM app_authenticate($1, $2)', [
    hash,
    Math.round(app.config.session.idleHours * 3600),
  ]);
  const row = rows[0];
  if (!row) return null;
  // Shared by the requests of the next seconds: frozen, so that none can change it for the others.
  const viewer: UserViewer = Object.freeze({
    kind: 'user',
    userId: row.user_id,
    sessionId: row.session_id,
    organisationId: row.organisation_id,
    roles: Object.freeze(row.roles),
    language: isLanguage(row.language) ? row.language : 'nl',
  });
  cache.set(key, viewer, cached.generation, row.session_expires_at);
  return viewer;
}

/** The viewer a freshly created session stands for. */
export function viewerOf(session: NewSession): UserViewer {
  const { user } = session;
  return {
    kind: 'user',
    userId: user.id,
    sessionId: session.sessionId,
    organisationId: user.organisationId,
    roles: user.roles,
    language: user.language,
  };
}

/** Ends the current session. */
export async function logout(ctx: Ctx): Promise<void> {
  const viewer = requireUser(ctx);
  await revokeSessions(ctx, [viewer.sessionId]);
}

/** The viewer's own sessions that are still valid, newest first. */
export async function listOwnSessions(ctx: Ctx): Promise<SessionEntity[]> {
  const viewer = requireUser(ctx);
  const em = await ctx.tx.manager();
  return em
    .createQueryBuilder(SessionEntity, 's')
    .where('s.userId = :userId AND s.revokedAt IS NULL AND s.expiresAt > now()', { userId: viewer.userId })
    .orderBy('s.lastSeenAt', 'DESC')
    .addOrderBy('s.id', 'DESC')
    .getMany();
}

/** Revokes one of the viewer's own sessions; someone else's session is NOT_FOUND. */
export async function revokeOwnSession(ctx: Ctx, sessionId: string): Promise<void> {
  const viewer = requireUser(ctx);
  const em = await ctx.tx.manager();
  const found = await em.findOneBy(SessionEntity, { id: sessionId, userId: viewer.userId });
  if (!found || found.revokedAt) throw notFound('session');
  await revokeSessions(ctx, [sessionId]);
}

async function revokeSessions(ctx: Ctx, sessionIds: string[]): Promise<void> {
  const viewer = requireUser(ctx);
  const em = await ctx.tx.manager();
  await em.query(
    'UPDATE user_session SET revoked_at = now() WHERE id = ANY($1) AND user_id = $2 AND revoked_at IS NULL',
    [sessionIds, viewer.userId],
  );
  // This instance forgets them now; the others when the event arrives (on commit).
  sessionCache(ctx.app).dropSessions(sessionIds);
  await ctx.app.pubsub.publish(em, Topic.SessionRevoked, { sessionIds, userId: viewer.userId });
}

/**
 * This instance stops reusing `userId`'s resolved sessions now and until the change being written has
 * surely committed (SessionCache.hold); other instances drop them on the change's event. Call it in the
 * transaction that changes the user's roles or status.
 */
export function holdUserSessions(app: AppServices, userId: string): void {
  sessionCache(app).hold(userId);
}

/** Revokes every session of a user except `keep` (after a password change or reset, a deactivation). */
export async function revokeAllSessions(
  em: EntityManager,
  app: AppServices,
  userId: string,
  keep: string | null = null,
): Promise<void> {
  const rows = await queryRows<{ id: string }>(
    em,
    `UPDATE user_session SET revoked_at = now()
      WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2) RETURNING id`,
    [userId, keep],
  );
  if (rows.length > 0) {
    const sessionIds = rows.map((r) => r.id);
    sessionCache(app).dropSessions(sessionIds);
    sessionCache(app).hold(userId);
    await app.pubsub.publish(em, Topic.SessionRevoked, { sessionIds, userId });
  }
}

/** Ends every session of another user (an erased person), as staff: through the database's definer function. */
export async function endSessionsOfUser(em: EntityManager, app: AppServices, userId: string): Promise<void> {
  const [row] = await queryRows<{ ids: string[] }>(em, 'SELECT privacy_end_sessions($1) AS ids', [userId]);
  const sessionIds = row?.ids ?? [];
  if (sessionIds.length > 0) {
    sessionCache(app).dropSessions(sessionIds);
    await app.pubsub.publish(em, Topic.SessionRevoked, { sessionIds, userId });
  }
}

/**
 * Revokes every session of an organisation's users (staff deactivated it): dropped from this instance's
 * cache now, from the others' when the events arrive (on commit).
 */
export async function revokeOrganisationSessions(
  em: EntityManager,
  app: AppServices,
  organisationId: string,
): Promise<void> {
  // A staff transaction cannot see users' sessions: a function of the database owner revokes them.
  const rows = await queryRows<{ session_id: string; user_id: string }>(
    em,
    'SELECT session_id, user_id FROM organisation_revoke_sessions($1)',
    [organisationId],
  );
  sessionCache(app).dropSessions(rows.map((r) => r.session_id));
  for (const userId of new Set(rows.map((r) => r.user_id))) {
    const sessionIds = rows.filter((r) => r.user_id === userId).map((r) => r.session_id);
    await app.pubsub.publish(em, Topic.SessionRevoked, { sessionIds, userId });
  }
}
