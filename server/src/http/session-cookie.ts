// The session cookie: httpOnly, SameSite=Lax, Secure when PUBLIC_URL is https. Also read from requests,
// through the `cookie` library (as the web app does).
import { parseCookie } from 'cookie';
import type { Request } from 'express';
import type { Ctx } from '../context.js';

export function setSessionCookie(ctx: Ctx, token: string, expiresAt: Date): void {
  const { cookieName, cookieSecure } = ctx.app.config.session;
  ctx.http?.res.cookie(cookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookieSecure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(ctx: Ctx): void {
  const { cookieName, cookieSecure } = ctx.app.config.session;
  ctx.http?.res.clearCookie(cookieName, { httpOnly: true, sameSite: 'lax', secure: cookieSecure, path: '/' });
}

/** The session token of a request: `Authorization: Bearer <token>` first, else the cookie. */
export function sessionToken(headers: Request['headers'], cookieName: string): string | undefined {
  const auth = headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  return readCookie(headers.cookie, cookieName);
}

/** `decodeURIComponent`, but a malformed escape (e.g. `%E0%A4%A`) makes no value rather than an error. */
function decodeOrNothing(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** The value of cookie `name` in a Cookie header; undefined when absent or malformed (never a throw). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  return parseCookie(header, { decode: decodeOrNothing })[name];
}
