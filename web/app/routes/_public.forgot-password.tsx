// /forgot-password: asks for a reset link. The confirmation is the same whether or not an account has
// the address, so nobody learns which accounts exist.
import type { ActionFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { accepted, fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { RequestPasswordResetMutation } from '../graphql/accounts.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { titled } from '../meta';
import { requestScope } from '../session.server';

export const meta = titled('forgot.title');

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requestScope(request, context);
  const form = parseForm(await request.formData(), { email: fields.email() }, i18nFor(scope.language));
  if (!form.ok) return rejected('forgot', form.errors, form.values);
  await scope.api(RequestPasswordResetMutation, { email: form.data.email });
  return accepted('forgot');
}

export default function ForgotPasswordPage() {
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(formRef, result, 'forgot');

  if (result?.ok) {
    return (
      <>
        <h1>{t('forgot.sent.title')}</h1>
        <Notice kind="success">
          <p>{t('forgot.sent.body')}</p>
        </Notice>
        <p>{t('forgot.sent.noMail')}</p>
        <p className="link-row">
          <Link to="/forgot-password" reloadDocument>
            {t('forgot.again')}
          </Link>
          <Link to="/login">{t('forgot.backToLogin')}</Link>
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{t('forgot.title')}</h1>
      <p className="lead">{t('forgot.intro')}</p>
      <Form method="post" ref={formRef} noValidate className="form">
        <ErrorSummary errors={result?.errors ?? []} idPrefix="forgot" labels={{ email: t('forgot.email') }} />
        <Field
          form="forgot"
          name="email"
          type="email"
          label={t('forgot.email')}
          autoComplete="email"
          spellCheck={false}
          defaultValue={valuesOf(result, 'forgot').email}
          errors={errorsOf(result, 'forgot', 'email')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('forgot.submit')}
          </button>
          <Link to="/login">{t('forgot.backToLogin')}</Link>
        </div>
      </Form>
    </>
  );
}
