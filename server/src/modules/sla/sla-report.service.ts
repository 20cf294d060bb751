// The service-level report (issue 14): per month of creation (Europe/Brussels), queue and support type —
// tickets created, reaction and resolution met or breached (share of those decided), and the median
// business time to the first reaction and to the resolution. One query reads the tickets of the period;
// business time is counted in each support type's calendar (business-time.ts). Also as CSV.
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../db/query.js';
import { type BusinessCalendar, businessTimeBetween } from './business-time.js';
import { loadCalendar } from './sla.service.js';

export interface ServiceLevelReportRow {
  /** YYYY-MM, the month the tickets were created in (Brussels time). */
  month: string;
  queueCode: string;
  queueNl: string;
  queueEn: string;
  supportTypeCode: string;
  supportTypeNl: string;
  supportTypeEn: string;
  created: number;
  reactionMet: number;
  reactionBreached: number;
  /** Met as a percentage of met + breached (tickets still in time count as neither); null when none. */
  reactionMetPercent: number | null;
  resolutionMet: number;
  resolutionBreached: number;
  resolutionMetPercent: number | null;
  /** Median business minutes from creation to the first public staff reply; null when none replied. */
  medianReactionMinutes: number | null;
  /** Median business minutes from creation to Opgelost; null when none was resolved. */
  medianResolutionMinutes: number | null;
}

interface TicketFacts {
  month: string;
  queueCode: string;
  queueNl: string;
  queueEn: string;
  supportTypeCode: string;
  supportTypeNl: string;
  supportTypeEn: string;
  calendarId: string;
  createdAt: Date;
  firstResponseAt: Date | null;
  firstResponseDueAt: Date | null;
  resolvedAt: Date | null;
  resolutionDueAt: Date | null;
}

/** met, breached or still open for a due time, at `now`. */
function outcome(done: Date | null, due: Date | null, now: Date): 'MET' | 'BREACHED' | null {
  if (!due) return null;
  if (done) return done <= due ? 'MET' : 'BREACHED';
  return now > due ? 'BREACHED' : null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(value);
}

const percent = (met: number, breached: number) =>
  met + breached === 0 ? null : Math.round((1000 * met) / (met + breached)) / 10;

/**
 * The report for tickets created from `from` to `to` (days, YYYY-MM-DD, inclusive, Brussels time), sorted by
 * month, queue and support type; `now` decides which open tickets are already breached.
 */
export async function serviceLevelReport(
  em: EntityManager,
  from: string,
  to: string,
  now: Date,
): Promise<ServiceLevelReportRow[]> {
  const tickets = await queryRows<TicketFacts>(
    em,
    `SELECT to_char(t.created_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') AS month,
            q.code AS "queueCode", q.name_nl AS "queueNl", q.name_en AS "queueEn",
            s.code AS "supportTypeCode", s.name_nl AS "supportTypeNl", s.name_en AS "supportTypeEn",
            s.calendar_id AS "calendarId", t.created_at AS "createdAt", t.first_response_at AS "firstResponseAt",
            t.first_response_due_at AS "firstResponseDueAt", t.resolved_at AS "resolvedAt",
            t.resolution_due_at AS "resolutionDueAt"
       FROM ticket t JOIN ticket_queue q ON q.id = t.queue_id JOIN ticket_support_type s ON s.id = t.support_type_id
      WHERE t.merged_into_id IS NULL
        AND t.created_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Brussels'
        AND t.created_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Brussels'
      ORDER BY 1, q.position, q.code, s.position, s.code`,
    [from, to],
  );
  const calendars = new Map<string, BusinessCalendar>();
  for (const id of new Set(tickets.map((t) => t.calendarId))) calendars.set(id, await loadCalendar(em, id));

  const groups = new Map<string, { facts: TicketFacts; tickets: TicketFacts[] }>();
  for (const t of tickets) {
    const key = `${t.month}|${t.queueCode}|${t.supportTypeCode}`;
    const group = groups.get(key) ?? { facts: t, tickets: [] };
    group.tickets.push(t);
    groups.set(key, group);
  }
  const minutes = (a: Date, b: Date, calendar: BusinessCalendar) =>
    businessTimeBetween(a, b, calendar) / 60_000;
  return [...groups.values()].map(({ facts, tickets: list }) => {
    const count = (pick: (t: TicketFacts) => 'MET' | 'BREACHED' | null, what: 'MET' | 'BREACHED') =>
      list.filter((t) => pick(t) === what).length;
    const reaction = (t: TicketFacts) => outcome(t.firstResponseAt, t.firstResponseDueAt, now);
    const resolution = (t: TicketFacts) => outcome(t.resolvedAt, t.resolutionDueAt, now);
    const reactionMet = count(reaction, 'MET');
    const reactionBreached = count(reaction, 'BREACHED');
    const resolutionMet = count(resolution, 'MET');
    const resolutionBreached = count(resolution, 'BREACHED');
    const calendar = calendars.get(facts.calendarId) as BusinessCalendar;
    return {
      month: facts.month,
      queueCode: facts.queueCode,
      queueNl: facts.queueNl,
      queueEn: facts.queueEn,
      supportTypeCode: facts.supportTypeCode,
      supportTypeNl: facts.supportTypeNl,
      supportTypeEn: facts.supportTypeEn,
      created: list.length,
      reactionMet,
      reactionBreached,
      reactionMetPercent: percent(reactionMet, reactionBreached),
      resolutionMet,
      resolutionBreached,
      resolutionMetPercent: percent(resolutionMet, resolutionBreached),
      medianReactionMinutes: median(
        list.flatMap((t) => (t.firstResponseAt ? [minutes(t.createdAt, t.firstResponseAt, calendar)] : [])),
      ),
      medianResolutionMinutes: median(
        list.flatMap((t) => (t.resolvedAt ? [minutes(t.createdAt, t.resolvedAt, calendar)] : [])),
      ),
    };
  });
}

const CSV_COLUMNS: Array<[header: string, value: (r: ServiceLevelReportRow, lang: 'nl' | 'en') => unknown]> =
  [
    ['month', (r) => r.month],
    ['queue', (r, lang) => (lang === 'en' ? r.queueEn : r.queueNl)],
    ['support_type', (r, lang) => (lang === 'en' ? r.supportTypeEn : r.supportTypeNl)],
    ['created', (r) => r.created],
    ['reaction_met', (r) => r.reactionMet],
    ['reaction_breached', (r) => r.reactionBreached],
    ['reaction_met_percent', (r) => r.reactionMetPercent],
    ['resolution_met', (r) => r.resolutionMet],
    ['resolution_breached', (r) => r.resolutionBreached],
    ['resolution_met_percent', (r) => r.resolutionMetPercent],
    ['median_reaction_business_minutes', (r) => r.medianReactionMinutes],
    ['median_resolution_business_minutes', (r) => r.medianResolutionMinutes],
  ];

/** RFC 4180: a field with a quote, comma or line break is quoted; a leading =+-@ is defused for spreadsheets. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function serviceLevelCsv(rows: ServiceLevelReportRow[], lang: 'nl' | 'en'): string {
  const lines = [CSV_COLUMNS.map(([header]) => header).join(',')];
  for (const row of rows) lines.push(CSV_COLUMNS.map(([, value]) => csvField(value(row, lang))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
