// The staff queue view's address: the view (mine, unassigned, all), the filters, the sort, the search and
// the page (after / before a cursor), read safely and turned into the API's filter.
import type {
  SlaState,
  StaffTicketFilterInput,
  TicketSort,
  TicketStatus,
} from '../graphql/generated/graphql';
import { idParam, textParam } from '../query-params';
import { SLA_STATES, SORTS, STATUSES } from './ticket-values';

/** Not yet resolved or closed: the default of the queue view (as the queue counts count). */
const OPEN_STATUSES: TicketStatus[] = ['NEW', 'ANSWERED', 'OPEN', 'POSTPONED'];

/**
 * '' is the default: 'queues' (Mijn wachtrijen) for someone who works queues (set under /beheer/medewerkers),
 * else every ticket; 'all' asks for every ticket explicitly.
 */
type QueueView = '' | 'mine' | 'unassigned' | 'queues' | 'all';

export interface QueueParams {
  view: QueueView;
  queue: string;
  /** '' (open), 'all', or one status. */
  status: '' | 'all' | TicketStatus;
  type: string;
  category: string;
  organisation: string;
  /** '' (anyone) or a staff member's id; 'mine' and 'unassigned' are views. */
  assignee: string;
  label: string;
  /** '' (any) or one service-level state. */
  sla: '' | SlaState;
  sort: TicketSort;
  q: string;
  after: string;
  before: string;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.includes(value as T) ? (value as T) : null;

export function readQueueParams(url: URL): QueueParams {
  const get = (name: string) => url.searchParams.get(name);
  const view = get('view');
  const status = get('status');
  return {
    view: view === 'mine' || view === 'unassigned' || view === 'queues' || view === 'all' ? view : '',
    queue: idParam(get('queue')),
    status: status === 'all' ? 'all' : (oneOf(STATUSES, status) ?? ''),
    type: idParam(get('type')),
    category: idParam(get('category')),
    organisation: idParam(get('organisation')),
    assignee: idParam(get('assignee')),
    label: idParam(get('label')),
    sla: oneOf(SLA_STATES, get('sla')) ?? '',
    sort: oneOf(SORTS, get('sort')) ?? 'UPDATED',
    q: textParam(get('q')),
    after: textParam(get('after'), 400),
    before: textParam(get('before'), 400),
  };
}

/** Whether a filter narrows the list beyond its view and queue (the sidebar's choices). */
export function isFiltered(params: QueueParams): boolean {
  return Boolean(
    params.status ||
      params.type ||
      params.category ||
      params.organisation ||
      params.assignee ||
      params.label ||
      params.sla ||
      params.q ||
      params.sort !== 'UPDATED',
  );
}

/** Whether the view is one person's (mine, unassigned): then there is no assignee to filter by. */
export const isPersonalView = (params: QueueParams) => params.view === 'mine' || params.view === 'unassigned';

/**
 * The view a bare address opens: 'queues' for someone who works queues, as long as no queue, view or
 * page was asked for; otherwise the params as they are.
 */
export function withDefaultView(params: QueueParams, worksQueues: boolean): QueueParams {
  return params.view === '' && !params.queue && worksQueues ? { ...params, view: 'queues' } : params;
}

export function queueFilter(params: QueueParams): StaffTicketFilterInput {
  return {
    mine: params.view === 'mine' || null,
    myQueues: params.view === 'queues' || null,
    unassigned: params.view === 'unassigned' || null,
    queueId: params.queue || null,
    statuses: params.status === 'all' ? null : params.status ? [params.status] : OPEN_STATUSES,
    supportTypeId: params.type || null,
    categoryId: params.category || null,
    organisationId: params.organisation || null,
    assigneeId: isPersonalView(params) ? null : params.assignee || null,
    labelId: params.label || null,
    slaStates: params.sla ? [params.sla] : null,
    search: params.q || null,
  };
}
