// Privacy rights and retention (decision 0029): retention periods per theme (message threads) and per
// queue (tickets), legal holds that keep a thread, a ticket or a person out of deletion and erasure, the
// marks of an erased person, and personal data exports (a ZIP built by the export_personal_data job,
// downloadable once). Inserting an export enqueues its job in the same transaction.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Privacy1766700000000 implements MigrationInterface {
  name = 'Privacy1766700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- NULL: kept for ever. Days after the thread's last message / the ticket's closing.
      ALTER TABLE theme ADD COLUMN retention_days integer CHECK (retention_days BETWEEN 1 AND 36500);
      ALTER TABLE ticket_queue ADD COLUMN retention_days integer CHECK (retention_days BETWEEN 1 AND 36500);

      ALTER TABLE message_thread ADD COLUMN legal_hold boolean NOT NULL DEFAULT false;
      ALTER TABLE ticket ADD COLUMN legal_hold boolean NOT NULL DEFAULT false;
      ALTER TABLE app_user ADD COLUMN legal_hold boolean NOT NULL DEFAULT false;
      ALTER TABLE app_user ADD COLUMN erased_at timestamptz;
      ALTER TABLE contact_person ADD COLUMN legal_hold boolean NOT NULL DEFAULT false;
      ALTER TABLE contact_person ADD COLUMN erased_at timestamptz;

      -- The retention job's candidates: closed tickets by closing time, threads by last activity.
      CREATE INDEX ticket_closed_idx ON ticket (closed_at) WHERE status = 'CLOSED' AND NOT legal_hold;
      CREATE INDEX message_thread_last_idx ON message_thread (last_message_at) WHERE NOT legal_hold;

      CREATE TABLE personal_data_export (
        id uuid PRIMARY KEY,
        -- The subject's organisation (NULL for department staff): the export goes when it goes.
        organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
        subject_kind text NOT NULL CHECK (subject_kind IN ('USER', 'CONTACT')),
        subject_id uuid NOT NULL,
        requested_by uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'READY', 'DOWNLOADED', 'FAILED', 'EXPIRED')),
        storage_key text,
        size_bytes bigint,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        ready_at timestamptz,
        downloaded_at timestamptz
      );
      CREATE INDEX personal_data_export_requester_idx ON personal_data_export (requested_by, created_at DESC);
      CREATE INDEX personal_data_export_ready_idx ON personal_data_export (ready_at) WHERE status = 'READY';

      -- The department's staff (the service admits DEPARTMENT_ADMIN only) and the worker see every export;
      -- anyone else only the exports they asked for (the service lets a user ask only about themselves).
      ALTER TABLE personal_data_export ENABLE ROW LEVEL SECURITY;
      ALTER TABLE personal_data_export FORCE ROW LEVEL SECURITY;
      CREATE POLICY personal_data_export_access ON personal_data_export
        USING (app_scope() IN ('staff', 'system') OR requested_by = app_user_id())
        WITH CHECK (app_scope() IN ('staff', 'system') OR requested_by = app_user_id());

      CREATE FUNCTION personal_data_export_after_insert() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM graphile_worker.add_job('export_personal_data', json_build_object('id', NEW.id),
          job_key := 'export:' || NEW.id::text, max_attempts := 5);
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION personal_data_export_after_insert() FROM PUBLIC;
      CREATE TRIGGER personal_data_export_enqueue AFTER INSERT ON personal_data_export
        FOR EACH ROW EXECUTE FUNCTION personal_data_export_after_insert();

      -- Erasing a person ends their sessions, which staff cannot otherwise touch (a session is its user's).
      CREATE FUNCTION privacy_end_sessions(p_user_id uuid) RETURNS uuid[]
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        v_ids uuid[];
      BEGIN
        IF app_scope() NOT IN ('staff', 'system') THEN
          RAISE EXCEPTION 'privacy_end_sessions: staff only';
        END IF;
        WITH ended AS (
          UPDATE user_session SET revoked_at = now()
           WHERE user_id = p_user_id AND revoked_at IS NULL RETURNING id)
        SELECT coalesce(array_agg(id), '{}') INTO v_ids FROM ended;
        RETURN v_ids;
      END $$;
      REVOKE ALL ON FUNCTION privacy_end_sessions(uuid) FROM PUBLIC;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION privacy_end_sessions(uuid);
      DROP TABLE personal_data_export;
      DROP FUNCTION personal_data_export_after_insert();
      DROP INDEX message_thread_last_idx;
      DROP INDEX ticket_closed_idx;
      ALTER TABLE contact_person DROP COLUMN erased_at, DROP COLUMN legal_hold;
      ALTER TABLE app_user DROP COLUMN erased_at, DROP COLUMN legal_hold;
      ALTER TABLE ticket DROP COLUMN legal_hold;
      ALTER TABLE message_thread DROP COLUMN legal_hold;
      ALTER TABLE ticket_queue DROP COLUMN retention_days;
      ALTER TABLE theme DROP COLUMN retention_days;
    `);
  }
}
