// Reading tickets: one ticket by number or id, the customer's views (Mijn, Openstaande, Alle tickets), the
// staff's queue view with counts, the conversation and the lists a form offers. Who sees what ('001',
// '003'): a MEMBER their own tickets and those they take part in, MEMBER_PLUS and ADMIN every ticket of
// the organisation, staff every ticket. The row policies repeat the rule; this module never relies on them.
import type { Ctx } from '../../context.js';
import { notFound } from '../../domain/errors.js';
import { isUuid } from '../../domain/validate.js';
import { hasRole, isStaff, requireUser, type UserViewer } from '../../domain/viewer.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetPage,
  type PageArgs,
  withCappedTotal,
} from '../../lists/keyset.js';
import { Conditions } from '../messages/message-filter.js';
import type { SlaState } from '../sla/sla-clock.js';
import { ticketLoaders } from './ticket.loaders.js';
import {
  ENTRY_COLUMNS,
  type NamedRow,
  QUEUE_COLUMNS,
  TICKET_COLUMNS,
  type TicketEntryRow,
  type TicketQueueRow,
  type TicketRow,
} from './ticket.rows.js';
import { looksLikeTicketNumber } from './ticket-number.js';
import { type PageParts, readTicketPage } from './ticket-page.js';
import { type TicketStatus, UNFINISHED_STATUSES } from './ticket-status.js';

/** A tenant user who sees every ticket of the organisation (not only their own). */
const seesOrganisationTickets = (viewer: UserViewer) => hasRole(viewer, 'ADMIN', 'MEMBER_PLUS');

/** Adds "the viewer may see this ticket" (alias t) to `c`. */
function addVisibility(c: Conditions, viewer: UserViewer): void {
  if (isStaff(viewer)) return;
  c.add(`t.organisation_id = ${c.param(viewer.organisationId)}`);
  if (!seesOrganisationTickets(viewer)) {
    const me = c.param(viewer.userId);
    c.add(`(t.requester_id = ${me} OR ${me}::uuid = ANY (t.participant_user_ids))`);
  }
}

async function findTicket(ctx: Ctx, column: 'id' | 'number', value: string): Promise<TicketRow | null> {
  const viewer = requireUser(ctx);
  const c = new Conditions();
  c.add(`t.${column} = ${c.param(value)}`);
  addVisibility(c, viewer);
  const em = await ctx.tx.manager();
  const rows: TicketRow[] = await em.query(`SELECT ${TICKET_COLUMNS} FROM ticket t ${c.where()}`, c.params);
  return rows[0] ?? null;
}

/** A ticket the viewer may see, by id or number; NOT_FOUND otherwise (also for a colleague's, to a MEMBER). */
export async function getTicket(
  ctx: Ctx,
  ref: { id?: string | null; number?: string | null },
): Promise<TicketRow> {
  let ticket: TicketRow | null = null;
  if (ref.id) ticket = isUuid(ref.id) ? await findTicket(ctx, 'id', ref.id) : null;
  else if (ref.number) ticket = await findTicket(ctx, 'number', ref.number.trim().toUpperCase());
  else requireUser(ctx);
  if (!ticket) throw notFound('ticket');
  return ticket;
}

/**
 * A ticket by id without the viewer's visibility: for the system's own operations (mail intake), which run
 * in the system scope. Throws when there is none.
 */
export async function ticketById(ctx: Ctx, id: string): Promise<TicketRow> {
  const em = await ctx.tx.manager();
  const rows: TicketRow[] = await em.query(`SELECT ${TICKET_COLUMNS} FROM ticket t WHERE t.id = $1`, [id]);
  if (!rows[0]) throw notFound('ticket');
  return rows[0];
}

/** The same, locked for a change in this transaction. */
export async function getTicketForUpdate(ctx: Ctx, id: string): Promise<TicketRow> {
  const ticket = await getTicket(ctx, { id });
  const em = await ctx.tx.manager();
  const rows: TicketRow[] = await em.query(
    `SELECT ${TICKET_COLUMNS} FROM ticket t WHERE t.id = $1 FOR UPDATE`,
    [ticket.id],
  );
  return rows[0] ?? ticket;
}

// ---------------------------------------------------------------------------------------------------
// Lists

/** A list read without anything along: the count (when selected) and relations by their loaders. */
const NOTHING_ALONG: PageParts = { count: false, organisation: false, queue: false };

export type CustomerView = 'MINE' | 'OPEN' | 'ALL';
export type TicketSort = 'UPDATED' | 'NUMBER' | 'STATUS' | 'SLA';

export interface TicketFilter {
  statuses?: TicketStatus[] | null;
  categoryId?: string | null;
  supportTypeId?: string | null;
  /** A ticket number (exact) or keywords (full text, Dutch stemming). */
  search?: string | null;
}

export interface StaffTicketFilter extends TicketFilter {
  queueId?: string | null;
  assigneeId?: string | null;
  /** Only tickets assigned to the viewer ('Mijn tickets'). */
  mine?: boolean | null;
  /** Only tickets in the queues the viewer works ('Mijn wachtrijen', set under /beheer/medewerkers). */
  myQueues?: boolean | null;
  unassigned?: boolean | null;
  organisationId?: string | null;
  labelId?: string | null;
  /** Service-level states to show (a ticket without a running target has none). */
  slaStates?: SlaState[] | null;
}

/** SLA order: breached first, then at risk, on track, and tickets without a running target last. */
const SLA_RANK_SQL = `(CASE t.sla_state WHEN 'BREACHED' THEN '0' WHEN 'AT_RISK' THEN '1' WHEN 'ON_TRACK' THEN '2' ELSE '3' END)`;
const SLA_RANK: Record<SlaState, string> = { BREACHED: '0', AT_RISK: '1', ON_TRACK: '2' };

const ORDERS: Record<TicketSort, KeysetOrder> = {
  UPDATED: {
    key: [
      ['t.updated_at', 'timestamp'],
      ['t.id', 'uuid'],
    ],
    descending: true,
  },
  NUMBER: {
    key: [
      ['t.number', 'text'],
      ['t.id', 'uuid'],
    ],
    descending: true,
  },
  STATUS: {
    key: [
      ['t.status', 'text'],
      ['t.updated_at', 'timestamp'],
      ['t.id', 'uuid'],
    ],
    descending: false,
  },
  // Most urgent first; within a state the longest untouched first.
  SLA: {
    key: [
      [SLA_RANK_SQL, 'text'],
      ['t.updated_at', 'timestamp'],
      ['t.id', 'uuid'],
    ],
    descending: false,
  },
};

function cursorOf(sort: TicketSort, t: TicketRow): Array<string | null> {
  const updated = t.updatedAt.toISOString();
  if (sort === 'NUMBER') return [t.number, t.id];
  if (sort === 'STATUS') return [t.status, updated, t.id];
  if (sort === 'SLA') return [t.slaState ? SLA_RANK[t.slaState] : '3', updated, t.id];
  return [updated, t.id];
}

/** A condition id column = the value, or "nothing" when the value is no id of ours (never reaches SQL). */
function addId(c: Conditions, column: string, value: string | null | undefined): void {
  if (!value) return;
  c.add(isUuid(value) ? `${column} = ${c.param(value)}` : 'false');
}

/**
 * Keywords in a ticket (alias `t`), Dutch stems or plain words; staff also search the internal notes.
 * Indexed under row-level security only with the match operator LEAKPROOF (db/indexable-search.ts).
 */
export function ticketTextMatch(param: string, staff: boolean): string {
  const query = `(websearch_to_tsquery('dutch', ${param}) || websearch_to_tsquery('simple', ${param}))`;
  return staff
    ? `(t.search_public @@ ${query} OR t.search_notes @@ ${query})`
    : `t.search_public @@ ${query}`;
}

function addFilter(c: Conditions, filter: TicketFilter, staff: boolean): void {
  if (filter.statuses?.length) c.add(`t.status = ANY (${c.param(filter.statuses)}::text[])`);
  addId(c, 't.category_id', filter.categoryId);
  addId(c, 't.support_type_id', filter.supportTypeId);
  const search = filter.search?.trim();
  if (search) {
    if (looksLikeTicketNumber(search)) {
      c.add(`t.number = ${c.param(search.toUpperCase())}`);
    } else {
      c.add(ticketTextMatch(c.param(search), staff));
    }
  }
}

async function listTickets(
  ctx: Ctx,
  c: Conditions,
  sort: TicketSort,
  args: PageArgs,
  parts: PageParts,
): Promise<Connection<TicketRow>> {
  const page = keysetPage(args, ORDERS[sort]);
  const em = await ctx.tx.manager();
  const paged = c.clone();
  const after = keysetCondition(page, (value) => paged.param(value));
  if (after) paged.add(after);
  const read = await readTicketPage(em, c, paged, page, parts);
  // What the page read along answers the field resolvers' loaders without another statement.
  for (const o of read.organisations) ctx.loaders.organisation.prime(o.id, o);
  for (const q of read.queues) ticketLoaders(ctx).queue.prime(q.id, q);
  const connection = keysetConnection(read.rows, page, (t) => cursorOf(sort, t));
  const counted = read.count;
  return withCappedTotal(
    connection,
    counted === undefined ? c.countUpTo(em, 'ticket t') : () => Promise.resolve(counted),
  );
}

/**
 * The customer's views ('001'): Mijn tickets (requested or taking part), Openstaande tickets (not yet
 * resolved, the default of '003') and Alle tickets, each within what the viewer's role may see.
 */
export function customerTickets(
  ctx: Ctx,
  view: CustomerView,
  filter: TicketFilter,
  sort: TicketSort,
  args: PageArgs,
  parts: PageParts = NOTHING_ALONG,
): Promise<Connection<TicketRow>> {
  const viewer = requireUser(ctx);
  const c = new Conditions();
  addVisibility(c, viewer);
  c.add('t.merged_into_id IS NULL');
  if (view === 'MINE') {
    const me = c.param(viewer.userId);
    c.add(`(t.requester_id = ${me} OR ${me}::uuid = ANY (t.participant_user_ids))`);
  }
  if (view === 'OPEN') c.add(`t.status = ANY (${c.param(UNFINISHED_STATUSES)}::text[])`);
  addFilter(c, filter, isStaff(viewer));
  // The service-level state is the department's business: customers' lists do not sort by it.
  return listTickets(ctx, c, sort === 'SLA' ? 'UPDATED' : sort, args, parts);
}

/** The staff's tickets: by queue, assigned to me, unassigned, or all, with filters. */
export function staffTickets(
  ctx: Ctx,
  filter: StaffTicketFilter,
  sort: TicketSort,
  args: PageArgs,
  parts: PageParts = NOTHING_ALONG,
): Promise<Connection<TicketRow>> {
  const viewer = requireUser(ctx);
  const c = new Conditions();
  addId(c, 't.queue_id', filter.queueId);
  addId(c, 't.assignee_id', filter.assigneeId);
  if (filter.mine) c.add(`t.assignee_id = ${c.param(viewer.userId)}`);
  if (filter.myQueues)
    c.add(
      `t.queue_id IN (SELECT m.queue_id FROM staff_queue_member m WHERE m.user_id = ${c.param(viewer.userId)})`,
    );
  if (filter.unassigned) c.add('t.assignee_id IS NULL');
  addId(c, 't.organisation_id', filter.organisationId);
  if (filter.labelId) {
    c.add(
      isUuid(filter.labelId)
        ? `EXISTS (SELECT 1 FROM ticket_label_link l WHERE l.ticket_id = t.id AND l.label_id = ${c.param(filter.labelId)})`
        : 'false',
    );
  }
  if (filter.slaStates?.length) c.add(`t.sla_state = ANY (${c.param(filter.slaStates)}::text[])`);
  addFilter(c, filter, true);
  return listTickets(ctx, c, sort, args, parts);
}

export interface QueueCount {
  queue: TicketQueueRow;
  /** Tickets in the queue not yet resolved or closed. */
  openCount: number;
  /** Whether the viewer works this queue (staff_queue_member). */
  worksHere: boolean;
}

/** Every queue with its number of unfinished tickets (the staff sidebar). */
export async function queueCounts(ctx: Ctx): Promise<QueueCount[]> {
  // Also read for subscription events, whose context may carry no user: then nobody works a queue here.
  const userId = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
  const em = await ctx.tx.manager();
  const rows: Array<TicketQueueRow & { openCount: number; worksHere: boolean }> = await em.query(
    `SELECT ${QUEUE_COLUMNS},
            (SELECT count(*)::int FROM ticket t WHERE t.queue_id = q.id AND t.status = ANY ($1::text[])) AS "openCount",
            EXISTS (SELECT 1 FROM staff_queue_member m WHERE m.queue_id = q.id AND m.user_id = $2::uuid) AS "worksHere"
       FROM ticket_queue q ORDER BY q.position, q.code`,
    [UNFINISHED_STATUSES, userId],
  );
  return rows.map(({ openCount, worksHere, ...queue }) => ({ queue, openCount, worksHere }));
}

// ---------------------------------------------------------------------------------------------------
// The conversation and the lists of a form

/** The ticket's entries, oldest first; internal notes only for staff. */
export async function ticketEntries(ctx: Ctx, ticket: TicketRow): Promise<TicketEntryRow[]> {
  const viewer = requireUser(ctx);
  const em = await ctx.tx.manager();
  const notes = isStaff(viewer) ? '' : `AND e.kind <> 'NOTE'`;
  return em.query(
    `SELECT ${ENTRY_COLUMNS} FROM ticket_entry e WHERE e.ticket_id = $1 ${notes} ORDER BY e.created_at, e.id`,
    [ticket.id],
  );
}

/** May the viewer see this entry: its ticket is visible to them, and a note only to staff? */
export async function canSeeTicketEntry(ctx: Ctx, entryId: string): Promise<boolean> {
  const viewer = requireUser(ctx);
  const c = new Conditions();
  c.add(`e.id = ${c.param(entryId)}`);
  if (!isStaff(viewer)) c.add(`e.kind <> 'NOTE'`);
  addVisibility(c, viewer);
  const em = await ctx.tx.manager();
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM ticket_entry e JOIN ticket t ON t.id = e.ticket_id ${c.where()}`,
    c.params,
  );
  return rows.length > 0;
}

export type ReferenceList = 'ticket_category' | 'ticket_support_type' | 'ticket_label';

/**
 * Categories, support types or labels (labels: staff see all, customers those visible to them). Only the
 * active categories and support types, unless staff ask for the inactive ones too (filters, old tickets).
 */
export async function referenceList(
  ctx: Ctx,
  table: ReferenceList,
  includeInactive = false,
): Promise<NamedRow[]> {
  const viewer = requireUser(ctx);
  const em = await ctx.tx.manager();
  if (table === 'ticket_label') {
    const internal = isStaff(viewer) ? '' : 'WHERE visible_to_customer';
    return em.query(
      `SELECT id, code, name_nl AS "nameNl", name_en AS "nameEn", true AS active,
              visible_to_customer AS "visibleToCustomer"
         FROM ticket_label ${internal} ORDER BY code`,
    );
  }
  const which = includeInactive && isStaff(viewer) ? '' : 'WHERE active';
  return em.query(
    `SELECT id, code, name_nl AS "nameNl", name_en AS "nameEn", active FROM ${table} ${which}
      ORDER BY NOT active, position, code`,
  );
}

export async function getQueue(ctx: Ctx, id: string): Promise<TicketQueueRow | null> {
  const em = await ctx.tx.manager();
  const rows: TicketQueueRow[] = await em.query(
    `SELECT ${QUEUE_COLUMNS} FROM ticket_queue q WHERE q.id = $1`,
    [id],
  );
  return rows[0] ?? null;
}
