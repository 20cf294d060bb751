// Raw SQL that returns rows, whatever the statement: SELECT, and INSERT/UPDATE/DELETE … RETURNING.
import type { EntityManager, QueryResult } from 'typeorm';

/**
 * The rows `sql` returns. Use it for every raw statement whose rows are read: TypeORM 1.x's `em.query()`
 * answers `[rows, rowCount]` for UPDATE and DELETE (also with RETURNING) and plain rows for the rest, so
 * reading its answer as rows silently yields `undefined` ids. The structured result has the rows always.
 */
export async function queryRows<T>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const own = em.queryRunner ? undefined : em.connection.createQueryRunner();
  const runner = em.queryRunner ?? own;
  if (!runner) throw new Error('no query runner');
  try {
    const result = (await runner.query(sql, params, true)) as QueryResult<T>;
    return (result.records ?? []) as T[];
  } finally {
    await own?.release();
  }
}
