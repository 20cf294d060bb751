// Batch helpers the loaders and services share: rows by id in one query per batch, an entity read along in
// its parent's query, and the values of a loadMany. They import no feature, so any service may use them.
import DataLoader from 'dataloader';
import { type EntityMetadata, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import type { ScopedTransaction } from '../db/scope.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ByIdPlan {
  sql: string;
  columns: Array<{ property: string; column: string }>;
  create: () => ObjectLiteral;
}
const plans = new WeakMap<EntityMetadata, ByIdPlan | null>();

/**
 * The SELECT of a by-id batch, built once per entity from its metadata: plain columns map one to one
 * (what node-postgres returns is what TypeORM would hydrate). Null for an entity with column transformers
 * or embedded columns, which then go through TypeORM's find.
 */
function byIdPlan(metadata: EntityMetadata): ByIdPlan | null {
  if (plans.has(metadata)) return plans.get(metadata) ?? null;
  const columns = metadata.columns.filter((c) => c.isSelect);
  const plain = columns.every((c) => !c.transformer && !c.embeddedMetadata && !c.relationMetadata);
  const target = metadata.target;
  const plan =
    plain && typeof target === 'function'
      ? {
          sql: `SELECT ${columns.map((c) => `"${c.databaseName}"`).join(', ')} FROM "${metadata.tableName}" WHERE id = ANY($1::uuid[])`,
          columns: columns.map((c) => ({ property: c.propertyName, column: c.databaseName })),
          create: () => new (target as new () => ObjectLiteral)(),
        }
      : null;
  plans.set(metadata, plan);
  return plan;
}

/**
 * Reading an entity in the same query as its parent (a LEFT JOIN under `alias`) instead of a second round
 * trip: `select` lists its columns as `<prefix><column>`, `read` makes the entity of a result row (null when
 * the join found nothing), to prime its loader with. Null for entities `byId` cannot map either.
 */
export function joinedEntity<T extends ObjectLiteral>(
  metadata: EntityMetadata,
  alias: string,
  prefix: string,
): { select: string; read(row: Record<string, unknown>): T | null } | null {
  const plan = byIdPlan(metadata);
  if (!plan) return null;
  return {
    select: plan.columns.map(({ column }) => `${alias}."${column}" AS "${prefix}${column}"`).join(', '),
    read(row) {
      if (row[`${prefix}id`] == null) return null;
      const entity = plan.create();
      for (const { property, column } of plan.columns) entity[property] = row[`${prefix}${column}`];
      return entity as T;
    },
  };
}

/** Loads rows of `entity` by id in one query per batch; ids the scope cannot see (or not ids) load as null. */
export function byId<T extends ObjectLiteral & { id: string }>(
  tx: ScopedTransaction,
  entity: EntityTarget<T>,
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const em = await tx.manager();
    const valid = ids.filter((id) => UUID.test(id));
    const plan = byIdPlan(em.connection.getMetadata(entity));
    let rows: T[] = [];
    if (valid.length > 0 && plan) {
      const raw: Array<Record<string, unknown>> = await em.query(plan.sql, [valid]);
      rows = raw.map((r) => {
        const row = plan.create();
        for (const { property, column } of plan.columns) row[property] = r[column];
        return row as T;
      });
    } else if (valid.length > 0) {
      rows = await em.getRepository(entity).findBy({ id: In(valid) } as never);
    }
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Drops nulls and errors from a loadMany result. */
export function present<T>(values: Array<T | null | Error>): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}
