// The ticket form's side of ticket deflection: 'this solved my question' (a ticket avoided) and, when a
// ticket is created after all, which articles it was shown. Both go to recordTicketDeflection.
import { redirect } from '@remix-run/node';
import { fields, parseForm, rejected } from '../forms/form.server';
import { KbRecordDeflectionMutation } from '../graphql/knowledge-base.server';
import { i18nFor } from '../i18n/messages.server';
import type { RequestScope } from '../session.server';
import { SOLVED_FORM, SUGGESTIONS_SHOWN } from './ticket-suggestions';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const idList = (value: string) =>
  value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)
    .slice(0, SUGGESTIONS_SHOWN);

/** Whether a posted form is 'this solved my question' (a plain form, unlike the multipart ticket form). */
export function isSolvedForm(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
}

/** Records the avoided ticket and opens the article with a thank-you. */
export async function solvedAction(scope: RequestScope, request: Request) {
  const form = parseForm(
    await request.formData(),
    {
      query: fields.required(),
      shown: fields.text(),
      articleId: fields.required(),
      slug: fields.required().regex(SLUG),
    },
    i18nFor(scope.language),
  );
  if (!form.ok) return rejected(SOLVED_FORM, form.errors, form.values);
  const { recordTicketDeflection } = await scope.api(KbRecordDeflectionMutation, {
    input: {
      query: form.data.query,
      shownArticleIds: idList(form.data.shown),
      solvedArticleId: form.data.articleId,
    },
  });
  if (!recordTicketDeflection.recorded)
    return rejected(SOLVED_FORM, recordTicketDeflection.errors, form.values);
  return redirect(`/kennisbank/${form.data.slug}?opgelost=1`);
}

/** After a ticket was created: the articles its form had suggested, if any. */
export async function recordSuggestionsShown(
  scope: RequestScope,
  ticketId: string,
  query: string,
  shown: string,
): Promise<void> {
  const ids = idList(shown);
  if (!query.trim() || ids.length === 0) return;
  await scope.api(KbRecordDeflectionMutation, {
    input: { query: query.trim().slice(0, 200), shownArticleIds: ids, ticketId },
  });
}
