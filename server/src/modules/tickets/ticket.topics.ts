// Events of the tickets module (payloads carry ids; subscribers re-read under their own scope).
export const TicketTopic = {
  /** Something changed on one ticket: an entry, its status, queue, assignee or details. */
  Updated: 'ticket.updated',
  /** The content or counts of staff queues changed. */
  QueueChanged: 'ticket.queue-changed',
} as const;

export interface TicketUpdatedEvent {
  ticketId: string;
  organisationId: string;
  /** Only staff hear it (an internal note): a tenant is not even told that something happened. */
  internal: boolean;
}

export interface TicketQueueChangedEvent {
  queueIds: string[];
}
