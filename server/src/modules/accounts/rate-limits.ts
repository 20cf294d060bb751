// What the rate limiter (db/rate-limiter.ts) guards, and under which keys: logins per account and per
// address, current-password guesses per user, and every mutation that makes the platform send a mail.
import type { MiddlewareFn } from 'type-graphql';
import type { AppServices, Ctx } from '../../context.js';
import {
  consumeAttempt,
  type RateHit,
  type RateLimit,
  refundAttempt,
  resetAttempts,
} from '../../db/rate-limiter.js';
import { DomainError } from '../../domain/errors.js';
import { errorMessage } from '../../i18n/messages.js';

const loginAccountKey = (email: string) => `login:account:${email.toLowerCase()}`;
const loginIpKey = (ip: string) => `login:ip:${ip}`;
const passwordKey = (userId: string) => `password:user:${userId}`;

function loginLimits(app: AppServices): { account: RateLimit; ip: RateLimit } {
  const { maxPerAccount, maxPerIp, minutes } = app.config.loginThrottle;
  return { account: { max: maxPerAccount, minutes }, ip: { max: maxPerIp, minutes } };
}

export type Attempt = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/** Counts a login attempt for the account and the address; refused attempts are not evaluated at all. */
export function countLoginAttempt(app: AppServices, email: string, ip: string): Promise<Attempt> {
  const limits = loginLimits(app);
  return consumeAttempt(app.dataSource, [
    { key: loginAccountKey(email), limit: limits.account },
    { key: loginIpKey(ip), limit: limits.ip },
  ]);
}

/** A login succeeded: the account starts afresh, and the address gets its attempt back. */
export async function loginSucceeded(app: AppServices, email: string, ip: string): Promise<void> {
  await resetAttempts(app.dataSource, [loginAccountKey(email)]);
  await refundAttempt(app.dataSource, [loginIpKey(ip)]);
}

/** Counts a guess of one's current password (password change, profile change), like a login's. */
export function countPasswordGuess(app: AppServices, userId: string): Promise<Attempt> {
  return consumeAttempt(app.dataSource, [{ key: passwordKey(userId), limit: loginLimits(app).account }]);
}

export function passwordGuessSucceeded(app: AppServices, userId: string): Promise<void> {
  return resetAttempts(app.dataSource, [passwordKey(userId)]);
}

/**
 * Counts a mail-causing mutation: per user when logged in, per address otherwise. Over the limit it throws
 * RATE_LIMITED (a localised GraphQL error; nothing is done or sent).
 */
async function countMailAction(ctx: Ctx): Promise<void> {
  const limit: RateLimit = { max: ctx.app.config.mailActionsPerHour, minutes: 60 };
  const hit: RateHit =
    ctx.viewer.kind === 'user'
      ? { key: `mail:user:${ctx.viewer.userId}`, limit }
      : { key: `mail:ip:${ctx.http?.ip ?? 'unknown'}`, limit };
  const verdict = await consumeAttempt(ctx.app.dataSource, [hit]);
  if (!verdict.allowed) {
    throw new DomainError(
      'RATE_LIMITED',
      errorMessage(ctx.lang, 'RATE_LIMITED', { minutes: verdict.retryAfterMinutes }),
    );
  }
}

/** `@UseMiddleware(MailRateLimit)` on every mutation that sends a mail (after `@Authorized`). */
export const MailRateLimit: MiddlewareFn<Ctx> = async ({ context }, next) => {
  await countMailAction(context);
  return next();
};
