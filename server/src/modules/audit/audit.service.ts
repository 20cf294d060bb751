// Recording who changed what: every change to organisation data, contacts, users and roles.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  type Connection,
  type KeysetOrder,
  type KeysetPage,
  keysetCondition,
  keysetConnection,
  keysetOrderAndLimit,
} from '../../lists/keyset.js';
import type { FieldChange } from './audit-event.entity.js';

export interface AuditInput {
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes?: FieldChange[];
}

const show = (value: unknown): string | null =>
  value === null || value === undefined ? null : Array.isArray(value) ? value.join(', ') : String(value);

/** The fields whose value differs between `before` and `after`, with both values as text. */
export function diffFields<T extends object>(
  before: T,
  after: Partial<T>,
  fields: ReadonlyArray<keyof T>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!(field in after)) continue;
    const old = show(before[field]);
    const now = show(after[field]);
    if (old !== now) changes.push({ field: String(field), old, new: now });
  }
  return changes;
}

/** Appends an audit event in the current transaction (no RETURNING: insert-only for the application). */
export async function recordAudit(em: EntityManager, input: AuditInput): Promise<void> {
  await em.query(
    `INSERT INTO audit_event (id, organisation_id, actor_user_id, action, entity_type, entity_id, changes)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      randomUUID(),
      input.organisationId,
      input.actorUserId,
      input.action,
      input.entityType,
      input.entityId,
      JSON.stringify(input.changes ?? []),
    ],
  );
}

export interface AuditEventRow {
  id: string;
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: FieldChange[];
  createdAt: Date;
}

/** Newest first. */
export const AUDIT_ORDER: KeysetOrder = {
  key: [
    ['created_at', 'timestamp'],
    ['id', 'uuid'],
  ],
  descending: true,
};

/**
 * One page of the audit events matching `where` (SQL over audit_event's columns with $1.. `params`),
 * newest first, with their total count. Shared by an organisation's history and the administration's.
 */
export async function auditEventPage(
  em: EntityManager,
  filter: { where: string; params: unknown[] },
  page: KeysetPage,
): Promise<Connection<AuditEventRow>> {
  const params = [...filter.params];
  const after = keysetCondition(page, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  const rows: Array<{
    id: string;
    organisation_id: string | null;
    actor_user_id: string | null;
    action: string;
    entity_type: string;
    entity_id: string | null;
    changes: FieldChange[];
    created_at: Date;
    created_at_key: string;
  }> = await em.query(
    `SELECT id, organisation_id, actor_user_id, action, entity_type, entity_id, changes, created_at,
            created_at::text AS created_at_key
       FROM audit_event WHERE (${filter.where}) ${after ? `AND ${after}` : ''}
      ${keysetOrderAndLimit(page)}`,
    params,
  );
  const [{ n }] = (await em.query(
    `SELECT count(*)::int AS n FROM audit_event WHERE ${filter.where}`,
    filter.params,
  )) as [{ n: number }];
  // The key is the timestamp as PostgreSQL writes it: microseconds, which a JavaScript Date would lose.
  const connection = keysetConnection(rows, page, (r) => [r.created_at_key, r.id], n);
  return {
    ...connection,
    edges: connection.edges.map(({ node: r, cursor }) => ({
      cursor,
      node: {
        id: r.id,
        organisationId: r.organisation_id,
        actorUserId: r.actor_user_id,
        action: r.action,
        entityType: r.entity_type,
        entityId: r.entity_id,
        changes: r.changes,
        createdAt: r.created_at,
      },
    })),
  };
}
