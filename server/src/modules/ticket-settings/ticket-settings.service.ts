// The department's ticket settings (issue 16, DEPARTMENT_ADMIN only): service-level targets per support
// type, queues (customer-facing explanation, expected reaction, auto-resolve period), the office calendar
// (opening hours, time zone, closing days), the themes' unread-reminder period and the ticket categories
// (decision 0036: names in both languages, order, inactive rather than removed once tickets have them). Every change is checked
// field by field (nothing saved on an error) and audited with its before and after.
//
// What a change does to running tickets (decision 0024): a new target applies to tickets that get the
// support type from now on (each ticket keeps the targets it was given, `ticket.sla_targets`); a calendar
// change moves the due times of every open ticket (a trigger schedules the recompute job, and the
// processes' calendar caches drop their copy).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { failed, notFound, ok, type Result } from '../../domain/errors.js';
import { FieldErrors, isUuid } from '../../domain/validate.js';
import { requireDepartmentAdmin } from '../../domain/viewer.js';
import { diffFields, recordAudit } from '../audit/audit.service.js';
import type { OpeningHours as StoredHours } from '../sla/business-time.js';
import { calendarCache } from '../sla/calendar.cache.js';
import { TICKET_PRIORITIES, type TicketPriority } from '../tickets/ticket.rows.js';
import type {
  CalendarSettings,
  CategorySettings,
  ClosingDay,
  OpeningHours,
  QueueSettings,
  SupportTypeSettings,
  ThemeReminderSettings,
  TicketSettings,
} from './ticket-settings.types.js';

/** Longest target: 60 working days of 8.5 hours. */
const TARGET_MINUTES_MAX = 60 * 510;
const AUTO_RESOLVE_DAYS_MAX = 365;
const REMINDER_DAYS_MAX = 30;
const EXPLANATION_MAX = 1000;
const CATEGORY_NAME_MAX = 80;
const CATEGORY_POSITION_MAX = 999;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function minutesOf(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : text.trim() === '24:00' ? 1440 : null;
}

async function readSettings(em: EntityManager): Promise<TicketSettings> {
  const supportTypes = await queryRows<SupportTypeSettings>(
    em,
    `SELECT s.id, s.code, s.name_nl AS "nameNl", s.name_en AS "nameEn", s.reaction_minutes AS "reactionMinutes",
            s.resolution_minutes AS "resolutionMinutes", c.always_open AS "alwaysOpen",
            ARRAY(SELECT json_build_object('priority', p.key, 'minutes', p.value::int)
                    FROM jsonb_each(coalesce(s.resolution_minutes_by_priority, '{}')) p
                   ORDER BY array_position(ARRAY['LOW', 'NORMAL', 'HIGH', 'CRITICAL'], p.key)) AS "resolutionByPriority"
       FROM ticket_support_type s JOIN business_calendar c ON c.id = s.calendar_id
      WHERE s.active ORDER BY s.position, s.code`,
  );
  const queues = await queryRows<QueueSettings>(
    em,
    `SELECT id, code, name_nl AS "nameNl", name_en AS "nameEn", explanation_nl AS "explanationNl",
            explanation_en AS "explanationEn", expected_reaction_nl AS "expectedReactionNl",
            expected_reaction_en AS "expectedReactionEn", auto_resolve_after_days AS "autoResolveAfterDays",
            pauses_clock AS "pausesClock"
       FROM ticket_queue ORDER BY position, code`,
  );
  const themes = await queryRows<ThemeReminderSettings>(
    em,
    `SELECT id, name_nl AS "nameNl", name_en AS "nameEn", unread_reminder_days AS "unreadReminderDays"
       FROM theme ORDER BY position, id`,
  );
  const categories = await queryRows<CategorySettings>(
    em,
    `SELECT c.id, c.code, c.name_nl AS "nameNl", c.name_en AS "nameEn", c.position, c.active,
            (SELECT count(*) FROM ticket t WHERE t.category_id = c.id)::int AS "ticketCount"
       FROM ticket_category c ORDER BY c.position, c.code`,
  );
  return { supportTypes, queues, themes, categories, calendar: await readCalendar(em) };
}

async function readCalendar(em: EntityManager, lock = false): Promise<CalendarSettings> {
  const [office] = await queryRows<{ id: string; timeZone: string; week: StoredHours[][] }>(
    em,
    `SELECT id, time_zone AS "timeZone", week FROM business_calendar WHERE code = 'OFFICE' ${lock ? 'FOR UPDATE' : ''}`,
  );
  if (!office) throw new Error('the OFFICE calendar is missing');
  const closingDays = await queryRows<ClosingDay>(
    em,
    `SELECT id, to_char(on_date, 'YYYY-MM-DD') AS "onDate", every_year_on AS "everyYearOn", name_nl AS "nameNl",
            name_en AS "nameEn"
       FROM business_closing_day WHERE calendar_id = $1 ORDER BY on_date NULLS LAST, every_year_on, id`,
    [office.id],
  );
  const week: OpeningHours[] = office.week.flatMap((day, index) =>
    day.map((hours) => ({ weekday: index + 1, opensAt: hhmm(hours.from), closesAt: hhmm(hours.to) })),
  );
  return { id: office.id, timeZone: office.timeZone, week, closingDays };
}

export async function getTicketSettings(ctx: Ctx): Promise<TicketSettings> {
  requireDepartmentAdmin(ctx);
  return readSettings(await ctx.tx.manager());
}

function checkMinutes(errors: FieldErrors, field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > TARGET_MINUTES_MAX)
    errors.add(field, 'TARGET_MINUTES_RANGE', { max: TARGET_MINUTES_MAX });
  return value;
}

export interface TargetsChange {
  supportTypeId: string;
  reactionMinutes?: number | null;
  resolutionMinutes?: number | null;
  resolutionByPriority?: Array<{ priority: TicketPriority; minutes: number }> | null;
}

const byPriorityText = (targets: Record<string, number> | null) =>
  targets && Object.keys(targets).length > 0
    ? TICKET_PRIORITIES.filter((p) => p in targets)
        .map((p) => `${p} ${targets[p]}`)
        .join(', ')
    : null;

/** New targets of a support type, for the tickets that get it from now on. */
export async function updateSupportTypeTargets(
  ctx: Ctx,
  input: TargetsChange,
): Promise<Result<TicketSettings>> {
  const viewer = requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  if (!isUuid(input.supportTypeId)) throw notFound('support type');
  const [before] = await queryRows<{
    reactionMinutes: number | null;
    resolutionMinutes: number | null;
    byPriority: Record<string, number> | null;
  }>(
    em,
    `SELECT reaction_minutes AS "reactionMinutes", resolution_minutes AS "resolutionMinutes",
            resolution_minutes_by_priority AS "byPriority"
       FROM ticket_support_type WHERE id = $1 FOR UPDATE`,
    [input.supportTypeId],
  );
  if (!before) throw notFound('support type');
  const errors = new FieldErrors();
  const after = {
    reactionMinutes: checkMinutes(errors, 'reactionMinutes', input.reactionMinutes),
    resolutionMinutes: checkMinutes(errors, 'resolutionMinutes', input.resolutionMinutes),
  };
  let byPriority = before.byPriority;
  if (input.resolutionByPriority) {
    const targets: Record<string, number> = {};
    for (const [index, target] of input.resolutionByPriority.entries())
      targets[target.priority] = checkMinutes(errors, `resolutionByPriority.${index}`, target.minutes) ?? 0;
    byPriority = Object.keys(targets).length > 0 ? targets : null;
  }
  if (errors.has()) return failed(errors.list);
  await em.query(
    `UPDATE ticket_support_type SET reaction_minutes = $2, resolution_minutes = $3, resolution_minutes_by_priority = $4
      WHERE id = $1`,
    [
      input.supportTypeId,
      after.reactionMinutes,
      after.resolutionMinutes,
      byPriority && JSON.stringify(byPriority),
    ],
  );
  await audit(
    em,
    viewer.userId,
    'ticketSettings.supportTypeTargets',
    'ticket_support_type',
    input.supportTypeId,
    [
      ...diffFields(before, after, ['reactionMinutes', 'resolutionMinutes']),
      ...diffFields(
        { resolutionByPriority: byPriorityText(before.byPriority) },
        { resolutionByPriority: byPriorityText(byPriority) },
        ['resolutionByPriority'],
      ),
    ],
  );
  return ok(await readSettings(em));
}

export interface QueueChange {
  queueId: string;
  explanationNl: string;
  explanationEn: string;
  expectedReactionNl?: string | null;
  expectedReactionEn?: string | null;
  autoResolveAfterDays: number;
}

export async function updateQueueSettings(ctx: Ctx, input: QueueChange): Promise<Result<TicketSettings>> {
  const viewer = requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  if (!isUuid(input.queueId)) throw notFound('queue');
  const [before] = await queryRows<Omit<QueueChange, 'queueId'>>(
    em,
    `SELECT explanation_nl AS "explanationNl", explanation_en AS "explanationEn",
            expected_reaction_nl AS "expectedReactionNl", expected_reaction_en AS "expectedReactionEn",
            auto_resolve_after_days AS "autoResolveAfterDays"
       FROM ticket_queue WHERE id = $1 FOR UPDATE`,
    [input.queueId],
  );
  if (!before) throw notFound('queue');
  const errors = new FieldErrors();
  const after = {
    explanationNl: errors.required('explanationNl', input.explanationNl, EXPLANATION_MAX),
    explanationEn: errors.required('explanationEn', input.explanationEn, EXPLANATION_MAX),
    expectedReactionNl: errors.optional('expectedReactionNl', input.expectedReactionNl),
    expectedReactionEn: errors.optional('expectedReactionEn', input.expectedReactionEn),
    autoResolveAfterDays: input.autoResolveAfterDays,
  };
  if (
    !Number.isInteger(after.autoResolveAfterDays) ||
    after.autoResolveAfterDays < 1 ||
    after.autoResolveAfterDays > AUTO_RESOLVE_DAYS_MAX
  )
    errors.add('autoResolveAfterDays', 'AUTO_RESOLVE_DAYS_RANGE', { max: AUTO_RESOLVE_DAYS_MAX });
  if (errors.has()) return failed(errors.list);
  await em.query(
    `UPDATE ticket_queue SET explanation_nl = $2, explanation_en = $3, expected_reaction_nl = $4,
            expected_reaction_en = $5, auto_resolve_after_days = $6
      WHERE id = $1`,
    [
      input.queueId,
      after.explanationNl,
      after.explanationEn,
      after.expectedReactionNl,
      after.expectedReactionEn,
      after.autoResolveAfterDays,
    ],
  );
  await audit(
    em,
    viewer.userId,
    'ticketSettings.queue',
    'ticket_queue',
    input.queueId,
    diffFields(before, after, [
      'explanationNl',
      'explanationEn',
      'expectedReactionNl',
      'expectedReactionEn',
      'autoResolveAfterDays',
    ]),
  );
  return ok(await readSettings(em));
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return value.includes('/') || value === 'UTC';
  } catch {
    return false;
  }
}

export interface CalendarChange {
  timeZone: string;
  week: Array<{ weekday: number; opensAt: string; closesAt: string }>;
}

/** The office calendar's time zone and opening hours; running tickets' due times are recomputed. */
export async function updateCalendar(ctx: Ctx, input: CalendarChange): Promise<Result<TicketSettings>> {
  const viewer = requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  const errors = new FieldErrors();
  const timeZone = errors.required('timeZone', input.timeZone, 64);
  if (!errors.has('timeZone') && !isTimeZone(timeZone)) errors.add('timeZone', 'INVALID_TIME_ZONE');
  const week: StoredHours[][] = [[], [], [], [], [], [], []];
  input.week.forEach((hours, index) => {
    const from = minutesOf(hours.opensAt);
    const to = minutesOf(hours.closesAt);
    const day = week[hours.weekday - 1];
    if (!day || from === null || to === null || from >= to || day.some((h) => from < h.to && h.from < to)) {
      errors.add(`week.${index}`, 'OPENING_HOURS_INVALID');
      return;
    }
    day.push({ from, to });
  });
  for (const day of week) day.sort((a, b) => a.from - b.from);
  if (!errors.has() && week.every((day) => day.length === 0)) errors.add('week', 'CALENDAR_NEVER_OPEN');
  if (errors.has()) return failed(errors.list);
  const before = await readCalendar(em, true);
  await em.query('UPDATE business_calendar SET time_zone = $2, week = $3 WHERE id = $1', [
    before.id,
    timeZone,
    JSON.stringify(week),
  ]);
  forgetCalendars(ctx);
  const after = await readCalendar(em);
  const weekText = (c: CalendarSettings) =>
    c.week.map((h) => `${h.weekday} ${h.opensAt}-${h.closesAt}`).join(', ');
  await audit(em, viewer.userId, 'ticketSettings.calendar', 'business_calendar', before.id, [
    ...diffFields(
      { timeZone: before.timeZone, week: weekText(before) },
      { timeZone: after.timeZone, week: weekText(after) },
      ['timeZone', 'week'],
    ),
  ]);
  return ok(await readSettings(em));
}

export interface NewClosingDay {
  onDate?: string | null;
  everyYearOn?: string | null;
  nameNl: string;
  nameEn: string;
}

const YEARLY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Adds a closing day to the office calendar; running tickets' due times are recomputed. */
export async function addClosingDay(ctx: Ctx, input: NewClosingDay): Promise<Result<TicketSettings>> {
  const viewer = requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  const errors = new FieldErrors();
  const onDate = input.onDate?.trim() || null;
  const everyYearOn = input.everyYearOn?.trim() || null;
  if ((onDate === null) === (everyYearOn === null)) errors.add('onDate', 'CLOSING_DAY_ONE_KIND');
  else if (
    everyYearOn !== null &&
    (!YEARLY.test(everyYearOn) || everyYearOn === '02-30' || everyYearOn === '02-31')
  )
    errors.add('everyYearOn', 'INVALID_YEARLY_DAY');
  const nameNl = errors.required('nameNl', input.nameNl);
  const nameEn = errors.required('nameEn', input.nameEn);
  if (errors.has()) return failed(errors.list);
  const calendar = await readCalendar(em, true);
  if (
    calendar.closingDays.some(
      (d) => (onDate && d.onDate === onDate) || (everyYearOn && d.everyYearOn === everyYearOn),
    )
  ) {
    errors.add(onDate ? 'onDate' : 'everyYearOn', 'CLOSING_DAY_EXISTS');
    return failed(errors.list);
  }
  const id = randomUUID();
  await em.query(
    `INSERT INTO business_closing_day (id, calendar_id, on_date, every_year_on, name_nl, name_en)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, calendar.id, onDate, everyYearOn, nameNl, nameEn],
  );
  forgetCalendars(ctx);
  await audit(em, viewer.userId, 'ticketSettings.closingDayAdded', 'business_closing_day', id, [
    { field: onDate ? 'onDate' : 'everyYearOn', old: null, new: onDate ?? everyYearOn },
    { field: 'nameNl', old: null, new: nameNl },
  ]);
  return ok(await readSettings(em));
}

export async function removeClosingDay(ctx: Ctx, closingDayId: string): Promise<TicketSettings> {
  const viewer = requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  if (!isUuid(closingDayId)) throw notFound('closing day');
  const [removed] = await queryRows<{ onDate: string | null; everyYearOn: string | null; nameNl: string }>(
    em,
    `DELETE FROM business_closing_day WHERE id = $1
     RETURNING to_char(on_date, 'YYYY-MM-DD') AS "onDate", every_year_on AS "everyYearOn", name_nl AS "nameNl"`,
    [closingDayId],
  );
  if (!removed) throw notFound('closing day');
  forgetCalendars(ctx);
  await audit(em, viewer.userId, 'ticketSettings.closingDayRemoved', 'business_closing_day', closingDayId, [
    {
      field: removed.onDate ? 'onDate' : 'everyYearOn',
      old: removed.onDate ?? removed.everyYearOn,
      new: null,
    },
    { field: 'nameNl', old: removed.nameNl, new: null },
  ]);
  return readSettings(em);
}

export async function updateThemeReminder(
  ctx: Ctx,
  input: { themeId: string; unreadReminderDays?: number | null },
): Promise<Result<TicketSettings>> {
  const viewer = requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  if (!isUuid(input.themeId)) throw notFound('theme');
  const [before] = await queryRows<{ unreadReminderDays: number | null }>(
    em,
    'SELECT unread_reminder_days AS "unreadReminderDays" FROM theme WHERE id = $1 FOR UPDATE',
    [input.themeId],
  );
  if (!before) throw notFound('theme');
  const days = input.unreadReminderDays ?? null;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > REMINDER_DAYS_MAX))
    return failed([
      { field: 'unreadReminderDays', code: 'REMINDER_DAYS_RANGE', params: { max: REMINDER_DAYS_MAX } },
    ]);
  await em.query('UPDATE theme SET unread_reminder_days = $2 WHERE id = $1', [input.themeId, days]);
  await audit(
    em,
    viewer.userId,
    'ticketSettings.themeReminder',
    'theme',
    input.themeId,
    diffFields(before, { unreadReminderDays: days }, ['unreadReminderDays']),
  );
  return ok(await readSettings(em));
}

// ---------------------------------------------------------------------------------------------------
// Categories (decision 0036)

export interface CategoryChange {
  nameNl: string;
  nameEn: string;
  /** Lower first; a new category goes last when left out. */
  position?: number | null;
}

interface CategoryRow {
  id: string;
  code: string;
  nameNl: string;
  nameEn: string;
  position: number;
  active: boolean;
}

const CATEGORY_COLUMNS = `id, code, name_nl AS "nameNl", name_en AS "nameEn", position, active`;

/** Checks the names (required, unique per language, case-insensitive) and the position. */
async function checkCategory(
  em: EntityManager,
  input: CategoryChange,
  exceptId: string | null,
): Promise<{ errors: FieldErrors; nameNl: string; nameEn: string; position: number | null }> {
  const errors = new FieldErrors();
  const nameNl = errors.required('nameNl', input.nameNl, CATEGORY_NAME_MAX);
  const nameEn = errors.required('nameEn', input.nameEn, CATEGORY_NAME_MAX);
  const position = input.position ?? null;
  if (position !== null && (!Number.isInteger(position) || position < 0 || position > CATEGORY_POSITION_MAX))
    errors.add('position', 'CATEGORY_POSITION_RANGE', { max: CATEGORY_POSITION_MAX });
  const taken = await queryRows<{ nl: boolean; en: boolean }>(
    em,
    `SELECT lower(name_nl) = lower($1) AS nl, lower(name_en) = lower($2) AS en FROM ticket_category
      WHERE (lower(name_nl) = lower($1) OR lower(name_en) = lower($2)) AND id IS DISTINCT FROM $3`,
    [nameNl, nameEn, exceptId],
  );
  if (!errors.has('nameNl') && taken.some((t) => t.nl)) errors.add('nameNl', 'CATEGORY_NAME_TAKEN');
  if (!errors.has('nameEn') && taken.some((t) => t.en)) errors.add('nameEn', 'CATEGORY_NAME_TAKEN');
  return { errors, nameNl, nameEn, position };
}

/** A stable code from the English name (codes are what reports and the mail intake name a category by). */
async function newCategoryCode(em: EntityManager, nameEn: string): Promise<string> {
  const base =
    nameEn
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .toUpperCase()
      .slice(0, 40) || 'CATEGORY';
  const used = new Set(
    (
      await queryRows<{ code: string }>(em, 'SELECT code FROM ticket_category WHERE code LIKE $1', [
        `${base}%`,
      ])
    ).map((r) => r.code),
  );
  let code = base;
  for (let n = 2; used.has(code); n++) code = `${base}_${n}`;
  return code;
}

/** A new (active) category, offered on the ticket form at once. */
export async function createCategory(ctx: Ctx, input: CategoryChange): Promise<Result<TicketSettings>> {
  const viewer = requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  // One admin at a time: two new categories with the same name cannot both pass the check.
  await em.query('LOCK TABLE ticket_category IN SHARE ROW EXCLUSIVE MODE');
  const { errors, nameNl, nameEn, position } = await checkCategory(em, input, null);
  if (errors.has()) return failed(errors.list);
  const id = randomUUID();
  const code = await newCategoryCode(em, nameEn);
  const [row] = await queryRows<CategoryRow>(
    em,
    `INSERT INTO ticket_category (id, code, name_nl, name_en, position)
     VALUES ($1, $2, $3, $4, coalesce($5, (SELECT coalesce(max(position) + 1, 0) FROM ticket_category)))
     RETURNING ${CATEGORY_COLUMNS}`,
    [id, code, nameNl, nameEn, position],
  );
  await audit(em, viewer.userId, 'ticketSettings.categoryAdded', 'ticket_category', id, [
    { field: 'code', old: null, new: code },
    { field: 'nameNl', old: null, new: nameNl },
    { field: 'nameEn', old: null, new: nameEn },
    { field: 'position', old: null, new: String(row?.position ?? '') },
  ]);
  return ok(await readSettings(em));
}

export interface CategoryUpdate extends CategoryChange {
  categoryId: string;
  active: boolean;
}

/** Renames, reorders, deactivates (no longer offered; tickets keep it) or reactivates a category. */
export async function updateCategory(ctx: Ctx, input: CategoryUpdate): Promise<Result<TicketSettings>> {
  const viewer = requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  if (!isUuid(input.categoryId)) throw notFound('category');
  await em.query('LOCK TABLE ticket_category IN SHARE ROW EXCLUSIVE MODE');
  const [before] = await queryRows<CategoryRow>(
    em,
    `SELECT ${CATEGORY_COLUMNS} FROM ticket_category WHERE id = $1 FOR UPDATE`,
    [input.categoryId],
  );
  if (!before) throw notFound('category');
  const { errors, nameNl, nameEn, position } = await checkCategory(em, input, before.id);
  if (before.active && !input.active) {
    const [others] = await queryRows<{ count: number }>(
      em,
      'SELECT count(*)::int AS count FROM ticket_category WHERE active AND id <> $1',
      [before.id],
    );
    if (!others?.count) errors.add('active', 'CATEGORY_LAST_ACTIVE');
  }
  if (errors.has()) return failed(errors.list);
  const after = { nameNl, nameEn, position: position ?? before.position, active: input.active };
  await em.query(
    'UPDATE ticket_category SET name_nl = $2, name_en = $3, position = $4, active = $5 WHERE id = $1',
    [before.id, after.nameNl, after.nameEn, after.position, after.active],
  );
  const changes = diffFields(before, after, ['nameNl', 'nameEn', 'position', 'active']);
  if (changes.length > 0)
    await audit(em, viewer.userId, 'ticketSettings.category', 'ticket_category', before.id, changes);
  return ok(await readSettings(em));
}

/**
 * Removes a category no ticket has (a mistake, just added); one in use is refused with the advice to make
 * it inactive, as is OTHER (the category of tickets that came by mail).
 */
export async function removeCategory(ctx: Ctx, categoryId: string): Promise<Result<TicketSettings>> {
  const viewer = requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  if (!isUuid(categoryId)) throw notFound('category');
  await em.query('LOCK TABLE ticket_category IN SHARE ROW EXCLUSIVE MODE');
  const [before] = await queryRows<CategoryRow & { used: boolean; othersActive: number }>(
    em,
    `SELECT ${CATEGORY_COLUMNS}, EXISTS (SELECT 1 FROM ticket t WHERE t.category_id = c.id) AS used,
            (SELECT count(*)::int FROM ticket_category o WHERE o.active AND o.id <> c.id) AS "othersActive"
       FROM ticket_category c WHERE id = $1 FOR UPDATE`,
    [categoryId],
  );
  if (!before) throw notFound('category');
  if (before.used || before.code === 'OTHER')
    return failed([{ field: null, code: 'CATEGORY_IN_USE', params: {} }]);
  if (before.active && before.othersActive === 0)
    return failed([{ field: null, code: 'CATEGORY_LAST_ACTIVE', params: {} }]);
  // FOR UPDATE above: a ticket being created with it meanwhile waits, then finds it gone (refused).
  await em.query('DELETE FROM ticket_category WHERE id = $1', [categoryId]);
  await audit(em, viewer.userId, 'ticketSettings.categoryRemoved', 'ticket_category', categoryId, [
    { field: 'code', old: before.code, new: null },
    { field: 'nameNl', old: before.nameNl, new: null },
    { field: 'nameEn', old: before.nameEn, new: null },
  ]);
  return ok(await readSettings(em));
}

/**
 * Drops this process's calendars at once (the triggers' NOTIFY drops every process's on commit), so that
 * this instance's next ticket counts with the change even before its own event arrives.
 */
function forgetCalendars(ctx: Ctx): void {
  calendarCache(ctx.app.dataSource).invalidate();
}

function audit(
  em: EntityManager,
  actorUserId: string,
  action: string,
  entityType: string,
  entityId: string,
  changes: Array<{ field: string; old: string | null; new: string | null }>,
): Promise<void> {
  return recordAudit(em, { organisationId: null, actorUserId, action, entityType, entityId, changes });
}
