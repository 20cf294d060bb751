// /confirm-email?token=: the new email address of an account is confirmed from its own mailbox. Opening
// the link only shows a button; the POST confirms, so a mail scanner that fetches links changes nothing.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { Notice } from '../components/notice';
import { text } from '../forms/form-data.server';
import { ConfirmEmailChangeMutation } from '../graphql/accounts.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { requestScope } from '../session.server';

const title = titled('confirmEmail.title');
/** A personal link: not for search engines. */
export const meta: typeof title = (args) => [...title(args), { name: 'robots', content: 'noindex' }];

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('token') };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requestScope(request, context);
  const token = text(await request.formData(), 'token');
  const { confirmEmailChange } = await scope.api(ConfirmEmailChangeMutation, { token });
  return { ok: confirmEmailChange.ok, messages: confirmEmailChange.errors.map((e) => e.message) };
}

export default function ConfirmEmailPage() {
  const { token } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const busy = useNavigation().state === 'submitting';
  const { t } = useI18n();
  return (
    <>
      <h1>{t('confirmEmail.title')}</h1>
      {answer?.ok ? (
        <Notice kind="success">
          <p>{t('confirmEmail.done')}</p>
        </Notice>
      ) : answer ? (
        <Notice kind="warning">
          {answer.messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </Notice>
      ) : token ? (
        <Form method="post" className="form">
          <p className="lead">{t('confirmEmail.intro')}</p>
          <input type="hidden" name="token" value={token} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('confirmEmail.submit')}
            </button>
          </div>
        </Form>
      ) : (
        <Notice kind="warning">
          <p>{t('confirmEmail.missingToken')}</p>
        </Notice>
      )}
      <p>
        <Link to="/">{t('confirmEmail.toApp')}</Link>
      </p>
    </>
  );
}
