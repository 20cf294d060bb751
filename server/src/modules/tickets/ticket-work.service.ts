// Changing tickets: create (portal, widget; staff register by phone or mail), reply (either side), internal
// note (staff), status moves (ticket-status.ts), assign, move queue, details, ask to close, the notification
// switch, participants and merge. Each change writes its timeline entry, audit event, mails (outbox) and
// live event in the operation's transaction: a rolled-back change leaves no trace.

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { type FieldError, failed, forbidden, notFound, ok, type Result } from '../../domain/errors.js';
import { FieldErrors, isUuid } from '../../domain/validate.js';
import { isStaff, requireUser, type UserViewer } from '../../domain/viewer.js';
import type { FileStorage } from '../../files/file-storage.js';
import { Topic } from '../../graphql/topics.js';
import type { Language } from '../../i18n/language.js';
import type { ErrorTextCode } from '../../i18n/messages.js';
import { queueMail } from '../../mail/outbox.js';
import type { RenderedMail } from '../../mail/render.js';
import {
  ticketConfirmationMail,
  ticketMergedMail,
  ticketReplyMail,
  ticketSolutionMail,
  ticketStatusMail,
} from '../../mail/ticket-mails.js';
import { ticketMessageIdTag, ticketReplyAddress } from '../../mail/ticket-token.js';
import { recordAudit } from '../audit/audit.service.js';
import { checkAttachments } from '../messages/attachment.service.js';
import { findSensitiveData } from '../messages/privacy-guard.js';
import type { PrivacyWarning } from '../messages/send.service.js';
import { refreshTicketClock, transactionNow } from '../sla/sla.service.js';
import { emitWebhook } from '../webhooks/webhook-events.js';
import { noticeSecurityIncident, SECURITY_INCIDENT_LABELS } from './security-incidents.js';
import type { TicketChannel, TicketEvent, TicketPriority, TicketRow } from './ticket.rows.js';
import { getQueue, getTicket, getTicketForUpdate, ticketById } from './ticket.service.js';
import { STATUS_LABELS } from './ticket.texts.js';
import { nextTicketNumber } from './ticket-number.js';
import { moveStatus, type StatusDetails, type TicketStatus } from './ticket-status.js';

export const SUBJECT_MAX = 200;
export const DESCRIPTION_MAX = 10_000;
export const BODY_MAX = 10_000;
const VERSION_MAX = 50;

function requireStaff(ctx: Ctx): UserViewer {
  const viewer = requireUser(ctx);
  if (!isStaff(viewer)) throw forbidden();
  return viewer;
}

async function today(em: EntityManager): Promise<string> {
  const rows: Array<{ d: string }> = await em.query(
    `SELECT to_char(now() AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') AS d`,
  );
  return (rows[0] as { d: string }).d;
}

// ---------------------------------------------------------------------------------------------------
// Writing helpers

/** Who writes an entry: the viewer, or (mail intake, in the system scope) a sender known by address. */
export interface EntryAuthor {
  userId: string | null;
  staff: boolean;
  /** The sender's address of an entry that came by mail. */
  email: string | null;
}

function viewerAuthor(ctx: Ctx): EntryAuthor {
  const viewer = requireUser(ctx);
  return { userId: viewer.userId, staff: isStaff(viewer), email: null };
}

/** The user to record in the audit: none for the system's own operations (mail intake). */
const actorOf = (ctx: Ctx) => (ctx.viewer.kind === 'user' ? ctx.viewer.userId : null);

interface EntryInput {
  kind: 'REPLY' | 'NOTE' | 'EVENT';
  /** Default: the viewer. */
  author?: EntryAuthor;
  /** Checked uploads of the author (checkAttachments) to attach to the entry. */
  attachmentIds?: string[];
  body?: string;
  event?: TicketEvent;
  closeRequest?: boolean;
  clientKey?: string | null;
}

async function addEntry(ctx: Ctx, ticket: TicketRow, entry: EntryInput): Promise<string> {
  const author = entry.author ?? viewerAuthor(ctx);
  const em = await ctx.tx.manager();
  const id = randomUUID();
  await em.query(
    `INSERT INTO ticket_entry (id, organisation_id, ticket_id, kind, author_id, by_staff, body, event, close_request, client_key, author_email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      ticket.organisationId,
      ticket.id,
      entry.kind,
      author.userId,
      author.staff,
      entry.body ?? '',
      entry.event ? JSON.stringify(entry.event) : null,
      entry.closeRequest ?? false,
      entry.clientKey ?? null,
      author.email,
    ],
  );
  if (entry.attachmentIds?.length)
    await em.query(
      'UPDATE attachment SET ticket_entry_id = $1, organisation_id = $2 WHERE id = ANY($3::uuid[])',
      [id, ticket.organisationId, entry.attachmentIds],
    );
  return id;
}

/**
 * Announces the change when the transaction commits (live and to webhooks; `created`: ticket.created
 * instead of ticket.updated); queue counts too when `queues` are named.
 */
async function publish(
  ctx: Ctx,
  ticket: TicketRow,
  internal: boolean,
  queues: string[] = [],
  created = false,
): Promise<void> {
  const em = await ctx.tx.manager();
  await ctx.app.pubsub.publish(em, Topic.TicketUpdated, {
    ticketId: ticket.id,
    organisationId: ticket.organisationId,
    internal,
  });
  const ids = { ticketId: ticket.id, number: ticket.number, organisationId: ticket.organisationId };
  if (created) await emitWebhook(ctx.app.pubsub, em, 'ticket.created', { ...ids, status: ticket.status });
  else await emitWebhook(ctx.app.pubsub, em, 'ticket.updated', { ...ids, internal });
  if (queues.length > 0)
    await ctx.app.pubsub.publish(em, Topic.TicketQueueChanged, {
      queueIds: [...new Set(queues)],
    });
}

async function audit(
  ctx: Ctx,
  ticket: TicketRow,
  action: string,
  changes: Array<[string, unknown, unknown]>,
) {
  const show = (v: unknown) => (v === null || v === undefined ? null : String(v));
  await recordAudit(await ctx.tx.manager(), {
    organisationId: ticket.organisationId,
    actorUserId: actorOf(ctx),
    action,
    entityType: 'ticket',
    entityId: ticket.id,
    changes: changes.map(([field, old, now]) => ({ field, old: show(old), new: show(now) })),
  });
}

const ticketUrl = (ctx: Ctx, number: string) =>
  `${ctx.app.config.publicUrl}/tickets/${encodeURIComponent(number)}`;

interface MailRecipient {
  email: string;
  language: Language;
  firstName: string | null;
}

/**
 * Who is mailed about a ticket: its participants who did not switch notifications off (active users), and
 * a requester known only by address; never `exceptUserId` (who made the change) nor `exceptEmail` (who
 * wrote it by mail).
 */
async function recipients(
  ctx: Ctx,
  ticket: TicketRow,
  exceptUserId: string | null,
  exceptEmail: string | null = null,
): Promise<MailRecipient[]> {
  const em = await ctx.tx.manager();
  const rows: Array<{ email: string; language: Language; first_name: string }> = await em.query(
    `SELECT u.email, u.language, u.first_name FROM ticket_participant p JOIN app_user u ON u.id = p.user_id
      WHERE p.ticket_id = $1 AND p.notify AND u.status = 'ACTIVE' AND ($2::uuid IS NULL OR u.id <> $2)
      ORDER BY u.email`,
    [ticket.id, exceptUserId],
  );
  const list: MailRecipient[] = rows.map((r) => ({
    email: r.email,
    language: r.language,
    firstName: r.first_name,
  }));
  if (!ticket.requesterId) list.push({ email: ticket.requesterEmail, language: 'nl', firstName: null });
  const except = exceptEmail?.toLowerCase();
  return except ? list.filter((r) => r.email.toLowerCase() !== except) : list;
}

async function mail(
  ctx: Ctx,
  ticket: TicketRow,
  to: MailRecipient[],
  template: string,
  render: (
    lang: Language,
    common: { firstName: string | null; number: string; subject: string; url: string },
  ) => RenderedMail,
): Promise<void> {
  const em = await ctx.tx.manager();
  const url = ticketUrl(ctx, ticket.number);
  // Answers to any mail about the ticket come back to it, whatever the mail client keeps (decision 0018).
  const replyTo = ticketReplyAddress(ctx.app.config.mailIn.helpdeskAddress, ticket.mailToken);
  for (const r of to) {
    await queueMail(em, ctx.app.config.publicUrl, {
      organisationId: ticket.organisationId,
      to: r.email,
      language: r.language,
      template,
      replyTo,
      messageIdTag: ticketMessageIdTag(ticket.mailToken),
      content: render(r.language, {
        firstName: r.firstName,
        number: ticket.number,
        subject: ticket.subject,
        url,
      }),
    });
  }
}

/** Recomputes the ticket's service-level clock after a change (due times, pause, state, timer). */
async function refreshClock(ctx: Ctx, ticketId: string): Promise<void> {
  const em = await ctx.tx.manager();
  await refreshTicketClock(em, ctx.app.config, ticketId, await transactionNow(em));
}

async function reread(ctx: Ctx, id: string): Promise<TicketRow> {
  // The system's own operations (mail intake) have no viewer to check against.
  return ctx.viewer.kind === 'user' ? getTicket(ctx, { id }) : ticketById(ctx, id);
}

/** A ticket that can still be worked on: not merged away, not closed. */
function checkOpen(ticket: TicketRow): FieldError[] {
  if (ticket.mergedIntoId) return [{ field: null, code: 'TICKET_MERGED', params: { number: '' } }];
  if (ticket.status === 'CLOSED') return [{ field: null, code: 'TICKET_CLOSED' }];
  return [];
}

async function mergedError(ctx: Ctx, ticket: TicketRow): Promise<FieldError[]> {
  const errors = checkOpen(ticket);
  if (errors[0]?.code === 'TICKET_MERGED' && ticket.mergedIntoId) {
    const em = await ctx.tx.manager();
    const rows: Array<{ number: string }> = await em.query('SELECT number FROM ticket WHERE id = $1', [
      ticket.mergedIntoId,
    ]);
    errors[0] = { field: null, code: 'TICKET_MERGED', params: { number: rows[0]?.number ?? '' } };
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------------
// Creating

export interface CreateTicketInput {
  clientKey: string;
  subject: string;
  description: string;
  categoryId: string;
  supportTypeId: string;
  /** PORTAL (the form) or WIDGET ('Hulp nodig?'). */
  channel?: 'PORTAL' | 'WIDGET' | null;
  /** The closed ticket a new one follows up on. */
  previousTicketId?: string | null;
  /** Uploads (POST /attachments) of the viewer. */
  attachmentIds?: string[] | null;
  acknowledgePrivacyWarning?: boolean | null;
}

export interface RegisterTicketInput extends Omit<CreateTicketInput, 'channel'> {
  organisationId: string;
  /** A user of the organisation, or else an address. */
  requesterId?: string | null;
  requesterEmail?: string | null;
  channel: 'PHONE' | 'EMAIL';
}

export type CreateResult =
  | { ok: true; value: TicketRow }
  | { ok: false; errors: FieldError[]; privacyWarnings: PrivacyWarning[] };

async function checkReference(
  ctx: Ctx,
  errors: FieldErrors,
  field: string,
  table: 'ticket_category' | 'ticket_support_type',
  id: string,
  code: ErrorTextCode,
) {
  if (!id?.trim()) return errors.add(field, 'REQUIRED');
  const em = await ctx.tx.manager();
  const found: unknown[] = isUuid(id)
    ? await em.query(`SELECT 1 FROM ${table} WHERE id = $1 AND active`, [id])
    : [];
  if (found.length === 0) errors.add(field, code);
}

function privacyWarnings(input: Omit<CreateTicketInput, 'channel'>): PrivacyWarning[] {
  if (input.acknowledgePrivacyWarning) return [];
  return [
    ...findSensitiveData(input.subject ?? '').map((f) => ({ ...f, field: 'title' as const })),
    ...findSensitiveData(input.description ?? '').map((f) => ({ ...f, field: 'body' as const })),
  ];
}

/** A new ticket with its CREATED entry, audit event, confirmation mail and live event. */
export async function insertTicket(
  ctx: Ctx,
  t: {
    /** The user who created it; null for the mail intake. */
    createdBy: string | null;
    /** Default: the default queue (Helpdesk). */
    queueId?: string | null;
    /** Of the CREATED entry; default: the viewer. */
    author?: EntryAuthor;
    organisationId: string;
    requesterId: string | null;
    requesterEmail: string;
    channel: TicketChannel;
    subject: string;
    description: string;
    categoryId: string;
    supportTypeId: string;
    previousTicketId: string | null;
    clientKey: string;
    attachmentIds: string[];
  },
): Promise<TicketRow> {
  const em = await ctx.tx.manager();
  const id = randomUUID();
  const number = await nextTicketNumber(em, ctx.app.config.ticketNumberPrefix);
  await em.query(
    `INSERT INTO ticket (id, organisation_id, number, requester_id, requester_email, channel, subject, description,
                         category_id, support_type_id, queue_id, previous_ticket_id, created_by, client_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
             coalesce($14::uuid, (SELECT id FROM ticket_queue WHERE is_default)), $11, $12, $13)`,
    [
      id,
      t.organisationId,
      number,
      t.requesterId,
      t.requesterEmail,
      t.channel,
      t.subject,
      t.description,
      t.categoryId,
      t.supportTypeId,
      t.previousTicketId,
      t.createdBy,
      t.clientKey,
      t.queueId ?? null,
    ],
  );
  if (t.requesterId)
    await em.query(
      'INSERT INTO ticket_participant (ticket_id, user_id, organisation_id) VALUES ($1, $2, $3)',
      [id, t.requesterId, t.organisationId],
    );
  await em.query('SELECT ticket_refresh_search($1)', [id]);
  await refreshClock(ctx, id);
  const ticket = await reread(ctx, id);
  // The timeline starts with the creation, which carries the files sent with the ticket.
  await addEntry(ctx, ticket, {
    kind: 'EVENT',
    event: { type: 'CREATED' },
    attachmentIds: t.attachmentIds,
    ...(t.author ? { author: t.author } : {}),
  });
  await audit(ctx, ticket, 'ticket.created', [
    ['number', null, number],
    ['channel', null, t.channel],
  ]);
  const queue = await getQueue(ctx, ticket.queueId);
  const to = await recipients(ctx, ticket, null);
  await mail(ctx, ticket, to, 'ticket-confirmation', (lang, common) =>
    ticketConfirmationMail(lang, {
      ...common,
      queueReaction: (lang === 'en' ? queue?.expectedReactionEn : queue?.expectedReactionNl) ?? null,
    }),
  );
  await publish(ctx, ticket, false, [ticket.queueId], true);
  return ticket;
}

/** A retried create (same author and client key) returns the first ticket instead of a second one. */
async function alreadyCreated(ctx: Ctx, clientKey: string): Promise<TicketRow | null> {
  const viewer = requireUser(ctx);
  const em = await ctx.tx.manager();
  await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('ticket:' || $1 || ':' || $2, 0))`, [
    viewer.userId,
    clientKey,
  ]);
  const rows: Array<{ id: string }> = await em.query(
    'SELECT id FROM ticket WHERE created_by = $1 AND client_key = $2',
    [viewer.userId, clientKey],
  );
  return rows[0] ? reread(ctx, rows[0].id) : null;
}

/**
 * The checks both ways of creating share. `organisationId` is the organisation the new ticket will belong
 * to: a ticket it follows up on must be one of that organisation's (staff may read every ticket, so being
 * readable is not enough), else it is not found.
 */
async function checkCommon(
  ctx: Ctx,
  input: Omit<CreateTicketInput, 'channel'>,
  organisationId: string | null,
  errors: FieldErrors,
) {
  errors.clientKey('clientKey', input.clientKey);
  const subject = errors.required('subject', input.subject, SUBJECT_MAX);
  const description = errors.required('description', input.description, DESCRIPTION_MAX);
  await checkReference(
    ctx,
    errors,
    'categoryId',
    'ticket_category',
    input.categoryId,
    'TICKET_CATEGORY_NOT_FOUND',
  );
  await checkReference(
    ctx,
    errors,
    'supportTypeId',
    'ticket_support_type',
    input.supportTypeId,
    'TICKET_TYPE_NOT_FOUND',
  );
  let previousTicketId: string | null = null;
  if (input.previousTicketId) {
    const previous = await getTicket(ctx, { id: input.previousTicketId }).catch(() => null);
    if (previous && previous.organisationId === organisationId) previousTicketId = previous.id;
    else errors.add('previousTicketId', 'TICKET_NOT_FOUND');
  }
  const attachmentIds = await checkAttachments(ctx, errors, input.attachmentIds);
  return { subject, description, previousTicketId, attachmentIds };
}

/** A ticket of the viewer's organisation, by the viewer ('Verstuur ticket', or the widget). */
export async function createTicket(ctx: Ctx, input: CreateTicketInput): Promise<CreateResult> {
  const viewer = requireUser(ctx);
  if (isStaff(viewer) || !viewer.organisationId) throw forbidden();
  const errors = new FieldErrors();
  const { subject, description, previousTicketId, attachmentIds } = await checkCommon(
    ctx,
    input,
    viewer.organisationId,
    errors,
  );
  if (errors.has()) return { ok: false, errors: errors.list, privacyWarnings: [] };
  const existing = await alreadyCreated(ctx, input.clientKey);
  if (existing) return { ok: true, value: existing };
  const warnings = privacyWarnings(input);
  if (warnings.length > 0) return { ok: false, errors: [], privacyWarnings: warnings };
  const user = await ctx.loaders.user.load(viewer.userId);
  if (!user) throw forbidden();
  const ticket = await insertTicket(ctx, {
    createdBy: viewer.userId,
    organisationId: viewer.organisationId,
    requesterId: viewer.userId,
    requesterEmail: user.email,
    channel: input.channel ?? 'PORTAL',
    subject,
    description,
    categoryId: input.categoryId,
    supportTypeId: input.supportTypeId,
    previousTicketId,
    clientKey: input.clientKey,
    attachmentIds,
  });
  return { ok: true, value: ticket };
}

/** Staff register a ticket on behalf of an organisation's user or an address ('handmatig geregistreerd'). */
export async function registerTicket(ctx: Ctx, input: RegisterTicketInput): Promise<CreateResult> {
  requireStaff(ctx);
  const errors = new FieldErrors();
  const { subject, description, previousTicketId, attachmentIds } = await checkCommon(
    ctx,
    input,
    isUuid(input.organisationId) ? input.organisationId : null,
    errors,
  );
  const em = await ctx.tx.manager();
  let requesterId: string | null = null;
  let requesterEmail: string | null = null;
  const organisation = isUuid(input.organisationId)
    ? await ctx.loaders.organisation.load(input.organisationId)
    : null;
  if (!organisation) errors.add('organisationId', 'ORGANISATION_NOT_FOUND');
  if (input.requesterId) {
    const rows: Array<{ email: string }> = isUuid(input.requesterId)
      ? await em.query(
          `SELECT email FROM app_user WHERE id = $1 AND organisation_id = $2 AND status = 'ACTIVE'`,
          [input.requesterId, organisation?.id ?? null],
        )
      : [];
    if (rows[0]) {
      requesterId = input.requesterId;
      requesterEmail = rows[0].email;
    } else errors.add('requesterId', 'TICKET_REQUESTER_NOT_FOUND');
  } else {
    requesterEmail = errors.email('requesterEmail', input.requesterEmail);
  }
  if (input.channel !== 'PHONE' && input.channel !== 'EMAIL') errors.add('channel', 'REQUIRED');
  if (errors.has() || !organisation || !requesterEmail)
    return { ok: false, errors: errors.list, privacyWarnings: [] };
  const existing = await alreadyCreated(ctx, input.clientKey);
  if (existing) return { ok: true, value: existing };
  const ticket = await insertTicket(ctx, {
    createdBy: requireUser(ctx).userId,
    organisationId: organisation.id,
    requesterId,
    requesterEmail,
    channel: input.channel,
    subject,
    description,
    categoryId: input.categoryId,
    supportTypeId: input.supportTypeId,
    previousTicketId,
    clientKey: input.clientKey,
    attachmentIds,
  });
  return { ok: true, value: ticket };
}

/** One line of a chat's transcript, in the order it was said. */
export interface TranscriptLine {
  authorId: string | null;
  byStaff: boolean;
  body: string;
}

/**
 * A finished office-hours chat as a ticket (channel CHAT, '003' §5): created for the customer, with the
 * transcript as its first entries (the CREATED event first, then each line in order), Opgelost with the
 * agent's solution when the chat solved it, else Nieuw for the helpdesk to pick up. The customer gets the
 * ticket's confirmation mail.
 */
export async function registerChatTicket(
  ctx: Ctx,
  chat: {
    chatId: string;
    organisationId: string;
    customerId: string;
    customerEmail: string;
    subject: string;
    transcript: TranscriptLine[];
    /** Set when the agent solved it: the ticket becomes Opgelost with this solution. */
    solution: string | null;
  },
): Promise<TicketRow> {
  const em = await ctx.tx.manager();
  const defaults: Array<{ category_id: string | null; support_type_id: string | null }> = await em.query(
    `SELECT (SELECT id FROM ticket_category WHERE code = 'OTHER') AS category_id,
            (SELECT id FROM ticket_support_type WHERE code = 'QUESTION') AS support_type_id`,
  );
  const { category_id: categoryId, support_type_id: supportTypeId } = defaults[0] ?? {};
  if (!categoryId || !supportTypeId) throw new Error('category OTHER or support type QUESTION missing');
  const first = chat.transcript.find((line) => !line.byStaff)?.body ?? chat.subject;
  const ticket = await insertTicket(ctx, {
    createdBy: chat.customerId,
    author: { userId: chat.customerId, staff: false, email: null },
    organisationId: chat.organisationId,
    requesterId: chat.customerId,
    requesterEmail: chat.customerEmail,
    channel: 'CHAT',
    subject: chat.subject.slice(0, SUBJECT_MAX),
    description: first.slice(0, DESCRIPTION_MAX),
    categoryId,
    supportTypeId,
    previousTicketId: null,
    clientKey: `chat:${chat.chatId}`,
    attachmentIds: [],
  });
  // Entry times have millisecond precision: each line goes at least a millisecond after the one before,
  // so the timeline keeps the chat's order.
  const after = `greatest(clock_timestamp(), (SELECT max(created_at) FROM ticket_entry WHERE ticket_id = $1) + interval '1 millisecond')`;
  for (const line of chat.transcript) {
    await em.query(
      `INSERT INTO ticket_entry (id, organisation_id, ticket_id, kind, author_id, by_staff, body, created_at)
       VALUES ($2, $3, $1, 'REPLY', $4, $5, $6, ${after})`,
      [ticket.id, randomUUID(), ticket.organisationId, line.authorId, line.byStaff, line.body],
    );
  }
  if (chat.transcript.some((line) => line.byStaff))
    await em.query('UPDATE ticket SET first_response_at = now() WHERE id = $1', [ticket.id]);
  if (chat.solution !== null) {
    await writeStatus(ctx, ticket, 'RESOLVED', { postponedUntil: null, solution: chat.solution });
    await em.query(
      `UPDATE ticket_entry SET created_at = greatest(created_at,
              (SELECT max(created_at) FROM ticket_entry WHERE ticket_id = $1 AND kind = 'REPLY') + interval '1 millisecond')
        WHERE ticket_id = $1 AND kind = 'EVENT' AND event->>'type' = 'STATUS'`,
      [ticket.id],
    );
  }
  await em.query('SELECT ticket_refresh_search($1)', [ticket.id]);
  await refreshClock(ctx, ticket.id);
  await publish(ctx, ticket, false, [ticket.queueId]);
  return reread(ctx, ticket.id);
}

// ---------------------------------------------------------------------------------------------------
// The conversation

export interface ReplyInput {
  ticketId: string;
  clientKey: string;
  body: string;
  /** The customer asks to close the ticket; the body gives the reason ('000'). */
  closeRequest?: boolean | null;
  attachmentIds?: string[] | null;
}

async function entryByKey(ctx: Ctx, clientKey: string): Promise<boolean> {
  const viewer = requireUser(ctx);
  const em = await ctx.tx.manager();
  await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('ticket-entry:' || $1 || ':' || $2, 0))`, [
    viewer.userId,
    clientKey,
  ]);
  const rows: unknown[] = await em.query(
    'SELECT 1 FROM ticket_entry WHERE author_id = $1 AND client_key = $2',
    [viewer.userId, clientKey],
  );
  return rows.length > 0;
}

function checkBody(errors: FieldErrors, input: { clientKey: string; body: string }): string {
  errors.clientKey('clientKey', input.clientKey);
  return errors.required('body', input.body, BODY_MAX);
}

/** Writes the status move `to` (already checked) with its timeline entry and audit event. */
async function writeStatus(
  ctx: Ctx,
  ticket: TicketRow,
  to: TicketStatus,
  change: { postponedUntil: string | null; solution: string | null },
  author?: EntryAuthor,
): Promise<void> {
  const em = await ctx.tx.manager();
  await em.query(
    `UPDATE ticket SET status = $2,
            postponed_until = $3,
            solution = CASE WHEN $2 = 'RESOLVED' THEN $4 ELSE solution END,
            resolved_at = CASE WHEN $2 = 'RESOLVED' THEN now() ELSE resolved_at END,
            closed_at = CASE WHEN $2 = 'CLOSED' THEN now() ELSE closed_at END,
            status_changed_at = now(),
            updated_at = now()
      WHERE id = $1`,
    [ticket.id, to, change.postponedUntil, change.solution],
  );
  await addEntry(ctx, ticket, {
    kind: 'EVENT',
    event: { type: 'STATUS', from: ticket.status, to },
    ...(author ? { author } : {}),
  });
  await audit(ctx, ticket, 'ticket.status', [['status', ticket.status, to]]);
}

/**
 * A public reply by either side. A customer's reply on Beantwoord, Uitgesteld or Opgelost makes the ticket
 * Open; staff's reply on Nieuw or Open makes it Beantwoord (the first one also sets first_response_at).
 */
export async function replyToTicket(ctx: Ctx, input: ReplyInput): Promise<Result<TicketRow>> {
  const viewer = requireUser(ctx);
  const staff = isStaff(viewer);
  const ticket = await getTicketForUpdate(ctx, input.ticketId);
  const errors = new FieldErrors();
  const body = checkBody(errors, input);
  if (input.closeRequest && staff) errors.add('closeRequest', 'TICKET_CLOSE_REQUEST_CUSTOMER_ONLY');
  if (await entryByKey(ctx, input.clientKey)) return ok(ticket);
  const attachmentIds = await checkAttachments(ctx, errors, input.attachmentIds);
  if (errors.has()) return failed(errors.list);
  const closed = await mergedError(ctx, ticket);
  if (closed.length > 0) return failed(closed);

  const em = await ctx.tx.manager();
  await addEntry(ctx, ticket, {
    kind: 'REPLY',
    body,
    closeRequest: !!input.closeRequest,
    clientKey: input.clientKey,
    attachmentIds,
  });
  let to: TicketStatus | null = null;
  if (staff && (ticket.status === 'NEW' || ticket.status === 'OPEN')) to = 'ANSWERED';
  if (!staff && ['ANSWERED', 'POSTPONED', 'RESOLVED'].includes(ticket.status)) to = 'OPEN';
  if (to) {
    const moved = moveStatus(ticket.status, to, staff ? 'STAFF' : 'CUSTOMER', {}, await today(em));
    if (!moved.ok) return failed(moved.errors);
    await writeStatus(ctx, ticket, to, { postponedUntil: null, solution: null });
  }
  await em.query(
    `UPDATE ticket SET updated_at = now(),
            first_response_at = CASE WHEN $2 THEN coalesce(first_response_at, now()) ELSE first_response_at END,
            close_requested_at = CASE WHEN $3 THEN now() ELSE close_requested_at END
      WHERE id = $1`,
    [ticket.id, staff, !!input.closeRequest],
  );
  // Whoever of the organisation replies takes part from now on (and is told of what follows).
  if (!staff)
    await em.query(
      `INSERT INTO ticket_participant (ticket_id, user_id, organisation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [ticket.id, viewer.userId, ticket.organisationId],
    );
  await em.query('SELECT ticket_refresh_search($1)', [ticket.id]);
  await refreshClock(ctx, ticket.id);
  const author = await ctx.loaders.user.load(viewer.userId);
  const authorName = author ? `${author.firstName} ${author.lastName}` : '';
  await mail(ctx, ticket, await recipients(ctx, ticket, viewer.userId), 'ticket-reply', (lang, common) =>
    ticketReplyMail(lang, { ...common, authorName }),
  );
  await publish(ctx, ticket, false, to ? [ticket.queueId] : []);
  return ok(await reread(ctx, ticket.id));
}

/**
 * A customer's reply that came by mail (the system's operation, no viewer): the entry carries the sender's
 * address (and user, when known); the ticket moves as on a customer's reply in the portal; the others
 * taking part are mailed, the sender is not.
 */
export async function addMailReply(
  ctx: Ctx,
  ticketId: string,
  reply: { body: string; author: EntryAuthor; attachmentIds?: string[] },
): Promise<{ ticket: TicketRow; entryId: string }> {
  const em = await ctx.tx.manager();
  await em.query('SELECT 1 FROM ticket WHERE id = $1 FOR UPDATE', [ticketId]);
  const ticket = await ticketById(ctx, ticketId);
  const entryId = await addEntry(ctx, ticket, {
    kind: 'REPLY',
    body: reply.body,
    author: reply.author,
    attachmentIds: reply.attachmentIds ?? [],
  });
  const to: TicketStatus | null = ['ANSWERED', 'POSTPONED', 'RESOLVED'].includes(ticket.status)
    ? 'OPEN'
    : null;
  if (to) {
    const moved = moveStatus(ticket.status, to, 'CUSTOMER', {}, await today(em));
    if (moved.ok) await writeStatus(ctx, ticket, to, { postponedUntil: null, solution: null }, reply.author);
  }
  await em.query('UPDATE ticket SET updated_at = now() WHERE id = $1', [ticket.id]);
  if (reply.author.userId)
    await em.query(
      `INSERT INTO ticket_participant (ticket_id, user_id, organisation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [ticket.id, reply.author.userId, ticket.organisationId],
    );
  await em.query('SELECT ticket_refresh_search($1)', [ticket.id]);
  const authorName = reply.author.email ?? '';
  await mail(
    ctx,
    ticket,
    await recipients(ctx, ticket, reply.author.userId, reply.author.email),
    'ticket-reply',
    (lang, common) => ticketReplyMail(lang, { ...common, authorName }),
  );
  await publish(ctx, ticket, false, to ? [ticket.queueId] : []);
  return { ticket: await ticketById(ctx, ticket.id), entryId };
}

/** A note of the system's own (the mail intake's privacy guard): staff only, like every note. */
export async function addSystemNote(ctx: Ctx, ticket: TicketRow, body: string): Promise<void> {
  await addEntry(ctx, ticket, { kind: 'NOTE', body, author: { userId: null, staff: true, email: null } });
}

/** An internal note: staff only, never shown, mailed or announced to the organisation. */
export async function addTicketNote(
  ctx: Ctx,
  input: { ticketId: string; clientKey: string; body: string; attachmentIds?: string[] | null },
): Promise<Result<TicketRow>> {
  requireStaff(ctx);
  const ticket = await getTicketForUpdate(ctx, input.ticketId);
  const errors = new FieldErrors();
  const body = checkBody(errors, input);
  if (await entryByKey(ctx, input.clientKey)) return ok(ticket);
  const attachmentIds = await checkAttachments(ctx, errors, input.attachmentIds);
  if (errors.has()) return failed(errors.list);
  const em = await ctx.tx.manager();
  await addEntry(ctx, ticket, { kind: 'NOTE', body, clientKey: input.clientKey, attachmentIds });
  await em.query('SELECT ticket_refresh_search($1)', [ticket.id]);
  await publish(ctx, ticket, true);
  return ok(ticket);
}

// ---------------------------------------------------------------------------------------------------
// Staff's handling

/** Staff set the status (Uitgesteld needs a date, Opgelost a solution, which is mailed). */
export async function setTicketStatus(
  ctx: Ctx,
  input: { ticketId: string; status: TicketStatus } & StatusDetails,
): Promise<Result<TicketRow>> {
  requireStaff(ctx);
  const ticket = await getTicketForUpdate(ctx, input.ticketId);
  const em = await ctx.tx.manager();
  if (ticket.mergedIntoId) return failed(await mergedError(ctx, ticket));
  const moved = moveStatus(ticket.status, input.status, 'STAFF', input, await today(em));
  if (!moved.ok)
    return failed(
      moved.errors.map((e) =>
        e.code === 'TICKET_STATUS_MOVE'
          ? {
              ...e,
              params: {
                from: STATUS_LABELS[ticket.status][ctx.lang],
                to: STATUS_LABELS[input.status][ctx.lang],
              },
            }
          : e,
      ),
    );
  await writeStatus(ctx, ticket, input.status, moved.change);
  await refreshClock(ctx, ticket.id);
  const after = await reread(ctx, ticket.id);
  const to = await recipients(ctx, after, requireUser(ctx).userId);
  if (input.status === 'RESOLVED') {
    const solution = moved.change.solution ?? '';
    await mail(ctx, after, to, 'ticket-solution', (lang, common) =>
      ticketSolutionMail(lang, { ...common, solution }),
    );
  } else {
    await mail(ctx, after, to, 'ticket-status', (lang, common) =>
      ticketStatusMail(lang, { ...common, statusLabel: STATUS_LABELS[input.status][lang] }),
    );
  }
  await publish(ctx, after, false, [after.queueId]);
  return ok(after);
}

export async function assignTicket(
  ctx: Ctx,
  input: { ticketId: string; assigneeId: string | null },
): Promise<Result<TicketRow>> {
  requireStaff(ctx);
  const ticket = await getTicketForUpdate(ctx, input.ticketId);
  const em = await ctx.tx.manager();
  if (input.assigneeId) {
    const rows: unknown[] = isUuid(input.assigneeId)
      ? await em.query(
          `SELECT 1 FROM app_user WHERE id = $1 AND organisation_id IS NULL AND status = 'ACTIVE'`,
          [input.assigneeId],
        )
      : [];
    if (rows.length === 0) return failed([{ field: 'assigneeId', code: 'TICKET_ASSIGNEE_NOT_FOUND' }]);
  }
  const assigneeId = input.assigneeId ?? null;
  if (assigneeId === ticket.assigneeId) return ok(ticket);
  await em.query('UPDATE ticket SET assignee_id = $2, updated_at = now() WHERE id = $1', [
    ticket.id,
    assigneeId,
  ]);
  await addEntry(ctx, ticket, {
    kind: 'EVENT',
    event: { type: 'ASSIGNED', from: ticket.assigneeId, to: assigneeId },
  });
  await audit(ctx, ticket, 'ticket.assigned', [['assigneeId', ticket.assigneeId, assigneeId]]);
  await publish(ctx, ticket, false, [ticket.queueId]);
  return ok(await reread(ctx, ticket.id));
}

export async function moveTicketQueue(
  ctx: Ctx,
  input: { ticketId: string; queueId: string },
): Promise<Result<TicketRow>> {
  requireStaff(ctx);
  const ticket = await getTicketForUpdate(ctx, input.ticketId);
  const queue = isUuid(input.queueId) ? await getQueue(ctx, input.queueId) : null;
  if (!queue) return failed([{ field: 'queueId', code: 'TICKET_QUEUE_NOT_FOUND' }]);
  if (queue.id === ticket.queueId) return ok(ticket);
  const em = await ctx.tx.manager();
  await em.query('UPDATE ticket SET queue_id = $2, updated_at = now() WHERE id = $1', [ticket.id, queue.id]);
  await addEntry(ctx, ticket, {
    kind: 'EVENT',
    event: { type: 'QUEUE', from: ticket.queueId, to: queue.id },
  });
  await audit(ctx, ticket, 'ticket.queue', [['queueId', ticket.queueId, queue.id]]);
  await refreshClock(ctx, ticket.id);
  await publish(ctx, ticket, false, [ticket.queueId, queue.id]);
  return ok(await reread(ctx, ticket.id));
}

export interface TicketDetailsInput {
  ticketId: string;
  categoryId?: string | null;
  supportTypeId?: string | null;
  plannedVersion?: string | null;
  /** YYYY-MM-DD; null clears it. */
  expectedResolutionOn?: string | null;
  priority?: TicketPriority | null;
}

/** Category, support type, planned version (queue Gepland) and expected resolution date. */
export async function updateTicketDetails(ctx: Ctx, input: TicketDetailsInput): Promise<Result<TicketRow>> {
  requireStaff(ctx);
  const ticket = await getTicketForUpdate(ctx, input.ticketId);
  const errors = new FieldErrors();
  // The ticket's own category is kept even when it became inactive; a new one must be active.
  if (input.categoryId && input.categoryId !== ticket.categoryId)
    await checkReference(
      ctx,
      errors,
      'categoryId',
      'ticket_category',
      input.categoryId,
      'TICKET_CATEGORY_NOT_FOUND',
    );
  if (input.supportTypeId)
    await checkReference(
      ctx,
      errors,
      'supportTypeId',
      'ticket_support_type',
      input.supportTypeId,
      'TICKET_TYPE_NOT_FOUND',
    );
  const version =
    input.plannedVersion === undefined
      ? undefined
      : errors.optional('plannedVersion', input.plannedVersion, VERSION_MAX);
  if (errors.has()) return failed(errors.list);
  const next = {
    categoryId: input.categoryId || ticket.categoryId,
    supportTypeId: input.supportTypeId || ticket.supportTypeId,
    plannedVersion: version === undefined ? ticket.plannedVersion : version,
    expectedResolutionOn:
      input.expectedResolutionOn === undefined ? ticket.expectedResolutionOn : input.expectedResolutionOn,
    priority: input.priority || ticket.priority,
  };
  const changes = (Object.keys(next) as Array<keyof typeof next>)
    .filter((field) => next[field] !== ticket[field])
    .map((field): [string, unknown, unknown] => [field, ticket[field], next[field]]);
  if (changes.length === 0) return ok(ticket);
  const em = await ctx.tx.manager();
  await em.query(
    `UPDATE ticket SET category_id = $2, support_type_id = $3, planned_version = $4, expected_resolution_on = $5,
            priority = $6, updated_at = now() WHERE id = $1`,
    [
      ticket.id,
      next.categoryId,
      next.supportTypeId,
      next.plannedVersion,
      next.expectedResolutionOn,
      next.priority,
    ],
  );
  // A new category is its own line in the history (from and to); the other fields one DETAILS line.
  if (next.categoryId !== ticket.categoryId)
    await addEntry(ctx, ticket, {
      kind: 'EVENT',
      event: { type: 'CATEGORY', from: ticket.categoryId, to: next.categoryId },
    });
  const others = changes.map(([f]) => f).filter((f) => f !== 'categoryId');
  if (others.length > 0)
    await addEntry(ctx, ticket, { kind: 'EVENT', event: { type: 'DETAILS', fields: others } });
  await audit(ctx, ticket, 'ticket.details', changes);
  // A new support type (or priority) recomputes the due times from the creation (paused time still not counted).
  await refreshClock(ctx, ticket.id);
  await publish(ctx, ticket, false);
  return ok(await reread(ctx, ticket.id));
}

/** Staff set the ticket's labels (e.g. 'Security incident Helpdesk', '002' §3); replaces the set. */
export async function setTicketLabels(
  ctx: Ctx,
  input: { ticketId: string; labelIds: string[] },
): Promise<Result<TicketRow>> {
  requireStaff(ctx);
  const ticket = await getTicketForUpdate(ctx, input.ticketId);
  const wanted = [...new Set(input.labelIds)];
  const em = await ctx.tx.manager();
  const known: Array<{ id: string; code: string }> = await em.query(
    'SELECT id, code FROM ticket_label WHERE id = ANY ($1::uuid[])',
    [wanted.filter(isUuid)],
  );
  const found = new Set(known.map((l) => l.id));
  const errors = new FieldErrors();
  wanted.forEach((id, i) => {
    if (!found.has(id)) errors.add(`labelIds.${i}`, 'TICKET_LABEL_NOT_FOUND');
  });
  if (errors.has()) return failed(errors.list);
  const before: Array<{ code: string }> = await em.query(
    `SELECT l.code FROM ticket_label_link k JOIN ticket_label l ON l.id = k.label_id WHERE k.ticket_id = $1 ORDER BY l.code`,
    [ticket.id],
  );
  await em.query('DELETE FROM ticket_label_link WHERE ticket_id = $1', [ticket.id]);
  await em.query(
    `INSERT INTO ticket_label_link (ticket_id, label_id, organisation_id) SELECT $1, unnest($2::uuid[]), $3`,
    [ticket.id, wanted, ticket.organisationId],
  );
  const after = known.map((l) => l.code).sort();
  await audit(ctx, ticket, 'ticket.labels', [
    ['labels', before.map((l) => l.code).join(', '), after.join(', ')],
  ]);
  const wasIncident = before.some((l) => SECURITY_INCIDENT_LABELS.includes(l.code));
  if (!wasIncident && after.some((code) => SECURITY_INCIDENT_LABELS.includes(code)))
    await noticeSecurityIncident(em, ctx.app.config, ticket.id);
  await em.query('UPDATE ticket SET updated_at = now() WHERE id = $1', [ticket.id]);
  await publish(ctx, ticket, false);
  return ok(await reread(ctx, ticket.id));
}

/**
 * Staff remove an attachment of a ticket with a reason ('002' §3: privacy-sensitive data sent unprotected).
 * The file is erased from storage, and so is the raw mail it came with (the email intake keeps mails whole);
 * the timeline shows 'bijlage verwijderd' with the reason to everyone who sees the ticket; the audit keeps
 * who and why. Files are erased before the commit: should the commit fail, the row points to nothing and
 * removing it again succeeds (erasing wins over keeping).
 */
export async function removeTicketAttachment(
  ctx: Ctx,
  storage: FileStorage,
  input: { attachmentId: string; reason: string },
): Promise<Result<TicketRow>> {
  requireStaff(ctx);
  const em = await ctx.tx.manager();
  const rows: Array<{
    id: string;
    file_name: string;
    storage_key: string;
    entry_id: string;
    ticket_id: string;
  }> = isUuid(input.attachmentId)
    ? await em.query(
        `SELECT a.id, a.file_name, a.storage_key, e.id AS entry_id, e.ticket_id
             FROM attachment a JOIN ticket_entry e ON e.id = a.ticket_entry_id WHERE a.id = $1`,
        [input.attachmentId],
      )
    : [];
  const found = rows[0];
  if (!found) throw notFound('attachment');
  const errors = new FieldErrors();
  const reason = errors.required('reason', input.reason, 500);
  if (errors.has()) return failed(errors.list);
  const ticket = await getTicketForUpdate(ctx, found.ticket_id);
  // The raw mails that carried the file: the one that made this entry, or the one that made the ticket.
  const mails: Array<{ id: string; storage_key: string }> = await em.query(
    `SELECT m.id, m.storage_key FROM inbound_mail m
      WHERE m.raw_erased_at IS NULL AND (m.entry_id = $1
         OR (m.status = 'TICKET' AND m.ticket_id = $2
             AND EXISTS (SELECT 1 FROM ticket_entry e WHERE e.id = $1 AND e.event->>'type' = 'CREATED')))`,
    [found.entry_id, ticket.id],
  );
  await storage.remove(found.storage_key);
  for (const m of mails) await storage.remove(m.storage_key);
  await em.query('DELETE FROM attachment WHERE id = $1', [found.id]);
  if (mails.length > 0)
    await em.query(
      'UPDATE inbound_mail SET raw_erased_at = now(), raw_erased_reason = $2 WHERE id = ANY ($1::uuid[])',
      [mails.map((m) => m.id), `attachment ${found.file_name} removed: ${reason}`],
    );
  await addEntry(ctx, ticket, {
    kind: 'EVENT',
    event: { type: 'ATTACHMENT_REMOVED', fileName: found.file_name, reason },
  });
  await audit(ctx, ticket, 'ticket.attachment-removed', [
    ['attachment', found.file_name, null],
    ['reason', null, reason],
    ['rawMailsErased', null, mails.length],
  ]);
  await em.query('UPDATE ticket SET updated_at = now() WHERE id = $1', [ticket.id]);
  await publish(ctx, ticket, false);
  return ok(await reread(ctx, ticket.id));
}

// ---------------------------------------------------------------------------------------------------
// Participants

/** 'Geen meldingen meer' ('000'): the viewer's mails of this ticket off (or on again). */
export async function setTicketNotifications(
  ctx: Ctx,
  input: { ticketId: string; notify: boolean },
): Promise<Result<TicketRow>> {
  const viewer = requireUser(ctx);
  const ticket = await getTicket(ctx, { id: input.ticketId });
  const em = await ctx.tx.manager();
  await em.query(
    `INSERT INTO ticket_participant (ticket_id, user_id, organisation_id, notify) VALUES ($1, $2, $3, $4)
     ON CONFLICT (ticket_id, user_id) DO UPDATE SET notify = EXCLUDED.notify`,
    [ticket.id, viewer.userId, ticket.organisationId, input.notify],
  );
  await audit(ctx, ticket, 'ticket.notifications', [['notify', null, input.notify]]);
  return ok(ticket);
}

/** Adds a colleague of the organisation, or (staff) a staff member, to the ticket. */
export async function addTicketParticipant(
  ctx: Ctx,
  input: { ticketId: string; userId: string },
): Promise<Result<TicketRow>> {
  const viewer = requireUser(ctx);
  const ticket = await getTicket(ctx, { id: input.ticketId });
  const em = await ctx.tx.manager();
  const rows: unknown[] = isUuid(input.userId)
    ? await em.query(
        `SELECT 1 FROM app_user WHERE id = $1 AND status = 'ACTIVE'
            AND (organisation_id = $2 OR ($3 AND organisation_id IS NULL))`,
        [input.userId, ticket.organisationId, isStaff(viewer)],
      )
    : [];
  if (rows.length === 0) return failed([{ field: 'userId', code: 'TICKET_PARTICIPANT_NOT_FOUND' }]);
  await em.query(
    `INSERT INTO ticket_participant (ticket_id, user_id, organisation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [ticket.id, input.userId, ticket.organisationId],
  );
  await audit(ctx, ticket, 'ticket.participant-added', [['participant', null, input.userId]]);
  await publish(ctx, ticket, false);
  return ok(await reread(ctx, ticket.id));
}

// ---------------------------------------------------------------------------------------------------
// Merge

/**
 * Merges a duplicate into another ticket of the same organisation: its entries and participants move,
 * the duplicate is closed and points to the target, and both requesters are told.
 */
export async function mergeTicket(
  ctx: Ctx,
  input: { ticketId: string; intoTicketId: string },
): Promise<Result<TicketRow>> {
  requireStaff(ctx);
  const duplicate = await getTicketForUpdate(ctx, input.ticketId);
  const target = await getTicketForUpdate(ctx, input.intoTicketId);
  if (duplicate.id === target.id) return failed([{ field: 'intoTicketId', code: 'TICKET_MERGE_SAME' }]);
  if (duplicate.organisationId !== target.organisationId)
    return failed([{ field: 'intoTicketId', code: 'TICKET_MERGE_OTHER_ORGANISATION' }]);
  const blocked = [...(await mergedError(ctx, duplicate)), ...(await mergedError(ctx, target))];
  if (blocked.length > 0) return failed(blocked);

  const em = await ctx.tx.manager();
  await em.query('UPDATE ticket_entry SET ticket_id = $2 WHERE ticket_id = $1', [duplicate.id, target.id]);
  await em.query(
    `INSERT INTO ticket_participant (ticket_id, user_id, organisation_id, notify)
     SELECT $2, user_id, organisation_id, notify FROM ticket_participant WHERE ticket_id = $1
     ON CONFLICT DO NOTHING`,
    [duplicate.id, target.id],
  );
  await em.query(
    `UPDATE ticket SET merged_into_id = $2, status = 'CLOSED', closed_at = now(), status_changed_at = now(),
            updated_at = now() WHERE id = $1`,
    [duplicate.id, target.id],
  );
  await em.query('UPDATE ticket SET updated_at = now() WHERE id = $1', [target.id]);
  await addEntry(ctx, duplicate, { kind: 'EVENT', event: { type: 'MERGED_INTO', number: target.number } });
  await addEntry(ctx, target, { kind: 'EVENT', event: { type: 'MERGED_FROM', number: duplicate.number } });
  await em.query('SELECT ticket_refresh_search($1), ticket_refresh_search($2)', [duplicate.id, target.id]);
  await audit(ctx, duplicate, 'ticket.merged', [['mergedInto', null, target.number]]);
  await refreshClock(ctx, duplicate.id);

  // Both requesters (once each), in their language.
  const requesters: Array<{ email: string; language: Language; first_name: string | null }> = await em.query(
    `SELECT DISTINCT ON (lower(coalesce(u.email, t.requester_email))) coalesce(u.email, t.requester_email) AS email,
            coalesce(u.language, 'nl') AS language, u.first_name
       FROM ticket t LEFT JOIN app_user u ON u.id = t.requester_id AND u.status = 'ACTIVE'
      WHERE t.id IN ($1, $2)`,
    [duplicate.id, target.id],
  );
  const targetUrl = ticketUrl(ctx, target.number);
  await mail(
    ctx,
    duplicate,
    requesters.map((r) => ({ email: r.email, language: r.language, firstName: r.first_name })),
    'ticket-merged',
    (lang, common) => ticketMergedMail(lang, { ...common, targetNumber: target.number, targetUrl }),
  );
  await publish(ctx, duplicate, false, [duplicate.queueId, target.queueId]);
  await publish(ctx, target, false);
  return ok(await reread(ctx, target.id));
}
