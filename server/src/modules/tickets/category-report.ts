// Tickets per category created in a period (issue 16, /staff/reports): every active category (also with
// none) and the inactive ones that had tickets in the period, in the categories' order.
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../db/query.js';
import type { NamedRow } from './ticket.rows.js';

export interface CategoryCountRow {
  category: NamedRow;
  /** Tickets created from `from` to `to` (merged duplicates left out). */
  created: number;
  /** Of those, not yet Opgelost or Gesloten. */
  open: number;
}

/** Per category, tickets created from `from` to `to` (days, YYYY-MM-DD, inclusive, Brussels time). */
export async function ticketCategoryCounts(
  em: EntityManager,
  from: string,
  to: string,
): Promise<CategoryCountRow[]> {
  const rows = await queryRows<NamedRow & { created: number; open: number }>(
    em,
    `SELECT c.id, c.code, c.name_nl AS "nameNl", c.name_en AS "nameEn", c.active,
            count(t.id)::int AS created,
            count(t.id) FILTER (WHERE t.status NOT IN ('RESOLVED', 'CLOSED'))::int AS open
       FROM ticket_category c
       LEFT JOIN ticket t ON t.category_id = c.id AND t.merged_into_id IS NULL
        AND t.created_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Brussels'
        AND t.created_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Brussels'
      GROUP BY c.id
     HAVING c.active OR count(t.id) > 0
      ORDER BY NOT c.active, c.position, c.code`,
    [from, to],
  );
  return rows.map(({ created, open, ...category }) => ({ category, created, open }));
}
