// 'Hulp nodig?' → 'Technische helpdesk': a technical question (not about a theme) mailed to the helpdesk,
// with a receipt to the asker. Themed questions go to a team as a message instead.
import type { Ctx } from '../../context.js';
import { failed, ok, type Result, unauthenticated } from '../../domain/errors.js';
import { FieldErrors } from '../../domain/validate.js';
import { helpdeskQuestionMail, helpdeskReceiptMail } from '../../mail/helpdesk-mails.js';
import { queueMail } from '../../mail/outbox.js';

export const QUESTION_MAX = 5000;

export async function askTechnicalHelpdesk(
  ctx: Ctx,
  input: { email: string; question: string },
): Promise<Result<true>> {
  const { viewer } = ctx;
  if (viewer.kind !== 'user') throw unauthenticated();
  const errors = new FieldErrors();
  const email = errors.email('email', input.email);
  const question = errors.required('question', input.question, QUESTION_MAX);
  if (errors.has() || !email) return failed(errors.list);

  const em = await ctx.tx.manager();
  const [user, organisation] = await Promise.all([
    ctx.loaders.user.load(viewer.userId),
    viewer.organisationId ? ctx.loaders.organisation.load(viewer.organisationId) : null,
  ]);
  const asker = user ? `${user.firstName} ${user.lastName}` : email;
  const { config } = ctx.app;
  await queueMail(em, config.publicUrl, {
    organisationId: viewer.organisationId,
    to: config.helpdeskEmail,
    language: 'nl',
    template: 'helpdesk-question',
    content: helpdeskQuestionMail({ asker, email, organisationName: organisation?.name ?? null, question }),
  });
  await queueMail(em, config.publicUrl, {
    organisationId: viewer.organisationId,
    to: email,
    language: ctx.lang,
    template: 'helpdesk-receipt',
    content: helpdeskReceiptMail(ctx.lang, { question }),
  });
  return ok(true as const);
}
