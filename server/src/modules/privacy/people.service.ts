// Finding a person for the privacy tools (DEPARTMENT_ADMIN): users and contact persons whose name or
// address contains the search, at most PEOPLE_MAX (the page asks for a narrower search beyond that).
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { type PersonKind, requireDepartmentAdmin } from './privacy-access.js';

const PEOPLE_MAX = 25;
const SEARCH_MIN = 2;
const SEARCH_MAX = 200;

export interface PrivacyPerson {
  kind: PersonKind;
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  organisationName: string | null;
  legalHold: boolean;
  erased: boolean;
}

/** People matching `search` (case-insensitive, name or address), erased ones too, by name. */
export async function findPeople(ctx: Ctx, search: string): Promise<PrivacyPerson[]> {
  requireDepartmentAdmin(ctx);
  const text = search.trim();
  if (text.length < SEARCH_MIN || text.length > SEARCH_MAX) return [];
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await queryRows<{
    kind: PersonKind;
    id: string;
    first_name: string;
    last_name: string;
    email: string;
    organisation_name: string | null;
    legal_hold: boolean;
    erased: boolean;
  }>(
    await ctx.tx.manager(),
    `SELECT * FROM (
       SELECT 'USER' AS kind, u.id, u.first_name, u.last_name, u.email, o.name AS organisation_name,
              u.legal_hold, u.erased_at IS NOT NULL AS erased
         FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
        WHERE u.email ILIKE $1 OR (u.first_name || ' ' || u.last_name) ILIKE $1
       UNION ALL
       SELECT 'CONTACT', c.id, c.first_name, c.last_name, c.email, o.name, c.legal_hold, c.erased_at IS NOT NULL
         FROM contact_person c JOIN organisation o ON o.id = c.organisation_id
        WHERE c.email ILIKE $1 OR (c.first_name || ' ' || c.last_name) ILIKE $1
     ) people ORDER BY lower(last_name), lower(first_name), kind, id LIMIT $2`,
    [pattern, PEOPLE_MAX],
  );
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    email: r.email,
    organisationName: r.organisation_name,
    legalHold: r.legal_hold,
    erased: r.erased,
  }));
}
