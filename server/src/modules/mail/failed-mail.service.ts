// Failed mails for department staff (docs/decisions/0013): the newest that finally failed, and a retry that
// puts one back in the queue (the database trigger gives it a job) and lifts the contact's undeliverable mark.
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { notFound } from '../../domain/errors.js';
import { isUuid } from '../../domain/validate.js';
import { Topic } from '../../graphql/topics.js';

/** Failed mails shown at most (newest first): the page is a to-do list, not an archive. */
export const FAILED_MAILS_SHOWN = 100;

interface FailedMailRow {
  id: string;
  recipient: string;
  subject: string;
  template: string;
  organisationId: string | null;
  organisationName: string | null;
  reason: string;
  attempts: number;
  failedAt: Date;
}

export async function listFailedMails(ctx: Ctx): Promise<FailedMailRow[]> {
  const em = await ctx.tx.manager();
  const rows: Array<{
    id: string;
    recipient: string;
    subject: string;
    template: string;
    organisation_id: string | null;
    organisation_name: string | null;
    last_error: string | null;
    attempts: number;
    failed_at: Date;
  }> = await em.query(
    `SELECT m.id, m.recipient, m.subject, m.template, m.organisation_id, o.name AS organisation_name,
            m.last_error, m.attempts, m.failed_at
       FROM outbound_mail m LEFT JOIN organisation o ON o.id = m.organisation_id
      WHERE m.status = 'FAILED'
      ORDER BY m.failed_at DESC, m.id DESC
      LIMIT $1`,
    [FAILED_MAILS_SHOWN],
  );
  return rows.map((r) => ({
    id: r.id,
    recipient: r.recipient,
    subject: r.subject,
    template: r.template,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    reason: r.last_error ?? '',
    attempts: r.attempts,
    failedAt: r.failed_at,
  }));
}

/** Queues a FAILED mail again; NOT_FOUND when there is no such failed mail. */
export async function retryFailedMail(ctx: Ctx, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('failed mail');
  const em = await ctx.tx.manager();
  const rows: Array<{ organisation_id: string | null; recipient: string }> = await em.query(
    'SELECT organisation_id, recipient FROM outbound_mail_retry($1)',
    [id],
  );
  const mail = rows[0];
  if (!mail) throw notFound('failed mail');
  ctx.log.info({ mailId: id }, 'failed mail queued again by staff');
  if (!mail.organisation_id) return;
  const lifted = await queryRows(
    em,
    `UPDATE contact_person SET email_undeliverable_at = NULL, email_undeliverable_reason = NULL,
            email_undeliverable_source = NULL
      WHERE organisation_id = $1 AND lower(email) = lower($2) AND email_undeliverable_at IS NOT NULL
      RETURNING id`,
    [mail.organisation_id, mail.recipient],
  );
  if (lifted.length > 0)
    await ctx.app.pubsub.publish(em, Topic.TasksChanged, { organisationId: mail.organisation_id });
}
