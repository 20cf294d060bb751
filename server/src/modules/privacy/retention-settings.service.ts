// What staff set for retention (decision 0029): the period per theme and per queue, and legal holds on a
// thread, a ticket or a person, which keep them from the retention job and from erasure. All audited.
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { failed, notFound, ok, type Result } from '../../domain/errors.js';
import { isUuid } from '../../domain/validate.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireDepartmentAdmin } from './privacy-access.js';

const RETENTION_DAYS_MAX = 36500;

export const HOLD_TARGETS = ['USER', 'CONTACT', 'THREAD', 'TICKET'] as const;
export type HoldTarget = (typeof HOLD_TARGETS)[number];

const HOLD_TABLES: Record<HoldTarget, string> = {
  USER: 'app_user',
  CONTACT: 'contact_person',
  THREAD: 'message_thread',
  TICKET: 'ticket',
};

export const RETENTION_TARGETS = ['THEME', 'QUEUE'] as const;
export type RetentionTarget = (typeof RETENTION_TARGETS)[number];

/** Sets (null: removes) the retention period of a theme's threads or a queue's tickets. */
export async function setRetentionPeriod(
  ctx: Ctx,
  target: RetentionTarget,
  id: string,
  days: number | null,
): Promise<Result<true>> {
  const viewer = requireDepartmentAdmin(ctx);
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > RETENTION_DAYS_MAX))
    return failed([{ field: 'retentionDays', code: 'RETENTION_DAYS_RANGE' }]);
  if (!isUuid(id)) throw notFound(target.toLowerCase());
  const table = target === 'THEME' ? 'theme' : 'ticket_queue';
  const em = await ctx.tx.manager();
  const [before] = await queryRows<{ retention_days: number | null }>(
    em,
    `SELECT retention_days FROM ${table} WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!before) throw notFound(target.toLowerCase());
  await em.query(`UPDATE ${table} SET retention_days = $2 WHERE id = $1`, [id, days]);
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: 'retention.changed',
    entityType: table,
    entityId: id,
    changes: [
      {
        field: 'retentionDays',
        old: before.retention_days?.toString() ?? null,
        new: days?.toString() ?? null,
      },
    ],
  });
  return ok(true);
}

/** Puts a legal hold on (or lifts it from) a person, a thread or a ticket. */
export async function setLegalHold(ctx: Ctx, target: HoldTarget, id: string, hold: boolean): Promise<void> {
  const viewer = requireDepartmentAdmin(ctx);
  if (!isUuid(id)) throw notFound(target.toLowerCase());
  const table = HOLD_TABLES[target];
  const em = await ctx.tx.manager();
  const [row] = await queryRows<{ organisation_id: string | null; legal_hold: boolean }>(
    em,
    `SELECT organisation_id, legal_hold FROM ${table} WHERE id = $1 FOR UPDATE`,
    [id],
  );
  if (!row) throw notFound(target.toLowerCase());
  if (row.legal_hold === hold) return;
  await em.query(`UPDATE ${table} SET legal_hold = $2 WHERE id = $1`, [id, hold]);
  await recordAudit(em, {
    organisationId: row.organisation_id,
    actorUserId: viewer.userId,
    action: hold ? 'legal_hold.set' : 'legal_hold.lifted',
    entityType: table,
    entityId: id,
    changes: [{ field: 'legalHold', old: String(row.legal_hold), new: String(hold) }],
  });
}
