// The list toolkit, free of GraphQL: keyset paging (opaque cursors and their checks, the page size rule,
// the SQL of "after this row" for a list's order, the connection built from the rows read) and the
// pattern of a substring search. A cursor is the encoded sort key of the last row seen, so a page is an
// index range scan, never OFFSET, and rows arriving meanwhile do not shift the pages that follow.
import { badInput } from '../domain/errors.js';
import { isCalendarDay, isUuid } from '../domain/validate.js';

/** A keyset position: the sort values of a row, ending with its id as the tie-breaker. */
export type CursorKey = Array<string | number | null>;

/** What one value of a list's sort key is; a cursor is checked against these before it reaches SQL. */
export type KeyPart = 'timestamp' | 'uuid' | 'text' | 'number';

/** Longest cursor accepted (a key of a few short values encodes to far less). */
const MAX_CURSOR_LENGTH = 2000;
const MAX_KEY_PARTS = 4;
const MAX_TEXT_PART = 500;

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The key inside a cursor when it is one of ours in form (base64url of a JSON array of a few short
 * strings, numbers or nulls), else null. Which values a list needs is checked by `decodeCursor`.
 */
export function parseCursor(cursor: string): CursorKey | null {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(key) || key.length === 0 || key.length > MAX_KEY_PARTS) return null;
  const fits = key.every(
    (part) =>
      part === null ||
      (typeof part === 'number' && Number.isFinite(part)) ||
      (typeof part === 'string' && part.length <= MAX_TEXT_PART && !part.includes('\u0000')),
  );
  return fits ? (key as CursorKey) : null;
}

// ISO 8601 as toISOString writes it, or PostgreSQL's timestamptz text ('2026-03-03 10:00:00.123456+01').
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[T ]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

function fitsPart(value: string | number | null, part: KeyPart): boolean {
  if (part === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (typeof value !== 'string') return false;
  if (part === 'uuid') return isUuid(value);
  if (part === 'timestamp') {
    const match = TIMESTAMP.exec(value);
    return match !== null && isCalendarDay(match[1] as string);
  }
  return true;
}

/** The key of `cursor` when it has exactly the values of `shape`; otherwise BAD_USER_INPUT. */
export function decodeCursor(cursor: string, shape: readonly KeyPart[]): CursorKey {
  const key = parseCursor(cursor);
  if (key && key.length === shape.length && key.every((value, i) => fitsPart(value, shape[i] as KeyPart)))
    return key;
  throw badInput('invalid cursor', 'INVALID_CURSOR');
}

// ---------------------------------------------------------------------------------------------------
// Page size

/** Rows a page holds when the client does not say. */
export const DEFAULT_PAGE_SIZE = 20;
/** The most rows a client may ask for in one page. */
export const MAX_PAGE_SIZE = 100;

/** `first` (or `last`), or `fallback`; BAD_USER_INPUT outside 1 to MAX_PAGE_SIZE. */
function pageSize(requested: number | null | undefined, fallback = DEFAULT_PAGE_SIZE): number {
  const size = requested ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw badInput(`first must be 1 to ${MAX_PAGE_SIZE}`, 'INVALID_PAGE_SIZE', { max: MAX_PAGE_SIZE });
  return size;
}

// ---------------------------------------------------------------------------------------------------
// Keyset pages

/** Relay paging arguments: forwards with `first`/`after`, backwards with `last`/`before` ('Vorige'). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A list's stable order: its sort key as SQL expressions, what each holds, and the direction. */
export interface KeysetOrder {
  /** E.g. `[['m.sent_at', 'timestamp'], ['m.id', 'uuid']]`; the last one is unique (the tie-breaker). */
  key: ReadonlyArray<readonly [sql: string, part: KeyPart]>;
  descending: boolean;
}

/** Which window of a keyset-ordered list to read. */
export interface KeysetPage {
  size: number;
  /** Read in reverse order (from `before` towards the start), then flip the rows. */
  backwards: boolean;
  /** The sort key to start after (forwards) or before (backwards). */
  cursor: CursorKey | null;
  order: KeysetOrder;
}

/** Checks the paging arguments (page size, cursor) against the list's order. */
export function keysetPage(args: PageArgs, order: KeysetOrder, fallback = DEFAULT_PAGE_SIZE): KeysetPage {
  const backwards = args.last != null || args.before != null;
  const size = pageSize(backwards ? args.last : args.first, fallback);
  const cursor = backwards ? args.before : args.after;
  const shape = order.key.map(([, part]) => part);
  return { size, backwards, cursor: cursor ? decodeCursor(cursor, shape) : null, order };
}

const CASTS: Record<KeyPart, string> = {
  timestamp: '::timestamptz',
  uuid: '::uuid',
  text: '',
  number: '::float8',
};

/**
 * The SQL condition "beyond the cursor in reading order", e.g. `(m.sent_at, m.id) < ($3::timestamptz,
 * $4::uuid)`, or null on the first page. `param` adds a value to the statement and returns its marker.
 */
export function keysetCondition(page: KeysetPage, param: (value: unknown) => string): string | null {
  if (!page.cursor) return null;
  const { key, descending } = page.order;
  const values = page.cursor.map((value, i) => `${param(value)}${CASTS[(key[i] as [string, KeyPart])[1]]}`);
  const beyond = descending !== page.backwards ? '<' : '>';
  return `(${key.map(([sql]) => sql).join(', ')}) ${beyond} (${values.join(', ')})`;
}

/** `ORDER BY` of the page's reading direction. */
export function keysetOrderBy(page: KeysetPage): string {
  const ascending = page.order.descending === page.backwards;
  const direction = ascending ? 'ASC' : 'DESC';
  return `ORDER BY ${page.order.key.map(([sql]) => `${sql} ${direction}`).join(', ')}`;
}

/** `ORDER BY` of the page's reading direction, then `LIMIT` of one row more than the page. */
export function keysetOrderAndLimit(page: KeysetPage): string {
  return `${keysetOrderBy(page)} LIMIT ${page.size + 1}`;
}

// ---------------------------------------------------------------------------------------------------
// Connections (the data of a Relay connection; graphql/relay.ts declares its GraphQL types)

interface Edge<T> {
  node: T;
  cursor: string;
}

export interface PageInfoData {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoData;
  totalCount?: number | Promise<number>;
  /** True when counting stopped at COUNT_CAP (withCappedTotal): there are more rows than totalCount. */
  totalCountCapped?: boolean | Promise<boolean>;
}

/**
 * The connection of the `size + 1` rows read for `page` (the extra row only tells that more follow in the
 * reading direction). Rows read backwards are put back in list order.
 */
export function keysetConnection<T>(
  rows: T[],
  page: KeysetPage,
  keyOf: (row: T) => CursorKey,
  totalCount?: number,
): Connection<T> {
  const more = rows.length > page.size;
  const nodes = rows.slice(0, page.size);
  if (page.backwards) nodes.reverse();
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  const fromCursor = page.cursor !== null;
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backwards ? fromCursor : more,
      hasPreviousPage: page.backwards ? more : fromCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    ...(totalCount === undefined ? {} : { totalCount }),
  };
}

/**
 * Where counting stops for lists that grow without bound (tickets, messages, the staff inbox): past it a
 * person reads "1000+", and an exact count would read every matching row on each request
 * (decision 0031).
 */
export const COUNT_CAP = 1_000;

/**
 * Adds `totalCount` and `totalCountCapped` as getters: the count runs only when a client selects one
 * (GraphQL reads the property only then), since counting a large filtered list costs more than the page.
 * `count(limit)` counts at most `limit` rows (cappedCountSql): totalCount is exact up to COUNT_CAP.
 */
export function withCappedTotal<T>(
  connection: Connection<T>,
  count: (limit: number) => Promise<number>,
): Connection<T> {
  let counted: Promise<number> | undefined;
  const upToCap = () => {
    counted ??= count(COUNT_CAP + 1);
    return counted;
  };
  Object.defineProperty(connection, 'totalCount', {
    enumerable: true,
    get: () => upToCap().then((n) => Math.min(n, COUNT_CAP)),
  });
  Object.defineProperty(connection, 'totalCountCapped', {
    enumerable: true,
    get: () => upToCap().then((n) => n > COUNT_CAP),
  });
  return connection;
}

/** A count of at most `$limitParam` rows of `fromWhere` ("FROM ... WHERE ..."), as column `n`. */
export const cappedCountSql = (fromWhere: string, limitParam: string) =>
  `SELECT count(*)::int AS n FROM (SELECT 1 ${fromWhere} LIMIT ${limitParam}) capped`;

// ---------------------------------------------------------------------------------------------------
// Search

/** An ILIKE pattern for `text` anywhere in a value (its own %, _ and \ taken literally). */
export const likePattern = (text: string) => `%${text.trim().replace(/[\\%_]/g, '\\$&')}%`;
