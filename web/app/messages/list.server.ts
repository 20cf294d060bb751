// Loads one page of a message list: 5 messages, newest first, keyset-paged (../lists/keyset-page.server.ts),
// with the total for these filters and the badge counts.
import type { Direction, MessagesListQuery as ListData } from '../graphql/generated/graphql';
import { MessagesListQuery } from '../graphql/messages.server';
import type { KeysetPage } from '../lists/keyset';
import { loadKeysetPage } from '../lists/keyset-page.server';
import type { RequestScope } from '../session.server';
import { apiFilter, type ListParams, PAGE_SIZE } from './list-params';

export type MessageRow = ListData['messages']['edges'][number]['node'];

export interface ListPage extends KeysetPage<MessageRow> {
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
  const { data, page } = await loadKeysetPage(
    (paging) => scope.api(MessagesListQuery, { filter, ...paging }),
    (answer) => answer.messages,
    params,
    PAGE_SIZE,
  );
  return { ...page, counts: data.messageCounts, themes: data.myOrganisation?.themes ?? [] };
}
