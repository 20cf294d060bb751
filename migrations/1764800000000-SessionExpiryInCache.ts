// app_authenticate also answers when the session expires, so that a process that keeps resolved sessions
// for a few seconds (session.service.ts) never keeps one past its end (issue 10: an expired session still
// answered over HTTP for up to SESSION_CACHE_MS).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const BODY = `
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  BEGIN
    RETURN QUERY
      SELECT s.id, u.id, u.organisation_id, u.roles, u.language%EXPIRES%
      FROM user_session s JOIN app_user u ON u.id = s.user_id
      WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
        AND s.last_seen_at > now() - make_interval(secs => p_idle_seconds) AND u.status = 'ACTIVE';
    -- Keep a live session alive, at most once a minute, so that reads do not each write.
    UPDATE user_session SET last_seen_at = now()
      WHERE token_hash = p_token_hash AND revoked_at IS NULL AND expires_at > now()
        AND last_seen_at > now() - make_interval(secs => p_idle_seconds)
        AND last_seen_at < now() - interval '1 minute';
  END $$;`;

export class SessionExpiryInCache1764800000000 implements MigrationInterface {
  name = 'SessionExpiryInCache1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION app_authenticate(bytea, integer);
      CREATE FUNCTION app_authenticate(p_token_hash bytea, p_idle_seconds integer)
        RETURNS TABLE (session_id uuid, user_id uuid, organisation_id uuid, roles text[], language text,
                       session_expires_at timestamptz)
        ${BODY.replace('%EXPIRES%', ', s.expires_at')}
      REVOKE ALL ON FUNCTION app_authenticate(bytea, integer) FROM PUBLIC;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION app_authenticate(bytea, integer);
      CREATE FUNCTION app_authenticate(p_token_hash bytea, p_idle_seconds integer)
        RETURNS TABLE (session_id uuid, user_id uuid, organisation_id uuid, roles text[], language text)
        ${BODY.replace('%EXPIRES%', '')}
      REVOKE ALL ON FUNCTION app_authenticate(bytea, integer) FROM PUBLIC;
    `);
  }
}
