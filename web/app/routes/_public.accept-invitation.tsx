// /accept-invitation?token=: an invited user chooses a password and is logged in straight away.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { startSession } from '../auth.server';
import { SetPasswordForm } from '../components/set-password-form';
import { parseForm, rejected } from '../forms/form.server';
import { SET_PASSWORD_FORM, withoutTokenField } from '../forms/set-password.server';
import { AcceptInvitationMutation } from '../graphql/accounts.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { requestScope } from '../session.server';

export const meta = titled('invite.title');

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('token') };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requestScope(request, context);
  const input = parseForm(await request.formData(), SET_PASSWORD_FORM, i18nFor(scope.language));
  if (!input.ok) return rejected('invite', input.errors, input.values);
  const { acceptInvitation: accepted } = await scope.api(AcceptInvitationMutation, {
    input: { token: input.data.token, password: input.data.password },
  });
  if (accepted.errors.length > 0 || !accepted.token || !accepted.expiresAt || !accepted.user)
    return rejected('invite', withoutTokenField(accepted.errors), input.values);
  return startSession(
    context,
    { token: accepted.token, expiresAt: accepted.expiresAt, language: accepted.user.language },
    '/',
  );
}

export default function AcceptInvitationPage() {
  const { token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <>
      <h1>{t('invite.title')}</h1>
      <p className="lead">{t('invite.intro')}</p>
      <SetPasswordForm
        form="invite"
        token={token}
        result={result}
        labels={{ password: 'invite.password', confirm: 'invite.confirm', submit: 'invite.submit' }}
        missingToken="invite.missingToken"
      />
    </>
  );
}
