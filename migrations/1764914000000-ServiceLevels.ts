// Service levels (issue 14): the department's business calendars (opening hours, closing days; public
// holidays come from date-holidays), reaction and resolution targets per support type, which queues pause
// the clock, the ticket's clock (paused time, at-risk moments, state) and its timer job, and the unread
// reminders of e-loket messages.
// Needs the graphile_worker schema (prepareDatabase installs it before the migrations).
import type { MigrationInterface, QueryRunner } from 'typeorm';

const WORKDAY = 510; // minutes, 08:15–16:45
// `003`: reaction / resolution per support type; null = 'op afspraak' (the agent sets a date). Problem's
// resolution is 'by priority': tickets have no priority yet, so no automatic target.
const targets: Array<[code: string, reaction: number, resolution: number | null, calendar: string]> = [
  ['FIRST_LINE_INCIDENT', 240, WORKDAY, 'OFFICE'],
  ['SECOND_LINE', WORKDAY, 10 * WORKDAY, 'OFFICE'],
  ['QUESTION', WORKDAY, 2 * WORKDAY, 'OFFICE'],
  ['COMPLEX_MANAGEMENT', 2 * WORKDAY, null, 'OFFICE'],
  ['CHANGE_REQUEST', 3 * WORKDAY, null, 'OFFICE'],
  ['PROBLEM', 5 * WORKDAY, null, 'OFFICE'],
  ['MAJOR_INCIDENT', 30, 240, 'ALWAYS'],
];

export class ServiceLevels1764914000000 implements MigrationInterface {
  name = 'ServiceLevels1764914000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- OFFICE is the department's calendar (opening hours per ISO weekday, Monday first, in minutes since
      -- local midnight); ALWAYS runs 24/7 (Major incident).
      CREATE TABLE business_calendar (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        always_open boolean NOT NULL DEFAULT false,
        time_zone text NOT NULL DEFAULT 'Europe/Brussels',
        week jsonb NOT NULL DEFAULT '[[],[],[],[],[],[],[]]'
          CHECK (jsonb_typeof(week) = 'array' AND jsonb_array_length(week) = 7),
        -- Public holidays of this country (date-holidays, type 'public') are closed; null: none.
        holiday_country text
      );
      -- Extra closing days: one date, or a day every year ('MM-DD').
      CREATE TABLE business_closing_day (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        calendar_id uuid NOT NULL REFERENCES business_calendar (id) ON DELETE CASCADE,
        on_date date,
        every_year_on text CHECK (every_year_on ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),
        name_nl text NOT NULL,
        name_en text NOT NULL,
        CONSTRAINT business_closing_day_one_kind CHECK ((on_date IS NULL) <> (every_year_on IS NULL))
      );
      CREATE INDEX business_closing_day_calendar_idx ON business_closing_day (calendar_id);

      INSERT INTO business_calendar (code, always_open, week, holiday_country) VALUES
        ('OFFICE', false, '[[{"from":495,"to":1005}],[{"from":495,"to":1005}],[{"from":495,"to":1005}],[{"from":495,"to":1005}],[{"from":495,"to":1005}],[],[]]', 'BE'),
        ('ALWAYS', true, '[[],[],[],[],[],[],[]]', NULL);
      INSERT INTO business_closing_day (calendar_id, every_year_on, name_nl, name_en)
        SELECT id, '07-11', 'Feestdag van de Vlaamse Gemeenschap', 'Holiday of the Flemish Community'
          FROM business_calendar WHERE code = 'OFFICE';

      -- Targets in business minutes of the calendar; null: no automatic target.
      ALTER TABLE ticket_support_type
        ADD COLUMN reaction_minutes integer CHECK (reaction_minutes > 0),
        ADD COLUMN resolution_minutes integer CHECK (resolution_minutes > 0),
        ADD COLUMN calendar_id uuid REFERENCES business_calendar (id);
      ${targets
        .map(
          ([code, reaction, resolution, calendar]) =>
            `UPDATE ticket_support_type SET reaction_minutes = ${reaction}, resolution_minutes = ${resolution ?? 'NULL'},
               calendar_id = (SELECT id FROM business_calendar WHERE code = '${calendar}') WHERE code = '${code}';`,
        )
        .join('\n')}
      UPDATE ticket_support_type SET calendar_id = (SELECT id FROM business_calendar WHERE code = 'OFFICE')
        WHERE calendar_id IS NULL;
      ALTER TABLE ticket_support_type ALTER COLUMN calendar_id SET NOT NULL;

      -- Wacht op reactie pauses the resolution clock; Beantwoord without a customer reaction this many days
      -- becomes Opgelost ('002': two weeks).
      ALTER TABLE ticket_queue
        ADD COLUMN pauses_clock boolean NOT NULL DEFAULT false,
        ADD COLUMN auto_resolve_after_days integer NOT NULL DEFAULT 14 CHECK (auto_resolve_after_days > 0);
      UPDATE ticket_queue SET pauses_clock = true WHERE code = 'WAITING';

      ALTER TABLE ticket
        -- When the status last changed (auto-resolve of Beantwoord, auto-close of Opgelost count from it).
        ADD COLUMN status_changed_at timestamptz NOT NULL DEFAULT now(),
        -- The resolution clock: business time paused so far, and since when it is paused now.
        ADD COLUMN clock_paused_ms bigint NOT NULL DEFAULT 0,
        ADD COLUMN clock_paused_since timestamptz,
        ADD COLUMN first_response_at_risk_at timestamptz,
        ADD COLUMN resolution_at_risk_at timestamptz,
        -- Worst state of the targets still running; null when none runs. Written by the change and by the
        -- timer at the at-risk and breach moments, so lists sort and filter on a column.
        ADD COLUMN sla_state text CHECK (sla_state IN ('ON_TRACK', 'AT_RISK', 'BREACHED')),
        -- The next moment the timer must look at the ticket; null: nothing to wait for.
        ADD COLUMN timer_at timestamptz;
      UPDATE ticket SET status_changed_at = updated_at;
      CREATE INDEX ticket_sla_state_idx ON ticket (sla_state, updated_at DESC, id DESC) WHERE sla_state IS NOT NULL;

      -- Warnings sent, once per ticket, target and level: the primary key makes a second worker's insert a
      -- no-op (it waits for the first one's commit, then finds the row). Staff and system only: no tenant
      -- ever reads it, so it has no organisation_id.
      CREATE TABLE ticket_sla_warning (
        ticket_id uuid NOT NULL REFERENCES ticket (id) ON DELETE CASCADE,
        target text NOT NULL CHECK (target IN ('REACTION', 'RESOLUTION')),
        level text NOT NULL CHECK (level IN ('AT_RISK', 'BREACHED')),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (ticket_id, target, level)
      );
      ALTER TABLE ticket_sla_warning ENABLE ROW LEVEL SECURITY;
      ALTER TABLE ticket_sla_warning FORCE ROW LEVEL SECURITY;
      CREATE POLICY ticket_sla_warning_access ON ticket_sla_warning
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));

      -- Unread escalation: a message from the department that nobody of the organisation opened within this
      -- many business days gets a reminder to the theme's confirmed contacts, a second after as many more;
      -- null: no reminders for the theme.
      ALTER TABLE theme ADD COLUMN unread_reminder_days integer DEFAULT 3 CHECK (unread_reminder_days > 0);
      -- Reminders sent (round 1 and 2), once each: the primary key. Staff and system only.
      CREATE TABLE message_unread_reminder (
        message_id uuid NOT NULL REFERENCES message (id) ON DELETE CASCADE,
        round smallint NOT NULL CHECK (round IN (1, 2)),
        sent_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (message_id, round)
      );
      ALTER TABLE message_unread_reminder ENABLE ROW LEVEL SECURITY;
      ALTER TABLE message_unread_reminder FORCE ROW LEVEL SECURITY;
      CREATE POLICY message_unread_reminder_access ON message_unread_reminder
        USING (app_scope() IN ('staff', 'system')) WITH CHECK (app_scope() IN ('staff', 'system'));

      -- The ticket's one timer job, kept in step with timer_at in the transaction that changes it: a new
      -- moment replaces the waiting job (same key), null removes it. Runs as the owner (SECURITY DEFINER):
      -- the application role needs no rights on graphile_worker.
      CREATE FUNCTION ticket_timer_schedule() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        IF NEW.timer_at IS NULL THEN
          PERFORM graphile_worker.remove_job('ticket-timer:' || NEW.id::text);
        ELSE
          PERFORM graphile_worker.add_job('ticket_timer', json_build_object('id', NEW.id),
            run_at := NEW.timer_at, job_key := 'ticket-timer:' || NEW.id::text, job_key_mode := 'replace',
            max_attempts := 25);
        END IF;
        RETURN NULL;
      END $$;
      REVOKE ALL ON FUNCTION ticket_timer_schedule() FROM PUBLIC;
      CREATE TRIGGER ticket_timer_scheduled AFTER INSERT ON ticket
        FOR EACH ROW WHEN (NEW.timer_at IS NOT NULL) EXECUTE FUNCTION ticket_timer_schedule();
      CREATE TRIGGER ticket_timer_rescheduled AFTER UPDATE OF timer_at ON ticket
        FOR EACH ROW WHEN (NEW.timer_at IS DISTINCT FROM OLD.timer_at) EXECUTE FUNCTION ticket_timer_schedule();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      SELECT graphile_worker.remove_job('ticket-timer:' || id::text) FROM ticket WHERE timer_at IS NOT NULL;
      DROP TRIGGER ticket_timer_scheduled ON ticket;
      DROP TRIGGER ticket_timer_rescheduled ON ticket;
      DROP FUNCTION ticket_timer_schedule();
      DROP TABLE ticket_sla_warning, message_unread_reminder;
      ALTER TABLE theme DROP COLUMN unread_reminder_days;
      ALTER TABLE ticket DROP COLUMN status_changed_at, DROP COLUMN clock_paused_ms, DROP COLUMN clock_paused_since,
        DROP COLUMN first_response_at_risk_at, DROP COLUMN resolution_at_risk_at, DROP COLUMN sla_state,
        DROP COLUMN timer_at;
      ALTER TABLE ticket_queue DROP COLUMN pauses_clock, DROP COLUMN auto_resolve_after_days;
      ALTER TABLE ticket_support_type DROP COLUMN reaction_minutes, DROP COLUMN resolution_minutes,
        DROP COLUMN calendar_id;
      DROP TABLE business_closing_day, business_calendar;
    `);
  }
}
