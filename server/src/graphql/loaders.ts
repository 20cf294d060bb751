// Per-operation DataLoaders: every relation read is batched, so the number of SQL statements of a page
// does not grow with its size. Created anew for each operation (and each subscription event), so a cache
// never outlives its transaction or crosses tenants. Relation loaders return ids; entity loaders rows.
import DataLoader from 'dataloader';
import { type EntityMetadata, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import type { ScopedTransaction } from '../db/scope.js';
import { UserEntity } from '../modules/accounts/user.entity.js';
import { contactLoaders } from '../modules/contacts/contacts.loaders.js';
import { type DepartmentSnapshot, departmentCache } from '../modules/department/department.cache.js';
import { departmentLoaders } from '../modules/department/department.loaders.js';
import { messageLoaders } from '../modules/messages/messages.loaders.js';
import { OrganisationEntity } from '../modules/organisations/organisation.entity.js';
import { organisationLoaders } from '../modules/organisations/organisation.loaders.js';

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

/** Themes or teams by id, from the department cache (department.cache.ts): no SQL while it is warm. */
function departmentLoader<T>(tx: ScopedTransaction, pick: (snapshot: DepartmentSnapshot) => Map<string, T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const byId = pick(await departmentCache(tx.dataSource).get(tx));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Users by id: the department's staff from the department cache, anyone else from the database. */
function userLoader(tx: ScopedTransaction) {
  const fromDatabase = byId(tx, UserEntity);
  return new DataLoader<string, UserEntity | null>(async (ids) => {
    const staff = await departmentCache(tx.dataSource).staffById(tx);
    const others = staff ? ids.filter((id) => !staff.has(id)) : ids;
    const found = new Map<string, UserEntity | null>();
    if (others.length > 0) {
      const rows = await fromDatabase.loadMany(others);
      others.forEach((id, i) => {
        const row = rows[i];
        if (row instanceof Error) throw row;
        found.set(id, row ?? null);
      });
    }
    return ids.map((id) => staff?.get(id) ?? found.get(id) ?? null);
  });
}

function ownLoaders(tx: ScopedTransaction) {
  return {
    user: userLoader(tx),
    team: departmentLoader(tx, (department) => department.teamById),
    theme: departmentLoader(tx, (department) => department.themeById),
    organisation: byId(tx, OrganisationEntity),
  };
}

/**
 * Each feature's loaders: a group is created on first use of any of its loaders, and may prime the others
 * (`all`) with what its own queries read along.
 */
type Group = (tx: ScopedTransaction, all: Loaders) => object;
const GROUPS: readonly Group[] = [
  ownLoaders,
  departmentLoaders,
  organisationLoaders,
  contactLoaders,
  messageLoaders,
];

export type Loaders = ReturnType<typeof ownLoaders> &
  ReturnType<typeof departmentLoaders> &
  ReturnType<typeof organisationLoaders> &
  ReturnType<typeof contactLoaders> &
  ReturnType<typeof messageLoaders>;

/**
 * An operation uses a few of its loaders, and a subscription's context lives as long as the subscription:
 * the loaders are getters on the prototype that create their group on first access and then stay on the
 * instance, so an unused loader costs nothing.
 */
class LazyLoaders {
  constructor(readonly tx: ScopedTransaction) {}
}
for (const create of GROUPS) {
  // Creating loaders touches no database: this only learns the group's names.
  const keys = Object.keys(create({} as ScopedTransaction, {} as Loaders));
  for (const key of keys) {
    Object.defineProperty(LazyLoaders.prototype, key, {
      get(this: LazyLoaders) {
        const group = create(this.tx, this as unknown as Loaders) as Record<string, unknown>;
        for (const k of keys) Object.defineProperty(this, k, { value: group[k], enumerable: true });
        return group[key];
      },
    });
  }
}

export function createLoaders(tx: ScopedTransaction): Loaders {
  return new LazyLoaders(tx) as unknown as Loaders;
}

/** Drops nulls and errors from a loadMany result. */
export function present<T>(values: Array<T | null | Error>): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}
