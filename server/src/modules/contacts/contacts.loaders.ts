// Batched reads of contact persons' relations: their themes, and whether their address has access to
// the e-loket (an ACTIVE or INVITED user of the same organisation).
import DataLoader from 'dataloader';
import type { ScopedTransaction } from '../../db/scope.js';

export interface AccessKey {
  organisationId: string;
  email: string;
}

export function contactLoaders(tx: ScopedTransaction) {
  return {
    /** Theme ids of each contact person, in the department's theme order. */
    contactThemeIds: new DataLoader<string, string[]>(async (contactIds) => {
      const em = await tx.manager();
      const rows: Array<{ contact_person_id: string; theme_id: string }> = await em.query(
        `SELECT cpt.contact_person_id, cpt.theme_id FROM contact_person_theme cpt
           JOIN theme t ON t.id = cpt.theme_id
          WHERE cpt.contact_person_id = ANY($1) ORDER BY t.position, t.id`,
        [contactIds],
      );
      return contactIds.map((id) => rows.filter((r) => r.contact_person_id === id).map((r) => r.theme_id));
    }),

    /** Whether a user of the organisation (ACTIVE or INVITED) has this address, case-insensitively. */
    contactHasAccess: new DataLoader<AccessKey, boolean, string>(
      async (keys) => {
        const em = await tx.manager();
        const rows: Array<{ organisation_id: string; email: string }> = await em.query(
          `SELECT DISTINCT u.organisation_id, lower(u.email) AS email
             FROM app_user u
             JOIN unnest($1::uuid[], $2::text[]) AS k (organisation_id, email)
               ON u.organisation_id = k.organisation_id AND lower(u.email) = lower(k.email)
            WHERE u.status IN ('ACTIVE', 'INVITED')`,
          [keys.map((k) => k.organisationId), keys.map((k) => k.email)],
        );
        const found = new Set(rows.map((r) => `${r.organisation_id} ${r.email}`));
        return keys.map((k) => found.has(`${k.organisationId} ${k.email.toLowerCase()}`));
      },
      { cacheKeyFn: (k) => `${k.organisationId} ${k.email.toLowerCase()}` },
    ),
  };
}
