// The contact person form, to add ('Voeg een nieuwe lijn toe') or edit: first and last name, email,
// phone, the language of the mails and the themes (checkboxes of the organisation's themes). Errors from
// the API per field, what was typed kept, the focus on the first field in error.
import { Form, Link, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { ThemeCheckboxes } from '../components/theme-checkboxes';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';
import { CONTACT_FORM } from './forms';
import { LanguageChoice } from './language-choice';

const FORM = CONTACT_FORM;

export interface ContactFormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  language: string;
  /** Theme ids joined by commas. */
  themeIds: string;
}

export function ContactForm({
  mode,
  themes,
  saved,
  result,
}: {
  mode: 'add' | 'edit';
  themes: Array<{ id: string; name: string }>;
  saved: ContactFormValues;
  result: FormResult | undefined;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, { ...saved });
  const errors = (name: string) => errorsOf(result, FORM, name);
  const chosen = new Set(values.themeIds ? values.themeIds.split(',') : []);

  if (themes.length === 0)
    return (
      <Notice kind="warning" live={false}>
        <p>{t('contact.noThemes')}</p>
      </Notice>
    );

  return (
    <Form method="post" ref={ref} noValidate className="form">
      <ErrorSummary
        errors={result?.form === FORM ? result.errors : []}
        idPrefix={FORM}
        labels={{
          firstName: t('contact.firstName'),
          lastName: t('contact.lastName'),
          email: t('contact.email'),
          phone: t('contact.phone'),
          language: t('contact.language'),
          themeIds: t('contact.themes'),
        }}
      />
      <div className="field-row">
        <Field
          form={FORM}
          name="firstName"
          label={t('contact.firstName')}
          autoComplete="off"
          defaultValue={values.firstName}
          errors={errors('firstName')}
        />
        <Field
          form={FORM}
          name="lastName"
          label={t('contact.lastName')}
          autoComplete="off"
          defaultValue={values.lastName}
          errors={errors('lastName')}
        />
      </div>
      <Field
        form={FORM}
        name="email"
        type="email"
        label={t('contact.email')}
        hint={mode === 'edit' ? t('contact.email.hint.edit') : undefined}
        autoComplete="off"
        spellCheck={false}
        defaultValue={values.email}
        errors={errors('email')}
      />
      <Field
        form={FORM}
        name="phone"
        type="tel"
        label={t('contact.phone')}
        hint={t('contact.phone.hint')}
        autoComplete="off"
        optional
        defaultValue={values.phone}
        errors={errors('phone')}
      />
      <LanguageChoice form={FORM} legend={t('contact.language')} chosen={values.language ?? 'nl'} />
      <ThemeCheckboxes
        form={FORM}
        themes={themes}
        chosen={chosen}
        legend={t('contact.themes')}
        hint={t('contact.themes.hint')}
        errors={errors('themeIds')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('contact.save')}
        </button>
        <Link to="/organisation/contacts">{t('org.cancel')}</Link>
      </div>
    </Form>
  );
}
