// A page of a ticket list in one statement (decision 0043): the page's rows, what the operation selects of
// each row's organisation and queue, and the capped count, so that a list costs the same round trips
// whatever its page size: START TRANSACTION with the scope, this statement, COMMIT.
import type { EntityManager } from 'typeorm';
import { joinedEntity } from '../../graphql/batch.js';
import { COUNT_CAP, cappedCountSql, type KeysetPage, keysetOrderAndLimit } from '../../lists/keyset.js';
import type { Conditions } from '../messages/message-filter.js';
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { queueColumns, queueOf, TICKET_COLUMNS, type TicketQueueRow, type TicketRow } from './ticket.rows.js';

/** What to read along with the page's tickets. */
export interface PageParts {
  /** The capped count of the whole list (totalCount, totalCountCapped). */
  count: boolean;
  organisation: boolean;
  queue: boolean;
}

export interface TicketPage {
  rows: TicketRow[];
  /** Rows of the whole list up to COUNT_CAP + 1; undefined when not asked for. */
  count?: number;
  organisations: OrganisationEntity[];
  queues: TicketQueueRow[];
}

const ORG = 'org__';
const QUEUE = 'queue__';
const KEY = '__key';

/**
 * The page of tickets (alias `t`) that `paged` selects (the list's conditions plus the page's cursor) in
 * `page`'s order; `list` are the list's conditions alone, for the count (its parameters are the first of
 * `paged`'s, as `Conditions.clone` makes them).
 *
 * The page is a subquery of its own, so the joins and the count cannot change how its rows are found (an
 * ordered index walk that stops after the page); the outer ORDER BY repeats the page's order on its sort
 * key, read along as `__key<i>`, over at most 101 rows. The count is a one-row relation the page is joined
 * to, so that an empty page still carries it.
 */
export async function readTicketPage(
  em: EntityManager,
  list: Conditions,
  paged: Conditions,
  page: KeysetPage,
  parts: PageParts,
): Promise<TicketPage> {
  const org = parts.organisation
    ? joinedEntity<OrganisationEntity>(em.connection.getMetadata(OrganisationEntity), 'o', ORG)
    : null;
  const { sql, params } = ticketPageStatement(list, paged, page, parts, org?.select ?? null);
  const result: Array<Record<string, unknown>> = await em.query(sql, params);
  const found = result.filter((r) => r.id != null);
  const organisations = new Map<string, OrganisationEntity>();
  const queues = new Map<string, TicketQueueRow>();
  for (const r of found) {
    const o = org?.read(r);
    if (o) organisations.set(o.id, o);
    const q = parts.queue ? queueOf(r, QUEUE) : null;
    if (q) queues.set(q.id, q);
  }
  return {
    rows: found.map(ticketOf),
    ...(parts.count ? { count: Number(result[0]?.__total ?? 0) } : {}),
    organisations: [...organisations.values()],
    queues: [...queues.values()],
  };
}

/**
 * The statement of `readTicketPage` (also explained by tests/integration/search-plans.test.ts);
 * `organisationColumns` are the organisation's columns (alias `o`) to read along, or null for none.
 */
export function ticketPageStatement(
  list: Conditions,
  paged: Conditions,
  page: KeysetPage,
  parts: PageParts,
  organisationColumns: string | null,
): { sql: string; params: unknown[] } {
  const params = [...paged.params];
  const keys = page.order.key.map(([sql], i) => `${sql} AS ${KEY}${i}`).join(', ');
  const inner = `SELECT ${TICKET_COLUMNS}, ${keys} FROM ticket t ${paged.where()} ${keysetOrderAndLimit(page)}`;
  const select = ['page.*'];
  let from: string;
  if (parts.count) {
    params.push(COUNT_CAP + 1);
    const counted = cappedCountSql(`FROM ticket t ${list.where()}`, `$${params.length}`);
    select.unshift('total.n AS "__total"');
    from = `(${counted}) total LEFT JOIN (${inner}) page ON true`;
  } else {
    from = `(${inner}) page`;
  }
  if (organisationColumns) {
    select.push(organisationColumns);
    from += ` LEFT JOIN organisation o ON o.id = page."organisationId"`;
  }
  if (parts.queue) {
    select.push(queueColumns(QUEUE));
    from += ` LEFT JOIN ticket_queue q ON q.id = page."queueId"`;
  }
  const ascending = page.order.descending === page.backwards;
  const order = page.order.key.map((_, i) => `page.${KEY}${i} ${ascending ? 'ASC' : 'DESC'}`).join(', ');
  return { sql: `SELECT ${select.join(', ')} FROM ${from} ORDER BY ${order}`, params };
}

/** The ticket's own columns of a page row (without what was read along). */
function ticketOf(row: Record<string, unknown>): TicketRow {
  const ticket: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row))
    if (!name.startsWith(ORG) && !name.startsWith(QUEUE) && !name.startsWith('__')) ticket[name] = value;
  return ticket as unknown as TicketRow;
}
