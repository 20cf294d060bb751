// Unread escalation (issue 14): a message from the department that nobody of the receiving organisation
// has opened within the theme's `unread_reminder_days` business days (default 3) is brought to the theme's
// confirmed contact persons' attention by mail, with the deep link; a second time after as many business
// days more; never once someone of the organisation has read it. A periodic job (crontab) looks; each
// reminder is a row with a primary key (message, round), so a repeat or a second worker sends nothing more.
import type { Task } from 'graphile-worker';
import { queryRows } from '../../db/query.js';
import { inScope } from '../../db/scope.js';
import type { Language } from '../../i18n/language.js';
import { queueMail } from '../../mail/outbox.js';
import { unreadMessageReminderMail } from '../../mail/sla-mails.js';
import { addBusinessTime } from './business-time.js';
import { loadCalendar } from './sla.service.js';
import type { TimerServices } from './ticket-timer.js';

export const UNREAD_REMINDERS = 'unread_message_reminders';
/** Every ten minutes; graphile-worker's crontab syntax. */
export const UNREAD_REMINDERS_CRONTAB = `*/10 * * * * ${UNREAD_REMINDERS}`;

const WORKDAY_MS = 510 * 60_000;
// Messages older than this are not looked at any more (two rounds of up to 20 business days fit).
const LOOK_BACK_DAYS = 120;

interface Candidate {
  id: string;
  organisationId: string;
  referenceNumber: string;
  title: string;
  themeId: string;
  themeNl: string;
  themeEn: string;
  sentAt: Date;
  days: number;
  sent: number;
}

/** Sends the reminders due at `now` (the injectable clock); returns how many mails were queued. */
export function sendUnreadReminders(app: TimerServices, now: Date): Promise<number> {
  return inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const office = await queryRows<{ id: string }>(
      em,
      `SELECT id FROM business_calendar WHERE code = 'OFFICE'`,
    );
    const calendar = await loadCalendar(em, (office[0] as { id: string }).id);
    const candidates = await queryRows<Candidate>(
      em,
      `SELECT m.id, m.organisation_id AS "organisationId", m.reference_number AS "referenceNumber", m.title,
              m.theme_id AS "themeId", th.name_nl AS "themeNl", th.name_en AS "themeEn", m.sent_at AS "sentAt",
              th.unread_reminder_days AS days,
              (SELECT count(*)::int FROM message_unread_reminder r WHERE r.message_id = m.id) AS sent
         FROM message m JOIN theme th ON th.id = m.theme_id
        WHERE m.direction = 'INBOUND' AND th.unread_reminder_days IS NOT NULL
          AND m.sent_at > $1::timestamptz - make_interval(days => $2) AND m.sent_at <= $1
          AND NOT EXISTS (SELECT 1 FROM message_read r JOIN app_user u ON u.id = r.user_id
                           WHERE r.message_id = m.id AND u.organisation_id = m.organisation_id)
          AND (SELECT count(*) FROM message_unread_reminder r WHERE r.message_id = m.id) < 2
        ORDER BY m.sent_at`,
      [now, LOOK_BACK_DAYS],
    );
    let mails = 0;
    for (const m of candidates) {
      const round = m.sent + 1;
      if (addBusinessTime(m.sentAt, round * m.days * WORKDAY_MS, calendar) > now) continue;
      const inserted = await queryRows(
        em,
        `INSERT INTO message_unread_reminder (message_id, round, sent_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [m.id, round, now],
      );
      if (inserted.length === 0) continue;
      const contacts = await queryRows<{ email: string; firstName: string; language: Language }>(
        em,
        `SELECT c.email, c.first_name AS "firstName", c.language FROM contact_person c
           JOIN contact_person_theme ct ON ct.contact_person_id = c.id AND ct.organisation_id = c.organisation_id
          WHERE c.organisation_id = $1 AND ct.theme_id = $2 AND c.status = 'CONFIRMED' ORDER BY c.email`,
        [m.organisationId, m.themeId],
      );
      const url = `${app.config.publicUrl}/messages/${encodeURIComponent(m.referenceNumber)}`;
      for (const c of contacts) {
        await queueMail(em, app.config.publicUrl, {
          organisationId: m.organisationId,
          to: c.email,
          language: c.language,
          template: 'message-unread-reminder',
          content: unreadMessageReminderMail(c.language, {
            firstName: c.firstName,
            title: m.title,
            referenceNumber: m.referenceNumber,
            themeName: c.language === 'en' ? m.themeEn : m.themeNl,
            round,
            url,
          }),
        });
        mails++;
      }
    }
    return mails;
  });
}

export function unreadRemindersTask(app: TimerServices, clock: () => Date = () => new Date()): Task {
  return async () => {
    const mails = await sendUnreadReminders(app, clock());
    if (mails > 0) app.log.info({ mails }, 'unread message reminders queued');
  };
}
