// The one way an operation ends: commit when it succeeded, roll back when it failed, return the connection
// to the pool, and log a commit that failed. GraphQL over HTTP (Apollo's plugin) and WebSocket, each
// subscription event, the HTTP routes and, through `inScope`, the worker's jobs all end here.
import type { Logger } from '../logger.js';

export type Outcome = 'commit' | 'rollback';

/** What ending an operation needs: its transaction (a `ScopedTransaction`) and where to log. A Ctx is one. */
export interface Operation {
  tx: { end(outcome: Outcome): Promise<void> };
  log?: Logger;
}

/** The commit of an operation failed: nothing it wrote was saved. */
export class CommitFailed extends Error {
  constructor(override readonly cause: unknown) {
    super('commit failed');
  }
}

/**
 * Ends `op`'s transaction with `outcome`; the connection returns to the pool either way. A failed commit is
 * logged and thrown as CommitFailed: the caller must not answer as if anything had been saved. A failed
 * rollback is only logged: PostgreSQL discards the transaction with its connection anyway.
 */
export async function endOperation(op: Operation, outcome: Outcome): Promise<void> {
  try {
    await op.tx.end(outcome);
  } catch (error) {
    op.log?.error({ err: error }, outcome === 'commit' ? 'commit failed' : 'rollback failed');
    if (outcome === 'commit') throw new CommitFailed(error);
  }
}

/**
 * Runs `work` as `op`: commits when it resolves, unless `failed(result)` says its result reports an error
 * (a GraphQL result with errors saves nothing); rolls back and rethrows when it throws.
 */
export async function runOperation<T>(
  op: Operation,
  work: () => Promise<T>,
  failed: (result: T) => boolean = () => false,
): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await endOperation(op, 'rollback');
    throw error;
  }
  await endOperation(op, failed(result) ? 'rollback' : 'commit');
  return result;
}
