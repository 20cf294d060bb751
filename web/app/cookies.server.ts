// Reading and writing the web's own cookies: the session token (as the API expects it) and the language.
import type { WebConfig } from './env.server';

/** The value of cookie `name` in a Cookie header, or undefined. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
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
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'SameSite=Lax'];
  if (options.httpOnly !== false) parts.push('HttpOnly');
  if (config.secureCookies) parts.push('Secure');
  if (options.expires) parts.push(`Expires=${options.expires.toUTCString()}`);
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  return parts.join('; ');
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
