// Payloads of the chat's events (the topics are in graphql/topics.ts; subscribers re-read under their scope).

export interface ChatChangedEvent {
  chatId: string;
  organisationId: string;
}
