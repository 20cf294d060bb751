// The service-level clock of tickets in the database: reads a ticket's targets and calendar, computes its
// clock (sla-clock.ts) and writes due times, pause bookkeeping, state and the next timer moment. Every
// change of a ticket calls `refreshTicketClock` in its transaction; the timer job too. Writing `timer_at`
// (re)schedules or removes the ticket's job in the same transaction (trigger of migration ServiceLevels).
import type { EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import { queryRows } from '../../db/query.js';
import type { TicketPriority } from '../tickets/ticket.rows.js';
import type { TicketStatus } from '../tickets/ticket-status.js';
import type { BusinessCalendar, OpeningHours } from './business-time.js';
import { calendarCache } from './calendar.cache.js';
import { type ClockState, computeClock, type SlaState } from './sla-clock.js';

const MINUTE = 60_000;

/** A calendar of the department as the business-time functions take it (cached per process). */
export function loadCalendar(em: EntityManager, calendarId: string): Promise<BusinessCalendar> {
  return calendarCache(em.connection).get(em, calendarId, readCalendar);
}

async function readCalendar(em: EntityManager, calendarId: string): Promise<BusinessCalendar> {
  const rows = await queryRows<{
    always_open: boolean;
    time_zone: string;
    week: OpeningHours[][];
    holiday_country: string | null;
    dates: string[];
    every_year: string[];
  }>(
    em,
    `SELECT c.always_open, c.time_zone, c.week, c.holiday_country,
            coalesce(array_agg(to_char(d.on_date, 'YYYY-MM-DD')) FILTER (WHERE d.on_date IS NOT NULL), '{}') AS dates,
            coalesce(array_agg(d.every_year_on) FILTER (WHERE d.every_year_on IS NOT NULL), '{}') AS every_year
       FROM business_calendar c LEFT JOIN business_closing_day d ON d.calendar_id = c.id
      WHERE c.id = $1 GROUP BY c.id`,
    [calendarId],
  );
  const row = rows[0];
  if (!row) throw new Error(`business calendar ${calendarId} not found`);
  if (row.always_open) return { kind: 'ALWAYS' };
  return {
    kind: 'OFFICE',
    timeZone: row.time_zone,
    week: row.week,
    holidayCountry: row.holiday_country,
    closedDates: new Set(row.dates),
    closedEveryYear: new Set(row.every_year),
  };
}

/** The targets a ticket runs on, taken from its support type when it got it (`ticket.sla_targets`). */
interface SlaTargets {
  supportTypeId: string;
  priority: TicketPriority;
  reactionMinutes: number | null;
  resolutionMinutes: number | null;
}

/**
 * The ticket's own targets while its support type and priority are the ones they came from (a target
 * changed since by an admin applies to new tickets only); the support type's current ones otherwise.
 */
function targetsOf(row: ClockRow): SlaTargets {
  if (row.targets?.supportTypeId === row.supportTypeId && row.targets.priority === row.priority)
    return row.targets;
  return {
    supportTypeId: row.supportTypeId,
    priority: row.priority,
    reactionMinutes: row.reactionMinutes,
    // 'By priority' (Problem): the support type has no single resolution target.
    resolutionMinutes: row.resolutionMinutes ?? row.resolutionByPriority?.[row.priority] ?? null,
  };
}

interface ClockRow {
  organisationId: string;
  status: TicketStatus;
  createdAt: Date;
  firstResponseAt: Date | null;
  pausedMs: string;
  pausedSince: Date | null;
  slaState: SlaState | null;
  queuePausesClock: boolean;
  supportTypeId: string;
  /** The support type's targets now. */
  reactionMinutes: number | null;
  resolutionMinutes: number | null;
  priority: TicketPriority;
  resolutionByPriority: Partial<Record<TicketPriority, number>> | null;
  /** The targets the ticket was given (null: none yet). */
  targets: SlaTargets | null;
  calendarId: string;
  /** When an automation is due: Uitgesteld past its date, Beantwoord or Opgelost without reaction. */
  automationAt: Date | null;
  warned: string[];
}

export interface RefreshedClock extends ClockState {
  organisationId: string;
  status: TicketStatus;
  previousState: SlaState | null;
  automationAt: Date | null;
  /** Levels reached that have not been warned about yet. */
  unwarned: ClockState['reached'];
}

/**
 * Recomputes and stores the clock of a ticket (which the caller has changed or locked) at `now`. The timer
 * is set to the earliest of: a level reached but not yet warned about (at once), the next at-risk or breach
 * moment, the automation moment.
 */
export async function refreshTicketClock(
  em: EntityManager,
  config: Pick<Config, 'serviceLevels'>,
  ticketId: string,
  now: Date,
): Promise<RefreshedClock> {
  const rows = await queryRows<ClockRow>(
    em,
    `SELECT t.organisation_id AS "organisationId", t.status, t.created_at AS "createdAt",
            t.first_response_at AS "firstResponseAt", t.clock_paused_ms AS "pausedMs",
            t.clock_paused_since AS "pausedSince", t.sla_state AS "slaState",
            q.pauses_clock AS "queuePausesClock", t.support_type_id AS "supportTypeId", t.sla_targets AS targets,
            t.priority, s.resolution_minutes_by_priority AS "resolutionByPriority",
            s.reaction_minutes AS "reactionMinutes",
            s.resolution_minutes AS "resolutionMinutes", s.calendar_id AS "calendarId",
            CASE t.status
              WHEN 'POSTPONED' THEN ((t.postponed_until + 1)::timestamp AT TIME ZONE 'Europe/Brussels')
              WHEN 'ANSWERED' THEN t.status_changed_at + make_interval(days => q.auto_resolve_after_days)
              WHEN 'RESOLVED' THEN t.status_changed_at + make_interval(days => $2)
            END AS "automationAt",
            ARRAY(SELECT w.target || ':' || w.level FROM ticket_sla_warning w WHERE w.ticket_id = t.id) AS warned
       FROM ticket t JOIN ticket_queue q ON q.id = t.queue_id JOIN ticket_support_type s ON s.id = t.support_type_id
      WHERE t.id = $1`,
    [ticketId, config.serviceLevels.autoCloseAfterDays],
  );
  const row = rows[0];
  if (!row) throw new Error(`ticket ${ticketId} not found`);
  const calendar = await loadCalendar(em, row.calendarId);
  const targets = targetsOf(row);
  const clock = computeClock(
    {
      createdAt: row.createdAt,
      status: row.status,
      firstResponseAt: row.firstResponseAt,
      queuePausesClock: row.queuePausesClock,
      pausedMs: Number(row.pausedMs),
      pausedSince: row.pausedSince,
    },
    {
      reactionMs: targets.reactionMinutes === null ? null : targets.reactionMinutes * MINUTE,
      resolutionMs: targets.resolutionMinutes === null ? null : targets.resolutionMinutes * MINUTE,
      calendar,
    },
    { atRiskShare: config.serviceLevels.atRiskShare },
    now,
  );
  const warned = new Set(row.warned);
  const unwarned = clock.reached.filter((r) => !warned.has(`${r.target}:${r.level}`));
  const candidates = [
    unwarned.length > 0 ? now : null,
    clock.nextMoment,
    row.status === 'CLOSED' ? null : row.automationAt,
  ].filter((d): d is Date => d !== null);
  const timerAt = candidates.length > 0 ? new Date(Math.min(...candidates.map((d) => d.getTime()))) : null;
  await em.query(
    `UPDATE ticket SET clock_paused_ms = $2, clock_paused_since = $3, first_response_due_at = $4,
            first_response_at_risk_at = $5, resolution_due_at = $6, resolution_at_risk_at = $7, sla_state = $8,
            timer_at = $9, sla_targets = $10
      WHERE id = $1`,
    [
      ticketId,
      clock.pausedMs,
      clock.pausedSince,
      clock.firstResponseDueAt,
      clock.firstResponseAtRiskAt,
      clock.resolutionDueAt,
      clock.resolutionAtRiskAt,
      clock.state,
      timerAt,
      JSON.stringify(targets),
    ],
  );
  return {
    ...clock,
    organisationId: row.organisationId,
    status: row.status,
    previousState: row.slaState,
    automationAt: row.automationAt,
    unwarned,
  };
}

/** The transaction's time: what a change made by a request counts as "now". */
export async function transactionNow(em: EntityManager): Promise<Date> {
  const rows = await queryRows<{ now: Date }>(em, 'SELECT now() AS now');
  return (rows[0] as { now: Date }).now;
}
