// /beheer/privacy/bewaring/:record/:key (decision 0038): the legal hold of one message thread ('reeks', by
// its reference number) or ticket (by its number): its state, and setting or lifting it with a reason. The
// panels on the staff thread and ticket pages post here (with `returnTo`); a success goes back there with a
// notice, a refusal is shown here with the reason kept.
import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { Notice } from '../components/notice';
import { flashRedirect, takeFlash } from '../flash.server';
import { fields, intentOf, parseForm, rejected } from '../forms/form.server';
import { errorsOf, valuesOf } from '../forms/form-result';
import { ApiError } from '../graphql/api.server';
import { ChangeLegalHoldMutation, LegalHoldQuery } from '../graphql/privacy.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titledBy } from '../meta';
import { LegalHoldForm, LegalHoldStatus, legalHoldPath } from '../privacy/legal-hold';

export const meta = titledBy<{ hold: { label: string } }>(
  'legalHold.pageTitle',
  (loaded) => ({ label: loaded.hold.label }),
  'admin.retention.title',
);

const RECORDS = { reeks: 'THREAD', ticket: 'TICKET' } as const;

function recordOf(param: string | undefined) {
  const record = RECORDS[param as keyof typeof RECORDS];
  if (!record) throw new Response('Not found', { status: 404 });
  return record;
}

/** Only a way back inside the staff pages or the administration (never another site). */
function safeReturn(value: string | null, fallback: string): string {
  return value && /^\/(staff|beheer)\/[\w./%-]*(\?[\w.%=&-]*)?$/.test(value) ? value : fallback;
}

async function loadHold(
  scope: Awaited<ReturnType<typeof requireDepartmentAdmin>>,
  record: 'THREAD' | 'TICKET',
  key: string,
) {
  try {
    return (await scope.api(LegalHoldQuery, { record, key })).legalHold;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND')
      throw new Response('Not found', { status: 404 });
    throw error;
  }
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const record = recordOf(params.record);
  const hold = await loadHold(scope, record, params.key ?? '');
  const returnTo = safeReturn(new URL(request.url).searchParams.get('returnTo'), '/beheer/privacy/bewaring');
  const { flash, headers } = takeFlash(request, context);
  return data({ hold, returnTo, notice: flash && 'label' in flash ? flash : null }, { headers });
}

const HOLD_FORM = { reason: fields.text() };

export async function action({ request, context, params }: ActionFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const i18n = i18nFor(scope.language);
  const record = recordOf(params.record);
  const hold = await loadHold(scope, record, params.key ?? '');
  const formData = await request.formData();
  const intent = intentOf(formData, ['hold', 'lift']);
  const form = parseForm(formData, HOLD_FORM, i18n);
  if (!form.ok) return rejected('legal-hold', form.errors, form.values);
  // The button said what the page showed; if someone changed it meanwhile, nothing is done twice.
  const { changeLegalHold } = await scope.api(ChangeLegalHoldMutation, {
    input: { record, id: hold.id, hold: intent === 'hold', reason: form.data.reason },
  });
  if (changeLegalHold.errors.length > 0) return rejected('legal-hold', changeLegalHold.errors, form.values);
  const returnTo = safeReturn(
    new URL(request.url).searchParams.get('returnTo'),
    legalHoldPath(record, hold.label),
  );
  return flashRedirect(context, returnTo, {
    notice: intent === 'hold' ? 'legalHold.done' : 'legalHold.lifted',
    label: hold.label,
  });
}

export default function LegalHoldPage() {
  const { hold, returnTo, notice } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const errors = result && !result.ok ? errorsOf(result, 'legal-hold', 'reason') : [];
  return (
    <>
      <p className="staff-back-link">
        <Link to={returnTo}>{t('legalHold.back')}</Link>
      </p>
      <h1>{t('legalHold.pageTitle', { label: hold.label })}</h1>
      {notice ? (
        <Notice kind="success">
          <p>{t(notice.notice, { label: notice.label })}</p>
        </Notice>
      ) : null}
      {result && !result.ok && errors.length === 0 ? (
        <Notice kind="warning">
          <p>{result.errors.map((e: { message: string }) => e.message).join(' ')}</p>
        </Notice>
      ) : null}
      <dl className="summary-list">
        <div>
          <dt>{t(`legalHold.record.${hold.record}`)}</dt>
          <dd>
            {hold.label} — {hold.title}
          </dd>
        </div>
        <div>
          <dt>{t('admin.retention.holds.organisation')}</dt>
          <dd>{hold.organisationName}</dd>
        </div>
      </dl>
      <section className="panel" aria-labelledby="legal-hold-title">
        <h2 id="legal-hold-title">{t('legalHold.title')}</h2>
        <LegalHoldStatus hold={hold} />
        <LegalHoldForm hold={hold} reason={valuesOf(result, 'legal-hold').reason ?? ''} errors={errors} />
      </section>
    </>
  );
}
