// The form that chooses a password with a mailed link (reset and invitation): the token travels in a
// hidden field, the rules are shown, every broken rule is reported, and the two entries must agree.
import { Form, Link, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { errorsOf, type FormResult } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { ErrorSummary } from './error-summary';
import { Field } from './field';
import { Notice } from './notice';
import { NewPasswordField } from './password-field';

const TOKEN_CODES = ['TOKEN_INVALID', 'TOKEN_EXPIRED', 'TOKEN_USED'];

export function SetPasswordForm({
  form,
  token,
  result,
  labels,
  missingToken,
  newLinkHref,
}: {
  form: string;
  token: string | null;
  result: FormResult | undefined;
  labels: { password: MessageKey; confirm: MessageKey; submit: MessageKey };
  missingToken: MessageKey;
  /** Where to ask for a new link, shown when the link is not valid (none for invitations). */
  newLinkHref?: string;
}) {
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(formRef, result, form);

  if (!token) {
    return (
      <Notice kind="warning" live={false}>
        <p>{t(missingToken)}</p>
        {newLinkHref ? (
          <p>
            <Link to={newLinkHref}>{t('reset.requestNew')}</Link>
          </p>
        ) : null}
      </Notice>
    );
  }
  const linkProblem = result?.errors.some((e) => TOKEN_CODES.includes(e.code)) ?? false;
  return (
    <Form method="post" ref={formRef} noValidate className="form">
      <ErrorSummary
        errors={result?.errors ?? []}
        idPrefix={form}
        labels={{ password: t(labels.password), passwordConfirm: t(labels.confirm) }}
      />
      {linkProblem && newLinkHref ? (
        <p>
          <Link to={newLinkHref}>{t('reset.requestNew')}</Link>
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <NewPasswordField
        form={form}
        name="password"
        label={t(labels.password)}
        errors={errorsOf(result, form, 'password')}
      />
      <Field
        form={form}
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        label={t(labels.confirm)}
        errors={errorsOf(result, form, 'passwordConfirm')}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t(labels.submit)}
        </button>
      </div>
    </Form>
  );
}
