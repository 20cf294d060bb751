// /confirm-contact?token= (public): a contact person confirms their address. Opening the link only shows
// a 'Bevestigen' button; the POST confirms. So a mail scanner or link preview that fetches the link
// confirms nothing, and the person decides. A link that can no longer confirm (used, already confirmed,
// expired, unknown) says so at once, without the button (the loader asks the API, changing nothing). The answer says what happened (confirmed, already confirmed,
// expired, used, invalid), names the organisation and themes, and what to do next. The API is called
// without the visitor's session: confirming never logs anyone in or touches a session.
import {
  type ActionFunctionArgs,
  type AppLoadContext,
  data,
  type LinksFunction,
  type LoaderFunctionArgs,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { Notice, type NoticeKind } from '../components/notice';
import { fields, parseForm } from '../forms/form.server';
import { callApi } from '../graphql/api.server';
import type { ContactConfirmationStatus } from '../graphql/generated/graphql';
import { ConfirmContactPersonMutation, ContactConfirmationLinkQuery } from '../graphql/organisation.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import organisationCss from '../organisation/organisation.css?url';
import { anonymousLanguage, requestScope } from '../session.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: organisationCss }];

const title = titled('confirm.title');
/** A personal link: not for search engines. */
export const meta: typeof title = (args) => [...title(args), { name: 'robots', content: 'noindex' }];

/** The API as the anonymous visitor, in their language (their account's when logged in), never with their session. */
async function publicApi(request: Request, context: AppLoadContext) {
  const language = await requestScope(request, context).then(
    (scope) => scope.language,
    () => anonymousLanguage(request),
  );
  return {
    language,
    clientIp: context.clientIp,
    userAgent: request.headers.get('user-agent') ?? undefined,
  };
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token');
  if (!token) return { token, settled: null };
  const { contactConfirmationLink } = await callApi(
    context.config,
    await publicApi(request, context),
    ContactConfirmationLinkQuery,
    { token },
  );
  return { token, settled: contactConfirmationLink ?? null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const caller = await publicApi(request, context);
  // The token is free text (the API judges it), so the schema refuses nothing.
  const form = parseForm(await request.formData(), { token: fields.text() }, i18nFor(caller.language));
  const token = form.ok ? form.data.token : '';
  const { confirmContactPerson: answer } = await callApi(
    context.config,
    caller,
    ConfirmContactPersonMutation,
    {
      token,
    },
  );
  // A link that could not confirm is a refused form: 400, with the answer that explains it.
  const done = answer.status === 'CONFIRMED' || answer.status === 'ALREADY_CONFIRMED';
  return data(answer, { status: done ? 200 : 400 });
}

const KIND: Record<ContactConfirmationStatus, NoticeKind> = {
  CONFIRMED: 'success',
  ALREADY_CONFIRMED: 'success',
  EXPIRED: 'warning',
  USED: 'warning',
  INVALID: 'warning',
};

export default function ConfirmContactPage() {
  const { token, settled } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() ?? settled;
  const { t } = useI18n();
  const busy = useNavigation().state === 'submitting';
  const heading = useRef<HTMLHeadingElement>(null);
  const posted = useActionData<typeof action>();
  useEffect(() => {
    if (posted) heading.current?.focus();
  }, [posted]);

  if (answer) {
    const done = answer.status === 'CONFIRMED' || answer.status === 'ALREADY_CONFIRMED';
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {t(`confirm.result.${answer.status}`)}
        </h1>
        <Notice kind={KIND[answer.status]}>
          <p>{answer.message}</p>
        </Notice>
        {answer.organisationName ? (
          <dl className="details-list details-compact">
            <div className="details-row">
              <dt>{t('confirm.organisation')}</dt>
              <dd>{answer.organisationName}</dd>
            </div>
            {answer.themeNames.length > 0 ? (
              <div className="details-row">
                <dt>{t('confirm.themes')}</dt>
                <dd>{answer.themeNames.join(', ')}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        {done ? (
          <>
            <h2>{t('confirm.next')}</h2>
            <p>{t('confirm.next.done')}</p>
            <p>
              {t('confirm.next.login')} <Link to="/login">{t('confirm.login')}</Link>
            </p>
          </>
        ) : null}
      </>
    );
  }

  return (
    <>
      <h1>{t('confirm.title')}</h1>
      {token ? (
        <>
          <p className="lead">{t('confirm.intro')}</p>
          <Form method="post" className="form">
            <input type="hidden" name="token" value={token} />
            <div className="form-actions">
              <button type="submit" className="button button-primary" disabled={busy}>
                {t('confirm.submit')}
              </button>
            </div>
          </Form>
          <p className="muted">{t('confirm.notYou')}</p>
        </>
      ) : (
        <Notice kind="warning" live={false}>
          <p>{t('confirm.missingToken')}</p>
        </Notice>
      )}
    </>
  );
}
