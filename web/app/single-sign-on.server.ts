// The secrets of a single sign-on under way (state, nonce, PKCE verifier) and the way back after it: kept
// between the two steps in a short-lived httpOnly cookie of the browser that went to the issuer, so that
// an answer the issuer sends to another browser (or one forged) has nothing to be checked against.
import { z } from 'zod';
import { readCookie, serializeCookie } from './cookies.server';
import type { WebConfig } from './env.server';

const PENDING_COOKIE = 'loket_sso';
/** Long enough to sign in at the issuer, short enough that an abandoned start is soon gone. */
const PENDING_SECONDS = 10 * 60;

const pendingSchema = z.object({
  state: z.string().min(1).max(200),
  nonce: z.string().min(1).max(200),
  codeVerifier: z.string().min(1).max(200),
  redirectTo: z.string().max(2000),
});

export type PendingSignOn = z.infer<typeof pendingSchema>;

export function pendingSignOnCookie(config: WebConfig, pending: PendingSignOn): string {
  return serializeCookie(config, PENDING_COOKIE, JSON.stringify(pending), { maxAgeSeconds: PENDING_SECONDS });
}

export function clearPendingSignOnCookie(config: WebConfig): string {
  return serializeCookie(config, PENDING_COOKIE, '', { maxAgeSeconds: 0, expires: new Date(0) });
}

/** The sign-on this browser started; null when there is none (expired, another browser, tampered). */
export function pendingSignOn(request: Request): PendingSignOn | null {
  const raw = readCookie(request.headers.get('cookie'), PENDING_COOKIE);
  if (!raw) return null;
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
