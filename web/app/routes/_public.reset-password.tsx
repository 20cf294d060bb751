// /reset-password?token=: choose a new password with the mailed link; then log in with it.
import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { SetPasswordForm } from '../components/set-password-form';
import { failure } from '../forms/form-data.server';
import { readSetPassword, withoutTokenField } from '../forms/set-password.server';
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
  const { t } = i18nFor(scope.language);
  const input = readSetPassword(await request.formData(), t('form.error.passwordMismatch'));
  if (input.mismatch) return failure('reset', [input.mismatch], {});
  const { resetPassword } = await scope.api(ResetPasswordMutation, {
    input: { token: input.token, password: input.password },
  });
  if (!resetPassword.ok) return failure('reset', withoutTokenField(resetPassword.errors), {});
  return redirect('/login?reason=password-reset');
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
