// Which queue a recipient address feeds: the helpdesk address (also `local+tag@domain`, which ticket mails
// reply to) → Helpdesk, the updates address → Updates, anything else → refused at RCPT (550).
import type { MailInConfig } from '../../config.js';

export type IntakeQueue = 'HELPDESK' | 'UPDATES';

/** `local@domain` without a `+tag`, lower-cased. */
function baseAddress(address: string): string {
  const lower = address.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 1) return lower;
  const local = lower.slice(0, at);
  const plus = local.indexOf('+');
  return `${plus >= 0 ? local.slice(0, plus) : local}${lower.slice(at)}`;
}

/** The queue `address` feeds, or null when Loket does not take mail for it. */
export function queueOfRecipient(config: MailInConfig, address: string): IntakeQueue | null {
  const base = baseAddress(address);
  if (base === config.helpdeskAddress) return 'HELPDESK';
  if (base === config.updatesAddress) return 'UPDATES';
  return null;
}

/** The queue of a mail with these (accepted) recipients: Helpdesk wins when both are addressed. */
export function queueOfMail(config: MailInConfig, recipients: readonly string[]): IntakeQueue {
  const queues = recipients.map((r) => queueOfRecipient(config, r));
  return queues.includes('HELPDESK') || !queues.includes('UPDATES') ? 'HELPDESK' : 'UPDATES';
}
