// One page of a keyset-paged list of the API, forwards from `after` ('Volgende') or backwards from
// `before` ('Vorige'), for every list that pages like that (messages, tickets). A cursor that is not (or
// no longer) valid gives the first page rather than an error page; going back to the newest rows with
// less than a page (newer ones arrived meanwhile) gives the first page too.
import { ApiError } from '../graphql/api.server';
import type { KeysetCursors, KeysetPage } from './keyset';

/** Forwards (`first`, `after`) or backwards (`last`, `before`), as the API takes them. */
export interface Paging {
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
}

interface Connection<Row> {
  totalCount?: number | null;
  totalCountCapped?: boolean | null;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
  edges: Array<{ cursor: string; node: Row }>;
}

/** Reads the page with `read` (the whole answer comes back too, for what the query asks besides). */
export async function loadKeysetPage<Data, Row>(
  read: (paging: Paging) => Promise<Data>,
  connectionOf: (data: Data) => Connection<Row>,
  cursors: KeysetCursors,
  pageSize: number,
): Promise<{ data: Data; page: KeysetPage<Row> }> {
  const first = () => read({ first: pageSize });
  let data: Data;
  let page = cursors.page;
  let backwards = Boolean(cursors.before);
  try {
    data = await read(
      cursors.before ? { last: pageSize, before: cursors.before } : { first: pageSize, after: cursors.after },
    );
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'BAD_USER_INPUT')) throw error;
    data = await first();
    page = 1;
    backwards = false;
  }

  let connection = connectionOf(data);
  let hasPrevious = connection.pageInfo.hasPreviousPage;
  let hasNext = connection.pageInfo.hasNextPage;
  if (backwards) {
    hasNext = true;
    if (!hasPrevious && connection.edges.length < pageSize) {
      data = await first();
      connection = connectionOf(data);
      hasPrevious = false;
      hasNext = connection.pageInfo.hasNextPage;
    }
  }
  if (!hasPrevious) page = 1;
  else if (page < 2) page = 2;
  const { edges } = connection;
  return {
    data,
    page: {
      rows: edges.map((e) => e.node),
      total: connection.totalCount ?? edges.length,
      totalCapped: connection.totalCountCapped ?? false,
      hasNext,
      hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      page,
    },
  };
}
