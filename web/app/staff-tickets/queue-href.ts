// The queue view's address with some parameters changed (paging, clearing the filters).

/** The address of the view with `changes` applied (a value '' drops the parameter). */
export function queueHref(search: string, changes: Record<string, string>): string {
  const next = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  const query = next.toString();
  return `/staff/tickets${query ? `?${query}` : ''}`;
}
