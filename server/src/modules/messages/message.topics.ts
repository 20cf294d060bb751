// Events of the Berichtenmodule (payloads carry ids; subscribers re-read under their own scope).
export const MessageTopic = {
  /** A message was sent in a thread. */
  MessageAdded: 'message.added',
  /** A user's read state changed (they opened messages). */
  MessagesRead: 'message.read',
} as const;

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
