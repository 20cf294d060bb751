// GET /login/sso/callback: where the issuer sends the browser back. The answer, with the secrets this
// browser kept since the start, goes to the API, which checks it and finds the person's account: logged in
// and on to where they were going, or a page saying plainly why not (decision 0028).
import { data, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { startSession } from '../auth.server';
import { Notice } from '../components/notice';
import { CompleteSingleSignOnMutation } from '../graphql/sso.server';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { titled } from '../meta';
import { requestScope } from '../session.server';
import { clearPendingSignOnCookie, pendingSignOn } from '../single-sign-on.server';

export const meta = titled('sso.refused.title');

/** Why a sign-on was refused, as the page explains it; anything else reads as a failed sign-on. */
const REFUSALS = {
  SSO_FAILED: 'sso.refused.failed',
  SSO_UNAVAILABLE: 'sso.refused.unavailable',
  SSO_UNKNOWN_USER: 'sso.refused.unknownUser',
  SSO_ACCOUNT_DISABLED: 'sso.refused.disabled',
} as const satisfies Record<string, MessageKey>;

type Refusal = keyof typeof REFUSALS;

const isRefusal = (code: string | undefined): code is Refusal => code !== undefined && code in REFUSALS;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requestScope(request, context);
  const pending = pendingSignOn(request);
  const clear = clearPendingSignOnCookie(context.config);
  const refuse = (refusal: Refusal) =>
    data(
      { refusal },
      {
        // Not this person's fault or the server's: who they are is not welcome (403), else a bad answer.
        status: refusal === 'SSO_UNKNOWN_USER' || refusal === 'SSO_ACCOUNT_DISABLED' ? 403 : 400,
        headers: { 'Set-Cookie': clear, 'Cache-Control': 'no-store' },
      },
    );
  if (!pending) return refuse('SSO_FAILED');
  const url = new URL(request.url);
  const { completeSingleSignOn: result } = await scope.api(CompleteSingleSignOnMutation, {
    input: {
      // The address as the issuer knows it (this server may stand behind a proxy).
      callbackUrl: `${context.config.publicUrl}${url.pathname}${url.search}`,
      state: pending.state,
      nonce: pending.nonce,
      codeVerifier: pending.codeVerifier,
    },
  });
  if (!result.token || !result.expiresAt || !result.user) {
    const code = result.errors[0]?.code;
    return refuse(isRefusal(code) ? code : 'SSO_FAILED');
  }
  // Thrown, so that the loader's data is only ever a refusal.
  throw startSession(
    context,
    { token: result.token, expiresAt: result.expiresAt, language: result.user.language },
    pending.redirectTo,
    [clear],
  );
}

export default function SingleSignOnRefusedPage() {
  const { refusal } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const again = refusal === 'SSO_FAILED' || refusal === 'SSO_UNAVAILABLE';
  return (
    <>
      <h1>{t('sso.refused.title')}</h1>
      <Notice kind="warning">
        <p>{t(REFUSALS[refusal])}</p>
      </Notice>
      <p className="form-actions">
        {again ? (
          <Link to="/login/sso" reloadDocument className="button button-primary">
            {t('sso.refused.again')}
          </Link>
        ) : null}
        <Link to="/login">{t('sso.refused.toLogin')}</Link>
      </p>
    </>
  );
}
