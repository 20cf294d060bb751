// Keyset paging, free of GraphQL: opaque cursors and their checks. A cursor is the encoded sort key of
// the last row seen, so a page is an index range scan, never OFFSET.
import { badInput } from '../domain/errors.js';
import { isCalendarDay, isUuid } from '../domain/validate.js';

/** A keyset position: the sort values of a row, ending with its id as the tie-breaker. */
export type CursorKey = Array<string | number | null>;

/** What one value of a list's sort key is; a cursor is checked against these before it reaches SQL. */
export type KeyPart = 'timestamp' | 'uuid' | 'text';

/** Longest cursor accepted (a key of a few short values encodes to far less). */
export const MAX_CURSOR_LENGTH = 2000;
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
