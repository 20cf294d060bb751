// /login: email and password; errors above the form and beside the fields, the email kept; a notice
// saying why the visitor is here (logged out, session expired or revoked, password just changed). With
// single sign-on configured, a button to the issuer first; the password form may be switched off.
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { useRef } from 'react';
import { startSession } from '../auth.server';
import { ErrorSummary } from '../components/error-summary';
import { Field } from '../components/field';
import { Notice } from '../components/notice';
import { type Flash, takeFlash } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { errorsOf, valuesOf } from '../forms/form-result';
import { useFocusFirstError } from '../forms/use-form-errors';
import { LoginMutation } from '../graphql/accounts.server';
import { LoginOptionsQuery } from '../graphql/sso.server';
import { useI18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import type { MessageKey } from '../i18n/nl';
import { titled } from '../meta';
import { requestScope, safeRedirect } from '../session.server';

/** Why the visitor is sent here (`?reason=`, from a page that found the session gone). */
const REASONS: Record<string, MessageKey> = {
  expired: 'login.notice.expired',
  revoked: 'login.notice.revoked',
  ssoUnavailable: 'login.notice.ssoUnavailable',
};

/** What the page before said happened (a flash): logged out, or a new password chosen. */
const FLASHED: Partial<Record<Flash['notice'], MessageKey>> = {
  'login.loggedOut': 'login.notice.loggedOut',
  'login.passwordReset': 'login.notice.passwordReset',
};

export const meta = titled('login.title');

const LOGIN_FORM = {
  email: fields.required(),
  password: fields.password({ required: true }),
  redirectTo: fields.text(),
};

/** What the login page offers while the API cannot say: the password form, no single sign-on. */
const UNREACHABLE_OPTIONS = { password: true, singleSignOn: null };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirect(url.searchParams.get('redirectTo'));
  const scope = await requestScope(request, context);
  if (scope.viewer) throw redirect(redirectTo);
  const { flash, headers } = takeFlash(request, context);
  const notice = (flash && FLASHED[flash.notice]) ?? REASONS[url.searchParams.get('reason') ?? ''] ?? null;
  const loginOptions = await scope.api(LoginOptionsQuery).then(
    (answer) => answer.loginOptions,
    (error: unknown) => {
      // The API unreachable (a 503 Response): the password form still shows, and sending it says the
      // e-loket is temporarily unavailable, in the frame, with what the person typed.
      if (error instanceof Response && error.status === 503) return UNREACHABLE_OPTIONS;
      throw error;
    },
  );
  return data(
    {
      redirectTo,
      notice,
      password: loginOptions.password,
      singleSignOn: loginOptions.singleSignOn?.name ?? null,
    },
    { headers: { ...headers, 'Cache-Control': 'no-store' } },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requestScope(request, context);
  const form = parseForm(await request.formData(), LOGIN_FORM, i18nFor(scope.language));
  if (!form.ok) return rejected('login', form.errors, form.values);
  const { email, password, redirectTo } = form.data;
  const { login } = await scope.api(LoginMutation, { input: { email, password } });
  if (login.errors.length > 0 || !login.token || !login.expiresAt || !login.user)
    return rejected('login', login.errors, form.values);
  return startSession(
    context,
    { token: login.token, expiresAt: login.expiresAt, language: login.user.language },
    safeRedirect(redirectTo),
  );
}

export default function LoginPage() {
  const { redirectTo, notice, password, singleSignOn } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <>
      <h1>{t('login.title')}</h1>
      {notice && !result ? (
        <Notice kind={notice === 'login.notice.passwordReset' ? 'success' : 'info'}>
          <p>{t(notice)}</p>
        </Notice>
      ) : null}
      <p className="lead">{t('login.intro')}</p>
      {singleSignOn ? (
        <p className="form-actions">
          <Link
            to={`/login/sso${redirectTo === '/' ? '' : `?redirectTo=${encodeURIComponent(redirectTo)}`}`}
            reloadDocument
            className="button button-primary"
          >
            {t('login.sso.button', { name: singleSignOn })}
          </Link>
        </p>
      ) : null}
      {password ? <PasswordForm redirectTo={redirectTo} singleSignOn={singleSignOn !== null} /> : null}
      <p className="muted">{t('login.noAccount')}</p>
    </>
  );
}

function PasswordForm({ redirectTo, singleSignOn }: { redirectTo: string; singleSignOn: boolean }) {
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const busy = useNavigation().state === 'submitting';
  useFocusFirstError(formRef, result, 'login');
  const values = valuesOf(result, 'login');
  return (
    <>
      {singleSignOn ? <p>{t('login.sso.or')}</p> : null}
      <Form method="post" ref={formRef} noValidate className="form">
        <ErrorSummary
          errors={result?.errors ?? []}
          idPrefix="login"
          labels={{ email: t('login.email'), password: t('login.password') }}
        />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field
          form="login"
          name="email"
          type="email"
          label={t('login.email')}
          autoComplete="username"
          spellCheck={false}
          defaultValue={values.email}
          errors={errorsOf(result, 'login', 'email')}
        />
        <Field
          form="login"
          name="password"
          type="password"
          label={t('login.password')}
          autoComplete="current-password"
          errors={errorsOf(result, 'login', 'password')}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('login.submit')}
          </button>
          <Link to="/forgot-password">{t('login.forgot')}</Link>
        </div>
      </Form>
    </>
  );
}
