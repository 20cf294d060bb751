// The retention page and traced jobs (decision 0038): why and since when a thread or ticket is on legal
// hold, the result of each retention run, and the trace context of the enqueuing operation carried into
// every job's payload (read by the worker's job spans).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetentionPage1767600000000 implements MigrationInterface {
  name = 'RetentionPage1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE message_thread ADD COLUMN legal_hold_reason text,
        ADD COLUMN legal_hold_at timestamptz,
        ADD COLUMN legal_hold_by uuid REFERENCES app_user (id) ON DELETE SET NULL;
      ALTER TABLE ticket ADD COLUMN legal_hold_reason text,
        ADD COLUMN legal_hold_at timestamptz,
        ADD COLUMN legal_hold_by uuid REFERENCES app_user (id) ON DELETE SET NULL;
      -- The page's list of what is on hold: newest hold first.
      CREATE INDEX message_thread_hold_idx ON message_thread (legal_hold_at DESC, id) WHERE legal_hold;
      CREATE INDEX ticket_hold_idx ON ticket (legal_hold_at DESC, id) WHERE legal_hold;

      -- One row per run of the retention job, with what it deleted. Department data.
      CREATE TABLE retention_run (
        id bigserial PRIMARY KEY,
        started_at timestamptz NOT NULL,
        finished_at timestamptz NOT NULL DEFAULT now(),
        threads integer NOT NULL,
        tickets integer NOT NULL,
        inbound_mails integer NOT NULL,
        files integer NOT NULL,
        webhook_deliveries integer NOT NULL,
        exports integer NOT NULL
      );
      CREATE INDEX retention_run_finished_idx ON retention_run (finished_at DESC);
      ALTER TABLE retention_run ENABLE ROW LEVEL SECURITY;
      ALTER TABLE retention_run FORCE ROW LEVEL SECURITY;
      CREATE POLICY retention_run_access ON retention_run
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));

      -- The enqueuing transaction's trace context (set by the application only while tracing is on, as
      -- loket.trace) rides in the job's payload under "_trace". One trigger instead of one change in each
      -- enqueue function; with tracing off it reads one unset setting per job.
      CREATE FUNCTION loket_job_trace() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog AS $$
      DECLARE
        v_trace text := current_setting('loket.trace', true);
      BEGIN
        IF v_trace IS NOT NULL AND v_trace <> '' AND json_typeof(NEW.payload) = 'object' THEN
          NEW.payload := (NEW.payload::jsonb || jsonb_build_object('_trace', v_trace::jsonb))::json;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER loket_job_trace BEFORE INSERT ON graphile_worker._private_jobs
        FOR EACH ROW EXECUTE FUNCTION loket_job_trace();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER loket_job_trace ON graphile_worker._private_jobs;
      DROP FUNCTION loket_job_trace();
      DROP TABLE retention_run;
      DROP INDEX ticket_hold_idx;
      DROP INDEX message_thread_hold_idx;
      ALTER TABLE ticket DROP COLUMN legal_hold_reason, DROP COLUMN legal_hold_at, DROP COLUMN legal_hold_by;
      ALTER TABLE message_thread DROP COLUMN legal_hold_reason, DROP COLUMN legal_hold_at,
        DROP COLUMN legal_hold_by;
    `);
  }
}
