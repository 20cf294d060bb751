// Payloads of the Berichtenmodule's events (the topics are in graphql/topics.ts).

export interface MessageAddedEvent {
  messageId: string;
  organisationId: string;
  threadId: string;
  referenceNumber: string;
  themeId: string;
  teamId: string;
  direction: 'INBOUND' | 'OUTBOUND';
  authorId: string;
}

export interface MessagesReadEvent {
  userId: string;
  organisationId: string;
}
