// Relay-style connections with keyset cursors: a cursor is the opaque encoding of the sort key of the
// last row seen, so a page is an index range scan, never OFFSET, and rows arriving meanwhile do not shift
// the pages that follow.
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from '../domain/errors.js';
import { type CursorKey, decodeCursor, encodeCursor, type KeyPart } from '../lists/keyset.js';
import { CursorScalar } from './scalars.js';

export type { CursorKey };

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => CursorScalar, { nullable: true }) startCursor!: string | null;
  @Field(() => CursorScalar, { nullable: true }) endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/** Defines `<Name>Connection` and `<Name>Edge` object types for `node`. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => node) node!: T;
    @Field(() => CursorScalar) cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, {
      nullable: true,
      description: 'Number of rows matching the filter, all pages together.',
    })
    totalCount?: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw badInput(`first must be 1 to ${MAX_PAGE_SIZE}`);
  return size;
}

/** Relay paging arguments: forwards with `first`/`after`, backwards with `last`/`before` ('Vorige'). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Which window of a keyset-ordered list to read. */
export interface KeysetPage {
  size: number;
  /** Read in reverse order (from `before` towards the start), then flip the rows. */
  backwards: boolean;
  /** The sort key to start after (forwards) or before (backwards). */
  cursor: CursorKey | null;
}

export function keysetPage(args: PageArgs, shape: readonly KeyPart[], fallback = 20): KeysetPage {
  const backwards = args.last != null || args.before != null;
  const size = pageSize(backwards ? args.last : args.first, fallback);
  const cursor = backwards ? args.before : args.after;
  return { size, backwards, cursor: cursor ? decodeCursor(cursor, shape) : null };
}

/**
 * The connection of `size + 1` rows read for `page` (the extra row only tells that more follow in the
 * reading direction). Rows read backwards are put back in list order.
 */
export function keysetConnection<T>(
  rows: T[],
  page: KeysetPage,
  args: PageArgs,
  keyOf: (row: T) => CursorKey,
): Connection<T> {
  const more = rows.length > page.size;
  const nodes = rows.slice(0, page.size);
  if (page.backwards) nodes.reverse();
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backwards ? Boolean(args.before) : more,
      hasPreviousPage: page.backwards ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Builds a connection from `size + 1` fetched rows (the extra row only tells whether there is a next
 * page). `hasPreviousPage` is true when the page started after a cursor.
 */
export function toConnection<T>(
  rows: T[],
  size: number,
  keyOf: (row: T) => CursorKey,
  after: string | null | undefined,
  totalCount?: number,
): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: Boolean(after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    ...(totalCount === undefined ? {} : { totalCount }),
  };
}

/**
 * Adds `totalCount` as a getter: the count query runs only when a client selects the field (GraphQL reads
 * the property only then), since counting a large filtered list costs more than the page itself.
 */
export function withLazyTotal<T>(connection: Connection<T>, count: () => Promise<number>): Connection<T> {
  let counted: Promise<number> | undefined;
  Object.defineProperty(connection, 'totalCount', {
    enumerable: true,
    get: () => {
      counted ??= count();
      return counted;
    },
  });
  return connection;
}
