// What the staff ticket pages and their actions share (nothing here runs only on the server): the
// statuses and sorts in the order the forms offer them, and a ticket's address.

export const STATUSES = ['NEW', 'ANSWERED', 'OPEN', 'POSTPONED', 'RESOLVED', 'CLOSED'] as const;
export const SORTS = ['UPDATED', 'NUMBER', 'STATUS'] as const;

export const ticketPath = (number: string) => `/staff/tickets/${encodeURIComponent(number)}`;
