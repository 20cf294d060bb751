// GET /login/sso?redirectTo=: begins a single sign-on. The API builds the issuer's address; the flow's
// secrets go into a cookie of this browser and the browser to the issuer. A link, not a form: the
// Content-Security-Policy's form-action would stop a form's redirect to another site.
import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { StartSingleSignOnMutation } from '../graphql/sso.server';
import { requestScope, safeRedirect } from '../session.server';
import { pendingSignOnCookie } from '../single-sign-on.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requestScope(request, context);
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get('redirectTo'));
  const { startSingleSignOn: started } = await scope.api(StartSingleSignOnMutation);
  const { authorizationUrl, state, nonce, codeVerifier } = started;
  if (!authorizationUrl || !state || !nonce || !codeVerifier)
    return redirect('/login?reason=ssoUnavailable', { headers: { 'Cache-Control': 'no-store' } });
  return redirect(authorizationUrl, {
    headers: {
      'Set-Cookie': pendingSignOnCookie(context.config, { state, nonce, codeVerifier, redirectTo }),
      'Cache-Control': 'no-store',
    },
  });
}
