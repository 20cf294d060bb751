// Recording who changed what: every change to organisation data, contacts, users and roles.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
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
