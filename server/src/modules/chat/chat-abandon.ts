// Abandoned chats (issue 15, decision 0033): a chat nobody ends by hand is ended by the worker and
// registered as a ticket exactly as a chat the customer leaves (transcript as the first entries, status
// Nieuw, the customer's confirmation mail), with why on the chat and as an internal note. Abandoned means,
// in this order: the desk closed (outside the OFFICE calendar's hours), the customer's page has been gone
// CHAT_CUSTOMER_GONE_MINUTES, nobody took it within CHAT_WAIT_MINUTES, or nobody wrote in a taken chat for
// CHAT_IDLE_MINUTES. A periodic job looks every minute; each chat ends in its own transaction that holds
// the chat's row lock and decides again under it, so a manual end at the same moment wins or loses whole.
import type { Task } from 'graphile-worker';
import type { AppServices } from '../../context.js';
import { queryRows } from '../../db/query.js';
import type { PgPubSub } from '../../graphql/pubsub.js';
import { publishEvent } from '../../graphql/pubsub.js';
import { createSystemCtx } from '../../operation/create-context.js';
import { runOperation } from '../../operation/run-operation.js';
import { isOpen } from '../sla/business-time.js';
import { loadCalendar, transactionNow } from '../sla/sla.service.js';
import { addSystemNote } from '../tickets/ticket-work.service.js';
import { type ChatEndReason, type ChatRow, finishChat } from './chat.service.js';

export const END_ABANDONED_CHATS = 'end_abandoned_chats';
/** Every minute; graphile-worker's crontab syntax. */
export const END_ABANDONED_CHATS_CRONTAB = `* * * * * ${END_ABANDONED_CHATS}`;

/** Chats ended per run at most; the rest wait for the next minute. */
const BATCH = 200;

/** The services the worker has (no event listener of its own: events are sent by NOTIFY at commit). */
type WorkerServices = Omit<AppServices, 'pubsub'> & { pubsub?: PgPubSub };

/** The internal note on the ticket, per reason (staff read Dutch notes, like the intake's). */
const NOTE: Record<ChatEndReason, string> = {
  NOT_TAKEN: 'Chat automatisch beëindigd: geen medewerker nam de chat op tijd aan.',
  IDLE: 'Chat automatisch beëindigd: niemand schreef nog in de chat.',
  CUSTOMER_GONE: 'Chat automatisch beëindigd: de klant verliet de chat (pagina gesloten).',
  DESK_CLOSED: 'Chat automatisch beëindigd: de helpdesk sloot.',
};

/** Why chat `c` (SQL alias) is abandoned now, or NULL; $1 desk open, $2–$4 the minutes. */
const REASON = `CASE
    WHEN NOT $1::boolean THEN 'DESK_CLOSED'
    WHEN c.customer_gone_at < now() - make_interval(mins => $2) THEN 'CUSTOMER_GONE'
    WHEN c.status = 'WAITING' AND c.started_at < now() - make_interval(mins => $3) THEN 'NOT_TAKEN'
    WHEN c.status = 'ACTIVE' AND c.last_activity_at < now() - make_interval(mins => $4) THEN 'IDLE'
  END`;

function withPubsub(app: WorkerServices): AppServices {
  if (app.pubsub) return app as AppServices;
  // The worker's own process has no listener; publishing is a NOTIFY in the transaction all the same.
  const pubsub = { publish: publishEvent } as unknown as PgPubSub;
  return { ...app, pubsub };
}

/**
 * Ends every abandoned chat (see the banner); returns what it ended. Safe to run twice at once and
 * beside a person ending the same chat: each end re-checks under the chat's lock.
 */
export async function endAbandonedChats(
  services: WorkerServices,
): Promise<Array<{ chatId: string; reason: ChatEndReason; ticketId: string }>> {
  const app = withPubsub(services);
  const { waitMinutes, idleMinutes, customerGoneMinutes } = app.config.chat;
  const log = app.log.child({ component: 'chat-abandon' });
  const reasonArgs = async (ctx: ReturnType<typeof createSystemCtx>) => {
    const em = await ctx.tx.manager();
    const office = await queryRows<{ id: string }>(
      em,
      `SELECT id FROM business_calendar WHERE code = 'OFFICE'`,
    );
    const open = office[0] ? isOpen(await transactionNow(em), await loadCalendar(em, office[0].id)) : true;
    return [open, customerGoneMinutes, waitMinutes, idleMinutes];
  };

  const listCtx = createSystemCtx(app, log);
  const candidates = await runOperation(listCtx, async () => {
    const em = await listCtx.tx.manager();
    return queryRows<{ id: string }>(
      em,
      `SELECT c.id FROM chat c WHERE c.status <> 'ENDED' AND ${REASON} IS NOT NULL
        ORDER BY c.started_at LIMIT ${BATCH}`,
      await reasonArgs(listCtx),
    );
  });

  const ended: Array<{ chatId: string; reason: ChatEndReason; ticketId: string }> = [];
  for (const { id } of candidates) {
    const ctx = createSystemCtx(app, log.child({ chat: id }));
    const done = await runOperation(ctx, async () => {
      const em = await ctx.tx.manager();
      const rows = await queryRows<ChatRow & { reason: ChatEndReason | null }>(
        em,
        `SELECT c.id, c.organisation_id AS "organisationId", c.customer_id AS "customerId",
                c.agent_id AS "agentId", c.status, c.subject, c.started_at AS "startedAt",
                c.taken_at AS "takenAt", c.ended_at AS "endedAt", c.ticket_id AS "ticketId",
                c.end_reason AS "endReason", ${REASON} AS reason
           FROM chat c WHERE c.id = $5 AND c.status <> 'ENDED' FOR UPDATE`,
        [...(await reasonArgs(ctx)), id],
      );
      const chat = rows[0];
      // Ended by a person meanwhile, or written in again: nothing to do.
      if (!chat?.reason) return null;
      const ticket = await finishChat(ctx, chat, null, chat.reason);
      await addSystemNote(ctx, ticket, NOTE[chat.reason]);
      return { chatId: chat.id, reason: chat.reason, ticketId: ticket.id };
    }).catch((error: unknown) => {
      log.error({ err: error, chat: id }, 'ending an abandoned chat failed; tried again next run');
      return null;
    });
    if (done) ended.push(done);
  }
  if (ended.length > 0) log.info({ ended: ended.length }, 'abandoned chats ended');
  return ended;
}

export function endAbandonedChatsTask(app: WorkerServices): Task {
  return async () => {
    await endAbandonedChats(app);
  };
}
