// One-time notices after a redirect ('Bewaard', 'Verstuurd'): the action puts the notice in a short-lived
// cookie beside the session, and the loader of the page it leads to takes it and clears the cookie. So
// the address stays clean, a reload or a shared link never shows the notice again, and it works without
// JavaScript.
import { type AppLoadContext, redirect } from '@remix-run/node';
import { z } from 'zod';
import { readCookie, serializeCookie } from './cookies.server';

const FLASH_COOKIE = 'loket_flash';
/** Long enough to follow the redirect, short enough that a notice never turns up much later. */
const FLASH_SECONDS = 60;

const flashSchema = z.union([
  z.object({ notice: z.literal('organisation.saved') }),
  z.object({
    notice: z.enum(['admin.tickets.saved', 'admin.tickets.queue.saved', 'admin.tickets.theme.saved']),
  }),
  z.object({
    notice: z.enum(['admin.categories.added', 'admin.categories.saved', 'admin.categories.removed']),
  }),
  z.object({
    notice: z.enum([
      'contact.added',
      'contact.updated',
      'contact.updatedEmail',
      'contact.removed',
      'contact.invited',
    ]),
  }),
  z.object({
    notice: z.enum([
      'user.invited',
      'user.roleChanged',
      'user.deactivated',
      'user.reactivated',
      'user.invitationResent',
    ]),
  }),
  /** The organisation side's message: its id picks the message the notice speaks of. */
  z.object({ notice: z.literal('message.sent'), messageId: z.string() }),
  z.object({ notice: z.literal('staff.sent') }),
  /** A legal hold set or lifted (decision 0038): the thread's or ticket's label. */
  z.object({ notice: z.enum(['legalHold.done', 'legalHold.lifted']), label: z.string().max(100) }),
  z.object({ notice: z.literal('admin.retention.saved'), name: z.string().max(200) }),
  z.object({ notice: z.literal('admin.organisations.created') }),
  z.object({ notice: z.literal('webhooks.deleted') }),
  z.object({ notice: z.enum(['admin.themes.created', 'admin.teams.created']) }),
  z.object({ notice: z.literal('admin.staff.invited') }),
  z.object({ notice: z.enum(['login.loggedOut', 'login.passwordReset']) }),
]);

export type Flash = z.infer<typeof flashSchema>;

/** A redirect to `to` that shows `flash` there, once (`cookies`: others to set with it). */
export function flashRedirect(
  context: AppLoadContext,
  to: string,
  flash: Flash,
  cookies: string[] = [],
): Response {
  const headers = new Headers();
  headers.append(
    'Set-Cookie',
    serializeCookie(context.config, FLASH_COOKIE, JSON.stringify(flash), { maxAgeSeconds: FLASH_SECONDS }),
  );
  for (const cookie of cookies) headers.append('Set-Cookie', cookie);
  return redirect(to, { headers });
}

/**
 * The notice waiting for this request, if any, and the headers that clear it (for the loader's answer):
 * whichever page's loader takes it, it is gone afterwards. A cookie this code did not write is ignored.
 */
export function takeFlash(
  request: Request,
  context: AppLoadContext,
): { flash: Flash | null; headers: Record<string, string> } {
  const raw = readCookie(request.headers.get('cookie'), FLASH_COOKIE);
  if (raw === undefined) return { flash: null, headers: {} };
  const clear = serializeCookie(context.config, FLASH_COOKIE, '', { maxAgeSeconds: 0, expires: new Date(0) });
  let flash: Flash | null = null;
  try {
    const parsed = flashSchema.safeParse(JSON.parse(raw));
    if (parsed.success) flash = parsed.data;
  } catch {
    // Not JSON: not ours.
  }
  return { flash, headers: { 'Set-Cookie': clear } };
}
