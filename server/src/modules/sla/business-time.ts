// Business time: how much working time lies between two instants, and which instant lies a given working
// time after another, in a calendar of opening hours, public holidays and closing days in one time zone.
// Pure functions: no clock, no database; the calendar is a value (built from the database by sla.service).
import Holidays from 'date-holidays';

/** Opening hours of one day: minutes since local midnight, `from` inclusive, `to` exclusive. */
export interface OpeningHours {
  readonly from: number;
  readonly to: number;
}

/**
 * A business calendar. `ALWAYS` runs 24/7 (Major incident); `OFFICE` counts only the opening hours of
 * `week` on days that are neither a public holiday of `holidayCountry` nor a closing day.
 */
export type BusinessCalendar =
  | { readonly kind: 'ALWAYS' }
  | {
      readonly kind: 'OFFICE';
      /** IANA time zone of the opening hours, e.g. Europe/Brussels. */
      readonly timeZone: string;
      /** Opening hours per ISO weekday: index 0 is Monday, 6 is Sunday. */
      readonly week: ReadonlyArray<ReadonlyArray<OpeningHours>>;
      /** Country whose public holidays (date-holidays, type 'public') are closed, or null for none. */
      readonly holidayCountry: string | null;
      /** Closing days on one date, 'YYYY-MM-DD'. */
      readonly closedDates: ReadonlySet<string>;
      /** Closing days every year, 'MM-DD' (e.g. '07-11', the Flemish community's holiday). */
      readonly closedEveryYear: ReadonlySet<string>;
    };

type OfficeCalendar = Extract<BusinessCalendar, { kind: 'OFFICE' }>;

const DAY_MS = 86_400_000;
// A calendar without a single open minute in ten years would make the search below run for ever.
const MAX_DAYS_SEARCHED = 3660;

/** Monday to Friday 08:15–16:45 Europe/Brussels with Belgian public holidays: the seed of `003`. */
export function officeCalendar(
  closedDates: Iterable<string> = [],
  closedEveryYear: Iterable<string> = [],
): BusinessCalendar {
  const day: OpeningHours[] = [{ from: 8 * 60 + 15, to: 16 * 60 + 45 }];
  return {
    kind: 'OFFICE',
    timeZone: 'Europe/Brussels',
    week: [day, day, day, day, day, [], []],
    holidayCountry: 'BE',
    closedDates: new Set(closedDates),
    closedEveryYear: new Set(closedEveryYear),
  };
}

/**
 * The instant that lies `durationMs` of business time after `start`: the earliest instant `t` with
 * `businessTimeBetween(start, t) === durationMs`. A duration that ends exactly at closing time ends
 * there, not at the next opening.
 */
export function addBusinessTime(start: Date, durationMs: number, calendar: BusinessCalendar): Date {
  if (!Number.isFinite(durationMs) || durationMs < 0) throw new RangeError(`invalid duration ${durationMs}`);
  const from = start.getTime();
  if (calendar.kind === 'ALWAYS' || durationMs === 0) return new Date(from + durationMs);
  let left = durationMs;
  let day = civilDayOf(from, calendar.timeZone);
  for (let searched = 0; searched < MAX_DAYS_SEARCHED; searched++, day++) {
    for (const [open, close] of openIntervals(calendar, day)) {
      const begin = Math.max(open, from);
      if (begin >= close) continue;
      if (left <= close - begin) return new Date(begin + left);
      left -= close - begin;
    }
  }
  throw new RangeError('the calendar has no opening hours');
}

/**
 * The business time (ms) between two instants: the open time in [a, b), negative when b is before a.
 */
export function businessTimeBetween(a: Date, b: Date, calendar: BusinessCalendar): number {
  const from = a.getTime();
  const to = b.getTime();
  if (to < from) return 0 - businessTimeBetween(b, a, calendar);
  if (calendar.kind === 'ALWAYS') return to - from;
  let total = 0;
  const last = civilDayOf(to, calendar.timeZone);
  for (let day = civilDayOf(from, calendar.timeZone); day <= last; day++) {
    for (const [open, close] of openIntervals(calendar, day)) {
      const overlap = Math.min(close, to) - Math.max(open, from);
      if (overlap > 0) total += overlap;
    }
  }
  return total;
}

/** Whether the instant lies within opening hours. */
export function isOpen(at: Date, calendar: BusinessCalendar): boolean {
  if (calendar.kind === 'ALWAYS') return true;
  const t = at.getTime();
  return openIntervals(calendar, civilDayOf(t, calendar.timeZone)).some(
    ([open, close]) => open <= t && t < close,
  );
}

/** The local date ('YYYY-MM-DD') of an instant in a time zone. */
export function localDate(at: Date, timeZone: string): string {
  return new Date(civilDayOf(at.getTime(), timeZone) * DAY_MS).toISOString().slice(0, 10);
}

// Days are counted as "civil day numbers": days since 1970-01-01 of the local calendar date.

const intervalCache = new WeakMap<OfficeCalendar, Map<number, ReadonlyArray<readonly [number, number]>>>();

/** The open intervals of one local day as UTC instants [open, close). */
function openIntervals(calendar: OfficeCalendar, day: number): ReadonlyArray<readonly [number, number]> {
  let cache = intervalCache.get(calendar);
  if (cache === undefined) {
    cache = new Map();
    intervalCache.set(calendar, cache);
  }
  const known = cache.get(day);
  if (known !== undefined) return known;
  const date = new Date(day * DAY_MS);
  const isoDate = date.toISOString().slice(0, 10);
  const weekday = (date.getUTCDay() + 6) % 7;
  const closed =
    calendar.closedDates.has(isoDate) ||
    calendar.closedEveryYear.has(isoDate.slice(5)) ||
    (calendar.holidayCountry !== null &&
      publicHolidays(calendar.holidayCountry, date.getUTCFullYear()).has(isoDate));
  const intervals = closed
    ? []
    : (calendar.week[weekday] ?? []).map(
        (hours) =>
          [
            localToUtc(day, hours.from, calendar.timeZone),
            localToUtc(day, hours.to, calendar.timeZone),
          ] as const,
      );
  cache.set(day, intervals);
  return intervals;
}

const holidayCache = new Map<string, ReadonlySet<string>>();

/** The public holidays ('YYYY-MM-DD') of a country in a year; observances (Valentine's day …) are not. */
export function publicHolidays(country: string, year: number): ReadonlySet<string> {
  const key = `${country}:${year}`;
  let dates = holidayCache.get(key);
  if (dates === undefined) {
    dates = new Set(
      new Holidays(country)
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidayCache.set(key, dates);
  }
  return dates;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The local wall-clock time of an instant, as if it were UTC (ms, whole seconds). */
function wallClock(utcMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(utcMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

function civilDayOf(utcMs: number, timeZone: string): number {
  return Math.floor(wallClock(utcMs, timeZone) / DAY_MS);
}

/**
 * The UTC instant of a local day and minute. Offsets are read at the guessed instant and again at the
 * result, so a time on the day of a DST change uses that day's offset at that time. (A wall-clock time in
 * the spring gap, 02:00–03:00, does not exist; opening hours must not lie there.)
 */
function localToUtc(day: number, minute: number, timeZone: string): number {
  const wall = day * DAY_MS + minute * 60_000;
  const guess = wall - (wallClock(wall, timeZone) - wall);
  const offset = wallClock(guess, timeZone) - guess;
  return wall - offset;
}
