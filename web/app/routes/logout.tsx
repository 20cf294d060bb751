// POST /logout: ends the session at the API, forgets the cookie, and shows the login page; a session that
// came from single sign-on goes by the issuer's logout first, which sends the browser back to the login
// page (RP-initiated logout, decision 0028).
import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { clearSessionCookie } from '../cookies.server';
import { flashRedirect } from '../flash.server';
import { LogoutMutation } from '../graphql/accounts.server';
import { SingleSignOutUrlQuery } from '../graphql/sso.server';
import { requestScope } from '../session.server';

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requestScope(request, context);
  let issuerLogout: string | null = null;
  if (scope.token) {
    try {
      issuerLogout = (await scope.api(SingleSignOutUrlQuery)).singleSignOutUrl ?? null;
      await scope.api(LogoutMutation);
    } catch {
      // The session may already be gone; the cookie goes anyway.
    }
  }
  return flashRedirect(context, issuerLogout ?? '/login', { notice: 'login.loggedOut' }, [
    clearSessionCookie(context.config),
  ]);
}

/** Logging out is a POST; a visit to /logout just goes home. */
export function loader() {
  return redirect('/');
}
