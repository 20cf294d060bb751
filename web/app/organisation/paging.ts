// Forward-only keyset paging in the address bar: the API pages with `first`/`after` only, so the page
// keeps the cursors it came through (`pages=c1,c2`): 'Volgende' adds the end cursor, 'Vorige' drops the
// last one. Works without JavaScript (plain links) and survives a reload.

export const PAGE_SIZE = 20;
const MAX_PAGES = 200;
// Cursors are base64url (A-Z a-z 0-9 - _), so a comma cannot occur in one.
const CURSOR = /^[A-Za-z0-9_-]{1,500}$/;

/** The cursors of the pages before this one, from `?pages=`; the last one is this page's `after`. */
export function readTrail(params: URLSearchParams): string[] {
  const raw = params.get('pages');
  if (!raw) return [];
  const trail = raw.split(',').filter((cursor) => CURSOR.test(cursor));
  return trail.slice(0, MAX_PAGES);
}

/** The address of the page reached through `trail`, keeping the other parameters (filters). */
export function trailHref(pathname: string, params: URLSearchParams, trail: string[]): string {
  const next = new URLSearchParams(params);
  if (trail.length > 0) next.set('pages', trail.join(','));
  else next.delete('pages');
  const query = next.toString();
  return query ? `${pathname}?${query}` : pathname;
}
