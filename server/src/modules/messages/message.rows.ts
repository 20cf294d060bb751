// How a message row is read: its columns, its mapping to the entity, and the batched read of threads'
// messages the loaders use. No context and no service: loaders and services both build on it.
import type { EntityManager } from 'typeorm';
import { joinedEntity, present } from '../../graphql/batch.js';
import { UserEntity } from '../accounts/user.entity.js';
import { type Direction, MessageEntity } from './message.entity.js';

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
