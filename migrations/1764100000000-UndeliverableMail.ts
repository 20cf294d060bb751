// A mail that cannot be delivered is visible (docs/decisions/0013): the outbox row records when it failed,
// and the contact person whose address it was gets an "undeliverable" mark with the reason and where it
// came from: the SMTP server's permanent refusal now, a bounce that comes back by mail later (intake).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UndeliverableMail1764100000000 implements MigrationInterface {
  name = 'UndeliverableMail1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE outbound_mail ADD COLUMN failed_at timestamptz;
      UPDATE outbound_mail SET failed_at = created_at WHERE status = 'FAILED';
      ALTER TABLE outbound_mail ADD CONSTRAINT outbound_mail_failed_at
        CHECK ((status = 'FAILED') = (failed_at IS NOT NULL));
      CREATE INDEX outbound_mail_failed_idx ON outbound_mail (failed_at DESC, id DESC) WHERE status = 'FAILED';
      -- Department staff see failed mails (the service reads their headers, not their bodies) and may put
      -- one back to PENDING through this function alone; every other mail stays readable in the system
      -- scope only. (A policy cannot do it: an UPDATE's new row must pass the SELECT policy too.)
      CREATE POLICY outbound_mail_staff_failed_read ON outbound_mail FOR SELECT
        USING (app_scope() = 'staff' AND status = 'FAILED');
      CREATE FUNCTION outbound_mail_retry(p_id uuid) RETURNS TABLE (organisation_id uuid, recipient text)
        LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
          UPDATE outbound_mail m SET status = 'PENDING', failed_at = NULL, attempts = 0, last_error = NULL
           WHERE m.id = p_id AND m.status = 'FAILED' AND app_scope() = 'staff'
          RETURNING m.organisation_id, m.recipient
        $$;
      REVOKE ALL ON FUNCTION outbound_mail_retry(uuid) FROM PUBLIC;
      -- A failed mail put back to PENDING (staff: 'retry') gets a job again, like a new one.
      CREATE TRIGGER outbound_mail_retry AFTER UPDATE OF status ON outbound_mail
        FOR EACH ROW WHEN (OLD.status = 'FAILED' AND NEW.status = 'PENDING')
        EXECUTE FUNCTION outbound_mail_after_insert();

      ALTER TABLE contact_person
        ADD COLUMN email_undeliverable_at timestamptz,
        ADD COLUMN email_undeliverable_reason text,
        ADD COLUMN email_undeliverable_source text
          CHECK (email_undeliverable_source IN ('SMTP_REJECTION', 'BOUNCE')),
        ADD CONSTRAINT contact_person_email_undeliverable CHECK (
          (email_undeliverable_at IS NULL) = (email_undeliverable_reason IS NULL)
          AND (email_undeliverable_at IS NULL) = (email_undeliverable_source IS NULL));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE contact_person DROP CONSTRAINT contact_person_email_undeliverable,
        DROP COLUMN email_undeliverable_source, DROP COLUMN email_undeliverable_reason,
        DROP COLUMN email_undeliverable_at;
      DROP TRIGGER outbound_mail_retry ON outbound_mail;
      DROP FUNCTION outbound_mail_retry(uuid);
      DROP POLICY outbound_mail_staff_failed_read ON outbound_mail;
      DROP INDEX outbound_mail_failed_idx;
      ALTER TABLE outbound_mail DROP CONSTRAINT outbound_mail_failed_at, DROP COLUMN failed_at;
    `);
  }
}
