// Organisatiegegevens › Bewerken: phone, email and website of the organisation (what an ADMIN may change).
// On an error the form stays, with what was typed, each field's error and the focus on the first one.
import { Form, Link, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';

export const ORGANISATION_FORM = 'organisation';
const FORM = ORGANISATION_FORM;

export interface OrganisationFormValues {
  phone: string;
  email: string;
  websiteUrl: string;
}

export function OrganisationForm({
  saved,
  result,
}: {
  saved: OrganisationFormValues;
  result: FormResult | undefined;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, { ...saved });
  const errors = (name: string) => errorsOf(result, FORM, name);
  return (
    <Form method="post" ref={ref} noValidate className="form">
      <ErrorSummary
        errors={result?.form === FORM ? result.errors : []}
        idPrefix={FORM}
        labels={{ phone: t('org.phone'), email: t('org.email'), websiteUrl: t('org.websiteUrl') }}
      />
      <Field
        form={FORM}
        name="phone"
        type="tel"
        label={t('org.phone')}
        hint={t('org.phone.hint')}
        autoComplete="tel"
        optional
        defaultValue={values.phone}
        errors={errors('phone')}
      />
      <Field
        form={FORM}
        name="email"
        type="email"
        label={t('org.email')}
        hint={t('org.email.hint')}
        autoComplete="email"
        spellCheck={false}
        optional
        defaultValue={values.email}
        errors={errors('email')}
      />
      <Field
        form={FORM}
        name="websiteUrl"
        type="url"
        label={t('org.websiteUrl')}
        hint={t('org.websiteUrl.hint')}
        autoComplete="url"
        spellCheck={false}
        optional
        defaultValue={values.websiteUrl}
        errors={errors('websiteUrl')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('org.save')}
        </button>
        <Link to="/organisation">{t('org.cancel')}</Link>
      </div>
    </Form>
  );
}
