// The ticket timer (graphile-worker task `ticket_timer`, one job per ticket keyed `ticket-timer:<id>`, set by
// refreshTicketClock through `ticket.timer_at`): at the at-risk and breach moments it stores the new state,
// warns the assignee (or the agents when nobody is assigned) once per ticket, target and level, and
// announces the change live; it resolves Uitgesteld past its date and Beantwoord without a customer reaction
// (mail: why, and how to reopen), and closes Opgelost after TICKET_AUTO_CLOSE_DAYS.
//
// Once: everything happens in one transaction that holds the ticket's row lock and re-checks the
// conditions under it, and a warning is a row with a primary key. A second worker or a job repeated after a
// crash finds the work done (or rolled back with the dead transaction, and then does it itself).
import { randomUUID } from 'node:crypto';
import type { Task } from 'graphile-worker';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config.js';
import { queryRows } from '../../db/query.js';
import { inScope } from '../../db/scope.js';
import { publishEvent } from '../../graphql/pubsub.js';
import { Topic } from '../../graphql/topics.js';
import type { Language } from '../../i18n/language.js';
import type { Logger } from '../../logger.js';
import { queueMail } from '../../mail/outbox.js';
import type { RenderedMail } from '../../mail/render.js';
import { type AutoResolveReason, slaWarningMail, ticketAutoResolvedMail } from '../../mail/sla-mails.js';
import { recordAudit } from '../audit/audit.service.js';
import type { TicketStatus } from '../tickets/ticket-status.js';
import { localDate } from './business-time.js';
import { type RefreshedClock, refreshTicketClock } from './sla.service.js';

export const TICKET_TIMER = 'ticket_timer';

export interface TimerServices {
  config: Config;
  log: Logger;
  dataSource: DataSource;
}

/** What one run did (for tests and the log). */
export interface TimerOutcome {
  warnings: Array<{ target: string; level: string }>;
  automation: 'RESOLVED' | 'CLOSED' | null;
  state: RefreshedClock['state'];
}

interface LockedTicket {
  id: string;
  organisationId: string;
  number: string;
  subject: string;
  status: TicketStatus;
  queueId: string;
  assigneeId: string | null;
  requesterId: string | null;
  requesterEmail: string;
  postponedUntil: string | null;
  autoResolveAfterDays: number;
}

/**
 * Runs the timer of one ticket at `now` (the injectable clock: the task passes the real time, tests a
 * fake one). A ticket that no longer exists is nothing to do.
 */
export function runTicketTimer(
  app: TimerServices,
  ticketId: string,
  now: Date,
): Promise<TimerOutcome | null> {
  return inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const locked = await queryRows<LockedTicket>(
      em,
      `SELECT t.id, t.organisation_id AS "organisationId", t.number, t.subject, t.status, t.queue_id AS "queueId",
              t.assignee_id AS "assigneeId", t.requester_id AS "requesterId", t.requester_email AS "requesterEmail",
              to_char(t.postponed_until, 'YYYY-MM-DD') AS "postponedUntil",
              q.auto_resolve_after_days AS "autoResolveAfterDays"
         FROM ticket t JOIN ticket_queue q ON q.id = t.queue_id WHERE t.id = $1 FOR UPDATE OF t`,
      [ticketId],
    );
    const ticket = locked[0];
    if (!ticket) return null;
    let clock = await refreshTicketClock(em, app.config, ticket.id, now);
    let automation: TimerOutcome['automation'] = null;
    if (clock.automationAt && clock.automationAt <= now) {
      if (ticket.status === 'POSTPONED' || ticket.status === 'ANSWERED') {
        await autoResolve(em, app, ticket, ticket.status, now);
        automation = 'RESOLVED';
      } else if (ticket.status === 'RESOLVED') {
        await moveStatus(em, ticket, 'CLOSED', null, now);
        automation = 'CLOSED';
      }
      if (automation) clock = await refreshTicketClock(em, app.config, ticket.id, now);
    }

    const warnings: TimerOutcome['warnings'] = [];
    for (const { target, level } of clock.unwarned) {
      const inserted = await queryRows(
        em,
        `INSERT INTO ticket_sla_warning (ticket_id, target, level, sent_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING 1`,
        [ticket.id, target, level, now],
      );
      if (inserted.length === 0) continue;
      warnings.push({ target, level });
      const dueAt = target === 'REACTION' ? clock.firstResponseDueAt : clock.resolutionDueAt;
      for (const to of await warningRecipients(em, ticket))
        await mailTo(em, app, ticket, to, 'ticket-sla-warning', `/staff/tickets/`, (lang, common) =>
          slaWarningMail(lang, { ...common, target, level, dueAt: formatMoment(dueAt, lang) }),
        );
    }
    // Warned now: the timer moves on to the next moment.
    if (warnings.length > 0) clock = await refreshTicketClock(em, app.config, ticket.id, now);

    if (automation || warnings.length > 0 || clock.state !== clock.previousState) {
      await publishEvent(em, Topic.TicketUpdated, {
        ticketId: ticket.id,
        organisationId: ticket.organisationId,
        // The state and the warnings are staff matters; a status change concerns the customer too.
        internal: automation === null,
      });
      await publishEvent(em, Topic.TicketQueueChanged, { queueIds: [ticket.queueId] });
    }
    return { warnings, automation, state: clock.state };
  });
}

export function ticketTimerTask(app: TimerServices, clock: () => Date = () => new Date()): Task {
  return async (payload) => {
    const { id } = payload as { id: string };
    const outcome = await runTicketTimer(app, id, clock());
    if (outcome && (outcome.automation || outcome.warnings.length > 0))
      app.log.info({ ticketId: id, ...outcome }, 'ticket timer');
  };
}

// ---------------------------------------------------------------------------------------------------

async function moveStatus(
  em: EntityManager,
  ticket: LockedTicket,
  to: 'RESOLVED' | 'CLOSED',
  solution: string | null,
  now: Date,
): Promise<void> {
  await em.query(
    `UPDATE ticket SET status = $2, status_changed_at = $4, updated_at = $4, postponed_until = NULL,
            solution = coalesce($3, solution),
            resolved_at = CASE WHEN $2 = 'RESOLVED' THEN $4 ELSE resolved_at END,
            closed_at = CASE WHEN $2 = 'CLOSED' THEN $4 ELSE closed_at END
      WHERE id = $1`,
    [ticket.id, to, solution, now],
  );
  // By the department (no author): the timeline says it happened automatically.
  await em.query(
    `INSERT INTO ticket_entry (id, organisation_id, ticket_id, kind, author_id, by_staff, event)
     VALUES ($1, $2, $3, 'EVENT', NULL, true, $4)`,
    [
      randomUUID(),
      ticket.organisationId,
      ticket.id,
      JSON.stringify({ type: 'STATUS', from: ticket.status, to, automatic: true }),
    ],
  );
  await recordAudit(em, {
    organisationId: ticket.organisationId,
    actorUserId: null,
    action: to === 'CLOSED' ? 'ticket.auto-closed' : 'ticket.auto-resolved',
    entityType: 'ticket',
    entityId: ticket.id,
    changes: [{ field: 'status', old: ticket.status, new: to }],
  });
}

const SOLUTIONS: Record<AutoResolveReason, string> = {
  POSTPONED: 'Automatisch opgelost: de uitsteldatum is voorbij zonder reactie.',
  ANSWERED: 'Automatisch opgelost: geen reactie op het antwoord van de helpdesk.',
};

async function autoResolve(
  em: EntityManager,
  app: TimerServices,
  ticket: LockedTicket,
  reason: AutoResolveReason,
  now: Date,
): Promise<void> {
  await moveStatus(em, ticket, 'RESOLVED', SOLUTIONS[reason], now);
  const to = await queryRows<Recipient>(
    em,
    `SELECT u.email, u.language, u.first_name AS "firstName" FROM ticket_participant p JOIN app_user u ON u.id = p.user_id
      WHERE p.ticket_id = $1 AND p.notify AND u.status = 'ACTIVE' ORDER BY u.email`,
    [ticket.id],
  );
  if (!ticket.requesterId) to.push({ email: ticket.requesterEmail, language: 'nl', firstName: null });
  for (const r of to)
    await mailTo(em, app, ticket, r, 'ticket-auto-resolved', '/tickets/', (lang, common) =>
      ticketAutoResolvedMail(lang, {
        ...common,
        reason,
        days: ticket.autoResolveAfterDays,
        postponedUntil: ticket.postponedUntil,
      }),
    );
}

interface Recipient {
  email: string;
  language: Language;
  firstName: string | null;
}

/** The assignee, or every active agent when nobody is assigned (queues have no members of their own yet). */
function warningRecipients(em: EntityManager, ticket: LockedTicket): Promise<Recipient[]> {
  return queryRows<Recipient>(
    em,
    `SELECT u.email, u.language, u.first_name AS "firstName" FROM app_user u
      WHERE u.organisation_id IS NULL AND u.status = 'ACTIVE'
        AND (u.id = $1 OR ($1::uuid IS NULL AND 'AGENT' = ANY (u.roles)))
      ORDER BY u.email`,
    [ticket.assigneeId],
  );
}

async function mailTo(
  em: EntityManager,
  app: TimerServices,
  ticket: LockedTicket,
  to: Recipient,
  template: string,
  path: string,
  render: (
    lang: Language,
    common: { firstName: string | null; number: string; subject: string; url: string },
  ) => RenderedMail,
): Promise<void> {
  const url = `${app.config.publicUrl}${path}${encodeURIComponent(ticket.number)}`;
  await queueMail(em, app.config.publicUrl, {
    // Staff warnings belong to no organisation's mail; the customer's notice to the ticket's.
    organisationId: template === 'ticket-sla-warning' ? null : ticket.organisationId,
    to: to.email,
    language: to.language,
    template,
    content: render(to.language, {
      firstName: to.firstName,
      number: ticket.number,
      subject: ticket.subject,
      url,
    }),
  });
}

function formatMoment(at: Date | null, lang: Language): string {
  if (!at) return '';
  const time = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-BE', {
    timeZone: 'Europe/Brussels',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
  return `${localDate(at, 'Europe/Brussels')} ${time}`;
}

/**
 * Timers a dead worker left behind (graphile-worker frees its locked job only after 4 hours) or that lost
 * their job: a ticket whose `timer_at` passed `stalledAfterSeconds` ago with no job that can still run is
 * queued again under its key (the dead job is retired), and retired jobs still locked are deleted. Tickets
 * whose timer runs right now hold their row lock and are passed over. Runs in the worker's recovery sweep,
 * in its system-scoped transaction on the owner's connection; returns how many timers were queued again.
 */
export async function requeueStalledTimers(
  client: { query(sql: string, params: unknown[]): Promise<{ rowCount: number | null }> },
  stalledAfterSeconds: number,
): Promise<number> {
  const requeued = await client.query(
    `WITH stalled AS (
       SELECT t.id FROM ticket t
        WHERE t.timer_at < now() - make_interval(secs => $1)
          AND NOT EXISTS (
            SELECT 1 FROM graphile_worker.jobs j
             WHERE j.key = 'ticket-timer:' || t.id::text AND j.attempts < j.max_attempts
               AND (j.locked_at IS NULL OR j.locked_at > now() - make_interval(secs => $1)))
        ORDER BY t.timer_at
        LIMIT 500
        FOR UPDATE OF t SKIP LOCKED)
     SELECT graphile_worker.add_job($2, json_build_object('id', id), job_key := 'ticket-timer:' || id::text,
              job_key_mode := 'replace', max_attempts := 25)
       FROM stalled`,
    [stalledAfterSeconds, TICKET_TIMER],
  );
  await client.query(
    `DELETE FROM graphile_worker._private_jobs j USING graphile_worker._private_tasks k
      WHERE k.id = j.task_id AND k.identifier = $2 AND j.key IS NULL
        AND j.locked_at < now() - make_interval(secs => $1)`,
    [stalledAfterSeconds, TICKET_TIMER],
  );
  return requeued.rowCount ?? 0;
}
