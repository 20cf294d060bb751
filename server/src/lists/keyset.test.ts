import { describe, expect, it } from 'vitest';
import { COUNT_CAP, type Connection, cappedCountSql, withCappedTotal } from './keyset.js';

const empty = (): Connection<string> => ({
  edges: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
});

describe('capped totals', () => {
  it('counts exactly below the cap, once for both fields, and only when read', async () => {
    const limits: number[] = [];
    const connection = withCappedTotal(empty(), async (limit) => {
      limits.push(limit);
      return 42;
    });
    expect(limits).toEqual([]);
    await expect(connection.totalCount).resolves.toBe(42);
    await expect(connection.totalCountCapped).resolves.toBe(false);
    expect(limits).toEqual([COUNT_CAP + 1]);
  });

  it('stops at the cap and says there are more', async () => {
    const connection = withCappedTotal(empty(), async (limit) => limit);
    await expect(connection.totalCount).resolves.toBe(COUNT_CAP);
    await expect(connection.totalCountCapped).resolves.toBe(true);
  });

  it('counts a limited subquery', () => {
    expect(cappedCountSql('FROM ticket t WHERE t.status = $1', '$2')).toBe(
      'SELECT count(*)::int AS n FROM (SELECT 1 FROM ticket t WHERE t.status = $1 LIMIT $2) capped',
    );
  });
});
