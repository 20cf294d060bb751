// Payloads of the tickets module's events (the topics are in graphql/topics.ts; payloads carry ids, and
// subscribers re-read under their own scope).

export interface TicketUpdatedEvent {
  ticketId: string;
  organisationId: string;
  /** Only staff hear it (an internal note): a tenant is not even told that something happened. */
  internal: boolean;
}

export interface TicketQueueChangedEvent {
  queueIds: string[];
}
