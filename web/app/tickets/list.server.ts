// One page of the organisation's ticket overview (keyset-paged, ../lists/keyset-page.server.ts), with
// the categories and support types its filters offer.
import type { TicketsListQuery } from '../graphql/generated/graphql';
import { TicketsListQuery as ListQuery } from '../graphql/tickets.server';
import type { KeysetPage } from '../lists/keyset';
import { loadKeysetPage } from '../lists/keyset-page.server';
import type { RequestScope } from '../session.server';
import { apiFilter, PAGE_SIZE, type TicketListParams } from './list-params';

export type TicketRow = TicketsListQuery['tickets']['edges'][number]['node'];
type Option = TicketsListQuery['ticketCategories'][number];

export interface TicketListPage extends KeysetPage<TicketRow> {
  categories: Option[];
  supportTypes: Option[];
}

export async function loadTicketList(scope: RequestScope, params: TicketListParams): Promise<TicketListPage> {
  const { data, page } = await loadKeysetPage(
    (paging) =>
      scope.api(ListQuery, {
        view: params.view,
        sort: params.sort,
        filter: apiFilter(params.filters),
        ...paging,
      }),
    (answer) => answer.tickets,
    params,
    PAGE_SIZE,
  );
  return { ...page, categories: data.ticketCategories, supportTypes: data.ticketSupportTypes };
}
