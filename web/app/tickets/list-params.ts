// The organisation's ticket overview in the address: the view (Mijn, Openstaande, Alle tickets; open by
// default, '003'), the sort, the filters (status, category, support type, number or keyword) and the
// keyset cursors of 'Volgende'/'Vorige', so that it works without JavaScript and every page can be linked.
import type { TicketFilterInput, TicketSort, TicketView } from '../graphql/generated/graphql';
import { type KeysetCursors, readCursors } from '../lists/keyset';
import { idParam, textParam } from '../query-params';
import { isTicketStatus } from './ticket-fields';

export const PAGE_SIZE = 20;

export const SORTS = ['UPDATED', 'NUMBER', 'STATUS'] as const satisfies readonly TicketSort[];

export interface TicketFilters {
  q: string;
  status: string;
  category: string;
  type: string;
}

const FILTER_KEYS = ['q', 'status', 'category', 'type'] as const satisfies ReadonlyArray<keyof TicketFilters>;

export interface TicketListParams extends KeysetCursors {
  view: TicketView;
  sort: TicketSort;
  filters: TicketFilters;
}

const oneOf = <T extends string>(value: string, allowed: readonly T[], fallback: T): T =>
  (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/** 'Alle tickets' is the organisation's (MEMBER_PLUS and ADMIN, '001'); a MEMBER's views are their own. */
export const viewsFor = (roles: readonly string[]): TicketView[] =>
  roles.includes('ADMIN') || roles.includes('MEMBER_PLUS') ? ['OPEN', 'MINE', 'ALL'] : ['OPEN', 'MINE'];

export function readTicketListParams(
  search: URLSearchParams,
  views: readonly TicketView[],
): TicketListParams {
  const get = (name: string) => textParam(search.get(name));
  const status = get('status');
  return {
    view: oneOf(get('view').toUpperCase(), views, 'OPEN'),
    sort: oneOf(get('sort').toUpperCase(), SORTS, 'UPDATED'),
    filters: {
      q: get('q'),
      status: isTicketStatus(status) ? status : '',
      category: idParam(get('category')),
      type: idParam(get('type')),
    },
    ...readCursors(get),
  };
}

export const activeFilters = (filters: TicketFilters) =>
  FILTER_KEYS.filter((key) => filters[key] !== '').length;

export function apiFilter(filters: TicketFilters): TicketFilterInput {
  const filter: TicketFilterInput = {};
  if (filters.q) filter.search = filters.q;
  if (filters.status && isTicketStatus(filters.status)) filter.statuses = [filters.status];
  if (filters.category) filter.categoryId = filters.category;
  if (filters.type) filter.supportTypeId = filters.type;
  return filter;
}

type Change = keyof TicketFilters | 'view' | 'sort' | 'after' | 'before' | 'page';

/** A query string of these parameters with `changes` applied; defaults and empty values are left out. */
export function ticketListSearch(params: TicketListParams, changes: Partial<Record<Change, string | null>>) {
  const entries: Record<string, string | null> = {
    view: params.view === 'OPEN' ? null : params.view.toLowerCase(),
    sort: params.sort === 'UPDATED' ? null : params.sort.toLowerCase(),
    ...params.filters,
    after: params.after,
    before: params.before,
    page: params.page > 1 ? String(params.page) : null,
    ...changes,
  };
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
