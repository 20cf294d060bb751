// Small facts about tickets both sides' pages use: the statuses in the order of the workflow, and a
// ticket's path by number.
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
