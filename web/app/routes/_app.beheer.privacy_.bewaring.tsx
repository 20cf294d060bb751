// /beheer/privacy/bewaring (decision 0038): the retention periods per theme (message threads) and per queue
// (closed tickets), each with what the next nightly run would delete and how much is held; the last run's
// result; and the threads and tickets on legal hold, page by page, each linking to its hold page.
import {
  type ActionFunctionArgs,
  type LinksFunction,
  type LoaderFunctionArgs,
  data as withHeaders,
} from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useLocation } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { EmptyState } from '../components/empty-state';
import { FieldErrors } from '../components/field';
import { Notice } from '../components/notice';
import { flashRedirect, takeFlash } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormResult } from '../forms/form-result';
import { ApiError } from '../graphql/api.server';
import { RetentionPageQuery, SetRetentionPeriodMutation } from '../graphql/privacy.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { readCursors } from '../lists/keyset';
import { loadKeysetPage } from '../lists/keyset-page.server';
import { KeysetPager } from '../lists/keyset-pager';
import { titled } from '../meta';
// The tabs' look (shared with Mijn organisatie).
import organisationCss from '../organisation/organisation.css?url';
import { legalHoldPath } from '../privacy/legal-hold';
import { legalHoldNotice, retentionNotice } from '../privacy/legal-hold.server';
import { PrivacyTabs } from '../privacy/privacy-tabs';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: organisationCss }];

export const meta = titled('admin.retention.title');

const PAGE_SIZE = 25;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const params = new URL(request.url).searchParams;
  const { data, page } = await loadKeysetPage(
    (paging) => scope.api(RetentionPageQuery, paging),
    (loaded) => loaded.legalHolds,
    readCursors((name) => params.get(name) ?? ''),
    PAGE_SIZE,
  );
  const { flash, headers } = takeFlash(request, context);
  return withHeaders(
    {
      themes: data.retentionOverview.themes,
      queues: data.retentionOverview.queues,
      lastRun: data.lastRetentionRun,
      holds: page,
      saved: retentionNotice(flash),
      holdNotice: legalHoldNotice(flash),
    },
    { headers },
  );
}

const PERIOD_FORM = {
  target: fields.choice(['THEME', 'QUEUE']),
  id: fields.required(),
  name: fields.text(),
  retentionDays: fields.text(),
};

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const i18n = i18nFor(scope.language);
  const form = parseForm(await request.formData(), PERIOD_FORM, i18n);
  const gone = [{ field: null, code: 'NOT_FOUND', message: i18n.t('admin.retention.gone') }];
  if (!form.ok) return rejected('period', gone, form.values);
  const { target, id, name, retentionDays } = form.data;
  if (retentionDays !== '' && !/^\d{1,9}$/.test(retentionDays))
    return rejected(
      'period',
      [{ field: 'retentionDays', code: 'INVALID', message: i18n.t('admin.retention.days.invalid') }],
      form.values,
    );
  try {
    const { setRetentionPeriod } = await scope.api(SetRetentionPeriodMutation, {
      input: { target, id, retentionDays: retentionDays === '' ? null : Number(retentionDays) },
    });
    if (!setRetentionPeriod.ok) return rejected('period', setRetentionPeriod.errors, form.values);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') return rejected('period', gone, form.values);
    throw error;
  }
  // Back to the page (POST, redirect, GET): the periods and counts are read again.
  return flashRedirect(context, '/beheer/privacy/bewaring', {
    notice: 'admin.retention.saved',
    name,
  });
}

interface Rule {
  id: string;
  name: string;
  retentionDays?: number | null;
  due: number;
  held: number;
}

function RulesTable({
  target,
  title,
  hint,
  rules,
  result,
}: {
  target: 'THEME' | 'QUEUE';
  title: string;
  hint: string;
  rules: Rule[];
  result: FormResult | undefined;
}) {
  const { t } = useI18n();
  const answered = result && !result.ok ? result.values.id : undefined;
  const headingId = `retention-${target.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{hint}</p>
      <table className="table table-cards">
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.retention.name')}</th>
            <th scope="col">{t('admin.retention.days')}</th>
            <th scope="col">{t('admin.retention.due')}</th>
            <th scope="col">{t('admin.retention.held')}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const mine = answered === rule.id;
            const errors = mine ? errorsOf(result, 'period', 'retentionDays') : [];
            const inputId = `days-${rule.id}`;
            const value = mine
              ? (result?.values.retentionDays ?? '')
              : (rule.retentionDays?.toString() ?? '');
            return (
              <tr key={rule.id}>
                <th scope="row" data-label={t('admin.retention.name')}>
                  {rule.name}
                </th>
                <td data-label={t('admin.retention.days')}>
                  <Form method="post" className="retention-form" key={`${rule.id}-${value}`}>
                    <input type="hidden" name="target" value={target} />
                    <input type="hidden" name="id" value={rule.id} />
                    <input type="hidden" name="name" value={rule.name} />
                    <label htmlFor={inputId} className="visually-hidden">
                      {t('admin.retention.days.label', { name: rule.name })}
                    </label>
                    <input
                      id={inputId}
                      name="retentionDays"
                      inputMode="numeric"
                      className="input retention-days"
                      defaultValue={value}
                      placeholder="—"
                      aria-invalid={errors.length > 0 || undefined}
                      aria-describedby={`${inputId}-hint${errors.length > 0 ? ` ${inputId}-error` : ''}`}
                    />
                    <span id={`${inputId}-hint`} className="visually-hidden">
                      {t('admin.retention.days.forever')}
                    </span>
                    <button type="submit" className="button button-secondary button-small">
                      {t('admin.retention.save')}
                      <span className="visually-hidden">
                        {': '}
                        {t('admin.retention.save.for', { name: rule.name })}
                      </span>
                    </button>
                    <FieldErrors id={errors.length > 0 ? `${inputId}-error` : undefined} errors={errors} />
                  </Form>
                </td>
                <td data-label={t('admin.retention.due')}>{rule.due}</td>
                <td data-label={t('admin.retention.held')}>{rule.held}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export default function RetentionPage() {
  const { themes, queues, lastRun, holds, saved, holdNotice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const location = useLocation();
  const { t, dateTime } = useI18n();
  const returnTo = `${location.pathname}${location.search}`;
  const rowError = result && !result.ok && errorsOf(result, 'period', 'retentionDays').length === 0;
  return (
    <>
      <h1>{t('admin.privacy.title')}</h1>
      <PrivacyTabs />
      <p className="lead">{t('admin.retention.intro')}</p>
      {saved ? (
        <Notice kind="success">
          <p>{t(saved.notice, { name: saved.name })}</p>
        </Notice>
      ) : null}
      {holdNotice ? (
        <Notice kind="success">
          <p>{t(holdNotice.notice, { label: holdNotice.label })}</p>
        </Notice>
      ) : null}
      {rowError ? (
        <Notice kind="warning">
          <p>{result.errors.map((e: { message: string }) => e.message).join(' ')}</p>
        </Notice>
      ) : null}
      <section className="panel" aria-labelledby="last-run">
        <h2 id="last-run">{t('admin.retention.lastRun')}</h2>
        <p>
          {lastRun
            ? t('admin.retention.lastRun.summary', {
                when: dateTime(lastRun.finishedAt),
                threads: lastRun.threads,
                tickets: lastRun.tickets,
                mails: lastRun.inboundMails,
                files: lastRun.files,
                exports: lastRun.exports,
                deliveries: lastRun.webhookDeliveries,
              })
            : t('admin.retention.lastRun.none')}
        </p>
      </section>
      <RulesTable
        target="THEME"
        title={t('admin.retention.themes')}
        hint={t('admin.retention.themes.hint')}
        rules={themes}
        result={result}
      />
      <RulesTable
        target="QUEUE"
        title={t('admin.retention.queues')}
        hint={t('admin.retention.queues.hint')}
        rules={queues}
        result={result}
      />
      <section aria-labelledby="holds-title">
        <h2 id="holds-title">{t('admin.retention.holds')}</h2>
        {holds.rows.length === 0 ? (
          <EmptyState title={t('admin.retention.holds.none')} />
        ) : (
          <>
            <table className="table table-cards">
              <caption className="visually-hidden">{t('admin.retention.holds.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.retention.holds.record')}</th>
                  <th scope="col">{t('admin.retention.holds.organisation')}</th>
                  <th scope="col">{t('admin.retention.holds.reason')}</th>
                  <th scope="col">{t('admin.retention.holds.since')}</th>
                  <th scope="col">{t('admin.retention.holds.manage')}</th>
                </tr>
              </thead>
              <tbody>
                {holds.rows.map((hold) => (
                  <tr key={`${hold.record}-${hold.id}`}>
                    <th scope="row" data-label={t('admin.retention.holds.record')}>
                      {t(`legalHold.record.${hold.record}`)} {hold.label}
                      <div className="hint">{hold.title}</div>
                    </th>
                    <td data-label={t('admin.retention.holds.organisation')}>{hold.organisationName}</td>
                    <td data-label={t('admin.retention.holds.reason')}>{hold.reason ?? '—'}</td>
                    <td data-label={t('admin.retention.holds.since')}>
                      {hold.heldAt ? dateTime(hold.heldAt) : '—'}
                      {hold.heldByName ? <div className="hint">{hold.heldByName}</div> : null}
                    </td>
                    <td data-label={t('admin.retention.holds.manage')}>
                      <Link to={legalHoldPath(hold.record, hold.label, returnTo)}>
                        {t('admin.retention.holds.manage')}
                        <span className="visually-hidden">
                          {': '}
                          {t('admin.retention.holds.manageWhat', { label: hold.label })}
                        </span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <KeysetPager
              page={holds}
              pageSize={PAGE_SIZE}
              label={t('admin.retention.holds.paging')}
              search={(changes) => {
                const params = new URLSearchParams();
                for (const [name, value] of Object.entries(changes)) if (value) params.set(name, value);
                return `?${params}`;
              }}
            />
          </>
        )}
      </section>
    </>
  );
}
