// Loads one page of a message list: 5 messages, newest first, forwards from `after` ('Volgende') or
// backwards from `before` ('Vorige'), with the total for these filters and the badge counts. A cursor
// that is not (or no longer) valid gives the first page rather than an error page.
import { ApiError } from '../graphql/api.server';
import type {
  Direction,
  MessagesListQuery as ListData,
  MessagesListQueryVariables,
} from '../graphql/generated/graphql';
import { MessagesListQuery } from '../graphql/messages.server';
import type { RequestScope } from '../session.server';
import { apiFilter, type ListParams, PAGE_SIZE } from './list-params';

export type MessageRow = ListData['messages']['edges'][number]['node'];

export interface ListPage {
  rows: MessageRow[];
  total: number;
  hasNext: boolean;
  hasPrevious: boolean;
  startCursor: string | null;
  endCursor: string | null;
  /** The page number to show, corrected when the first page was reached going back. */
  page: number;
  counts: ListData['messageCounts'];
  themes: Array<{ id: string; name: string }>;
}

export async function loadMessageList(
  scope: RequestScope,
  params: ListParams,
  direction: Direction | null,
  themeId?: string,
): Promise<ListPage> {
  const filter = apiFilter(params.filters, direction, themeId);
  const paging: MessagesListQueryVariables = params.before
    ? { last: PAGE_SIZE, before: params.before }
    : { first: PAGE_SIZE, after: params.after };
  const first = () => scope.api(MessagesListQuery, { filter, first: PAGE_SIZE });
  let data: ListData;
  let page = params.page;
  let backwards = Boolean(params.before);
  try {
    data = await scope.api(MessagesListQuery, { filter, ...paging });
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'BAD_USER_INPUT')) throw error;
    data = await first();
    page = 1;
    backwards = false;
  }

  let edges = data.messages.edges;
  let hasPrevious = data.messages.pageInfo.hasPreviousPage;
  let hasNext = data.messages.pageInfo.hasNextPage;
  if (backwards) {
    hasNext = true;
    // Back at the newest messages with less than a page (newer ones arrived meanwhile): the first page.
    if (!hasPrevious && edges.length < PAGE_SIZE) {
      data = await first();
      edges = data.messages.edges;
      hasPrevious = false;
      hasNext = data.messages.pageInfo.hasNextPage;
    }
  }
  if (!hasPrevious) page = 1;
  else if (page < 2) page = 2;
  return {
    rows: edges.map((e) => e.node),
    total: data.messages.totalCount ?? edges.length,
    hasNext,
    hasPrevious,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
    page,
    counts: data.messageCounts,
    themes: data.myOrganisation?.themes ?? [],
  };
}
