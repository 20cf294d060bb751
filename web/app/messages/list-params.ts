// The message lists' address: which box (Ontvangen, Verstuurde, or both on a theme page), the filters on
// every column and the keyset cursors of 'Volgende'/'Vorige', read from and written to the query string
// so that a list works without JavaScript (a GET form) and every page can be linked to.
import type { Direction, MessageFilterInput } from '../graphql/generated/graphql';
import { type KeysetCursors, readCursors } from '../lists/keyset';
import { dayParam, idParam, textParam } from '../query-params';

export const PAGE_SIZE = 5;

export type Box = 'received' | 'sent';

export interface ListFilters {
  ref: string;
  theme: string;
  q: string;
  from: string;
  to: string;
  sender: string;
  /** Verstuurde berichten: part of the addressee's name (the 'Aan' column). */
  recipient: string;
  /** '', 'yes' or 'no'. */
  attachments: string;
  /** '', 'unread' or 'read'. */
  status: string;
  /** Theme page only: '', 'in' or 'out'. */
  direction: string;
}

export interface ListParams extends KeysetCursors {
  box: Box;
  filters: ListFilters;
}

const FILTER_KEYS = [
  'ref',
  'theme',
  'q',
  'from',
  'to',
  'sender',
  'recipient',
  'attachments',
  'status',
  'direction',
] as const satisfies ReadonlyArray<keyof ListFilters>;

const oneOf = (value: string, allowed: readonly string[]) => (allowed.includes(value) ? value : '');

export function readListParams(search: URLSearchParams): ListParams {
  const get = (name: string) => textParam(search.get(name));
  return {
    box: get('box') === 'sent' ? 'sent' : 'received',
    filters: {
      ref: get('ref'),
      theme: idParam(get('theme')),
      q: get('q'),
      from: dayParam(get('from')),
      to: dayParam(get('to')),
      sender: get('sender'),
      recipient: get('recipient'),
      attachments: oneOf(get('attachments'), ['yes', 'no']),
      status: oneOf(get('status'), ['unread', 'read']),
      direction: oneOf(get('direction'), ['in', 'out']),
    },
    ...readCursors(get),
  };
}

/**
 * The filters a list does not offer, because it has no such column: the received list has no 'Aan',
 * the sent list no 'Status' (kept in the address when switching tabs, but not applied there).
 */
export function absentFilters(box: Box, themePage: boolean): Array<keyof ListFilters> {
  if (themePage) return ['recipient'];
  return box === 'sent' ? ['status'] : ['recipient'];
}

/** 'vanaf' after 'tot en met': nothing can match, and the page says so. */
export function datesReversed(filters: ListFilters): boolean {
  return filters.from !== '' && filters.to !== '' && filters.from > filters.to;
}

/** How many filters narrow the list (the box and the theme page's own theme not counted). */
export function activeFilters(filters: ListFilters, fixed: Array<keyof ListFilters> = []): number {
  return FILTER_KEYS.filter((key) => !fixed.includes(key) && filters[key] !== '').length;
}

/** The API's filter for these parameters; `direction` is the box's, or the theme page's In/Uit. */
export function apiFilter(
  filters: ListFilters,
  direction: Direction | null,
  themeId?: string,
): MessageFilterInput {
  const filter: MessageFilterInput = {};
  if (direction) filter.direction = direction;
  const theme = themeId ?? filters.theme;
  if (theme) filter.themeId = theme;
  if (filters.ref) filter.referenceNumber = filters.ref;
  if (filters.q) filter.text = filters.q;
  if (filters.from) filter.sentFrom = filters.from;
  if (filters.to) filter.sentTo = filters.to;
  if (filters.sender) filter.sender = filters.sender;
  const sentBox = direction === 'OUTBOUND' && !themeId;
  if (filters.recipient && sentBox) filter.recipient = filters.recipient;
  if (filters.attachments) filter.hasAttachments = filters.attachments === 'yes';
  if (filters.status && !sentBox) filter.unread = filters.status === 'unread';
  return filter;
}

/** A query string of these parameters with `changes` applied; empty values are left out. */
export function listSearch(
  params: ListParams,
  changes: Partial<Record<keyof ListFilters | 'box' | 'after' | 'before' | 'page', string | null>>,
  options: { withBox?: boolean } = {},
): string {
  const search = new URLSearchParams();
  const entries: Record<string, string | null> = {
    ...(options.withBox !== false ? { box: params.box === 'sent' ? 'sent' : null } : {}),
    ...params.filters,
    after: params.after,
    before: params.before,
    page: params.page > 1 ? String(params.page) : null,
    ...changes,
  };
  for (const [key, value] of Object.entries(entries)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
