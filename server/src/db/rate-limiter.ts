// A rate limiter kept in PostgreSQL, so that every server instance counts the same attempts. Each attempt
// is counted by one atomic statement before it is evaluated: however many arrive at once, at most `max`
// of them per window get through.
import type { DataSource } from 'typeorm';
import { queryRows } from './query.js';
import { inScope } from './scope.js';

/** At most `max` attempts per key within `minutes`; the attempt that reaches `max` locks the key for `minutes`. */
export interface RateLimit {
  max: number;
  minutes: number;
}

/** One key counted under one limit, e.g. `login:account:<email>`. */
export interface RateHit {
  key: string;
  limit: RateLimit;
}

export type RateVerdict = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/** Share of attempts that also delete rows expired for a day (keeps the table small without a job). */
const SWEEP_ODDS = 0.01;

/**
 * Counts one attempt on every key (in its own committed transaction, so that concurrent attempts see it
 * at once) and answers whether all keys are still within their limits.
 */
export async function consumeAttempt(dataSource: DataSource, hits: readonly RateHit[]): Promise<RateVerdict> {
  if (hits.length === 0) return { allowed: true };
  // Sorted: concurrent attempts on the same keys lock their rows in the same order (no deadlock).
  const sorted = [...hits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const rows = await inScope(dataSource, { kind: 'system' }, async (em) => {
    if (Math.random() < SWEEP_ODDS)
      await em.query(`DELETE FROM rate_limit WHERE expires_at < now() - interval '1 day'`);
    return queryRows<{ points: number; max_points: number; minutes_left: number }>(
      em,
      `INSERT INTO rate_limit AS r (key, points, max_points, expires_at)
       SELECT k.key, 1, k.max, now() + make_interval(secs => k.seconds)
         FROM unnest($1::text[], $2::int[], $3::float8[]) AS k(key, max, seconds)
       ON CONFLICT (key) DO UPDATE SET
         points = CASE WHEN r.expires_at <= now() THEN 1 ELSE r.points + 1 END,
         max_points = EXCLUDED.max_points,
         expires_at = CASE
           WHEN r.expires_at <= now() THEN EXCLUDED.expires_at
           WHEN r.points + 1 = EXCLUDED.max_points THEN EXCLUDED.expires_at
           ELSE r.expires_at END
       RETURNING points, max_points, ceil(extract(epoch FROM r.expires_at - now()) / 60)::int AS minutes_left`,
      [sorted.map((h) => h.key), sorted.map((h) => h.limit.max), sorted.map((h) => h.limit.minutes * 60)],
    );
  });
  const over = rows.filter((r) => r.points > r.max_points);
  if (over.length === 0) return { allowed: true };
  return { allowed: false, retryAfterMinutes: Math.max(1, ...over.map((r) => r.minutes_left)) };
}

/** Gives one attempt back on each key (an attempt that turned out legitimate, e.g. a successful login). */
export async function refundAttempt(dataSource: DataSource, keys: readonly string[]): Promise<void> {
  await inScope(dataSource, { kind: 'system' }, (em) =>
    em.query('UPDATE rate_limit SET points = greatest(points - 1, 0) WHERE key = ANY($1)', [
      [...keys].sort(),
    ]),
  );
}

/** Forgets the attempts on each key (e.g. an account's after its owner logged in). */
export async function resetAttempts(dataSource: DataSource, keys: readonly string[]): Promise<void> {
  await inScope(dataSource, { kind: 'system' }, (em) =>
    em.query('DELETE FROM rate_limit WHERE key = ANY($1)', [[...keys].sort()]),
  );
}
