// Finding a person for the privacy tools (DEPARTMENT_ADMIN): users and contact persons whose name or
// address contains the search, by name, keyset-paged ('Vorige' / 'Volgende' keep the search).
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import {
  type Connection,
  cappedCountSql,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetOrderAndLimit,
  keysetPage,
  likePattern,
  type PageArgs,
  withCappedTotal,
} from '../../lists/keyset.js';
import { type PersonKind, requireDepartmentAdmin } from './privacy-access.js';

const PEOPLE_PAGE_SIZE = 25;
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

interface PersonRow {
  kind: PersonKind;
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  organisation_name: string | null;
  legal_hold: boolean;
  erased: boolean;
  last_key: string;
  first_key: string;
}

/** By name (case-insensitive), then users before contacts; the id breaks ties. */
const PEOPLE_ORDER: KeysetOrder = {
  key: [
    ['last_key', 'text'],
    ['first_key', 'text'],
    ['kind', 'text'],
    ['id', 'uuid'],
  ],
  descending: false,
};

// Users and contact persons as one relation, with the lowered names the order reads.
const PEOPLE = `(
  SELECT 'USER'::text AS kind, u.id, u.first_name, u.last_name, u.email, o.name AS organisation_name,
         u.legal_hold, u.erased_at IS NOT NULL AS erased, lower(u.last_name) AS last_key,
         lower(u.first_name) AS first_key
    FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id
   WHERE u.email ILIKE $1 OR (u.first_name || ' ' || u.last_name) ILIKE $1
  UNION ALL
  SELECT 'CONTACT', c.id, c.first_name, c.last_name, c.email, o.name, c.legal_hold, c.erased_at IS NOT NULL,
         lower(c.last_name), lower(c.first_name)
    FROM contact_person c JOIN organisation o ON o.id = c.organisation_id
   WHERE c.email ILIKE $1 OR (c.first_name || ' ' || c.last_name) ILIKE $1
) people`;

const toPerson = (r: PersonRow): PrivacyPerson => ({
  kind: r.kind,
  id: r.id,
  firstName: r.first_name,
  lastName: r.last_name,
  email: r.email,
  organisationName: r.organisation_name,
  legalHold: r.legal_hold,
  erased: r.erased,
});

/** People matching `search` (case-insensitive, name or address), erased ones too; none for a too short search. */
export async function findPeople(
  ctx: Ctx,
  search: string,
  args: PageArgs,
): Promise<Connection<PrivacyPerson>> {
  requireDepartmentAdmin(ctx);
  const page = keysetPage(args, PEOPLE_ORDER, PEOPLE_PAGE_SIZE);
  const text = search.trim();
  if (text.length < SEARCH_MIN || text.length > SEARCH_MAX)
    return keysetConnection([], page, (p: PrivacyPerson) => [p.id], 0);
  const em = await ctx.tx.manager();
  const params: unknown[] = [likePattern(text)];
  const after = keysetCondition(page, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  const rows = await queryRows<PersonRow>(
    em,
    `SELECT * FROM ${PEOPLE} ${after ? `WHERE ${after}` : ''} ${keysetOrderAndLimit(page)}`,
    params,
  );
  const connection = keysetConnection(rows, page, (r) => [r.last_key, r.first_key, r.kind, r.id]);
  return withCappedTotal(
    { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toPerson(e.node) })) },
    async (limit) => {
      const [row] = await queryRows<{ n: number }>(em, cappedCountSql(`FROM ${PEOPLE}`, '$2'), [
        params[0],
        limit,
      ]);
      return row?.n ?? 0;
    },
  );
}
