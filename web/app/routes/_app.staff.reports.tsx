// /staff/reports (Rapporten): the service levels of the tickets created in a period (issue 14), per month,
// queue and support type — created, reaction and resolution met / breached with the share met, median
// office time to the first reaction and to the resolution. The period is a GET form (works without
// JavaScript, a wrong date answers 400 with the input kept); 'CSV downloaden' fetches the API's CSV
// through the web's own origin (attachments-proxy.mjs), with the session cookie. The same period gives the
// tickets per category and the knowledge base's deflection (report-sections.tsx, issue 16).
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Form, useLoaderData } from '@remix-run/react';
import { useRef } from 'react';
import { EmptyState } from '../components/empty-state';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { accepted, fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormResult } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { ServiceLevelReportQuery } from '../graphql/reports.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import type { MessageKey } from '../i18n/nl';
import { titled } from '../meta';
import { dayParam } from '../query-params';
import { CategoryCounts, DeflectionFigures } from '../staff/report-sections';
import { requireStaff } from '../staff/staff.server';
import { useBusinessDuration } from '../staff-tickets/sla-state';

export const meta = titled('reports.title');

const FORM = 'report';
const day = () =>
  fields
    .required()
    .refine((value) => dayParam(value) === value, 'form.error.invalidDay' satisfies MessageKey);

/** Today in Brussels, YYYY-MM-DD. */
const brusselsToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const url = new URL(request.url);
  // Without a period: this month so far.
  const today = brusselsToday();
  const query = new FormData();
  query.set('from', url.searchParams.get('from') ?? `${today.slice(0, 8)}01`);
  query.set('to', url.searchParams.get('to') ?? today);
  const i18n = i18nFor(scope.language);
  const form = parseForm(query, { from: day(), to: day() }, i18n);
  const none = { period: null, rows: [], incidents: [], categories: [], deflection: null };
  if (!form.ok) return rejected(FORM, form.errors, form.values, none);
  const { from, to } = form.data;
  if (to < from)
    return rejected(
      FORM,
      [{ field: 'to', code: 'DAY_ORDER', message: i18n.t('form.error.dayOrder') }],
      form.values,
      none,
    );
  const { serviceLevelReport, securityIncidentCounts, ticketCategoryCounts, ticketDeflectionReport } =
    await scope.api(ServiceLevelReportQuery, { from, to });
  return accepted(FORM, undefined, {
    period: { from, to },
    rows: serviceLevelReport,
    incidents: securityIncidentCounts,
    categories: ticketCategoryCounts,
    deflection: ticketDeflectionReport,
  });
}

export default function ServiceLevelReportPage() {
  const result = useLoaderData<typeof loader>();
  const { t, date, number } = useI18n();
  const duration = useBusinessDuration();
  const ref = useRef<HTMLFormElement>(null);
  useFocusFirstError(ref, result.ok ? undefined : (result as FormResult), FORM);
  const values = result.ok && result.period ? result.period : result.values;
  const labels = { from: t('reports.form.from'), to: t('reports.form.to') };
  const percent = (value: number | null | undefined) =>
    value == null ? '' : t('reports.percent', { percent: number(Math.round(value * 10) / 10) });
  const median = (minutes: number | null | undefined) =>
    minutes == null ? <span className="muted">{t('reports.none')}</span> : duration(minutes);
  const period = result.period;

  return (
    <>
      <h1>{t('reports.title')}</h1>
      <h2>{t('reports.serviceLevels.title')}</h2>
      <p className="lead">{t('reports.serviceLevels.intro')}</p>
      <Form method="get" ref={ref} noValidate className="form" key={`${values.from}-${values.to}`}>
        <ErrorSummary errors={result.ok ? [] : result.errors} idPrefix={FORM} labels={labels} />
        <Field
          form={FORM}
          name="from"
          label={labels.from}
          hint={t('reports.form.day.hint')}
          type="date"
          defaultValue={values.from}
          errors={errorsOf(result as FormResult, FORM, 'from')}
        />
        <Field
          form={FORM}
          name="to"
          label={labels.to}
          hint={t('reports.form.day.hint')}
          type="date"
          defaultValue={values.to}
          errors={errorsOf(result as FormResult, FORM, 'to')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {t('reports.form.submit')}
          </button>
        </div>
      </Form>

      {period ? (
        <>
          <p>
            <a
              className="button button-secondary"
              href={`/reports/service-levels.csv?${new URLSearchParams(period)}`}
              download
              aria-label={t('reports.csv.period', { from: date(period.from), to: date(period.to) })}
            >
              {t('reports.csv')}
            </a>
          </p>
          {result.rows.length === 0 ? (
            <EmptyState title={t('reports.empty')}>
              <p>{t('reports.empty.next')}</p>
            </EmptyState>
          ) : (
            <table className="table table-cards">
              <caption className="visually-hidden">
                {t('reports.caption', { from: date(period.from), to: date(period.to) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.col.month')}</th>
                  <th scope="col">{t('reports.col.queue')}</th>
                  <th scope="col">{t('reports.col.supportType')}</th>
                  <th scope="col">{t('reports.col.created')}</th>
                  <th scope="col">{t('reports.col.reactionMet')}</th>
                  <th scope="col">{t('reports.col.reactionBreached')}</th>
                  <th scope="col">{t('reports.col.reactionMedian')}</th>
                  <th scope="col">{t('reports.col.resolutionMet')}</th>
                  <th scope="col">{t('reports.col.resolutionBreached')}</th>
                  <th scope="col">{t('reports.col.resolutionMedian')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <tr key={`${row.month}-${row.queueCode}-${row.supportTypeCode}`}>
                    <th scope="row" data-label={t('reports.col.month')}>
                      {row.month}
                    </th>
                    <td data-label={t('reports.col.queue')}>{row.queue}</td>
                    <td data-label={t('reports.col.supportType')}>{row.supportType}</td>
                    <td data-label={t('reports.col.created')}>{number(row.created)}</td>
                    <td data-label={t('reports.col.reactionMet')}>
                      {number(row.reactionMet)}{' '}
                      <span className="muted">{percent(row.reactionMetPercent)}</span>
                    </td>
                    <td data-label={t('reports.col.reactionBreached')}>{number(row.reactionBreached)}</td>
                    <td data-label={t('reports.col.reactionMedian')}>{median(row.medianReactionMinutes)}</td>
                    <td data-label={t('reports.col.resolutionMet')}>
                      <span>
                        {number(row.resolutionMet)}{' '}
                        <span className="muted">{percent(row.resolutionMetPercent)}</span>
                      </span>
                    </td>
                    <td data-label={t('reports.col.resolutionBreached')}>{number(row.resolutionBreached)}</td>
                    <td data-label={t('reports.col.resolutionMedian')}>
                      {median(row.medianResolutionMinutes)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <CategoryCounts rows={result.categories} />
          {result.deflection ? <DeflectionFigures report={result.deflection} /> : null}
          <h2>{t('reports.incidents.title')}</h2>
          <p>{t('reports.incidents.intro')}</p>
          {result.incidents.length === 0 ? (
            <p>{t('reports.incidents.none')}</p>
          ) : (
            <table className="table table-cards">
              <caption className="visually-hidden">{t('reports.incidents.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.incidents.organisation')}</th>
                  <th scope="col">{t('reports.incidents.year')}</th>
                  <th scope="col">{t('reports.incidents.count')}</th>
                  <th scope="col">{t('reports.incidents.notice')}</th>
                </tr>
              </thead>
              <tbody>
                {result.incidents.map((row) => (
                  <tr key={`${row.organisationId}-${row.year}`}>
                    <th scope="row" data-label={t('reports.incidents.organisation')}>
                      {row.organisationName}
                    </th>
                    <td data-label={t('reports.incidents.year')}>{row.year}</td>
                    <td data-label={t('reports.incidents.count')}>{number(row.incidents)}</td>
                    <td data-label={t('reports.incidents.notice')}>
                      {row.noticeSentAt ? (
                        date(row.noticeSentAt)
                      ) : (
                        <span className="muted">{t('reports.none')}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </>
  );
}
