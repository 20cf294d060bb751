// Text searches under row-level security (decision 0031). PostgreSQL uses an index for a condition on a
// table with RLS only when the condition's functions are LEAKPROOF (else they must wait until the policy
// has filtered every row: a sequential scan). The match operators of our searches — full text `@@`
// (ts_match_vq), ILIKE (texticlike) and the `||` in the trigram index's expression (textcat) — are not
// marked so, though they can only fail on their own arguments or memory, never in a way that depends on a
// row's content. Marking them takes a superuser: done at start-up when the owner is one (embedded,
// tests, most single-server installs); otherwise a warning names the statement a DBA runs once.
import type pg from 'pg';
import type { Logger } from '../logger.js';

const MATCH_FUNCTIONS = [
  'pg_catalog.ts_match_vq(tsvector, tsquery)',
  'pg_catalog.texticlike(text, text)',
  'pg_catalog.textcat(text, text)',
];

/** The statement that marks the search functions LEAKPROOF in this database. */
const LEAKPROOF_STATEMENT = MATCH_FUNCTIONS.map((fn) => `ALTER FUNCTION ${fn} LEAKPROOF;`).join(' ');

export async function ensureIndexableSearch(client: pg.Client, log: Logger): Promise<void> {
  const { rows } = await client.query<{ missing: number; superuser: boolean }>(
    `SELECT count(*) FILTER (WHERE NOT p.proleakproof)::int AS missing,
            (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser
       FROM unnest($1::regprocedure[]) AS f(oid) JOIN pg_proc p ON p.oid = f.oid`,
    [MATCH_FUNCTIONS],
  );
  const state = rows[0];
  if (!state || state.missing === 0) return;
  if (state.superuser) {
    await client.query(LEAKPROOF_STATEMENT);
    return;
  }
  log.warn(
    { statement: LEAKPROOF_STATEMENT },
    'text searches will scan whole tables under row-level security: a superuser should run this statement once in this database (decision 0031)',
  );
}
