// Login throttling per account and per IP: after too many failures within the window, the key is locked
// for the window's length. Kept in PostgreSQL so that every server instance counts the same failures.
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../db/query.js';

export interface ThrottleSettings {
  maxPerAccount: number;
  maxPerIp: number;
  minutes: number;
}

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Minutes until the longest lock among `keys` ends, or 0 when none is locked. */
export async function lockedMinutes(em: EntityManager, keys: string[]): Promise<number> {
  const rows: Array<{ minutes: string }> = await em.query(
    `SELECT ceil(extract(epoch FROM max(locked_until) - now()) / 60)::text AS minutes
       FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`,
    [keys],
  );
  return Number(rows[0]?.minutes ?? 0);
}

/** Counts a failure on `key`; locks it (and starts a fresh count) when it reaches `max`. */
export async function recordFailure(
  em: EntityManager,
  key: string,
  max: number,
  minutes: number,
): Promise<void> {
  const window = `${minutes} minutes`;
  const rows = await queryRows<{ failures: number }>(
    em,
    `INSERT INTO login_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN t.window_started_at < now() - $2::interval THEN 1 ELSE t.failures + 1 END,
       window_started_at = CASE WHEN t.window_started_at < now() - $2::interval THEN now() ELSE t.window_started_at END
     RETURNING failures`,
    [key, window],
  );
  if ((rows[0]?.failures ?? 0) >= max) {
    await em.query(
      `UPDATE login_throttle SET locked_until = now() + $2::interval, failures = 0, window_started_at = now()
        WHERE key = $1`,
      [key, window],
    );
  }
}

export async function clearFailures(em: EntityManager, key: string): Promise<void> {
  await em.query('DELETE FROM login_throttle WHERE key = $1', [key]);
}
