// The transactional outbox: a mail is a row written in the transaction of the change that causes it, so a
// rolled-back change sends nothing. The worker delivers the rows (see jobs/deliver-mail.ts).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Language } from '../i18n/language.js';
import type { RenderedMail } from './render.js';

export interface QueuedMail {
  organisationId: string | null;
  to: string;
  language: Language;
  /** Template name, kept for tests and the development mailbox. */
  template: string;
  content: RenderedMail;
  /** Where answers go; none: the sender (MAIL_FROM). */
  replyTo?: string;
  /** Put before the Message-ID's unique part (`<tag.uuid@host>`): ticket mails carry their token in it. */
  messageIdTag?: string;
}

/** Domain of Message-IDs: the public host, so that ids are globally unique and stable across retries. */
function messageIdDomain(publicUrl: string): string {
  return new URL(publicUrl).hostname || 'loket.localhost';
}

/**
 * Queues a mail in the current transaction. Plain INSERT without RETURNING: the outbox is not readable
 * outside the system scope (row-level security), only writable.
 */
export async function queueMail(em: EntityManager, publicUrl: string, mail: QueuedMail): Promise<string> {
  const id = randomUUID();
  await em.query(
    `INSERT INTO outbound_mail (id, organisation_id, recipient, language, template, subject, text_body, html_body, message_id, reply_to)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      mail.organisationId,
      mail.to,
      mail.language,
      mail.template,
      mail.content.subject,
      mail.content.text,
      mail.content.html,
      `<${mail.messageIdTag ? `${mail.messageIdTag}.` : ''}${id}@${messageIdDomain(publicUrl)}>`,
      mail.replyTo ?? null,
    ],
  );
  return id;
}
