// Administration (issue 16): an organisation's Belgian enterprise number (KBO, unique) and recognition
// number (erkenningsnummer), and its deactivation: the sessions of a deactivated organisation's users no
// longer authenticate (their rows, users and data are kept, so that reactivating restores them).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const BODY = `
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  BEGIN
    RETURN QUERY
      SELECT s.id, u.id, u.organisation_id, u.roles, u.language, s.expires_at
      FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
        AND s.last_seen_at > now() - make_interval(secs => p_idle_seconds) AND u.status = 'ACTIVE'
        %ORGANISATION_ACTIVE%;
    -- Keep a live session alive, at most once a minute, so that reads do not each write.
    UPDATE user_session SET last_seen_at = now()
      WHERE token_hash = p_token_hash AND revoked_at IS NULL AND expires_at > now()
        AND last_seen_at > now() - make_interval(secs => p_idle_seconds)
        AND last_seen_at < now() - interval '1 minute';
  END $$;`;

const ORGANISATION_ACTIVE = `AND NOT EXISTS (SELECT 1 FROM organisation o
          WHERE o.id = u.organisation_id AND o.deactivated_at IS NOT NULL)`;

function createAuthenticate(body: string): string {
  return `
    DROP FUNCTION app_authenticate(bytea, integer);
    CREATE FUNCTION app_authenticate(p_token_hash bytea, p_idle_seconds integer)
      RETURNS TABLE (session_id uuid, user_id uuid, organisation_id uuid, roles text[], language text,
                     session_expires_at timestamptz)
      ${body}
    REVOKE ALL ON FUNCTION app_authenticate(bytea, integer) FROM PUBLIC;`;
}

export class Administration1766100000000 implements MigrationInterface {
  name = 'Administration1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisation
        ADD COLUMN enterprise_number text UNIQUE,
        ADD COLUMN recognition_number text UNIQUE,
        ADD COLUMN deactivated_at timestamptz;
      -- The administration's history page reads changes of every organisation newest first, by kind.
      CREATE INDEX audit_event_kind_idx ON audit_event (entity_type, created_at DESC, id DESC);
      ${createAuthenticate(BODY.replace('%ORGANISATION_ACTIVE%', ORGANISATION_ACTIVE))}
      -- Staff deactivating an organisation end its users' sessions in the same transaction; only the
      -- system scope sees sessions otherwise (they are the users' own).
      CREATE FUNCTION organisation_revoke_sessions(p_organisation_id uuid)
        RETURNS TABLE (session_id uuid, user_id uuid)
        LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
          UPDATE user_session s SET revoked_at = now()
           WHERE s.organisation_id = p_organisation_id AND s.revoked_at IS NULL AND app_scope() = 'staff'
          RETURNING s.id, s.user_id
        $$;
      REVOKE ALL ON FUNCTION organisation_revoke_sessions(uuid) FROM PUBLIC;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION organisation_revoke_sessions(uuid);
      ${createAuthenticate(BODY.replace('%ORGANISATION_ACTIVE%', ''))}
      DROP INDEX audit_event_kind_idx;
      ALTER TABLE organisation DROP COLUMN enterprise_number, DROP COLUMN recognition_number,
        DROP COLUMN deactivated_at;
    `);
  }
}
