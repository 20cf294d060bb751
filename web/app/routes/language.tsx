// POST /language: the language switch. Sets the language cookie and, when logged in, the account's
// language (which the API then uses for its messages and mails), and returns to the page.
import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { languageCookie } from '../cookies.server';
import { fields, parseForm } from '../forms/form.server';
import { SetLanguageMutation } from '../graphql/accounts.server';
import { LANGUAGES } from '../i18n/language';
import { i18nFor } from '../i18n/messages.server';
import { localPath, requestScope } from '../session.server';

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requestScope(request, context);
  const form = parseForm(
    await request.formData(),
    { language: fields.choice(LANGUAGES), redirectTo: fields.text() },
    i18nFor(scope.language),
  );
  const back = localPath(form.values.redirectTo);
  // A switch, not a form with errors to show: an unknown language changes nothing.
  if (!form.ok) return redirect(back);
  const { language } = form.data;
  if (scope.viewer) await scope.api(SetLanguageMutation, { language });
  return redirect(back, { headers: { 'Set-Cookie': languageCookie(context.config, language) } });
}

export function loader() {
  return redirect('/');
}
