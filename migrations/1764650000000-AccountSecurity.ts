// Account security (decision 0010): one rate limiter for logins, password guesses and mail-causing
// mutations (server/src/db/rate-limiter.ts), replacing the login-only throttle table; email changes
// confirmed from the new address (a token carrying it); and invitations that do not tell an ADMIN that an
// address has an account in another organisation: an invited (not yet active) user may share an address
// with an account elsewhere; one account per address can log in, and one user per address per organisation.
// rate_limit is not tenant data (keys name accounts, users and addresses); the application role gets its
// rights from the bootstrap's grants on every table.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountSecurity1764650000000 implements MigrationInterface {
  name = 'AccountSecurity1764650000000';

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

      ALTER TABLE user_token ADD COLUMN email text;
      ALTER TABLE user_token DROP CONSTRAINT user_token_purpose_check;
      ALTER TABLE user_token ADD CONSTRAINT user_token_purpose_check
        CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET', 'EMAIL_CHANGE'));
      ALTER TABLE user_token ADD CONSTRAINT user_token_email_change_has_email
        CHECK ((purpose = 'EMAIL_CHANGE') = (email IS NOT NULL));

      DROP INDEX app_user_email_key;
      CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email)) WHERE status <> 'INVITED';
      CREATE UNIQUE INDEX app_user_organisation_email_key ON app_user (organisation_id, lower(email));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX app_user_organisation_email_key;
      DROP INDEX app_user_email_key;
      -- Invitations to an address with an account elsewhere cannot stay.
      DELETE FROM app_user u WHERE u.status = 'INVITED'
        AND EXISTS (SELECT 1 FROM app_user o WHERE lower(o.email) = lower(u.email) AND o.id <> u.id
                      AND (o.status <> 'INVITED' OR o.id < u.id));
      CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));

      DELETE FROM user_token WHERE purpose = 'EMAIL_CHANGE';
      ALTER TABLE user_token DROP CONSTRAINT user_token_email_change_has_email;
      ALTER TABLE user_token DROP CONSTRAINT user_token_purpose_check;
      ALTER TABLE user_token ADD CONSTRAINT user_token_purpose_check
        CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET'));
      ALTER TABLE user_token DROP COLUMN email;

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
