// /reset-password?token=: choose a new password with the mailed link; then log in with it.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { SetPasswordForm } from '../components/set-password-form';
import { flashRedirect } from '../flash.server';
import { parseForm, rejected } from '../forms/form.server';
import { SET_PASSWORD_FORM, withoutTokenField } from '../forms/set-password.server';
import { ResetPasswordMutation } from '../graphql/accounts.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { requestScope } from '../session.server';

export const meta = titled('reset.title');

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('token') };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requestScope(request, context);
  const input = parseForm(await request.formData(), SET_PASSWORD_FORM, i18nFor(scope.language));
  if (!input.ok) return rejected('reset', input.errors, input.values);
  const { resetPassword } = await scope.api(ResetPasswordMutation, {
    input: { token: input.data.token, password: input.data.password },
  });
  if (!resetPassword.ok) return rejected('reset', withoutTokenField(resetPassword.errors), input.values);
  return flashRedirect(context, '/login', { notice: 'login.passwordReset' });
}

export default function ResetPasswordPage() {
  const { token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <>
      <h1>{t('reset.title')}</h1>
      <p className="lead">{t('reset.intro')}</p>
      <SetPasswordForm
        form="reset"
        token={token}
        result={result}
        labels={{ password: 'reset.password', confirm: 'reset.confirm', submit: 'reset.submit' }}
        missingToken="reset.missingToken"
        newLinkHref="/forgot-password"
      />
    </>
  );
}
