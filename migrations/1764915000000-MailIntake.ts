// Email intake (issue 15): every mail the SMTP listener accepts is a row of `inbound_mail` (its raw bytes
// compressed in file storage), written in the transaction of the ticket entry it became; a per-ticket token
// threads replies; replies by mail are entries with the sender's address.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailIntake1764915000000 implements MigrationInterface {
  name = 'MailIntake1764915000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Unguessable (122 random bits), in the Reply-To and Message-ID of every mail about the ticket.
      ALTER TABLE ticket ADD COLUMN mail_token text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '');
      CREATE UNIQUE INDEX ticket_mail_token_idx ON ticket (mail_token);

      -- An entry that came by mail: who sent it (author_id is set only for a known user).
      ALTER TABLE ticket_entry ADD COLUMN author_email text;

      -- Files that came with a mail have no uploader (the intake stores them for the entry's author).
      ALTER TABLE attachment ALTER COLUMN uploaded_by DROP NOT NULL;

      -- Ticket mails say where to reply (helpdesk+t.<token>@…).
      ALTER TABLE outbound_mail ADD COLUMN reply_to text;

      CREATE TABLE inbound_mail (
        id uuid PRIMARY KEY,
        -- Set once the mail belongs to a ticket of an organisation.
        organisation_id uuid REFERENCES organisation (id) ON DELETE SET NULL,
        -- Redelivery key: the same Message-ID from the same sender is the same mail (the SHA-256 of the raw
        -- mail stands in for a missing Message-ID).
        sender text NOT NULL,
        message_key text NOT NULL,
        message_id text,
        envelope_from text NOT NULL,
        recipients text[] NOT NULL,
        -- To and Cc of the mail: a CC'd colleague's reply to it threads.
        addressees text[] NOT NULL DEFAULT '{}',
        subject text NOT NULL DEFAULT '',
        queue_code text,
        -- TICKET (new ticket), REPLY (entry on a ticket), IGNORED (auto-reply, bounce), TO_LINK (unknown
        -- sender, waits for staff to choose an organisation), QUARANTINED, DISCARDED (by staff).
        status text NOT NULL CHECK (status IN ('TICKET', 'REPLY', 'IGNORED', 'TO_LINK', 'QUARANTINED', 'DISCARDED')),
        reason text,
        ticket_id uuid REFERENCES ticket (id) ON DELETE SET NULL,
        entry_id uuid REFERENCES ticket_entry (id) ON DELETE SET NULL,
        -- Privacy guard findings (kinds), and the label they suggest to staff.
        privacy_findings text[] NOT NULL DEFAULT '{}',
        suggested_label text,
        storage_key text NOT NULL,
        size_bytes integer NOT NULL,
        sha256 text NOT NULL,
        received_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        handled_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        handled_at timestamptz,
        -- Staff removed an attachment of the mail (privacy incident): the raw mail was erased from storage.
        raw_erased_at timestamptz,
        raw_erased_reason text,
        CONSTRAINT inbound_mail_once UNIQUE (sender, message_key)
      );
      -- Mails per sender in the last hour (the per-sender limit).
      CREATE INDEX inbound_mail_sender_idx ON inbound_mail (sender, received_at);
      CREATE INDEX inbound_mail_status_idx ON inbound_mail (status, received_at DESC, id DESC);
      CREATE INDEX inbound_mail_message_id_idx ON inbound_mail (message_id) WHERE message_id IS NOT NULL;
      CREATE INDEX inbound_mail_ticket_idx ON inbound_mail (ticket_id) WHERE ticket_id IS NOT NULL;

      -- Staff and the intake (system) only: raw mails are not shown to organisations.
      ALTER TABLE inbound_mail ENABLE ROW LEVEL SECURITY;
      ALTER TABLE inbound_mail FORCE ROW LEVEL SECURITY;
      CREATE POLICY inbound_mail_access ON inbound_mail
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE inbound_mail;
      ALTER TABLE outbound_mail DROP COLUMN reply_to;
      DELETE FROM attachment WHERE uploaded_by IS NULL;
      ALTER TABLE attachment ALTER COLUMN uploaded_by SET NOT NULL;
      ALTER TABLE ticket_entry DROP COLUMN author_email;
      ALTER TABLE ticket DROP COLUMN mail_token;
    `);
  }
}
