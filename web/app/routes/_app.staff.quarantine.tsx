// /staff/quarantine: mails the email intake held (decision 0018): in quarantine (a check failed) or Te
// koppelen (unknown sender), newest first, paged. Per mail: the reason, the raw mail to download, a ticket
// made of it after all (choosing the organisation when the sender is unknown), or discarding it with a
// reason. The API audits replay and discard.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react';
import { EmptyState } from '../components/empty-state';
import { Field, SelectField } from '../components/field';
import { Notice } from '../components/notice';
import { accepted, fields, intentOf, parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { API_MAX_PAGE_SIZE, ApiError } from '../graphql/api.server';
import {
  DiscardInboundMailMutation,
  HeldMailsQuery,
  ReplayInboundMailMutation,
} from '../graphql/mail.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { idParam } from '../query-params';
import { requireStaff } from '../staff/staff.server';

export const meta = titled('quarantine.title');

const STATUSES = ['QUARANTINED', 'TO_LINK'] as const;
type Status = (typeof STATUSES)[number];
const PAGE_SIZE = 20;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const url = new URL(request.url);
  const status: Status = url.searchParams.get('status') === 'TO_LINK' ? 'TO_LINK' : 'QUARANTINED';
  const after = url.searchParams.get('after') || null;
  const read = (cursor: string | null) =>
    scope.api(HeldMailsQuery, { status, first: PAGE_SIZE, after: cursor, organisations: API_MAX_PAGE_SIZE });
  let data: Awaited<ReturnType<typeof read>>;
  try {
    data = await read(after);
  } catch (error) {
    // A cursor that is not (or no longer) valid: the first page.
    if (!(error instanceof ApiError && error.code === 'BAD_USER_INPUT')) throw error;
    data = await read(null);
  }
  return {
    status,
    after,
    mails: data.inboundMails,
    organisations: data.organisations.edges.map((e) => e.node),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireStaff(request, context);
  const i18n = i18nFor(scope.language);
  const formData = await request.formData();
  const form = intentOf(formData, ['replay', 'discard'] as const, 'form');
  const parsed = parseForm(
    formData,
    { id: fields.text(), sender: fields.text(), organisationId: fields.optional(), reason: fields.text() },
    i18n,
  );
  const values = parsed.values;
  if (!parsed.ok) return rejected(form, parsed.errors, values);
  const id = idParam(parsed.data.id);
  const sender = parsed.data.sender;
  if (!id) throw new Response('Unknown mail', { status: 400 });
  if (form === 'replay') {
    const { replayInboundMail } = await scope.api(ReplayInboundMailMutation, {
      input: { id, organisationId: idParam(parsed.data.organisationId) || null },
    });
    if (replayInboundMail.errors.length > 0) return rejected(form, replayInboundMail.errors, values);
    const number = replayInboundMail.inboundMail?.ticketNumber;
    return accepted(
      form,
      number
        ? i18n.t('quarantine.replayed', { sender, number })
        : i18n.t('quarantine.replayedEntry', { sender }),
    );
  }
  if (!parsed.data.reason)
    return rejected(
      form,
      [{ field: 'reason', code: 'REQUIRED', message: i18n.t('form.error.required') }],
      values,
    );
  const { discardInboundMail } = await scope.api(DiscardInboundMailMutation, {
    input: { id, reason: parsed.data.reason },
  });
  if (discardInboundMail.errors.length > 0) return rejected(form, discardInboundMail.errors, values);
  return accepted(form, i18n.t('quarantine.discarded', { sender }));
}

type Mail = ReturnType<typeof useLoaderData<typeof loader>>['mails']['edges'][number]['node'];

function MailActions({
  mail,
  organisations,
  result,
}: {
  mail: Mail;
  organisations: Array<{ id: string; name: string }>;
  result: FormResult | undefined;
}) {
  const { t } = useI18n();
  const ours = result && !result.ok && result.values.id === mail.id ? result : undefined;
  const key = mail.id.slice(0, 8);
  return (
    <div className="quarantine-actions">
      <p>
        <a
          href={mail.downloadPath}
          download
          aria-label={t('quarantine.download.label', { sender: mail.sender })}
        >
          {t('quarantine.download')}
        </a>
      </p>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="form" value="replay" />
        <input type="hidden" name="id" value={mail.id} />
        <input type="hidden" name="sender" value={mail.sender} />
        <SelectField
          form={`replay-${key}`}
          name="organisationId"
          label={t('quarantine.organisation')}
          hint={mail.status === 'TO_LINK' ? t('quarantine.organisation.hint') : undefined}
          optional={mail.status !== 'TO_LINK'}
          defaultValue={valuesOf(ours, 'replay', { organisationId: '' }).organisationId}
          errors={[...errorsOf(ours, 'replay', 'organisationId'), ...errorsOf(ours, 'replay', 'id')]}
        >
          <option value="">{t('quarantine.organisation.none')}</option>
          {organisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        {ours?.form === 'replay' && ours.errors.some((e) => !e.field) ? (
          <p className="field-error">{ours.errors.find((e) => !e.field)?.message}</p>
        ) : null}
        <button
          type="submit"
          className="button button-primary button-small"
          aria-label={t('quarantine.replay.label', { sender: mail.sender })}
        >
          {t('quarantine.replay')}
        </button>
      </Form>
      <Form method="post" className="form" noValidate>
        <input type="hidden" name="form" value="discard" />
        <input type="hidden" name="id" value={mail.id} />
        <input type="hidden" name="sender" value={mail.sender} />
        <Field
          form={`discard-${key}`}
          name="reason"
          label={t('quarantine.discard.reason')}
          defaultValue={valuesOf(ours, 'discard', { reason: '' }).reason}
          errors={errorsOf(ours, 'discard', 'reason')}
        />
        <button
          type="submit"
          className="button button-secondary button-small"
          aria-label={t('quarantine.discard.label', { sender: mail.sender })}
        >
          {t('quarantine.discard')}
        </button>
      </Form>
    </div>
  );
}

export default function QuarantinePage() {
  const { status, after, mails, organisations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as FormResult | undefined;
  const { t, dateTime } = useI18n();
  const rows = mails.edges.map((e) => e.node);
  const last = mails.edges.at(-1)?.cursor;
  return (
    <>
      <h1>{t('quarantine.title')}</h1>
      <p className="lead">{t('quarantine.intro')}</p>
      {result?.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      <nav aria-label={t('quarantine.status')}>
        <ul className="tabs">
          {STATUSES.map((s) => (
            <li key={s}>
              <Link to={`?status=${s}`} aria-current={s === status ? 'page' : undefined}>
                {t(`quarantine.status.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <EmptyState title={t('quarantine.none')} />
      ) : (
        <table className="table table-cards">
          <caption className="visually-hidden">
            {t('quarantine.caption', { status: t(`quarantine.status.${status}`) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('quarantine.col.sender')}</th>
              <th scope="col">{t('quarantine.col.subject')}</th>
              <th scope="col">{t('quarantine.col.reason')}</th>
              <th scope="col">{t('quarantine.col.received')}</th>
              <th scope="col">{t('quarantine.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((mail) => (
              <tr key={mail.id}>
                <th scope="row" data-label={t('quarantine.col.sender')}>
                  {mail.sender}
                </th>
                <td data-label={t('quarantine.col.subject')}>{mail.subject}</td>
                <td data-label={t('quarantine.col.reason')}>
                  {mail.reason}
                  <div className="hint">
                    {t('quarantine.size', { size: Math.ceil(mail.sizeBytes / 1024) })}
                  </div>
                </td>
                <td data-label={t('quarantine.col.received')}>{dateTime(mail.receivedAt)}</td>
                <td data-label={t('quarantine.col.actions')}>
                  <MailActions mail={mail} organisations={organisations} result={result} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mails.pageInfo.hasNextPage || after ? (
        <nav className="pager" aria-label={t('quarantine.pager')}>
          {after ? (
            <Link to={`?status=${status}`} className="button button-secondary button-small">
              {t('quarantine.first')}
            </Link>
          ) : null}
          {mails.pageInfo.hasNextPage && last ? (
            <Link
              to={`?status=${status}&after=${encodeURIComponent(last)}`}
              rel="next"
              className="button button-secondary button-small"
            >
              {t('quarantine.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
