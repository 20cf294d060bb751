// The session cookie: httpOnly, SameSite=Lax, Secure when PUBLIC_URL is https. Also read from requests.
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

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}
