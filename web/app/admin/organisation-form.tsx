// The administration's organisation form (create and edit): name, enterprise number (KBO) and/or
// recognition number, contact data and themes. On an error the form stays with what was typed, each
// field's error and the focus on the first one.
import { Form, Link, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { ThemeCheckboxes } from '../components/theme-checkboxes';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';

export const ADMIN_ORGANISATION_FORM = 'admin-organisation';
const FORM = ADMIN_ORGANISATION_FORM;

export interface AdminOrganisationValues {
  name: string;
  enterpriseNumber: string;
  recognitionNumber: string;
  phone: string;
  email: string;
  websiteUrl: string;
  /** Theme ids joined by commas. */
  themeIds: string;
}

export function AdminOrganisationForm({
  themes,
  saved,
  result,
  submit,
  intent,
}: {
  themes: ReadonlyArray<{ id: string; name: string }>;
  saved: AdminOrganisationValues;
  result: FormResult | undefined;
  submit: string;
  /** The submit button's intent, on pages with several forms. */
  intent?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, { ...saved });
  const errors = (name: string) => errorsOf(result, FORM, name);
  const text = (name: keyof AdminOrganisationValues, type = 'text') => ({
    form: FORM,
    name,
    type,
    label: t(`admin.organisations.field.${name}`),
    defaultValue: values[name],
    errors: errors(name),
  });
  return (
    <Form method="post" ref={ref} noValidate className="form">
      <ErrorSummary
        errors={result?.form === FORM ? result.errors : []}
        idPrefix={FORM}
        labels={{
          name: t('admin.organisations.field.name'),
          enterpriseNumber: t('admin.organisations.field.enterpriseNumber'),
          recognitionNumber: t('admin.organisations.field.recognitionNumber'),
          phone: t('admin.organisations.field.phone'),
          email: t('admin.organisations.field.email'),
          websiteUrl: t('admin.organisations.field.websiteUrl'),
          themeIds: t('admin.organisations.field.themeIds'),
        }}
      />
      <Field {...text('name')} autoComplete="organization" />
      <Field
        {...text('enterpriseNumber')}
        hint={t('admin.organisations.field.enterpriseNumber.hint')}
        inputMode="numeric"
        spellCheck={false}
        optional
      />
      <Field
        {...text('recognitionNumber')}
        hint={t('admin.organisations.field.recognitionNumber.hint')}
        spellCheck={false}
        optional
      />
      <Field {...text('phone', 'tel')} hint={t('org.phone.hint')} optional />
      <Field {...text('email', 'email')} hint={t('org.email.hint')} spellCheck={false} optional />
      <Field {...text('websiteUrl', 'url')} hint={t('org.websiteUrl.hint')} spellCheck={false} optional />
      <ThemeCheckboxes
        form={FORM}
        themes={themes}
        chosen={new Set(values.themeIds ? values.themeIds.split(',') : [])}
        legend={t('admin.organisations.field.themeIds')}
        hint={t('admin.organisations.field.themeIds.hint')}
        errors={errors('themeIds')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy} name="intent" value={intent}>
          {submit}
        </button>
        <Link to="/beheer/organisaties">{t('org.cancel')}</Link>
      </div>
    </Form>
  );
}
