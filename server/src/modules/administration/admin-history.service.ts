// The administration's history page: the audit events of what is administered (organisations, and the
// department's themes; teams and staff as they are administered), newest first, optionally of one kind.
import type { Ctx } from '../../context.js';
import { keysetPage, type PageArgs } from '../../lists/keyset.js';
import { AUDIT_ORDER, auditEventPage } from '../audit/audit.service.js';
import { requireDepartmentAdmin } from './organisation-admin.service.js';

/** The kinds of administered things, by the entity type their audit events carry. */
export const ADMIN_HISTORY_KINDS = {
  ORGANISATION: 'organisation',
  THEME: 'theme',
  TEAM: 'team',
  STAFF: 'staff-user',
} as const;
export type AdminHistoryKind = keyof typeof ADMIN_HISTORY_KINDS;

export async function adminHistory(ctx: Ctx, args: PageArgs & { kind?: AdminHistoryKind | null }) {
  requireDepartmentAdmin(ctx);
  const page = keysetPage(args, AUDIT_ORDER);
  const entityTypes = args.kind ? [ADMIN_HISTORY_KINDS[args.kind]] : Object.values(ADMIN_HISTORY_KINDS);
  const em = await ctx.tx.manager();
  return auditEventPage(em, { where: 'entity_type = ANY($1)', params: [entityTypes] }, page);
}
