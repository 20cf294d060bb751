// Per-operation DataLoaders: every relation read is batched, so the number of SQL statements of a page
// does not grow with its size. Created anew for each operation (and each subscription event), so a cache
// never outlives its transaction or crosses tenants. Relation loaders return ids; entity loaders rows.
import DataLoader from 'dataloader';
import type { ScopedTransaction } from '../db/scope.js';
import { UserEntity } from '../modules/accounts/user.entity.js';
import { contactLoaders } from '../modules/contacts/contacts.loaders.js';
import { type DepartmentSnapshot, departmentCache } from '../modules/department/department.cache.js';
import { departmentLoaders } from '../modules/department/department.loaders.js';
import { messageLoaders } from '../modules/messages/messages.loaders.js';
import { OrganisationEntity } from '../modules/organisations/organisation.entity.js';
import { organisationLoaders } from '../modules/organisations/organisation.loaders.js';
import { byId } from './batch.js';

/** Themes or teams by id, from the department cache (department.cache.ts): no SQL while it is warm. */
function departmentLoader<T>(tx: ScopedTransaction, pick: (snapshot: DepartmentSnapshot) => Map<string, T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = pick(await departmentCache(tx.dataSource).get(tx));
    return ids.map((id) => found.get(id) ?? null);
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
