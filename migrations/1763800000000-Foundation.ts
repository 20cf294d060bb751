// Foundation: department (teams, themes), organisations, users, sessions, tokens, audit, mail outbox,
// and the row-level security that binds every tenant table to the transaction's scope.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The scope of the current transaction, set by the server with set_config(..., true):
      -- app.scope = tenant | staff | system (empty outside such a transaction: no tenant rows visible).
      CREATE FUNCTION app_scope() RETURNS text LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT coalesce(current_setting('app.scope', true), '') $$;
      CREATE FUNCTION app_organisation_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT nullif(current_setting('app.organisation_id', true), '')::uuid $$;
      CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
      -- May this transaction see rows of organisation org? Staff and system see all; a tenant only its own.
      CREATE FUNCTION app_can_access(org uuid) RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
        AS $$ SELECT app_scope() IN ('staff', 'system') OR (app_scope() = 'tenant' AND org = app_organisation_id()) $$;

      CREATE TABLE team (
        id uuid PRIMARY KEY,
        name_nl text NOT NULL,
        name_en text NOT NULL,
        email text,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE theme (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name_nl text NOT NULL,
        name_en text NOT NULL,
        team_id uuid NOT NULL REFERENCES team (id),
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX theme_team_idx ON theme (team_id);

      CREATE TABLE organisation (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        external_number text UNIQUE,
        phone text,
        email text,
        website_url text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE organisation_theme (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        theme_id uuid NOT NULL REFERENCES theme (id),
        PRIMARY KEY (organisation_id, theme_id)
      );

      CREATE TABLE app_user (
        id uuid PRIMARY KEY,
        organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
        email text NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        phone text,
        language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
        roles text[] NOT NULL,
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('INVITED', 'ACTIVE', 'DISABLED')),
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- A tenant user belongs to one organisation with tenant roles; staff belong to none.
        CONSTRAINT app_user_roles_match_kind CHECK (
          cardinality(roles) > 0 AND (
            (organisation_id IS NOT NULL AND roles <@ ARRAY['ADMIN', 'MEMBER', 'MEMBER_PLUS'])
            OR (organisation_id IS NULL AND roles <@ ARRAY['AGENT', 'DEPARTMENT_ADMIN'])
          )
        )
      );
      CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));
      CREATE INDEX app_user_organisation_idx ON app_user (organisation_id, last_name, first_name);

      CREATE TABLE team_member (
        team_id uuid NOT NULL REFERENCES team (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        PRIMARY KEY (team_id, user_id)
      );
      CREATE INDEX team_member_user_idx ON team_member (user_id);

      CREATE TABLE user_session (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        user_agent text,
        ip text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX user_session_user_idx ON user_session (user_id, created_at DESC);

      CREATE TABLE user_token (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
        purpose text NOT NULL CHECK (purpose IN ('INVITATION', 'PASSWORD_RESET')),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      );
      CREATE INDEX user_token_user_idx ON user_token (user_id, purpose);

      CREATE TABLE audit_event (
        id uuid PRIMARY KEY,
        organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
        actor_user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid,
        changes jsonb NOT NULL DEFAULT '[]',
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_event_organisation_idx ON audit_event (organisation_id, created_at DESC, id DESC);

      -- Transactional outbox: a mail row is written in the transaction of the change that causes it.
      CREATE TABLE outbound_mail (
        id uuid PRIMARY KEY,
        organisation_id uuid REFERENCES organisation (id) ON DELETE SET NULL,
        recipient text NOT NULL,
        language text NOT NULL CHECK (language IN ('nl', 'en')),
        template text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        message_id text NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      );
      CREATE INDEX outbound_mail_created_idx ON outbound_mail (created_at DESC, id DESC);
      CREATE INDEX outbound_mail_pending_idx ON outbound_mail (created_at) WHERE status = 'PENDING';

      -- Failed logins per account and per IP (not tenant data).
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      );

      -- The one way to read a session outside a scope: present the hash of its token. Runs as the owner
      -- (SECURITY DEFINER), so the application role needs no read access to other users' sessions.
      CREATE FUNCTION app_authenticate(p_token_hash bytea, p_idle_seconds integer)
        RETURNS TABLE (session_id uuid, user_id uuid, organisation_id uuid, roles text[], language text)
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        RETURN QUERY
          SELECT s.id, u.id, u.organisation_id, u.roles, u.language
          FROM user_session s JOIN app_user u ON u.id = s.user_id
          WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(secs => p_idle_seconds) AND u.status = 'ACTIVE';
        -- Keep a live session alive, at most once a minute, so that reads do not each write.
        UPDATE user_session SET last_seen_at = now()
          WHERE token_hash = p_token_hash AND revoked_at IS NULL AND expires_at > now()
            AND last_seen_at > now() - make_interval(secs => p_idle_seconds)
            AND last_seen_at < now() - interval '1 minute';
      END $$;
      REVOKE ALL ON FUNCTION app_authenticate(bytea, integer) FROM PUBLIC;

      ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
      CREATE POLICY organisation_access ON organisation USING (app_can_access(id)) WITH CHECK (app_can_access(id));

      ALTER TABLE organisation_theme ENABLE ROW LEVEL SECURITY;
      CREATE POLICY organisation_theme_access ON organisation_theme
        USING (app_can_access(organisation_id)) WITH CHECK (app_can_access(organisation_id));

      -- Staff users (no organisation) are visible to any scoped transaction: tenants see who handles them.
      ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
      CREATE POLICY app_user_read ON app_user FOR SELECT
        USING (app_can_access(organisation_id) OR (organisation_id IS NULL AND app_scope() <> ''));
      CREATE POLICY app_user_insert ON app_user FOR INSERT WITH CHECK (app_can_access(organisation_id));
      CREATE POLICY app_user_update ON app_user FOR UPDATE
        USING (app_can_access(organisation_id)) WITH CHECK (app_can_access(organisation_id));
      CREATE POLICY app_user_delete ON app_user FOR DELETE USING (app_can_access(organisation_id));

      -- A session is seen by its own user, or by the system scope that authenticates requests.
      ALTER TABLE user_session ENABLE ROW LEVEL SECURITY;
      CREATE POLICY user_session_access ON user_session
        USING (app_scope() = 'system' OR user_id = app_user_id())
        WITH CHECK (app_scope() = 'system' OR user_id = app_user_id());

      -- Tokens are created and replaced in a tenant scope (an ADMIN invites); only their SHA-256 is stored,
      -- so reading a row reveals no usable link. Using one (marking it used) is the system scope's.
      ALTER TABLE user_token ENABLE ROW LEVEL SECURITY;
      CREATE POLICY user_token_read ON user_token FOR SELECT USING (app_can_access(organisation_id));
      CREATE POLICY user_token_insert ON user_token FOR INSERT WITH CHECK (app_can_access(organisation_id));
      CREATE POLICY user_token_update ON user_token FOR UPDATE USING (app_scope() = 'system');
      CREATE POLICY user_token_delete ON user_token FOR DELETE USING (app_can_access(organisation_id));

      -- Audit events are append-only for the application.
      ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
      CREATE POLICY audit_event_read ON audit_event FOR SELECT USING (app_can_access(organisation_id));
      CREATE POLICY audit_event_insert ON audit_event FOR INSERT WITH CHECK (app_can_access(organisation_id));

      -- Mails carry tokens: any scope may queue one for its organisation, only the system scope reads them.
      ALTER TABLE outbound_mail ENABLE ROW LEVEL SECURITY;
      CREATE POLICY outbound_mail_read ON outbound_mail FOR SELECT USING (app_scope() = 'system');
      CREATE POLICY outbound_mail_insert ON outbound_mail FOR INSERT WITH CHECK (app_can_access(organisation_id));
      CREATE POLICY outbound_mail_update ON outbound_mail FOR UPDATE USING (app_scope() = 'system');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE login_throttle, outbound_mail, audit_event, user_token, user_session, team_member,
        app_user, organisation_theme, organisation, theme, team;
      DROP FUNCTION app_authenticate(bytea, integer), app_can_access(uuid), app_user_id(), app_organisation_id(), app_scope();
    `);
  }
}
