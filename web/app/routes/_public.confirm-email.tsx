// /confirm-email?token=: the new email address of an account is confirmed from its own mailbox. Opening
// the link only shows a button; the POST confirms, so a mail scanner that fetches links changes nothing.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { Notice } from '../components/notice';
import { accepted, fields, parseForm, rejected } from '../forms/form.server';
import { ConfirmEmailChangeMutation } from '../graphql/accounts.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
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
  const form = parseForm(await request.formData(), { token: fields.text() }, i18nFor(scope.language));
  if (!form.ok) return rejected('confirm-email', form.errors, {});
  const { confirmEmailChange } = await scope.api(ConfirmEmailChangeMutation, { token: form.data.token });
  if (!confirmEmailChange.ok) return rejected('confirm-email', confirmEmailChange.errors, {});
  return accepted('confirm-email');
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
          {answer.errors.map((error) => (
            <p key={error.message}>{error.message}</p>
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
