// The address of a keyset-paged list ('Vorige' / 'Volgende': cursors in the query string) and what one
// page of it holds; shared by the loaders (keyset-page.server.ts) and the pages (keyset-pager.tsx).

export interface KeysetCursors {
  after: string | null;
  before: string | null;
  /** The page number shown ("pagina 2 van 5"); the cursors decide what is on it. */
  page: number;
}

export interface KeysetPage<Row> {
  rows: Row[];
  total: number;
  /** The API stopped counting at its limit: there are more than `total`. */
  totalCapped: boolean;
  hasNext: boolean;
  hasPrevious: boolean;
  startCursor: string | null;
  endCursor: string | null;
  /** The page number to show, corrected when the first page was reached going back. */
  page: number;
}

/** The cursors and page number of a list's address (`after`, `before`, `page`). */
export function readCursors(get: (name: string) => string): KeysetCursors {
  const page = Number.parseInt(get('page'), 10);
  return {
    after: get('after') || null,
    before: get('after') ? null : get('before') || null,
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 100_000) : 1,
  };
}
