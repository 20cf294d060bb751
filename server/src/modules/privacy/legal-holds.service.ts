// Legal holds on threads and tickets with their reason (decision 0038): set or lifted by a DEPARTMENT_ADMIN
// with a reason (audited, before and after), listed newest first (keyset-paged), and read by any staff
// member on the thread's or ticket's page. A held thread or ticket is never deleted by retention.
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { type FieldError, failed, forbidden, notFound, ok, type Result } from '../../domain/errors.js';
import { isUuid } from '../../domain/validate.js';
import { isStaff, requireUser } from '../../domain/viewer.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetOrderAndLimit,
  keysetPage,
  type PageArgs,
} from '../../lists/keyset.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireDepartmentAdmin } from './privacy-access.js';

export const HELD_RECORDS = ['THREAD', 'TICKET'] as const;
/** What can be held with a reason: a message thread or a ticket. */
export type HeldRecord = (typeof HELD_RECORDS)[number];

const REASON_MIN = 3;
const HOLDS_PAGE_SIZE = 25;

/** A thread's or ticket's hold as the pages show it. */
export interface LegalHold {
  record: HeldRecord;
  id: string;
  /** The thread's reference number or the ticket's number. */
  label: string;
  title: string;
  organisationName: string;
  onHold: boolean;
  reason: string | null;
  heldAt: Date | null;
  heldByName: string | null;
}

interface HoldRow {
  record: HeldRecord;
  id: string;
  label: string;
  title: string;
  organisation_name: string;
  legal_hold: boolean;
  legal_hold_reason: string | null;
  legal_hold_at: Date | null;
  held_by_name: string | null;
  held_key: string;
}

// Threads and tickets as one relation; a hold set before reasons were kept sorts by its record's creation.
const RECORDS = `(
  SELECT 'THREAD'::text AS record, t.id, t.reference_number AS label, t.title, o.name AS organisation_name,
         t.legal_hold, t.legal_hold_reason, t.legal_hold_at,
         nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), '') AS held_by_name,
         coalesce(t.legal_hold_at, t.created_at) AS held_at,
         coalesce(t.legal_hold_at, t.created_at)::text AS held_key
    FROM message_thread t JOIN organisation o ON o.id = t.organisation_id
    LEFT JOIN app_user u ON u.id = t.legal_hold_by
  UNION ALL
  SELECT 'TICKET', k.id, k.number, k.subject, o.name, k.legal_hold, k.legal_hold_reason, k.legal_hold_at,
         nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), ''),
         coalesce(k.legal_hold_at, k.created_at), coalesce(k.legal_hold_at, k.created_at)::text
    FROM ticket k JOIN organisation o ON o.id = k.organisation_id
    LEFT JOIN app_user u ON u.id = k.legal_hold_by
) records`;

/** Newest hold first; the kind and id break ties. */
const HOLDS_ORDER: KeysetOrder = {
  key: [
    ['held_at', 'timestamp'],
    ['record', 'text'],
    ['id', 'uuid'],
  ],
  descending: true,
};

const toHold = (r: HoldRow): LegalHold => ({
  record: r.record,
  id: r.id,
  label: r.label,
  title: r.title,
  organisationName: r.organisation_name,
  onHold: r.legal_hold,
  reason: r.legal_hold_reason,
  heldAt: r.legal_hold_at,
  heldByName: r.held_by_name,
});

/** The threads and tickets on hold, newest hold first, 25 a page. DEPARTMENT_ADMIN. */
export async function listLegalHolds(ctx: Ctx, args: PageArgs): Promise<Connection<LegalHold>> {
  requireDepartmentAdmin(ctx);
  const page = keysetPage(args, HOLDS_ORDER, HOLDS_PAGE_SIZE);
  const em = await ctx.tx.manager();
  const params: unknown[] = [];
  const after = keysetCondition(page, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  const rows = await queryRows<HoldRow>(
    em,
    `SELECT * FROM ${RECORDS} WHERE legal_hold ${after ? `AND ${after}` : ''} ${keysetOrderAndLimit(page)}`,
    params,
  );
  const connection = keysetConnection(rows, page, (r) => [r.held_key, r.record, r.id]);
  const [count] = await queryRows<{ n: number }>(
    em,
    `SELECT (SELECT count(*) FROM message_thread WHERE legal_hold)::int
          + (SELECT count(*) FROM ticket WHERE legal_hold)::int AS n`,
  );
  return {
    ...connection,
    edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toHold(e.node) })),
    totalCount: count?.n ?? 0,
  };
}

const KEY_COLUMN: Record<HeldRecord, string> = { THREAD: 'label', TICKET: 'label' };

/**
 * A thread's (by reference number) or ticket's (by number) hold, for any staff member; NOT_FOUND when
 * there is no such record; FORBIDDEN for an organisation's users.
 */
export async function legalHoldOf(ctx: Ctx, record: HeldRecord, key: string): Promise<LegalHold> {
  const viewer = requireUser(ctx);
  if (!isStaff(viewer)) throw forbidden();
  const em = await ctx.tx.manager();
  const [row] = await queryRows<HoldRow>(
    em,
    `SELECT * FROM ${RECORDS} WHERE record = $1 AND ${KEY_COLUMN[record]} = $2`,
    [record, key.trim().slice(0, 100)],
  );
  if (!row) throw notFound(record === 'THREAD' ? 'thread' : 'ticket');
  return toHold(row);
}

const TABLES: Record<HeldRecord, string> = { THREAD: 'message_thread', TICKET: 'ticket' };

/**
 * Puts a thread or ticket on hold, or lifts its hold, with the reason why (required, 3 to 500 characters,
 * either way). Audited with the state and reason before and after. Setting what is already set: changes
 * nothing, answers the hold.
 */
export async function changeLegalHold(
  ctx: Ctx,
  record: HeldRecord,
  id: string,
  hold: boolean,
  reasonInput: string,
): Promise<Result<LegalHold>> {
  const viewer = requireDepartmentAdmin(ctx);
  const reason = reasonInput.trim();
  const errors: FieldError[] = [];
  // Longer than 500 characters is refused at the edge (TOO_LONG, decision 0011), as every text input.
  if (reason.length < REASON_MIN) errors.push({ field: 'reason', code: 'LEGAL_HOLD_REASON_REQUIRED' });
  if (!isUuid(id)) throw notFound(record === 'THREAD' ? 'thread' : 'ticket');
  const table = TABLES[record];
  const em = await ctx.tx.manager();
  const [before] = await queryRows<{
    organisation_id: string;
    legal_hold: boolean;
    legal_hold_reason: string | null;
  }>(em, `SELECT organisation_id, legal_hold, legal_hold_reason FROM ${table} WHERE id = $1 FOR UPDATE`, [
    id,
  ]);
  if (!before) throw notFound(record === 'THREAD' ? 'thread' : 'ticket');
  if (errors.length > 0) return failed(errors);
  if (before.legal_hold !== hold) {
    await em.query(
      `UPDATE ${table} SET legal_hold = $2, legal_hold_reason = $3, legal_hold_at = now(), legal_hold_by = $4
        WHERE id = $1`,
      [id, hold, reason, viewer.userId],
    );
    await recordAudit(em, {
      organisationId: before.organisation_id,
      actorUserId: viewer.userId,
      action: hold ? 'legal_hold.set' : 'legal_hold.lifted',
      entityType: table,
      entityId: id,
      changes: [
        { field: 'legalHold', old: String(before.legal_hold), new: String(hold) },
        { field: 'legalHoldReason', old: before.legal_hold_reason, new: reason },
      ],
    });
  }
  const [row] = await queryRows<HoldRow>(em, `SELECT * FROM ${RECORDS} WHERE record = $1 AND id = $2`, [
    record,
    id,
  ]);
  if (!row) throw notFound(record === 'THREAD' ? 'thread' : 'ticket');
  return ok(toHold(row));
}
