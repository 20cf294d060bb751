// Mail no person wrote: bounces (null sender, delivery status reports) and automatic answers
// (Auto-Submitted, X-Autoreply, Precedence bulk/junk/list, …). They never become tickets and are never
// answered, so that two robots cannot mail each other for ever (RFC 3834).
import type { ParsedMail } from 'mailparser';

const header = (mail: ParsedMail, name: string): string => {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'object' && 'value' in value) return String(value.value).toLowerCase();
  return String(value).toLowerCase();
};

/** Why `mail` is automatic (a short reason for the record), or null when a person sent it. */
export function automaticMailReason(mail: ParsedMail, envelopeFrom: string): string | null {
  if (envelopeFrom.trim() === '' || envelopeFrom.trim() === '<>') return 'bounce: null sender';
  const contentType = header(mail, 'content-type');
  if (contentType.includes('multipart/report')) return 'bounce: delivery status report';
  const autoSubmitted = header(mail, 'auto-submitted');
  if (autoSubmitted && autoSubmitted !== 'no') return `automatic: Auto-Submitted ${autoSubmitted}`;
  for (const name of ['x-autoreply', 'x-autorespond'])
    if (mail.headers.has(name)) return `automatic: ${name}`;
  const precedence = header(mail, 'precedence');
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(precedence))
    return `automatic: Precedence ${precedence}`;
  if (mail.headers.has('list-id') || mail.headers.has('list-unsubscribe')) return 'automatic: mailing list';
  const from = mail.from?.value[0]?.address?.toLowerCase() ?? '';
  if (/^(mailer-daemon|postmaster)@/.test(from)) return 'bounce: mailer-daemon';
  return null;
}
