// /beheer/tickets/support-types/:id › a support type's reaction and resolution targets, each an amount in
// hours or working days, or 'op afspraak'. Saved targets apply to tickets that get the support type from
// now on (running tickets keep theirs, decision 0024); back to the overview with a notice. Problem's
// resolution depends on the ticket's priority: one target per priority (empty: none for that priority).
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { TARGET_UNITS, type TargetUnit, targetMinutes, targetParts } from '../admin/ticket-targets';
import { ErrorSummary } from '../components/error-summary';
import { Field, SelectField } from '../components/field';
import { flashRedirect } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf, type FormError, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { TicketSettingsQuery, UpdateSupportTypeTargetsMutation } from '../graphql/ticket-settings.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { idParam } from '../query-params';
import { PRIORITIES } from '../staff-tickets/ticket-values';

export const meta = titled('admin.tickets.targets.title');

const FORM = 'targets';
const TARGETS = ['reaction', 'resolution'] as const;
/** The support type whose resolution target is set per ticket priority. */
const BY_PRIORITY = 'PROBLEM';
const priorityField = (priority: (typeof PRIORITIES)[number]) => `priority${priority}` as const;

async function supportType(request: Request, context: LoaderFunctionArgs['context'], id: string | undefined) {
  const scope = await requireDepartmentAdmin(request, context);
  const { ticketSettings } = await scope.api(TicketSettingsQuery, {});
  const type = ticketSettings.supportTypes.find((s) => s.id === idParam(id));
  if (!type) throw new Response('Not found', { status: 404, statusText: 'Not Found' });
  return { scope, type };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { type } = await supportType(request, context, params.id);
  return { type };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { scope, type } = await supportType(request, context, params.id);
  const i18n = i18nFor(scope.language);
  const byPriority = type.code === BY_PRIORITY ? PRIORITIES : [];
  const form = parseForm(
    await request.formData(),
    {
      reactionAmount: fields.text(),
      reactionUnit: fields.choice(TARGET_UNITS),
      resolutionAmount: fields.text(),
      resolutionUnit: fields.choice(TARGET_UNITS),
      ...Object.fromEntries(
        byPriority.flatMap((p) => [
          [`${priorityField(p)}Amount`, fields.text()],
          [`${priorityField(p)}Unit`, fields.choice(TARGET_UNITS)],
        ]),
      ),
    },
    i18n,
  );
  if (!form.ok) return rejected(FORM, form.errors, form.values);
  const errors: FormError[] = [];
  const data = form.data as Record<string, string>;
  const minutes = (target: (typeof TARGETS)[number]) => {
    const value = targetMinutes(data[`${target}Amount`] ?? '', data[`${target}Unit`] as TargetUnit);
    if (value === undefined)
      errors.push({
        field: `${target}Amount`,
        code: 'INVALID',
        message: i18n.t('admin.tickets.target.invalid'),
      });
    return value ?? null;
  };
  const resolutionByPriority = byPriority.flatMap((priority) => {
    const amount = data[`${priorityField(priority)}Amount`] ?? '';
    const unit = data[`${priorityField(priority)}Unit`] as TargetUnit;
    if (!amount.trim() && unit !== 'appointment') return [];
    const value = targetMinutes(amount, unit);
    if (value === undefined)
      errors.push({
        field: `${priorityField(priority)}Amount`,
        code: 'INVALID',
        message: i18n.t('admin.tickets.target.invalid'),
      });
    return value ? [{ priority, minutes: value }] : [];
  });
  const input = {
    supportTypeId: type.id,
    reactionMinutes: minutes('reaction'),
    resolutionMinutes: minutes('resolution'),
    ...(byPriority.length > 0 ? { resolutionByPriority } : {}),
  };
  if (errors.length > 0) return rejected(FORM, errors, form.values);
  const { updateSupportTypeTargets } = await scope.api(UpdateSupportTypeTargetsMutation, { input });
  if (updateSupportTypeTargets.errors.length > 0)
    return rejected(
      FORM,
      updateSupportTypeTargets.errors.map((e) => ({
        ...e,
        field: apiField(e.field, resolutionByPriority),
      })),
      form.values,
    );
  return flashRedirect(context, '/beheer/tickets', { notice: 'admin.tickets.saved' });
}

/** The form field of an API error: `reactionMinutes` → `reactionAmount`, `resolutionByPriority.1` → its priority's amount. */
function apiField(field: string | null | undefined, sent: Array<{ priority: (typeof PRIORITIES)[number] }>) {
  const index = field?.match(/^resolutionByPriority\.(\d+)/)?.[1];
  const priority = index === undefined ? undefined : sent[Number(index)]?.priority;
  if (priority) return `${priorityField(priority)}Amount`;
  return field?.replace('Minutes', 'Amount') ?? null;
}

export default function SupportTypeTargetsPage() {
  const { type } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, language } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, FORM);
  const reaction = targetParts(type.reactionMinutes ?? null);
  const resolution = targetParts(type.resolutionMinutes ?? null);
  const byPriority = type.code === BY_PRIORITY ? PRIORITIES : [];
  const priorityDefaults = Object.fromEntries(
    byPriority.flatMap((priority) => {
      const minutes = type.resolutionByPriority.find((target) => target.priority === priority)?.minutes;
      const parts = minutes === undefined ? { amount: '', unit: 'days' } : targetParts(minutes);
      return [
        [`${priorityField(priority)}Amount`, parts.amount],
        [`${priorityField(priority)}Unit`, parts.unit],
      ];
    }),
  );
  const values: Record<string, string> = valuesOf(result, FORM, {
    reactionAmount: reaction.amount,
    reactionUnit: reaction.unit,
    resolutionAmount: resolution.amount,
    resolutionUnit: resolution.unit,
    ...priorityDefaults,
  });
  const name = language === 'en' ? type.nameEn : type.nameNl;
  const labels: Record<string, string> = {
    reactionAmount: t('admin.tickets.reaction'),
    resolutionAmount: t('admin.tickets.resolution'),
    ...Object.fromEntries(
      byPriority.map((priority) => [`${priorityField(priority)}Amount`, t(`tickets.priority.${priority}`)]),
    ),
  };
  return (
    <>
      <h1>{t('admin.tickets.targets.heading', { name })}</h1>
      <p className="lead">{t('admin.tickets.targets.intro')}</p>
      <p>{t('admin.tickets.supportTypes.running')}</p>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary errors={result?.form === FORM ? result.errors : []} idPrefix={FORM} labels={labels} />
        {TARGETS.map((target) => (
          <fieldset key={target} className="fieldset">
            <legend>{labels[`${target}Amount`]}</legend>
            <Field
              form={FORM}
              name={`${target}Amount`}
              label={t('admin.tickets.target.amount')}
              hint={t('admin.tickets.target.amount.hint')}
              inputMode="decimal"
              optional
              defaultValue={values[`${target}Amount`]}
              errors={errorsOf(result, FORM, `${target}Amount`)}
            />
            <SelectField
              form={FORM}
              name={`${target}Unit`}
              label={t('admin.tickets.target.unit')}
              defaultValue={values[`${target}Unit`]}
              errors={errorsOf(result, FORM, `${target}Unit`)}
            >
              <option value="hours">{t('admin.tickets.target.unit.hours')}</option>
              <option value="days">{t('admin.tickets.target.unit.days')}</option>
              <option value="appointment">{t('admin.tickets.target.appointment')}</option>
            </SelectField>
          </fieldset>
        ))}
        {byPriority.length > 0 ? (
          <fieldset className="fieldset">
            <legend>{t('admin.tickets.priority.legend')}</legend>
            <p className="muted">{t('admin.tickets.priority.hint')}</p>
            {byPriority.map((priority) => {
              const name = priorityField(priority);
              return (
                <fieldset key={priority} className="fieldset">
                  <legend>{labels[`${name}Amount`]}</legend>
                  <Field
                    form={FORM}
                    name={`${name}Amount`}
                    label={t('admin.tickets.target.amount')}
                    inputMode="decimal"
                    optional
                    defaultValue={values[`${name}Amount`]}
                    errors={errorsOf(result, FORM, `${name}Amount`)}
                  />
                  <SelectField
                    form={FORM}
                    name={`${name}Unit`}
                    label={t('admin.tickets.target.unit')}
                    defaultValue={values[`${name}Unit`]}
                    errors={errorsOf(result, FORM, `${name}Unit`)}
                  >
                    <option value="hours">{t('admin.tickets.target.unit.hours')}</option>
                    <option value="days">{t('admin.tickets.target.unit.days')}</option>
                  </SelectField>
                </fieldset>
              );
            })}
          </fieldset>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('admin.tickets.save')}
          </button>
          <Link to="/beheer/tickets">{t('admin.tickets.cancel')}</Link>
        </div>
      </Form>
    </>
  );
}
