// /staff/failed-mails (Mislukte mails): mails the mail server refused for good or that failed every retry,
// newest first, each with the server's answer and a button to send it again.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useFetcher, useLoaderData } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { EmptyState } from '../components/empty-state';
import { Notice } from '../components/notice';
import { accepted, fields, parseForm, rejected } from '../forms/form.server';
import { ApiError } from '../graphql/api.server';
import { FailedMailsQuery, RetryFailedMailMutation } from '../graphql/mail.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { idParam } from '../query-params';
import { requireStaff } from '../staff/staff.server';

export const meta = titled('staff.failedMails.title');

const RETRY_FORM = 'retry';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const { failedMails } = await scope.api(FailedMailsQuery, {});
  return { failedMails };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireStaff(request, context);
  const i18n = i18nFor(scope.language);
  const form = parseForm(await request.formData(), { id: fields.text(), recipient: fields.text() }, i18n);
  const { id = '', recipient = '' } = form.values;
  // Retried meanwhile (by a colleague, or a second click): it is no longer a failed mail.
  const gone = () =>
    rejected(
      RETRY_FORM,
      [{ field: null, code: 'NOT_FOUND', message: i18n.t('staff.failedMails.gone', { recipient }) }],
      {},
    );
  if (!idParam(id)) return gone();
  try {
    await scope.api(RetryFailedMailMutation, { id });
    return accepted(RETRY_FORM, i18n.t('staff.failedMails.queued', { recipient }));
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return gone();
    throw error;
  }
}

export default function FailedMailsPage() {
  const { failedMails } = useLoaderData<typeof loader>();
  // Sending again stays on the page (a fetcher; without JavaScript the form posts to this page).
  const retry = useFetcher<typeof action>({ key: RETRY_FORM });
  const posted = useActionData<typeof action>();
  const result = retry.data ?? posted;
  const retrying = retry.state === 'submitting' ? retry.formData?.get('id') : null;
  // The row whose button had the focus leaves the list: the answer takes the focus.
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (retry.data) noticeRef.current?.focus();
  }, [retry.data]);
  const { t, dateTime } = useI18n();
  return (
    <>
      <h1>{t('staff.failedMails.title')}</h1>
      <p className="lead">{t('staff.failedMails.intro')}</p>
      {result ? (
        <div ref={noticeRef} tabIndex={-1} className="notice-anchor">
          <Notice kind={result.ok ? 'success' : 'info'}>
            <p>{result.ok ? result.notice : result.errors[0]?.message}</p>
          </Notice>
        </div>
      ) : null}
      {failedMails.length === 0 ? (
        <EmptyState title={t('staff.failedMails.none')} />
      ) : (
        <table className="table table-cards">
          <caption className="visually-hidden">{t('staff.failedMails.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.failedMails.recipient')}</th>
              <th scope="col">{t('staff.failedMails.subject')}</th>
              <th scope="col">{t('staff.failedMails.reason')}</th>
              <th scope="col">{t('staff.failedMails.failedAt')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('staff.failedMails.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {failedMails.map((mail) => (
              <tr key={mail.id}>
                <th scope="row" data-label={t('staff.failedMails.recipient')}>
                  {mail.recipient}
                  {mail.organisationName ? <div className="hint">{mail.organisationName}</div> : null}
                </th>
                <td data-label={t('staff.failedMails.subject')}>{mail.subject}</td>
                <td data-label={t('staff.failedMails.reason')}>
                  {mail.reason}
                  <div className="hint">{t('staff.failedMails.attempts', { count: mail.attempts })}</div>
                </td>
                <td data-label={t('staff.failedMails.failedAt')}>{dateTime(mail.failedAt)}</td>
                <td>
                  <retry.Form method="post">
                    <input type="hidden" name="id" value={mail.id} />
                    <input type="hidden" name="recipient" value={mail.recipient} />
                    <button
                      type="submit"
                      className="button-secondary"
                      disabled={retrying === mail.id}
                      aria-label={t('staff.failedMails.retry.label', { recipient: mail.recipient })}
                    >
                      {t('staff.failedMails.retry')}
                    </button>
                  </retry.Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
