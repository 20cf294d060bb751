// Profiel › Wachtwoord wijzigen: current password, the new one under the rules, twice.
import { Form, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { NewPasswordField } from '../components/password-field';
import { errorsOf, type FormResult } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';

const FORM = 'password';

export function PasswordForm({ email, result }: { email: string; result: FormResult | undefined }) {
  const { t } = useI18n();
  const ref = useRef<HTMLFormElement>(null);
  const navigation = useNavigation();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === FORM;
  useFocusFirstError(ref, result, FORM);
  const errors = (name: string) => errorsOf(result, FORM, name);
  return (
    <section className="panel" aria-labelledby="password-title">
      <h2 id="password-title">{t('profile.password.title')}</h2>
      {result?.form === FORM && result.ok && result.notice ? (
        <Notice kind="success">
          <p>{result.notice}</p>
        </Notice>
      ) : null}
      <p>{t('profile.password.note')}</p>
      <Form method="post" ref={ref} noValidate className="form">
        <ErrorSummary
          errors={result?.form === FORM ? result.errors : []}
          idPrefix={FORM}
          labels={{
            currentPassword: t('profile.currentPassword'),
            newPassword: t('profile.password.new'),
            newPasswordConfirm: t('profile.password.confirm'),
          }}
        />
        <input type="hidden" name="intent" value={FORM} />
        {/* Lets password managers file the new password under the right account. */}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <Field
          form={FORM}
          name="currentPassword"
          type="password"
          label={t('profile.currentPassword')}
          autoComplete="current-password"
          errors={errors('currentPassword')}
        />
        <NewPasswordField
          form={FORM}
          name="newPassword"
          label={t('profile.password.new')}
          errors={errors('newPassword')}
        />
        <Field
          form={FORM}
          name="newPasswordConfirm"
          type="password"
          label={t('profile.password.confirm')}
          autoComplete="new-password"
          errors={errors('newPasswordConfirm')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('profile.password.submit')}
          </button>
        </div>
      </Form>
    </section>
  );
}
