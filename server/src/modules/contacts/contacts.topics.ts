// Payloads of the contacts feature's events (the topics are in graphql/topics.ts).

export interface TasksChangedEvent {
  organisationId: string;
}
