// Reading and writing the web's own cookies: the session token (as the API expects it) and the language,
// through the `cookie` library (as the API does).
import { parseCookie, stringifySetCookie } from 'cookie';
import type { WebConfig } from './env.server';

/** `decodeURIComponent`, but a malformed escape (e.g. `%E0%A4%A`) makes no value rather than an error. */
function decodeOrNothing(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** The value of cookie `name` in a Cookie header; undefined when absent or malformed (never a throw). */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  return parseCookie(header, { decode: decodeOrNothing })[name];
}

interface CookieOptions {
  expires?: Date;
  maxAgeSeconds?: number;
  httpOnly?: boolean;
}

/** A Set-Cookie value: path /, SameSite=Lax, Secure when the public URL is https. */
export function serializeCookie(
  config: WebConfig,
  name: string,
  value: string,
  options: CookieOptions = {},
): string {
  return stringifySetCookie(name, value, {
    path: '/',
    sameSite: 'lax',
    httpOnly: options.httpOnly !== false,
    secure: config.secureCookies,
    expires: options.expires,
    maxAge: options.maxAgeSeconds,
  });
}

export const LANGUAGE_COOKIE = 'loket_lang';

export function sessionCookie(config: WebConfig, token: string, expiresAt: Date): string {
  return serializeCookie(config, config.sessionCookieName, token, { expires: expiresAt });
}

export function clearSessionCookie(config: WebConfig): string {
  return serializeCookie(config, config.sessionCookieName, '', { expires: new Date(0), maxAgeSeconds: 0 });
}

export function languageCookie(config: WebConfig, language: string): string {
  return serializeCookie(config, LANGUAGE_COOKIE, language, { maxAgeSeconds: 365 * 24 * 3600 });
}
