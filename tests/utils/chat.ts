// Arranging the office-hours chat in a test database: the OFFICE calendar open around the clock or closed
// today (the chat's clock is the database's; its calendar is the department's), and who takes chats.
import { officeCalendar } from '../../server/src/modules/sla/business-time.js';
import { ownerQuery } from './mailbox.js';

const ALL_DAY = JSON.stringify(Array.from({ length: 7 }, () => [{ from: 0, to: 1440 }]));

/** Today's date in Brussels, 'YYYY-MM-DD'. */
export const brusselsToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

/** The desk open every day all day (no holidays, no closing days): the chat's hours are never in the way. */
export async function openAllDay(dbUrl: string): Promise<void> {
  await ownerQuery(
    dbUrl,
    `WITH c AS (UPDATE business_calendar SET week = $1, holiday_country = NULL WHERE code = 'OFFICE' RETURNING id)
     DELETE FROM business_closing_day WHERE calendar_id IN (SELECT id FROM c)`,
    [ALL_DAY],
  );
}

/** Open all day except today (a closing day): the desk opens at tomorrow's midnight in Brussels. */
export async function closedToday(dbUrl: string): Promise<void> {
  await openAllDay(dbUrl);
  await ownerQuery(
    dbUrl,
    `INSERT INTO business_closing_day (calendar_id, on_date, name_nl, name_en)
     SELECT id, $1::date, 'Testsluiting', 'Test closing' FROM business_calendar WHERE code = 'OFFICE'`,
    [brusselsToday()],
  );
}

/** The calendar closedToday() makes, as the business-time functions take it. */
export const closedTodayCalendar = () => {
  const calendar = officeCalendar([brusselsToday()]);
  if (calendar.kind !== 'OFFICE') throw new Error('unexpected');
  return {
    ...calendar,
    holidayCountry: null,
    week: Array.from({ length: 7 }, () => [{ from: 0, to: 1440 }]),
  };
};

/** Nobody takes chats. */
export const noAgents = (dbUrl: string) => ownerQuery(dbUrl, 'UPDATE chat_agent SET available = false');
