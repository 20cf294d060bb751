// Single sign-on (decision 0028): a user is linked to the issuer's subject (`sub`) once, at their first
// sign-on; a session begun through the issuer keeps its ID token, the hint for logging out there too.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SingleSignOn1766600000000 implements MigrationInterface {
  name = 'SingleSignOn1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN oidc_issuer text,
        ADD COLUMN oidc_subject text,
        ADD CONSTRAINT app_user_oidc_link_check CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL));
      CREATE UNIQUE INDEX app_user_oidc_subject_key ON app_user (oidc_issuer, oidc_subject)
        WHERE oidc_subject IS NOT NULL;
      ALTER TABLE user_session ADD COLUMN oidc_id_token text;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE user_session DROP COLUMN oidc_id_token;
      DROP INDEX app_user_oidc_subject_key;
      ALTER TABLE app_user DROP CONSTRAINT app_user_oidc_link_check,
        DROP COLUMN oidc_subject, DROP COLUMN oidc_issuer;
    `);
  }
}
