// Reading messages: the organisation's received and sent lists (keyset-paged, filtered on every field),
// a thread by its reference number, badge counts and read state. Every user of an organisation sees all of
// its messages; staff see every organisation's.
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { badInput, notFound } from '../../domain/errors.js';
import { isUuid } from '../../domain/validate.js';
import { isStaff, requireUser } from '../../domain/viewer.js';
import { Topic } from '../../graphql/topics.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetPage,
  likePattern,
  type PageArgs,
  withCappedTotal,
} from '../../lists/keyset.js';
import { walkedPageSql } from '../../lists/walked-page.js';
import { MessageEntity, ThreadEntity } from './message.entity.js';
import {
  MESSAGE_COLUMNS,
  type MessageRecord,
  type MessageRow,
  type ThreadParts,
  threadWithContents,
  toMessage,
} from './message.rows.js';
import { applyMessageFilter, Conditions, type MessageFilter, messageTextMatch } from './message-filter.js';

/** The organisation a list is about: the viewer's own, or (staff) the one asked for. */
export function organisationInScope(ctx: Ctx, requested?: string | null): string {
  const viewer = requireUser(ctx);
  if (viewer.organisationId) {
    if (requested && requested !== viewer.organisationId) throw notFound('organisation');
    return viewer.organisationId;
  }
  if (!requested) throw badInput('organisationId is required for department staff');
  if (!isUuid(requested)) throw notFound('organisation');
  return requested;
}

/** Newest first; the id breaks ties between messages sent in the same microsecond. */
const MESSAGE_ORDER: KeysetOrder = {
  key: [
    ['m.sent_at', 'timestamp'],
    ['m.id', 'uuid'],
  ],
  descending: true,
};

/**
 * The messages of an organisation, newest first, keyset-paged forwards (`first`/`after`) or backwards
 * (`last`/`before`, for 'Vorige'). The total is counted only when a client asks for it.
 */
export async function listMessages(
  ctx: Ctx,
  organisationId: string,
  filter: MessageFilter,
  args: PageArgs,
): Promise<Connection<MessageRow>> {
  const viewer = requireUser(ctx);
  const page = keysetPage(args, MESSAGE_ORDER);
  const em = await ctx.tx.manager();

  const base = new Conditions();
  base.add(`m.organisation_id = ${base.param(organisationId)}`);
  applyMessageFilter(base, { ...filter, text: null }, viewer.userId);
  // The text is tested on the rows a bounded walk reads before its index is asked (lists/walked-page.ts).
  const text = filter.text?.trim() ? messageTextMatch(base.param(likePattern(filter.text))) : null;

  const c = base.clone();
  const after = keysetCondition(page, (value) => c.param(value));
  if (after) c.add(after);
  const viewerParam = c.param(viewer.userId);
  // Authors are not joined here (as they are for a thread): on a page of an organisation's messages the
  // planner would rather scan every user than look up a few (bench/results, scale plans).
  const rows: MessageRecord[] = await em.query(
    walkedPageSql({
      from: 'message m',
      alias: 'm',
      columns: MESSAGE_COLUMNS,
      // OFFSET 0: a lookup per row of the page; as a hashed subplan it read all the viewer's read marks
      // (3,905 at 1M messages, bench/results plans).
      extra: `, EXISTS (SELECT 1 FROM message_read r WHERE r.message_id = m.id AND r.user_id = ${viewerParam} OFFSET 0) AS read`,
      walk: c.sql,
      perRow: text ? [text] : [],
      indexed: text ? [text] : [],
      page,
    }),
    c.params,
  );
  const connection = keysetConnection(rows.map(toMessage), page, (m) => [m.sentAt.toISOString(), m.id]);
  if (text) base.add(text);
  return withCappedTotal(connection, base.countUpTo(em, 'message m'));
}

export interface MessageCounts {
  inbound: number;
  outbound: number;
  unreadInbound: number;
}

/** Badge counts of the organisation, for the viewer. */
export async function messageCounts(ctx: Ctx, organisationId: string): Promise<MessageCounts> {
  const viewer = requireUser(ctx);
  const em = await ctx.tx.manager();
  const rows: Array<{ inbound: number; outbound: number; unread_inbound: number }> = await em.query(
    `SELECT count(*) FILTER (WHERE m.direction = 'INBOUND')::int AS inbound,
            count(*) FILTER (WHERE m.direction = 'OUTBOUND')::int AS outbound,
            count(*) FILTER (WHERE m.direction = 'INBOUND' AND r.message_id IS NULL)::int AS unread_inbound
       FROM message m LEFT JOIN message_read r ON r.message_id = m.id AND r.user_id = $2
      WHERE m.organisation_id = $1`,
    [organisationId, viewer.userId],
  );
  const row = rows[0];
  return {
    inbound: row?.inbound ?? 0,
    outbound: row?.outbound ?? 0,
    unreadInbound: row?.unread_inbound ?? 0,
  };
}

/** One message; NOT_FOUND when it does not exist or belongs to another organisation. */
export async function getMessage(ctx: Ctx, id: string): Promise<MessageEntity> {
  requireUser(ctx);
  const message = await ctx.loaders.message.load(id);
  if (!message) throw notFound('message');
  return message;
}

/** A thread by reference number; NOT_FOUND when it does not exist or belongs to another organisation. */
export async function getThread(ctx: Ctx, referenceNumber: string): Promise<ThreadEntity> {
  const viewer = requireUser(ctx);
  const em = await ctx.tx.manager();
  const query = em
    .createQueryBuilder(ThreadEntity, 't')
    .where('t.referenceNumber = :ref', { ref: referenceNumber.trim() });
  if (!isStaff(viewer)) query.andWhere('t.organisationId = :org', { org: viewer.organisationId });
  const thread = await query.getOne();
  if (!thread) throw notFound('thread');
  return thread;
}

/**
 * A thread by reference number with what `parts` asks for read in the same statement (message.rows.ts),
 * and the loaders primed with it: a thread with its messages, authors and contacts is one round trip.
 * NOT_FOUND as `getThread`.
 */
export async function readThread(
  ctx: Ctx,
  referenceNumber: string,
  parts: ThreadParts,
): Promise<ThreadEntity> {
  const viewer = requireUser(ctx);
  if (!parts.messages && !parts.contacts) return getThread(ctx, referenceNumber);
  const found = await threadWithContents(
    await ctx.tx.manager(),
    referenceNumber.trim(),
    isStaff(viewer) ? null : viewer.organisationId,
    viewer.userId,
    parts,
  );
  if (!found) throw notFound('thread');
  const { thread, messages, authors, contacts } = found;
  if (messages) ctx.loaders.threadMessages.prime(thread.id, messages);
  if (contacts) ctx.loaders.threadContacts.prime(thread.id, contacts);
  for (const author of authors) ctx.loaders.user.prime(author.id, author);
  return thread;
}

/**
 * Marks every message of a thread read for the viewer ("opening marks read"), and reads what `parts` asks
 * for along with the thread (`readThread`): the messages it read are the viewer's read ones afterwards.
 */
export async function markThreadRead(
  ctx: Ctx,
  referenceNumber: string,
  parts: ThreadParts = { messages: false, contacts: false },
): Promise<ThreadEntity> {
  const viewer = requireUser(ctx);
  const thread = await readThread(ctx, referenceNumber, parts);
  const em = await ctx.tx.manager();
  const inserted = await queryRows(
    em,
    `INSERT INTO message_read (user_id, message_id, organisation_id)
     SELECT $1, m.id, m.organisation_id FROM message m WHERE m.thread_id = $2
     ON CONFLICT DO NOTHING RETURNING message_id`,
    [viewer.userId, thread.id],
  );
  if (parts.messages)
    for (const message of await ctx.loaders.threadMessages.load(thread.id)) message.read = true;
  if (inserted.length > 0) {
    await ctx.app.pubsub.publish(em, Topic.MessagesRead, {
      userId: viewer.userId,
      organisationId: thread.organisationId,
    });
  }
  return thread;
}

/** Marks one message read for its author (your own messages are never unread to you). */
export async function markReadForAuthor(
  em: EntityManager,
  message: { id: string; organisationId: string; authorId: string },
) {
  await em.query(
    'INSERT INTO message_read (user_id, message_id, organisation_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    [message.authorId, message.id, message.organisationId],
  );
}
