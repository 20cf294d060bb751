// Small facts about tickets the pages use: the statuses in the order of the workflow, a ticket's path
// by number, the new ticket form's name and the API's longest subject.
import type { TicketStatus } from '../graphql/generated/graphql';

export const TICKET_STATUSES = [
  'NEW',
  'ANSWERED',
  'OPEN',
  'POSTPONED',
  'RESOLVED',
  'CLOSED',
] as const satisfies readonly TicketStatus[];

export function isTicketStatus(value: string): value is TicketStatus {
  return (TICKET_STATUSES as readonly string[]).includes(value);
}

/** A ticket's page for organisation users. */
export const ticketPath = (number: string) => `/tickets/${encodeURIComponent(number)}`;

/** The form of /tickets/new (ids `ticket-<field>`). */
export const NEW_TICKET_FORM = 'ticket';

/** The API's longest subject. */
export const SUBJECT_MAX = 200;
