// After a login or an accepted invitation: the session cookie, the language cookie set to the account's
// language (the account's language wins once logged in, so pages, API messages and mails agree), and the
// way on.
import { type AppLoadContext, redirect } from '@remix-run/node';
import { languageCookie, sessionCookie } from './cookies.server';
import type { Language } from './i18n/language';

export interface NewSession {
  token: string;
  expiresAt: string;
  language: Language;
}

/** `cookies`: other Set-Cookie values to send with it (the end of a single sign-on's own cookie). */
export function startSession(
  context: AppLoadContext,
  session: NewSession,
  to: string,
  cookies: string[] = [],
): Response {
  const { config } = context;
  const headers = new Headers();
  for (const cookie of cookies) headers.append('Set-Cookie', cookie);
  headers.append('Set-Cookie', sessionCookie(config, session.token, new Date(session.expiresAt)));
  headers.append('Set-Cookie', languageCookie(config, session.language));
  return redirect(to, { headers });
}
