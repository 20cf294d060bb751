// Reading messages: the organisation's received and sent lists (keyset-paged, filtered on every field),
// a thread by its reference number, badge counts and read state. Every user of an organisation sees all of
// its messages; staff see every organisation's.
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { badInput, notFound, unauthenticated } from '../../domain/errors.js';
import { isUuid } from '../../domain/validate.js';
import { isStaff, type UserViewer } from '../../domain/viewer.js';
import { joinedEntity, present } from '../../graphql/loaders.js';
import {
  type Connection,
  keysetConnection,
  keysetPage,
  type PageArgs,
  withLazyTotal,
} from '../../graphql/relay.js';
import { UserEntity } from '../accounts/user.entity.js';
import { type Direction, MessageEntity, ThreadEntity } from './message.entity.js';
import { type MessagesReadEvent, MessageTopic } from './message.topics.js';
import { applyMessageFilter, Conditions, type MessageFilter } from './message-filter.js';

/** A message as lists return it: with the viewer's read state. */
export type MessageRow = MessageEntity & { read?: boolean };

export function requireUser(ctx: Ctx): UserViewer {
  if (ctx.viewer.kind !== 'user') throw unauthenticated();
  return ctx.viewer;
}

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

const MESSAGE_COLUMNS = `m.id, m.organisation_id, m.thread_id, m.reference_number, m.theme_id, m.direction, m.title, m.body,
  m.author_id, m.sender_label, m.sender_team_id, m.addressed_team_id, m.addressed_handler_id, m.sent_at, m.attachment_count`;

interface MessageRecord {
  id: string;
  organisation_id: string;
  thread_id: string;
  reference_number: string;
  theme_id: string;
  direction: Direction;
  title: string;
  body: string;
  author_id: string;
  sender_label: string;
  sender_team_id: string | null;
  addressed_team_id: string | null;
  addressed_handler_id: string | null;
  sent_at: Date;
  attachment_count: number;
  read?: boolean;
}

function toMessage(r: MessageRecord): MessageRow {
  return Object.assign(new MessageEntity(), {
    id: r.id,
    organisationId: r.organisation_id,
    threadId: r.thread_id,
    referenceNumber: r.reference_number,
    themeId: r.theme_id,
    direction: r.direction,
    title: r.title,
    body: r.body,
    authorId: r.author_id,
    senderLabel: r.sender_label,
    senderTeamId: r.sender_team_id,
    addressedTeamId: r.addressed_team_id,
    addressedHandlerId: r.addressed_handler_id,
    sentAt: r.sent_at,
    attachmentCount: r.attachment_count,
    ...(r.read === undefined ? {} : { read: r.read }),
  });
}

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
  const page = keysetPage(args, 2);
  const em = await ctx.tx.manager();

  const base = new Conditions();
  base.add(`m.organisation_id = ${base.param(organisationId)}`);
  applyMessageFilter(base, filter, viewer.userId);

  const c = base.clone();
  if (page.cursor) {
    const [sentAt, id] = page.cursor;
    c.add(
      `(m.sent_at, m.id) ${page.backwards ? '>' : '<'} (${c.param(sentAt)}::timestamptz, ${c.param(id)}::uuid)`,
    );
  }
  const order = page.backwards ? 'ASC' : 'DESC';
  const viewerParam = c.param(viewer.userId);
  // Authors are not joined here (as they are for a thread): on a page of an organisation's messages the
  // planner would rather scan every user than look up a few (bench/results, scale plans).
  const rows: MessageRecord[] = await em.query(
    `SELECT ${MESSAGE_COLUMNS},
            EXISTS (SELECT 1 FROM message_read r WHERE r.message_id = m.id AND r.user_id = ${viewerParam}) AS read
       FROM message m ${c.where()}
      ORDER BY m.sent_at ${order}, m.id ${order}
      LIMIT ${page.size + 1}`,
    c.params,
  );
  const connection = keysetConnection(rows.map(toMessage), page, args, (m) => [m.sentAt.toISOString(), m.id]);
  return withLazyTotal(connection, async () => {
    const counted: Array<{ n: number }> = await em.query(
      `SELECT count(*)::int AS n FROM message m ${base.where()}`,
      base.params,
    );
    return counted[0]?.n ?? 0;
  });
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

/** Marks every message of a thread read for the viewer ("opening marks read"). */
export async function markThreadRead(ctx: Ctx, referenceNumber: string): Promise<ThreadEntity> {
  const viewer = requireUser(ctx);
  const thread = await getThread(ctx, referenceNumber);
  const em = await ctx.tx.manager();
  const inserted: unknown[] = await em.query(
    `INSERT INTO message_read (user_id, message_id, organisation_id)
     SELECT $1, m.id, m.organisation_id FROM message m WHERE m.thread_id = $2
     ON CONFLICT DO NOTHING RETURNING message_id`,
    [viewer.userId, thread.id],
  );
  if (inserted.length > 0) {
    await ctx.app.pubsub.publish<MessagesReadEvent>(em, MessageTopic.MessagesRead, {
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

/**
 * The messages of threads, oldest first, with `viewerId`'s read state when given, and the authors of the
 * organisation's messages (OUTBOUND) read along to prime the user loader with: no second round trip. The
 * department's authors come from its cache (loaders.ts). A thread is short, so the join looks authors up by id.
 */
export async function messagesOfThreads(
  em: EntityManager,
  threadIds: readonly string[],
  viewerId: string | null,
): Promise<{ messages: MessageRow[][]; authors: UserEntity[] }> {
  const read = viewerId
    ? ', EXISTS (SELECT 1 FROM message_read r WHERE r.message_id = m.id AND r.user_id = $2) AS read'
    : '';
  const author = joinedEntity<UserEntity>(em.connection.getMetadata(UserEntity), 'a', 'author__');
  const rows: Array<MessageRecord & Record<string, unknown>> = await em.query(
    `SELECT ${MESSAGE_COLUMNS}${read}${author ? `, ${author.select}` : ''}
       FROM message m
       ${author ? "LEFT JOIN app_user a ON m.direction = 'OUTBOUND' AND a.id = m.author_id" : ''}
      WHERE m.thread_id = ANY($1) ORDER BY m.sent_at, m.id`,
    viewerId ? [threadIds, viewerId] : [threadIds],
  );
  const messages = rows.map(toMessage);
  const authors = author ? present(rows.map((r) => author.read(r))) : [];
  return { messages: threadIds.map((id) => messages.filter((m) => m.threadId === id)), authors };
}
