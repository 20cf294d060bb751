// Office-hours chat ('003' §5, decision 0027): an organisation's user starts a chat while the desk is open
// and an agent takes chats; an agent takes it; both write; when it ends (either side) it becomes a ticket
// with the transcript (tickets/ticket-work.service.ts: registerChatTicket). Who sees a chat: its customer
// and staff; another user (colleagues too) gets NOT_FOUND. Row policies repeat the organisation rule.
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { failed, forbidden, notFound, ok, type Result } from '../../domain/errors.js';
import { FieldErrors, isUuid } from '../../domain/validate.js';
import { isStaff, requireUser, type UserViewer } from '../../domain/viewer.js';
import { Topic } from '../../graphql/topics.js';
import type { Language } from '../../i18n/language.js';
import { loadCalendar, transactionNow } from '../sla/sla.service.js';
import type { TicketRow } from '../tickets/ticket.rows.js';
import { registerChatTicket, SUBJECT_MAX } from '../tickets/ticket-work.service.js';
import { type ChatHours, chatHours, chatOffered } from './chat-hours.js';

export const CHAT_STATUSES = ['WAITING', 'ACTIVE', 'ENDED'] as const;
export type ChatStatus = (typeof CHAT_STATUSES)[number];

/** Why the worker ended a chat by itself (decision 0033); null: a person ended it. */
export const CHAT_END_REASONS = ['NOT_TAKEN', 'IDLE', 'CUSTOMER_GONE', 'DESK_CLOSED'] as const;
export type ChatEndReason = (typeof CHAT_END_REASONS)[number];

export const CHAT_MESSAGE_MAX = 4000;
/** The staff's live list shows at most this many waiting chats (oldest first). */
const WAITING_SHOWN = 50;

export interface ChatRow {
  id: string;
  organisationId: string;
  customerId: string;
  agentId: string | null;
  status: ChatStatus;
  subject: string;
  startedAt: Date;
  takenAt: Date | null;
  endedAt: Date | null;
  ticketId: string | null;
  endReason: ChatEndReason | null;
}

export interface ChatMessageRow {
  id: string;
  chatId: string;
  authorId: string | null;
  byStaff: boolean;
  body: string;
  createdAt: Date;
}

const CHAT_COLUMNS = `c.id, c.organisation_id AS "organisationId", c.customer_id AS "customerId",
  c.agent_id AS "agentId", c.status, c.subject, c.started_at AS "startedAt", c.taken_at AS "takenAt",
  c.ended_at AS "endedAt", c.ticket_id AS "ticketId", c.end_reason AS "endReason"`;

function requireStaff(ctx: Ctx): UserViewer {
  const viewer = requireUser(ctx);
  if (!isStaff(viewer)) throw forbidden();
  return viewer;
}

function requireCustomer(ctx: Ctx): UserViewer & { organisationId: string } {
  const viewer = requireUser(ctx);
  if (!viewer.organisationId) throw forbidden();
  return viewer as UserViewer & { organisationId: string };
}

// ---------------------------------------------------------------------------------------------------
// Hours and availability

/** Opening hours from the department's calendar (OFFICE, the Helpdesk's) and the agents' availability. */
export async function currentChatHours(ctx: Ctx): Promise<ChatHours> {
  requireUser(ctx);
  const em = await ctx.tx.manager();
  const rows: Array<{ id: string | null; agents: boolean }> = await em.query(
    `SELECT (SELECT id FROM business_calendar WHERE code = 'OFFICE') AS id, chat_agents_available() AS agents`,
  );
  const row = rows[0];
  if (!row?.id) throw new Error('business calendar OFFICE missing');
  return chatHours(await transactionNow(em), await loadCalendar(em, row.id), row.agents);
}

/** Whether the viewer (an agent) takes chats now. */
export async function isChatAgentAvailable(ctx: Ctx): Promise<boolean> {
  const viewer = requireStaff(ctx);
  const em = await ctx.tx.manager();
  const rows: Array<{ available: boolean }> = await em.query(
    'SELECT available FROM chat_agent WHERE user_id = $1',
    [viewer.userId],
  );
  return rows[0]?.available ?? false;
}

export async function setChatAgentAvailable(ctx: Ctx, available: boolean): Promise<boolean> {
  const viewer = requireStaff(ctx);
  const em = await ctx.tx.manager();
  await em.query(
    `INSERT INTO chat_agent (user_id, available) VALUES ($1, $2)
     ON CONFLICT (user_id) DO UPDATE SET available = $2, changed_at = now()`,
    [viewer.userId, available],
  );
  await ctx.app.pubsub.publish(em, Topic.ChatQueueChanged, {});
  return available;
}

// ---------------------------------------------------------------------------------------------------
// Reading

/** A chat the viewer may see (its customer, or staff); NOT_FOUND otherwise. */
export async function getChat(ctx: Ctx, id: string, lock = false): Promise<ChatRow> {
  const viewer = requireUser(ctx);
  if (!isUuid(id)) throw notFound('chat');
  const em = await ctx.tx.manager();
  const rows: ChatRow[] = await em.query(
    `SELECT ${CHAT_COLUMNS} FROM chat c WHERE c.id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [id],
  );
  const chat = rows[0];
  if (!chat || (!isStaff(viewer) && chat.customerId !== viewer.userId)) throw notFound('chat');
  return chat;
}

/** The customer's chat that has not ended yet (a reload of the page finds it), or null. */
export async function runningChat(ctx: Ctx): Promise<ChatRow | null> {
  const viewer = requireCustomer(ctx);
  const em = await ctx.tx.manager();
  const rows: ChatRow[] = await em.query(
    `SELECT ${CHAT_COLUMNS} FROM chat c WHERE c.customer_id = $1 AND c.status <> 'ENDED'`,
    [viewer.userId],
  );
  return rows[0] ?? null;
}

/** Staff: the chats waiting for an agent (oldest first) and the viewer's own running chats. */
export async function staffChats(ctx: Ctx): Promise<ChatRow[]> {
  const viewer = requireStaff(ctx);
  const em = await ctx.tx.manager();
  return em.query(
    `(SELECT ${CHAT_COLUMNS} FROM chat c WHERE c.status = 'WAITING' ORDER BY c.started_at, c.id LIMIT $2)
     UNION ALL
     (SELECT ${CHAT_COLUMNS} FROM chat c WHERE c.status = 'ACTIVE' AND c.agent_id = $1 ORDER BY c.taken_at, c.id)`,
    [viewer.userId, WAITING_SHOWN],
  );
}

export async function chatMessages(ctx: Ctx, chat: ChatRow): Promise<ChatMessageRow[]> {
  const em = await ctx.tx.manager();
  return em.query(
    `SELECT id, chat_id AS "chatId", author_id AS "authorId", by_staff AS "byStaff", body, created_at AS "createdAt"
       FROM chat_message WHERE chat_id = $1 ORDER BY created_at, id`,
    [chat.id],
  );
}

// ---------------------------------------------------------------------------------------------------
// Changing

async function announce(ctx: Ctx, chat: ChatRow, queue: boolean): Promise<void> {
  const em = await ctx.tx.manager();
  await ctx.app.pubsub.publish(em, Topic.ChatChanged, {
    chatId: chat.id,
    organisationId: chat.organisationId,
  });
  if (queue) await ctx.app.pubsub.publish(em, Topic.ChatQueueChanged, {});
}

async function insertMessage(
  ctx: Ctx,
  chat: ChatRow,
  viewer: UserViewer,
  body: string,
  clientKey: string,
): Promise<void> {
  const em = await ctx.tx.manager();
  await em.query(
    `INSERT INTO chat_message (id, organisation_id, chat_id, author_id, by_staff, body, client_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT chat_message_client_key_unique DO NOTHING`,
    [randomUUID(), chat.organisationId, chat.id, viewer.userId, isStaff(viewer), body, clientKey],
  );
  await em.query('UPDATE chat SET last_activity_at = now() WHERE id = $1', [chat.id]);
}

const OPENS_AT_FORMAT: Record<Language, Intl.DateTimeFormatOptions> = {
  nl: { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Brussels' },
  en: { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Brussels' },
};

function closedError(lang: Language, hours: ChatHours) {
  if (hours.open) return { field: null, code: 'CHAT_NO_AGENT' as const };
  const opensAt = hours.opensAt
    ? new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-BE', OPENS_AT_FORMAT[lang]).format(hours.opensAt)
    : '—';
  return { field: null, code: 'CHAT_CLOSED' as const, params: { opensAt } };
}

/**
 * An organisation's user asks a question in the chat. Refused outside opening hours (with when it opens)
 * or when no agent takes chats; a second start while one runs (or a retry) returns the running chat.
 */
export async function startChat(
  ctx: Ctx,
  input: { clientKey: string; question: string },
): Promise<Result<ChatRow>> {
  const viewer = requireCustomer(ctx);
  const errors = new FieldErrors();
  errors.clientKey('clientKey', input.clientKey);
  const question = errors.required('question', input.question, CHAT_MESSAGE_MAX);
  if (errors.has()) return failed(errors.list);
  const em = await ctx.tx.manager();
  // One start at a time per customer: the running chat is found, never made twice.
  await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('chat:' || $1, 0))`, [viewer.userId]);
  const running = await runningChat(ctx);
  if (running) return ok(running);
  const hours = await currentChatHours(ctx);
  if (!chatOffered(hours)) return failed([closedError(ctx.lang, hours)]);
  const id = randomUUID();
  const subject = (question.split('\n')[0] ?? question).trim().slice(0, SUBJECT_MAX);
  const inserted = await queryRows<{ id: string }>(
    em,
    `INSERT INTO chat (id, organisation_id, customer_id, subject, client_key) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT ON CONSTRAINT chat_client_key_unique DO NOTHING RETURNING id`,
    [id, viewer.organisationId, viewer.userId, subject, input.clientKey],
  );
  // The same key again after the chat ended: nothing new.
  if (inserted.length === 0) {
    const rows: ChatRow[] = await em.query(
      `SELECT ${CHAT_COLUMNS} FROM chat c WHERE c.customer_id = $1 AND c.client_key = $2`,
      [viewer.userId, input.clientKey],
    );
    if (rows[0]) return ok(rows[0]);
  }
  const chat = await getChat(ctx, id);
  await insertMessage(ctx, chat, viewer, question, input.clientKey);
  await announce(ctx, chat, true);
  return ok(chat);
}

/** An agent takes a waiting chat; a colleague's taken chat is refused. */
export async function takeChat(ctx: Ctx, chatId: string): Promise<Result<ChatRow>> {
  const viewer = requireStaff(ctx);
  const chat = await getChat(ctx, chatId, true);
  if (chat.status === 'ACTIVE' && chat.agentId === viewer.userId) return ok(chat);
  if (chat.status === 'ENDED') return failed([{ field: null, code: 'CHAT_ENDED' }]);
  if (chat.status === 'ACTIVE') return failed([{ field: null, code: 'CHAT_TAKEN' }]);
  const em = await ctx.tx.manager();
  await em.query(
    `UPDATE chat SET status = 'ACTIVE', agent_id = $2, taken_at = now(), last_activity_at = now() WHERE id = $1`,
    [chat.id, viewer.userId],
  );
  await announce(ctx, chat, true);
  return ok(await getChat(ctx, chat.id));
}

/** A message by the customer (also while waiting) or by the agent who took the chat. */
export async function sendChatMessage(
  ctx: Ctx,
  input: { chatId: string; clientKey: string; body: string },
): Promise<Result<ChatRow>> {
  const viewer = requireUser(ctx);
  const chat = await getChat(ctx, input.chatId, true);
  const errors = new FieldErrors();
  errors.clientKey('clientKey', input.clientKey);
  const body = errors.required('body', input.body, CHAT_MESSAGE_MAX);
  if (errors.has()) return failed(errors.list);
  if (chat.status === 'ENDED') return failed([{ field: null, code: 'CHAT_ENDED' }]);
  if (isStaff(viewer) && chat.agentId !== viewer.userId)
    return failed([{ field: null, code: chat.agentId ? 'CHAT_TAKEN' : 'CHAT_NOT_YOURS' }]);
  await insertMessage(ctx, chat, viewer, body, input.clientKey);
  await announce(ctx, chat, false);
  return ok(chat);
}

/**
 * Ends the chat and registers it as a ticket with the transcript: Opgelost with the agent's solution when
 * `solved`, else Nieuw (the agent could not solve it, or the customer left). Ending an ended chat is a
 * no-op that returns it (a double click, or both sides at once).
 */
export async function endChat(
  ctx: Ctx,
  input: { chatId: string; solved?: boolean | null; solution?: string | null },
): Promise<Result<ChatRow>> {
  const viewer = requireUser(ctx);
  const staff = isStaff(viewer);
  const chat = await getChat(ctx, input.chatId, true);
  if (chat.status === 'ENDED') return ok(chat);
  if (staff && chat.agentId !== viewer.userId)
    return failed([{ field: null, code: chat.agentId ? 'CHAT_TAKEN' : 'CHAT_NOT_YOURS' }]);
  const errors = new FieldErrors();
  const solution =
    staff && input.solved ? errors.required('solution', input.solution, CHAT_MESSAGE_MAX) : null;
  if (errors.has())
    return failed(
      errors.list.map((e) => (e.code === 'REQUIRED' ? { ...e, code: 'TICKET_SOLUTION_REQUIRED' } : e)),
    );
  await finishChat(ctx, chat, solution, null);
  return ok(await getChat(ctx, chat.id));
}

/**
 * Registers `chat` (locked by the caller, not ended) as a ticket with its transcript and marks it ended;
 * `endReason` says why the worker ended it (null: a person did). Both sides are told live.
 */
export async function finishChat(
  ctx: Ctx,
  chat: ChatRow,
  solution: string | null,
  endReason: ChatEndReason | null,
): Promise<TicketRow> {
  const em = await ctx.tx.manager();
  const customer: Array<{ email: string }> = await em.query('SELECT email FROM app_user WHERE id = $1', [
    chat.customerId,
  ]);
  const messages = await chatMessages(ctx, chat);
  const ticket = await registerChatTicket(ctx, {
    chatId: chat.id,
    organisationId: chat.organisationId,
    customerId: chat.customerId,
    customerEmail: customer[0]?.email ?? '',
    subject: chat.subject,
    transcript: messages.map((m) => ({ authorId: m.authorId, byStaff: m.byStaff, body: m.body })),
    solution,
  });
  await em.query(
    `UPDATE chat SET status = 'ENDED', ended_at = now(), ticket_id = $2, end_reason = $3 WHERE id = $1`,
    [chat.id, ticket.id, endReason],
  );
  await announce(ctx, chat, chat.status === 'WAITING');
  return ticket;
}

/** The number of the ticket a chat became (visible to whoever sees the chat). */
export async function chatTicketNumber(ctx: Ctx, chat: ChatRow): Promise<string | null> {
  if (!chat.ticketId) return null;
  const em = await ctx.tx.manager();
  const rows: Array<{ number: string }> = await em.query('SELECT number FROM ticket WHERE id = $1', [
    chat.ticketId,
  ]);
  return rows[0]?.number ?? null;
}
