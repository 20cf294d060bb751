// The department's themes, teams and staff, kept in memory by each server: they are read by nearly every
// operation (a message's theme and author, a thread's team and handler), change rarely, and are not tenant
// data (no row-level security on themes and teams; staff users are readable in every scope). A change
// announces itself (triggers → NOTIFY `department.changed`, migration CacheInvalidation), and every instance
// drops its copy; the next operation reads it again in its own transaction.
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { ScopedTransaction } from '../../db/scope.js';
import type { PgPubSub } from '../../graphql/pubsub.js';
import { Topic } from '../../graphql/topics.js';
import { UserEntity } from '../accounts/user.entity.js';
import { TeamEntity } from './team.entity.js';
import { ThemeEntity } from './theme.entity.js';

export interface DepartmentSnapshot {
  themes: ThemeEntity[];
  teams: TeamEntity[];
  themeById: Map<string, ThemeEntity>;
  teamById: Map<string, TeamEntity>;
}

async function readDepartment(em: EntityManager): Promise<DepartmentSnapshot> {
  const themes = await em.find(ThemeEntity, { order: { position: 'ASC', id: 'ASC' } });
  const teams = await em.find(TeamEntity, { order: { nameNl: 'ASC', id: 'ASC' } });
  return {
    themes,
    teams,
    themeById: new Map(themes.map((t) => [t.id, t])),
    teamById: new Map(teams.map((t) => [t.id, t])),
  };
}

async function readStaff(em: EntityManager): Promise<Map<string, UserEntity>> {
  const staff = await em.find(UserEntity, { where: { organisationId: IsNull() } });
  return new Map(staff.map((u) => [u.id, u]));
}

/** A value read once and shared until dropped; a failed read is not kept. */
export class Cached<T> {
  private value: Promise<T> | undefined;

  get(read: () => Promise<T>): Promise<T> {
    if (this.value) return this.value;
    const loading = read();
    this.value = loading;
    loading.catch(() => {
      if (this.value === loading) this.value = undefined;
    });
    return loading;
  }

  drop(): void {
    this.value = undefined;
  }
}

/**
 * One per data source. Until `watch` has subscribed it to the change events it caches nothing (every call
 * reads), so that a process that does not listen can never serve stale data. A change announced while a
 * copy is being read drops that copy too: it serves only the operations that were already waiting for it.
 */
export class DepartmentCache {
  private readonly department = new Cached<DepartmentSnapshot>();
  private readonly staff = new Cached<Map<string, UserEntity>>();
  private watching = false;

  /** Subscribes to the change events of `app`'s pubsub (once). */
  watch(pubsub: PgPubSub): void {
    if (this.watching) return;
    this.watching = true;
    const events = pubsub.subscribe(Topic.DepartmentChanged);
    void (async () => {
      for await (const _ of events) this.invalidate();
    })();
    // Changes announced while the event listener was down were never heard.
    pubsub.onReconnect(() => this.invalidate());
  }

  invalidate(): void {
    this.department.drop();
    this.staff.drop();
  }

  /** Themes and teams, read in `tx` (the operation's transaction) when not cached. */
  async get(tx: ScopedTransaction): Promise<DepartmentSnapshot> {
    if (!this.watching) return readDepartment(await tx.manager());
    return this.department.get(async () => readDepartment(await tx.manager()));
  }

  /**
   * The department's staff users by id, or null where this cache may not answer: when it does not listen,
   * and for anonymous operations (row-level security shows staff to every scope but the empty one).
   */
  async staffById(tx: ScopedTransaction): Promise<Map<string, UserEntity> | null> {
    if (!this.watching || tx.scope.kind === 'anonymous') return null;
    return this.staff.get(async () => readStaff(await tx.manager()));
  }
}

const caches = new WeakMap<DataSource, DepartmentCache>();

export function departmentCache(dataSource: DataSource): DepartmentCache {
  let cache = caches.get(dataSource);
  if (!cache) {
    cache = new DepartmentCache();
    caches.set(dataSource, cache);
  }
  return cache;
}

/** Keeps this process's department cache for `app` true from now on (called once at start-up). */
export function watchDepartment(app: { dataSource: DataSource; pubsub: PgPubSub }): void {
  departmentCache(app.dataSource).watch(app.pubsub);
}
