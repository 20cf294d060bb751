// POST /logout: ends the session at the API, forgets the cookie, and shows the login page.
import { type ActionFunctionArgs, redirect } from '@remix-run/node';
import { clearSessionCookie } from '../cookies.server';
import { flashRedirect } from '../flash.server';
import { LogoutMutation } from '../graphql/accounts.server';
import { requestScope } from '../session.server';

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requestScope(request, context);
  if (scope.token) {
    try {
      await scope.api(LogoutMutation);
    } catch {
      // The session may already be gone; the cookie goes anyway.
    }
  }
  return flashRedirect(context, '/login', { notice: 'login.loggedOut' }, [
    clearSessionCookie(context.config),
  ]);
}

/** Logging out is a POST; a visit to /logout just goes home. */
export function loader() {
  return redirect('/');
}
