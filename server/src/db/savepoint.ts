// Unique constraints answered as a field error without aborting the operation's transaction.
import type { EntityManager } from 'typeorm';

let counter = 0;

/** Runs `work` under a savepoint; a unique violation rolls back to it and yields null. */
export async function nullOnUniqueViolation<T>(em: EntityManager, work: () => Promise<T>): Promise<T | null> {
  const name = `unique_${++counter}`;
  await em.query(`SAVEPOINT ${name}`);
  try {
    const result = await work();
    await em.query(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    await em.query(`ROLLBACK TO SAVEPOINT ${name}`);
    return null;
  }
}
