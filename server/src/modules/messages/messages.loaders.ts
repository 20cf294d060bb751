// Batched reads of the Berichtenmodule: a page of messages costs the same number of statements whatever
// its size.
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { ScopedTransaction } from '../../db/scope.js';
import { isUuid } from '../../domain/validate.js';
import type { UserEntity } from '../accounts/user.entity.js';
import { AttachmentEntity, MessageEntity, ThreadEntity } from './message.entity.js';
import { type MessageRow, messagesOfThreads } from './message.rows.js';
import { contactsOfThreads, type ThreadContactView } from './thread-contacts.rows.js';

const viewerIdOf = (tx: ScopedTransaction) =>
  tx.scope.kind === 'tenant' || tx.scope.kind === 'staff' ? tx.scope.userId : null;

/** The loaders of other groups that these prime with what they read along. */
interface Primed {
  readonly user: DataLoader<string, UserEntity | null>;
}

export function messageLoaders(tx: ScopedTransaction, all: Primed) {
  return {
    message: new DataLoader<string, MessageEntity | null>(async (ids) => {
      const em = await tx.manager();
      const valid = ids.filter(isUuid);
      const rows = valid.length ? await em.findBy(MessageEntity, { id: In(valid) }) : [];
      const byId = new Map(rows.map((m) => [m.id, m]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    thread: new DataLoader<string, ThreadEntity | null>(async (ids) => {
      const em = await tx.manager();
      const rows = await em.findBy(ThreadEntity, { id: In([...ids]) });
      const byId = new Map(rows.map((t) => [t.id, t]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    threadMessages: new DataLoader<string, MessageRow[]>(async (threadIds) => {
      const { messages, authors } = await messagesOfThreads(await tx.manager(), threadIds, viewerIdOf(tx));
      for (const author of authors) all.user.prime(author.id, author);
      return messages;
    }),
    threadContacts: new DataLoader<string, ThreadContactView[]>(async (threadIds) =>
      contactsOfThreads(await tx.manager(), threadIds),
    ),
    messageAttachments: new DataLoader<string, AttachmentEntity[]>(async (messageIds) => {
      const em = await tx.manager();
      const rows = await em
        .createQueryBuilder(AttachmentEntity, 'a')
        .where('a.messageId = ANY(:ids)', { ids: [...messageIds] })
        .orderBy('a.createdAt')
        .addOrderBy('a.id')
        .getMany();
      return messageIds.map((id) => rows.filter((a) => a.messageId === id));
    }),
    /** Whether the viewer has read each message. */
    messageRead: new DataLoader<string, boolean>(async (messageIds) => {
      const viewerId = viewerIdOf(tx);
      if (!viewerId) return messageIds.map(() => false);
      const em = await tx.manager();
      const rows: Array<{ message_id: string }> = await em.query(
        'SELECT message_id FROM message_read WHERE user_id = $1 AND message_id = ANY($2::uuid[])',
        [viewerId, messageIds],
      );
      const read = new Set(rows.map((r) => r.message_id));
      return messageIds.map((id) => read.has(id));
    }),
  };
}
