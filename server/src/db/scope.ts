// Tenant-scoped transactions: every statement the application runs happens inside one, and the scope it
// sets (app.scope, app.organisation_id, app.user_id, app.roles) is what the row-level security policies check.
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { runOperation } from '../operation/run-operation.js';
import { traceSetting } from '../tracing/job-tracing.js';

export type DbScope =
  /**
   * An organisation's user: sees that organisation only. `roles` (tenant roles) narrow row visibility
   * where a table's policy asks for them (tickets: a MEMBER sees only their own); none: the narrowest.
   */
  | { kind: 'tenant'; organisationId: string; userId: string; roles?: readonly string[] }
  /** Department staff: sees every organisation. */
  | { kind: 'staff'; userId: string }
  /** No one logged in: sees no tenant rows (public operations go through the system scope explicitly). */
  | { kind: 'anonymous' }
  /** The server itself: authentication, the worker, seeding. Used by name, never by default. */
  | { kind: 'system' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const TENANT_ROLES = new Set(['ADMIN', 'MEMBER', 'MEMBER_PLUS']);

function settings(scope: DbScope): [scope: string, organisationId: string, userId: string, roles: string] {
  switch (scope.kind) {
    case 'tenant':
      return ['tenant', scope.organisationId, scope.userId, (scope.roles ?? []).join(',')];
    case 'staff':
      return ['staff', '', scope.userId, ''];
    case 'anonymous':
      return ['', '', '', ''];
    case 'system':
      return ['system', '', '', ''];
  }
}

/**
 * The statement that sets the scope. The values are inlined (the kinds are ours, the ids are checked to be
 * UUIDs), so that it can travel in one simple-protocol round trip together with START TRANSACTION.
 */
function scopeStatement(scope: DbScope): string {
  const [kind, organisationId, userId, roles] = settings(scope);
  for (const id of [organisationId, userId])
    if (id && !UUID.test(id)) throw new Error('scope ids must be UUIDs');
  if (roles && !roles.split(',').every((role) => TENANT_ROLES.has(role)))
    throw new Error('scope roles must be tenant roles');
  // `true`: the settings last until the end of this transaction, so a pooled connection never keeps them.
  // JIT and parallel workers are off for the application's short operations: the planner takes the
  // row-level security policies for very selective, overestimates what a page costs, and then spends ~20 ms
  // compiling and ~25 ms starting workers for a 2 ms query (bench/results, 10M messages; decision 0006).
  // While tracing, the operation's trace context goes into the jobs it enqueues (decision 0038); its text
  // holds only characters that need no quoting (job-tracing.ts checks them).
  const traced = traceSetting();
  return `SELECT set_config('app.scope', '${kind}', true), set_config('app.organisation_id', '${organisationId}', true),
            set_config('app.user_id', '${userId}', true), set_config('app.roles', '${roles}', true),
            set_config('jit', 'off', true),
            set_config('max_parallel_workers_per_gather', '0', true)${
              traced ? `, set_config('loket.trace', '${traced}', true)` : ''
            }`;
}

async function begin(runner: QueryRunner, scope: DbScope): Promise<void> {
  const setScope = scopeStatement(scope);
  // TypeORM's startTransaction keeps its own state (isTransactionActive, savepoint depth) and sends
  // START TRANSACTION through runner.query: the scope rides along in that round trip (two statements, one
  // trip to the server). Should TypeORM ever send something else first, the scope is set on its own.
  const query = runner.query;
  let sent = false;
  runner.query = ((text: string, ...rest: unknown[]) => {
    runner.query = query;
    if (text !== 'START TRANSACTION') return (query as (...args: unknown[]) => unknown)(text, ...rest);
    sent = true;
    return (query as (...args: unknown[]) => unknown)(`START TRANSACTION; ${setScope}`, ...rest);
  }) as QueryRunner['query'];
  try {
    await runner.startTransaction();
  } finally {
    runner.query = query;
  }
  if (!sent) await runner.query(setScope);
}

/**
 * GraphQL resolves sibling fields concurrently, but one connection runs one statement at a time (and pg
 * deprecates overlapping queries): queue the runner's statements in the order they are issued.
 */
function serialise(runner: QueryRunner): void {
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  let queue: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: unknown[]) => {
    const run = queue.then(() => query(...args));
    queue = run.catch(() => undefined);
    return run;
  }) as QueryRunner['query'];
}

/**
 * One transaction opened on first use and ended once, by whoever owns the operation (a GraphQL request,
 * a subscription event, a job). Everything the operation reads and writes goes through `manager()`.
 */
export class ScopedTransaction {
  private runner: QueryRunner | undefined;
  private opening: Promise<EntityManager> | undefined;
  private ended = false;

  constructor(
    readonly dataSource: DataSource,
    readonly scope: DbScope,
  ) {}

  manager(): Promise<EntityManager> {
    if (this.ended) return Promise.reject(new Error('transaction already ended'));
    this.opening ??= this.open();
    return this.opening;
  }

  private async open(): Promise<EntityManager> {
    const runner = this.dataSource.createQueryRunner();
    this.runner = runner;
    serialise(runner);
    await runner.connect();
    await begin(runner, this.scope);
    return runner.manager;
  }

  /** Commits (or rolls back) and returns the connection to the pool; a no-op if never opened. */
  async end(outcome: 'commit' | 'rollback'): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    const runner = this.runner;
    if (!runner) return;
    try {
      await this.opening?.catch(() => undefined);
      if (runner.isTransactionActive) {
        if (outcome === 'commit') await runner.commitTransaction();
        else await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
    }
  }
}

/**
 * Runs `work` in its own scoped transaction, as one operation (operation/run-operation.ts): commits when it
 * resolves, rolls back when it throws. The worker's jobs and system reads outside a request use this.
 */
export function inScope<T>(
  dataSource: DataSource,
  scope: DbScope,
  work: (em: EntityManager, tx: ScopedTransaction) => Promise<T>,
): Promise<T> {
  const tx = new ScopedTransaction(dataSource, scope);
  return runOperation({ tx }, async () => work(await tx.manager(), tx));
}
