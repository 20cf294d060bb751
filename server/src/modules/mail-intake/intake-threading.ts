// Which ticket a mail answers (decision 0018), in this order, and never a ticket of another organisation
// than the sender's own (when Loket knows the sender):
//  1. a ticket token in a recipient (helpdesk+t.<token>@…), In-Reply-To or References: only Loket's own
//     mails carry one, and it cannot be guessed;
//  2. In-Reply-To / References naming a mail Loket received for a ticket, when the sender wrote that mail,
//     was one of its addressees (a CC'd colleague) or takes part in the ticket;
//  3. a ticket number in the subject, only when the sender takes part in that ticket.
// A forged In-Reply-To or a guessed number therefore finds nothing, and the mail becomes a new ticket.
import type { EntityManager } from 'typeorm';
import { ticketTokensIn } from '../../mail/ticket-token.js';

export interface ThreadClues {
  /** The From address, lower-cased. */
  sender: string;
  senderOrganisationId: string | null;
  /** Envelope recipients, To and Cc. */
  recipients: string[];
  /** In-Reply-To and References, as Message-IDs (`<…>`). */
  referencedIds: string[];
  subject: string;
}

export interface ThreadMatch {
  ticketId: string;
  via: 'TOKEN' | 'MESSAGE_ID' | 'SUBJECT';
}

/** The sender ($2) is the ticket's requester or one of its participants. */
const SENDER_TAKES_PART = `(lower(t.requester_email) = $2 OR EXISTS (
  SELECT 1 FROM ticket_participant p JOIN app_user u ON u.id = p.user_id
   WHERE p.ticket_id = t.id AND lower(u.email) = $2))`;

/** The sender's organisation ($3), when known, is the ticket's. */
const SAME_ORGANISATION = '($3::uuid IS NULL OR t.organisation_id = $3)';

export async function findThread(
  em: EntityManager,
  ticketNumberPrefix: string,
  clues: ThreadClues,
): Promise<ThreadMatch | null> {
  const args = (first: unknown) => [first, clues.sender, clues.senderOrganisationId];
  for (const token of ticketTokensIn([...clues.recipients, ...clues.referencedIds])) {
    const rows: Array<{ id: string }> = await em.query(
      'SELECT t.id FROM ticket t WHERE t.mail_token = $1 AND ($2::uuid IS NULL OR t.organisation_id = $2)',
      [token, clues.senderOrganisationId],
    );
    if (rows[0]) return { ticketId: rows[0].id, via: 'TOKEN' };
  }
  if (clues.referencedIds.length > 0) {
    const rows: Array<{ id: string }> = await em.query(
      `SELECT t.id FROM inbound_mail m JOIN ticket t ON t.id = m.ticket_id
        WHERE m.message_id = ANY ($1::text[]) AND ${SAME_ORGANISATION}
          AND (m.sender = $2 OR $2 = ANY (m.addressees) OR ${SENDER_TAKES_PART})
        ORDER BY m.received_at DESC LIMIT 1`,
      args(clues.referencedIds),
    );
    if (rows[0]) return { ticketId: rows[0].id, via: 'MESSAGE_ID' };
  }
  const numbers = clues.subject.match(new RegExp(`\\b${ticketNumberPrefix}-\\d{4}-\\d{6}\\b`, 'gi')) ?? [];
  for (const number of numbers) {
    const rows: Array<{ id: string }> = await em.query(
      `SELECT t.id FROM ticket t WHERE t.number = $1 AND ${SAME_ORGANISATION} AND ${SENDER_TAKES_PART}`,
      args(number.toUpperCase()),
    );
    if (rows[0]) return { ticketId: rows[0].id, via: 'SUBJECT' };
  }
  return null;
}

/**
 * Where a reply to `ticketId` goes: the ticket a merged one was merged into; a closed ticket takes no more
 * replies (the mail starts a new ticket that follows up on it).
 */
export async function replyTarget(
  em: EntityManager,
  ticketId: string,
): Promise<{ open: string } | { closed: string }> {
  let id = ticketId;
  for (let hops = 0; hops < 10; hops++) {
    const rows: Array<{ merged_into_id: string | null; status: string }> = await em.query(
      'SELECT merged_into_id, status FROM ticket WHERE id = $1',
      [id],
    );
    const row = rows[0];
    if (row?.merged_into_id) {
      id = row.merged_into_id;
      continue;
    }
    return row?.status === 'CLOSED' ? { closed: id } : { open: id };
  }
  return { closed: id };
}

/** Subject prefixes of replies and forwards in the common clients' languages. */
const PREFIX = /^\s*((re|aw|antw|vs|sv|wg|fw|fwd|tr|rif|ref)\s*(\[\d+\])?\s*:\s*)+/i;

/** The subject without reply and forward prefixes (`Re: AW: Fwd: …`). */
export const cleanSubject = (subject: string) => subject.replace(PREFIX, '').trim();
