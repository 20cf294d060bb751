// Batched reads of an organisation's relations.
import DataLoader from 'dataloader';
import type { ScopedTransaction } from '../../db/scope.js';

export function organisationLoaders(tx: ScopedTransaction) {
  return {
    /** Theme ids each organisation works with, in the department's order. */
    organisationThemeIds: new DataLoader<string, string[]>(async (organisationIds) => {
      const em = await tx.manager();
      const rows: Array<{ organisation_id: string; theme_id: string }> = await em.query(
        `SELECT ot.organisation_id, ot.theme_id FROM organisation_theme ot JOIN theme t ON t.id = ot.theme_id
          WHERE ot.organisation_id = ANY($1) ORDER BY t.position, t.id`,
        [organisationIds],
      );
      return organisationIds.map((id) => rows.filter((r) => r.organisation_id === id).map((r) => r.theme_id));
    }),
  };
}
