// POST /language: the language switch. Sets the language cookie and, when logged in, the account's
// language (which the API then uses for its messages and mails), and returns to the page.
import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { languageCookie } from '../cookies.server';
import { text } from '../forms/form-data.server';
import { SetLanguageMutation } from '../graphql/accounts.server';
import { isLanguage } from '../i18n/language';
import { localPath, requestScope } from '../session.server';

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = text(form, 'language');
  const back = localPath(text(form, 'redirectTo'));
  if (!isLanguage(language)) return redirect(back);
  const scope = await requestScope(request, context);
  if (scope.viewer) await scope.api(SetLanguageMutation, { language });
  return redirect(back, { headers: { 'Set-Cookie': languageCookie(context.config, language) } });
}

export function loader() {
  return redirect('/');
}
