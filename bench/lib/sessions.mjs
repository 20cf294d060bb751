// Session tokens for the baselines (PostGraphile, raw node-postgres): the same `app_authenticate` lookup as
// Loket's, with an optional in-process cache of a few seconds (BENCH_SESSION_CACHE_MS, default 5000; 0
// turns it off), so that every contestant pays for authentication the same way.
import { createHash } from 'node:crypto';

/** @param {import('pg').Pool} pool */
export function sessionAuthenticator(pool, ttlMs = Number(process.env.BENCH_SESSION_CACHE_MS ?? 5000)) {
  const cache = new Map();
  return async function authenticate(authorization) {
    const token = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(authorization ?? '')?.[1];
    if (!token) return null;
    const hit = cache.get(token);
    if (hit && hit.until > Date.now()) return hit.viewer;
    const hash = createHash('sha256').update(token, 'utf8').digest();
    const { rows } = await pool.query('SELECT * FROM app_authenticate($1, $2)', [hash, 48 * 3600]);
    const viewer = rows[0] ?? null;
    if (ttlMs > 0) cache.set(token, { viewer, until: Date.now() + ttlMs });
    return viewer;
  };
}

/** The row-level security settings Loket's scoped transactions set, for a viewer row of app_authenticate. */
export function scopeSettings(viewer) {
  if (!viewer) return { 'app.scope': '', 'app.organisation_id': '', 'app.user_id': '' };
  return viewer.organisation_id
    ? { 'app.scope': 'tenant', 'app.organisation_id': viewer.organisation_id, 'app.user_id': viewer.user_id }
    : { 'app.scope': 'staff', 'app.organisation_id': '', 'app.user_id': viewer.user_id };
}
