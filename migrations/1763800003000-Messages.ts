// Berichtenmodule: threads held together by a reference number, messages in both directions, read state,
// the contacts notified per thread, and attachments.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Messages1763800003000 implements MigrationInterface {
  name = 'Messages1763800003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      -- Reference numbers come from a sequence, never from max()+1.
      CREATE SEQUENCE message_reference_seq;

      CREATE TABLE message_thread (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        reference_number text NOT NULL UNIQUE,
        theme_id uuid NOT NULL REFERENCES theme (id),
        title text NOT NULL,
        -- The department team the thread is routed to, and the handler it is assigned to (if any).
        team_id uuid NOT NULL REFERENCES team (id),
        assigned_handler_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Millisecond precision: keyset cursors carry this value through JavaScript dates exactly.
        last_message_at timestamptz(3) NOT NULL DEFAULT now(),
        -- Direction of the latest message: OUTBOUND means the organisation waits for the department.
        last_direction text NOT NULL CHECK (last_direction IN ('INBOUND', 'OUTBOUND')),
        message_count integer NOT NULL DEFAULT 0
      );
      CREATE INDEX message_thread_organisation_idx ON message_thread (organisation_id, last_message_at DESC, id DESC);
      CREATE INDEX message_thread_team_idx ON message_thread (team_id, last_message_at DESC, id DESC);
      CREATE INDEX message_thread_staff_idx ON message_thread (last_message_at DESC, id DESC);

      CREATE TABLE message (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES message_thread (id) ON DELETE CASCADE,
        reference_number text NOT NULL,
        theme_id uuid NOT NULL REFERENCES theme (id),
        direction text NOT NULL CHECK (direction IN ('INBOUND', 'OUTBOUND')),
        title text NOT NULL,
        body text NOT NULL,
        author_id uuid NOT NULL REFERENCES app_user (id),
        -- Who sent it, as shown in lists (e.g. "An Peeters (Team Erkenning)"), kept as it was then.
        sender_label text NOT NULL,
        addressed_team_id uuid REFERENCES team (id),
        addressed_handler_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        sent_at timestamptz(3) NOT NULL DEFAULT now(),
        attachment_count integer NOT NULL DEFAULT 0,
        -- A client-generated key: a retried or double-clicked send yields one message.
        client_key text NOT NULL,
        CONSTRAINT message_client_key_unique UNIQUE (author_id, client_key)
      );
      CREATE INDEX message_list_idx ON message (organisation_id, direction, sent_at DESC, id DESC);
      CREATE INDEX message_all_idx ON message (organisation_id, sent_at DESC, id DESC);
      CREATE INDEX message_theme_idx ON message (organisation_id, theme_id, direction, sent_at DESC, id DESC);
      CREATE INDEX message_thread_idx ON message (thread_id, sent_at, id);
      CREATE INDEX message_reference_idx ON message (organisation_id, reference_number);
      CREATE INDEX message_text_trgm_idx ON message USING gin ((title || ' ' || body) gin_trgm_ops);

      CREATE TABLE message_read (
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        message_id uuid NOT NULL REFERENCES message (id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, message_id)
      );
      CREATE INDEX message_read_message_idx ON message_read (message_id);

      -- Who of the organisation is notified of replies in a thread: standard contacts (a contact person)
      -- or one-off contacts for this thread only.
      CREATE TABLE thread_contact (
        id uuid PRIMARY KEY,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES message_thread (id) ON DELETE CASCADE,
        contact_person_id uuid REFERENCES contact_person (id) ON DELETE CASCADE,
        first_name text,
        last_name text,
        email text,
        phone text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT thread_contact_kind CHECK (
          (contact_person_id IS NOT NULL AND email IS NULL)
          OR (contact_person_id IS NULL AND email IS NOT NULL AND first_name IS NOT NULL AND last_name IS NOT NULL)
        )
      );
      CREATE UNIQUE INDEX thread_contact_person_key ON thread_contact (thread_id, contact_person_id);
      CREATE UNIQUE INDEX thread_contact_email_key ON thread_contact (thread_id, lower(email));

      CREATE TABLE attachment (
        id uuid PRIMARY KEY,
        -- Null while a staff member's upload is not yet attached to a message of an organisation.
        organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
        uploaded_by uuid NOT NULL REFERENCES app_user (id),
        message_id uuid REFERENCES message (id) ON DELETE CASCADE,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes bigint NOT NULL,
        sha256 text NOT NULL,
        storage_key text NOT NULL,
        scan_status text NOT NULL CHECK (scan_status IN ('NOT_SCANNED', 'CLEAN')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX attachment_message_idx ON attachment (message_id);
      CREATE INDEX attachment_unattached_idx ON attachment (created_at) WHERE message_id IS NULL;

      ALTER TABLE message_thread ENABLE ROW LEVEL SECURITY;
      CREATE POLICY message_thread_access ON message_thread
        USING (app_can_access(organisation_id)) WITH CHECK (app_can_access(organisation_id));
      ALTER TABLE message ENABLE ROW LEVEL SECURITY;
      CREATE POLICY message_access ON message
        USING (app_can_access(organisation_id)) WITH CHECK (app_can_access(organisation_id));
      ALTER TABLE thread_contact ENABLE ROW LEVEL SECURITY;
      CREATE POLICY thread_contact_access ON thread_contact
        USING (app_can_access(organisation_id)) WITH CHECK (app_can_access(organisation_id));
      -- Read state is personal.
      ALTER TABLE message_read ENABLE ROW LEVEL SECURITY;
      CREATE POLICY message_read_access ON message_read
        USING (app_scope() = 'system' OR (user_id = app_user_id() AND app_can_access(organisation_id)))
        WITH CHECK (user_id = app_user_id() AND app_can_access(organisation_id));
      ALTER TABLE attachment ENABLE ROW LEVEL SECURITY;
      CREATE POLICY attachment_access ON attachment
        USING (app_can_access(organisation_id) OR (organisation_id IS NULL AND uploaded_by = app_user_id()))
        WITH CHECK (app_can_access(organisation_id) OR (organisation_id IS NULL AND uploaded_by = app_user_id()));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE attachment, thread_contact, message_read, message, message_thread;
      DROP SEQUENCE message_reference_seq;
    `);
  }
}
