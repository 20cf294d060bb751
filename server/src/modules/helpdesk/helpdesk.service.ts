// 'Hulp nodig?' → 'Technische helpdesk': a technical question (not about a theme) mailed to the helpdesk,
// with a receipt to the asker's own account address (never to an address typed in the form: the platform
// must not mail user text to strangers). Themed questions go to a team as a message instead.
import type { Ctx } from '../../context.js';
import { failed, ok, type Result, unauthenticated } from '../../domain/errors.js';
import { FieldErrors } from '../../domain/validate.js';
import { helpdeskQuestionMail, helpdeskReceiptMail } from '../../mail/helpdesk-mails.js';
import { queueMail } from '../../mail/outbox.js';

export const QUESTION_MAX = 5000;

export async function askTechnicalHelpdesk(ctx: Ctx, input: { question: string }): Promise<Result<true>> {
  const { viewer } = ctx;
  if (viewer.kind !== 'user') throw unauthenticated();
  const errors = new FieldErrors();
  const question = errors.required('question', input.question, QUESTION_MAX);
  if (errors.has()) return failed(errors.list);

  const em = await ctx.tx.manager();
  const [user, organisation] = await Promise.all([
    ctx.loaders.user.load(viewer.userId),
    viewer.organisationId ? ctx.loaders.organisation.load(viewer.organisationId) : null,
  ]);
  if (!user) throw unauthenticated();
  const { email } = user;
  const asker = `${user.firstName} ${user.lastName}`;
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
    language: user.language,
    template: 'helpdesk-receipt',
    content: helpdeskReceiptMail(user.language, { question }),
  });
  return ok(true as const);
}
