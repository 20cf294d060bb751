// What changed live on the page, for the page's one aria-live region (LiveStatus): a feature calls
// announce('De contactpersonen zijn bijgewerkt.') after it refreshed its data from a subscription.
const listeners = new Set<(text: string) => void>();

export function announce(text: string): void {
  for (const listener of listeners) listener(text);
}

/** Follows the announcements; returns the unsubscribe function. */
export function onAnnounce(listener: (text: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
