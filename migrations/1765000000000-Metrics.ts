// Metrics: two read-only functions that /metrics calls at scrape time. They run as the owner (SECURITY
// DEFINER) because the application role has no rights on graphile_worker and reads outbound_mail only in the
// system scope; they return counts and ages, never rows.
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Metrics1765000000000 implements MigrationInterface {
  name = 'Metrics1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Per task: jobs waiting (not locked, attempts left), jobs being run, and how long the oldest job that
      -- is due has been waiting (0 when none is due).
      CREATE FUNCTION metrics_job_queue()
        RETURNS TABLE (task text, waiting bigint, running bigint, oldest_due_seconds double precision)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT t.identifier,
               count(*) FILTER (WHERE j.locked_at IS NULL AND j.attempts < j.max_attempts),
               count(*) FILTER (WHERE j.locked_at IS NOT NULL),
               coalesce(extract(epoch FROM now() - min(j.run_at) FILTER (
                 WHERE j.locked_at IS NULL AND j.attempts < j.max_attempts AND j.run_at <= now())), 0)::float8
          FROM graphile_worker._private_jobs j
          JOIN graphile_worker._private_tasks t ON t.id = j.task_id
         GROUP BY t.identifier
      $$;
      REVOKE ALL ON FUNCTION metrics_job_queue() FROM PUBLIC;

      -- Mails not delivered yet and the age of the oldest (0 when none); the partial index
      -- outbound_mail_pending_idx keeps this cheap however many mails were sent.
      CREATE FUNCTION metrics_outbound_mail()
        RETURNS TABLE (pending bigint, oldest_pending_seconds double precision)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)::float8
          FROM outbound_mail WHERE status = 'PENDING'
      $$;
      REVOKE ALL ON FUNCTION metrics_outbound_mail() FROM PUBLIC;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION metrics_outbound_mail();
      DROP FUNCTION metrics_job_queue();
    `);
  }
}
