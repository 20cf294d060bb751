// Profiel › Persoonlijke gegevens: name, email and phone, confirmed with the current password.
import { Form, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { errorsOf, type FormResult, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';

const FORM = 'personal';

export interface PersonalData {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

export function PersonalForm({ saved, result }: { saved: PersonalData; result: FormResult | undefined }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === FORM;
  useFocusFirstError(ref, result, FORM);
  const values = valuesOf(result, FORM, { ...saved });
  const errors = (name: string) => errorsOf(result, FORM, name);
  return (
    <section className="panel" aria-labelledby="personal-title">
      <h2 id="personal-title">{t('profile.personal.title')}</h2>
      {result?.form === FORM && result.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={result?.form === FORM ? result.errors : []}
          idPrefix={FORM}
          labels={{
            firstName: t('profile.firstName'),
            lastName: t('profile.lastName'),
            email: t('profile.email'),
            phone: t('profile.phone'),
            currentPassword: t('profile.currentPassword'),
          }}
        />
        <input type="hidden" name="intent" value={FORM} />
        <div className="field-row">
          <Field
            form={FORM}
            name="firstName"
            label={t('profile.firstName')}
            autoComplete="given-name"
            defaultValue={values.firstName}
            errors={errors('firstName')}
          />
          <Field
            form={FORM}
            name="lastName"
            label={t('profile.lastName')}
            autoComplete="family-name"
            defaultValue={values.lastName}
            errors={errors('lastName')}
          />
        </div>
        <Field
          form={FORM}
          name="email"
          type="email"
          label={t('profile.email')}
          hint={t('profile.email.hint')}
          autoComplete="email"
          spellCheck={false}
          defaultValue={values.email}
          errors={errors('email')}
        />
        <Field
          form={FORM}
          name="phone"
          type="tel"
          label={t('profile.phone')}
          hint={t('profile.phone.hint')}
          autoComplete="tel"
          optional
          defaultValue={values.phone}
          errors={errors('phone')}
        />
        <Field
          form={FORM}
          name="currentPassword"
          type="password"
          label={t('profile.currentPassword')}
          hint={t('profile.currentPassword.hint')}
          autoComplete="current-password"
          errors={errors('currentPassword')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('profile.personal.submit')}
          </button>
        </div>
      </Form>
    </section>
  );
}
