// Payloads of the accounts' events (the topics are in graphql/topics.ts).

/** Sessions were ended: caches drop them, their sockets close. */
export interface SessionRevokedEvent {
  sessionIds: string[];
  userId: string;
}

/**
 * A user's data that the viewer carries (roles, language, status, organisation) changed. Announced by a
 * trigger on app_user (migration CacheInvalidation), so every writer and every instance is covered.
 */
export interface UserChangedEvent {
  userId: string;
}
