// What the staff ticket pages and their actions share (nothing here runs only on the server): the
// statuses, priorities, service-level states and sorts in the order the forms offer them, and a ticket's address.

export const STATUSES = ['NEW', 'ANSWERED', 'OPEN', 'POSTPONED', 'RESOLVED', 'CLOSED'] as const;
export const PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'] as const;
export const SLA_STATES = ['ON_TRACK', 'AT_RISK', 'BREACHED'] as const;
export const SORTS = ['UPDATED', 'SLA', 'NUMBER', 'STATUS'] as const;

export const ticketPath = (number: string) => `/staff/tickets/${encodeURIComponent(number)}`;
