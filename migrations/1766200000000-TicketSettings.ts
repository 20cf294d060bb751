// Ticket settings administration (issue 16) and the service levels' open points (issue 14):
// - each ticket keeps the targets it was given (`sla_targets`: support type and its reaction/resolution
//   minutes), so that a DEPARTMENT_ADMIN's new target applies to new tickets and running ones keep theirs;
// - a change of a business calendar or its closing days is announced on Loket's event channel (the
//   per-process calendar cache drops it) and running tickets are recomputed by the `recompute_ticket_clocks`
//   job, which also backfills the due times of tickets created before migration ServiceLevels;
// - the settings tables are written by staff and the system only (row-level security; everyone reads them);
// - tickets get a priority, and Problem a resolution target per priority (seed: 20, 10, 5 and 1 working days);
// - the yearly security-incident notice to an organisation's Beheerders is recorded once per year.
// Needs the graphile_worker schema (prepareDatabase installs it before the migrations).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const SETTINGS_TABLES = [
  'business_calendar',
  'business_closing_day',
  'ticket_support_type',
  'ticket_queue',
  'ticket_category',
];

export class TicketSettings1766200000000 implements MigrationInterface {
  name = 'TicketSettings1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- The targets the ticket runs on: {"supportTypeId", "reactionMinutes", "resolutionMinutes"} (minutes
      -- null: no automatic target). Taken from the support type when the ticket gets it (creation, a new
      -- support type); null until then (tickets older than this migration get theirs from the backfill).
      ALTER TABLE ticket ADD COLUMN sla_targets jsonb;

      -- A ticket's priority (staff set it; the customer sees it), and Problem's resolution target by priority
      -- ('003': 'by priority'): {"LOW": minutes, ...}; used when the support type has no single target.
      ALTER TABLE ticket ADD COLUMN priority text NOT NULL DEFAULT 'NORMAL'
        CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'CRITICAL'));
      ALTER TABLE ticket_support_type ADD COLUMN resolution_minutes_by_priority jsonb;
      UPDATE ticket_support_type
         SET resolution_minutes_by_priority = '{"LOW": 10200, "NORMAL": 5100, "HIGH": 2550, "CRITICAL": 510}'
       WHERE code = 'PROBLEM';

      CREATE FUNCTION notify_calendar_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('loket_events',
          json_build_object('topic', 'sla.calendar-changed', 'payload', json_build_object('table', TG_TABLE_NAME))::text);
        RETURN NULL;
      END $$;
      -- A calendar change moves the due times of running tickets: one recompute job (a waiting one is
      -- replaced, so a burst of changes recomputes once). Runs as the owner, like the timer's trigger.
      CREATE FUNCTION schedule_ticket_clock_recompute() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM graphile_worker.add_job('recompute_ticket_clocks', '{}'::json,
          job_key := 'recompute-ticket-clocks', job_key_mode := 'replace', max_attempts := 25);
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION schedule_ticket_clock_recompute() FROM PUBLIC;
      CREATE TRIGGER business_calendar_recompute AFTER INSERT OR UPDATE OR DELETE ON business_calendar
        FOR EACH STATEMENT EXECUTE FUNCTION schedule_ticket_clock_recompute();
      CREATE TRIGGER business_closing_day_recompute AFTER INSERT OR UPDATE OR DELETE ON business_closing_day
        FOR EACH STATEMENT EXECUTE FUNCTION schedule_ticket_clock_recompute();

      CREATE TRIGGER business_calendar_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON business_calendar
        FOR EACH STATEMENT EXECUTE FUNCTION notify_calendar_changed();
      CREATE TRIGGER business_closing_day_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON business_closing_day
        FOR EACH STATEMENT EXECUTE FUNCTION notify_calendar_changed();

      ${SETTINGS_TABLES.map(
        (table) => `
      ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
      CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (true);
      CREATE POLICY ${table}_write ON ${table} FOR ALL
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));`,
      ).join('\n')}

      -- The yearly security-incident notice to an organisation's Beheerders ('002'), once per organisation and
      -- year (the primary key): written by staff (who label tickets) and the system, read by its organisation.
      CREATE TABLE security_incident_notice (
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
        year integer NOT NULL,
        incidents integer NOT NULL,
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, year)
      );
      ALTER TABLE security_incident_notice ENABLE ROW LEVEL SECURITY;
      ALTER TABLE security_incident_notice FORCE ROW LEVEL SECURITY;
      CREATE POLICY security_incident_notice_access ON security_incident_notice
        USING (app_can_access(organisation_id)) WITH CHECK (app_scope() IN ('staff', 'system'));

      -- Backfill: the due times of tickets created before ServiceLevels (one job; it walks the open tickets).
      SELECT graphile_worker.add_job('recompute_ticket_clocks', '{}'::json,
        job_key := 'recompute-ticket-clocks', max_attempts := 25);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      SELECT graphile_worker.remove_job('recompute-ticket-clocks');
      DROP TABLE security_incident_notice;
      ${SETTINGS_TABLES.map(
        (table) => `
      DROP POLICY ${table}_read ON ${table};
      DROP POLICY ${table}_write ON ${table};
      ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY;`,
      ).join('\n')}
      DROP TRIGGER business_closing_day_recompute ON business_closing_day;
      DROP TRIGGER business_calendar_recompute ON business_calendar;
      DROP FUNCTION schedule_ticket_clock_recompute();
      DROP TRIGGER business_closing_day_changed ON business_closing_day;
      DROP TRIGGER business_calendar_changed ON business_calendar;
      DROP FUNCTION notify_calendar_changed();
      ALTER TABLE ticket_support_type DROP COLUMN resolution_minutes_by_priority;
      ALTER TABLE ticket DROP COLUMN priority;
      ALTER TABLE ticket DROP COLUMN sla_targets;
    `);
  }
}
