// How a message row is read: its columns, its mapping to the entity, and the batched read of threads'
// messages the loaders use. No context and no service: loaders and services both build on it.
import type { EntityManager } from 'typeorm';
import { joinedEntity, present } from '../../graphql/batch.js';
import { UserEntity } from '../accounts/user.entity.js';
import { type Direction, MessageEntity, ThreadEntity } from './message.entity.js';
import {
  contactsJson,
  type ThreadContactRecord,
  type ThreadContactView,
  toContactView,
} from './thread-contacts.rows.js';

/** A message as lists return it: with the viewer's read state. */
export type MessageRow = MessageEntity & { read?: boolean };

export const MESSAGE_COLUMNS = `m.id, m.organisation_id, m.thread_id, m.reference_number, m.theme_id, m.direction, m.title, m.body,
  m.author_id, m.sender_label, m.sender_team_id, m.addressed_team_id, m.addressed_handler_id, m.sent_at, m.attachment_count`;

export interface MessageRecord {
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

export function toMessage(r: MessageRecord): MessageRow {
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

/** What `threadWithContents` reads along with the thread. */
export interface ThreadParts {
  messages: boolean;
  contacts: boolean;
}

/**
 * A thread by reference number (`organisationId`: only in that organisation) in one statement, with what
 * `parts` asks for: its messages, oldest first (with `viewerId`'s read state and the organisation's authors,
 * as `messagesOfThreads`), and its contacts as one JSON array on the first row. Null when not found.
 */
export async function threadWithContents(
  em: EntityManager,
  referenceNumber: string,
  organisationId: string | null,
  viewerId: string | null,
  parts: ThreadParts,
): Promise<{
  thread: ThreadEntity;
  messages: MessageRow[] | null;
  authors: UserEntity[];
  contacts: ThreadContactView[] | null;
} | null> {
  const thread = joinedEntity<ThreadEntity>(em.connection.getMetadata(ThreadEntity), 't', 'thread__');
  if (!thread) throw new Error('message_thread cannot be read as a joined entity');
  const params: unknown[] = [referenceNumber];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = `t.reference_number = $1${organisationId ? ` AND t.organisation_id = ${param(organisationId)}` : ''}`;
  const select = [thread.select];
  let from = 'message_thread t';
  let order = '';
  const author = parts.messages
    ? joinedEntity<UserEntity>(em.connection.getMetadata(UserEntity), 'a', 'author__')
    : null;
  if (parts.messages) {
    select.push(MESSAGE_COLUMNS);
    if (viewerId)
      select.push(
        `EXISTS (SELECT 1 FROM message_read r WHERE r.message_id = m.id AND r.user_id = ${param(viewerId)}) AS read`,
      );
    if (author) select.push(author.select);
    from += ' LEFT JOIN message m ON m.thread_id = t.id';
    if (author) from += " LEFT JOIN app_user a ON m.direction = 'OUTBOUND' AND a.id = m.author_id";
    order = 'ORDER BY m.sent_at, m.id';
  }
  // The contacts once, on the first row: a CASE evaluates its subquery only for the rows that take it.
  if (parts.contacts)
    select.push(
      parts.messages
        ? `CASE WHEN row_number() OVER (ORDER BY m.sent_at, m.id) = 1 THEN ${contactsJson('t.id')} END AS contacts`
        : `${contactsJson('t.id')} AS contacts`,
    );
  const rows: Array<MessageRecord & Record<string, unknown>> = await em.query(
    `SELECT ${select.join(', ')} FROM ${from} WHERE ${where} ${order}`,
    params,
  );
  const first = rows[0];
  const found = first ? thread.read(first) : null;
  if (!first || !found) return null;
  const withMessages = parts.messages ? rows.filter((r) => r.id != null) : [];
  return {
    thread: found,
    messages: parts.messages ? withMessages.map(toMessage) : null,
    authors: author ? present(withMessages.map((r) => author.read(r))) : [],
    contacts: parts.contacts ? ((first.contacts ?? []) as ThreadContactRecord[]).map(toContactView) : null,
  };
}
