// Mail delivery: every outbox row enqueues a graphile-worker job in the transaction that writes it, and a
// mail that is not sent because no SMTP server is configured is visibly KEPT (development mailbox).
// Needs the graphile_worker schema, which prepareDatabase installs before these migrations.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailDelivery1763900000000 implements MigrationInterface {
  name = 'MailDelivery1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE outbound_mail DROP CONSTRAINT outbound_mail_status_check;
      -- KEPT: not sent (no SMTP_URL); readable in the development mailbox.
      ALTER TABLE outbound_mail ADD CONSTRAINT outbound_mail_status_check
        CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'KEPT'));

      -- The one definition of a mail's job: one job key per mail, so that re-enqueueing (the worker's
      -- recovery sweep) replaces a waiting job instead of adding a second one.
      CREATE FUNCTION outbound_mail_enqueue(p_id uuid) RETURNS void
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM graphile_worker.add_job('deliver_mail', json_build_object('id', p_id),
          job_key := 'mail:' || p_id::text, max_attempts := 25);
      END $$;
      REVOKE ALL ON FUNCTION outbound_mail_enqueue(uuid) FROM PUBLIC;

      -- Runs as the owner (SECURITY DEFINER): the application role needs no rights on graphile_worker.
      CREATE FUNCTION outbound_mail_after_insert() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM outbound_mail_enqueue(NEW.id);
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION outbound_mail_after_insert() FROM PUBLIC;

      CREATE TRIGGER outbound_mail_enqueue AFTER INSERT ON outbound_mail
        FOR EACH ROW WHEN (NEW.status = 'PENDING') EXECUTE FUNCTION outbound_mail_after_insert();

      -- Mails queued before this migration get their job too.
      SELECT outbound_mail_enqueue(id) FROM outbound_mail WHERE status = 'PENDING';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER outbound_mail_enqueue ON outbound_mail;
      DROP FUNCTION outbound_mail_after_insert();
      -- Jobs of mails still waiting; the worker would find nothing to do for them without this schema.
      SELECT graphile_worker.remove_job('mail:' || id::text) FROM outbound_mail WHERE status = 'PENDING';
      DROP FUNCTION outbound_mail_enqueue(uuid);
      -- The earlier schema has no KEPT: such a mail was never sent, so it becomes FAILED with the reason.
      UPDATE outbound_mail SET status = 'FAILED', last_error = coalesce(last_error, 'not sent: no SMTP_URL (kept locally)')
        WHERE status = 'KEPT';
      ALTER TABLE outbound_mail DROP CONSTRAINT outbound_mail_status_check;
      ALTER TABLE outbound_mail ADD CONSTRAINT outbound_mail_status_check
        CHECK (status IN ('PENDING', 'SENT', 'FAILED'));
    `);
  }
}
