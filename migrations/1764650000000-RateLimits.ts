// One rate limiter for logins, password guesses and mail-causing mutations (server/src/db/rate-limiter.ts),
// replacing the login-only throttle table. Not tenant data: keys name accounts, users and addresses; the
// application role gets its rights from the bootstrap's grants on every table.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimits1764650000000 implements MigrationInterface {
  name = 'RateLimits1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit (
        key text PRIMARY KEY,
        points integer NOT NULL,
        max_points integer NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX rate_limit_expires_idx ON rate_limit (expires_at);
      DROP TABLE login_throttle;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      );
      DROP TABLE rate_limit;
    `);
  }
}
