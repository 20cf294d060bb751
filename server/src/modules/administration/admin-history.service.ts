// The administration's history page: the audit events of what is administered (organisations, and the
// department's themes, teams, staff, ticket settings, knowledge base and webhooks), newest first,
// optionally of one kind.
import type { Ctx } from '../../context.js';
import { keysetPage, type PageArgs } from '../../lists/keyset.js';
import { AUDIT_ORDER, auditEventPage } from '../audit/audit.service.js';
import { requireDepartmentAdmin } from './organisation-admin.service.js';

/** The kinds of administered things, by the entity types their audit events carry. */
export const ADMIN_HISTORY_KINDS = {
  ORGANISATION: ['organisation'],
  THEME: ['theme'],
  TEAM: ['team'],
  STAFF: ['staff-user'],
  TICKET_SETTINGS: [
    'ticket_support_type',
    'ticket_queue',
    'ticket_category',
    'business_calendar',
    'business_closing_day',
  ],
  KNOWLEDGE_BASE: ['kb_item', 'kb_outage'],
  WEBHOOK: ['webhook_endpoint', 'webhook_delivery'],
} as const;
export type AdminHistoryKind = keyof typeof ADMIN_HISTORY_KINDS;

export async function adminHistory(ctx: Ctx, args: PageArgs & { kind?: AdminHistoryKind | null }) {
  requireDepartmentAdmin(ctx);
  const page = keysetPage(args, AUDIT_ORDER);
  const entityTypes = args.kind ? ADMIN_HISTORY_KINDS[args.kind] : Object.values(ADMIN_HISTORY_KINDS).flat();
  const em = await ctx.tx.manager();
  // An organisation's own webhooks are its Beheerders' business (decision 0037): its history, not this one.
  return auditEventPage(
    em,
    {
      where: 'entity_type = ANY($1) AND NOT (entity_type = ANY($2) AND organisation_id IS NOT NULL)',
      params: [entityTypes, ADMIN_HISTORY_KINDS.WEBHOOK],
    },
    page,
  );
}
