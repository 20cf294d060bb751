// /beheer/tickets/support-types/:id › a support type's reaction and resolution targets, each an amount in
// hours or working days, or 'op afspraak'. Saved targets apply to tickets that get the support type from
// now on (running tickets keep theirs, decision 0024); back to the overview with a notice.
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

export const meta = titled('admin.tickets.targets.title');

const FORM = 'targets';
const TARGETS = ['reaction', 'resolution'] as const;

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
  const form = parseForm(
    await request.formData(),
    {
      reactionAmount: fields.text(),
      reactionUnit: fields.choice(TARGET_UNITS),
      resolutionAmount: fields.text(),
      resolutionUnit: fields.choice(TARGET_UNITS),
    },
    i18n,
  );
  if (!form.ok) return rejected(FORM, form.errors, form.values);
  const errors: FormError[] = [];
  const minutes = (target: (typeof TARGETS)[number]) => {
    const value = targetMinutes(form.data[`${target}Amount`], form.data[`${target}Unit`] as TargetUnit);
    if (value === undefined)
      errors.push({
        field: `${target}Amount`,
        code: 'INVALID',
        message: i18n.t('admin.tickets.target.invalid'),
      });
    return value ?? null;
  };
  const input = {
    supportTypeId: type.id,
    reactionMinutes: minutes('reaction'),
    resolutionMinutes: minutes('resolution'),
  };
  if (errors.length > 0) return rejected(FORM, errors, form.values);
  const { updateSupportTypeTargets } = await scope.api(UpdateSupportTypeTargetsMutation, { input });
  if (updateSupportTypeTargets.errors.length > 0)
    return rejected(
      FORM,
      updateSupportTypeTargets.errors.map((e) => ({
        ...e,
        field: e.field?.replace('Minutes', 'Amount') ?? null,
      })),
      form.values,
    );
  return flashRedirect(context, '/beheer/tickets', { notice: 'admin.tickets.saved' });
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
  const values = valuesOf(result, FORM, {
    reactionAmount: reaction.amount,
    reactionUnit: reaction.unit,
    resolutionAmount: resolution.amount,
    resolutionUnit: resolution.unit,
  });
  const name = language === 'en' ? type.nameEn : type.nameNl;
  const labels = {
    reactionAmount: t('admin.tickets.reaction'),
    resolutionAmount: t('admin.tickets.resolution'),
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
