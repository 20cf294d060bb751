// A filtered page that reads a bounded number of rows whatever the table's size: a walk down the list's
// order first, the filters' own indexes only when the walk finds too little (decision 0040).
//
// Why not leave the choice to the planner: under row-level security it estimates every list at about 1 % of
// its rows (the policy's scope test gets a default selectivity), so it expects an ordered walk to read a
// hundred times further than it does, and reads and sorts every match of the filter instead: at 10M
// messages every message with a common word, or every unanswered thread of a theme. The walk reads at most
// WALK rows; a rare filter falls back to the plan that reads its (few) matches.

import { type KeysetPage, keysetOrderBy } from './keyset.js';

/** Rows the walk reads (past the cursor) before the statement falls back to the filters' indexes. */
export const WALK = 1000;

export interface WalkedPage {
  /** The table and its alias, e.g. `message_thread t`. */
  from: string;
  alias: string;
  /** The row's columns (qualified by the alias); the walk adds two of its own, which the page leaves out. */
  columns: string;
  /** Extra output columns computed for the page's rows only (alias-qualified expressions), e.g. `, EXISTS …`. */
  extra?: string;
  /** Where the walk goes: conditions an ordered index answers (organisation, team, …) and the cursor. */
  walk: string[];
  /** The other filters as tested on each row the walk reads. */
  perRow: string[];
  /** The same filters in the form their indexes answer (may equal `perRow`). */
  indexed: string[];
  page: KeysetPage;
}

const all = (conditions: string[]) => (conditions.length > 0 ? conditions.join(' AND ') : 'true');

/**
 * The page (`page.size + 1` rows in reading order). Without filters beyond the walk's own, the plain
 * ordered read. Otherwise one statement of two arms: `near` walks at most WALK rows and keeps the matching
 * ones; when that fills the page, or the walk reached the end of the list, it is the answer, else the `far`
 * arm (the filters through their indexes, then sorted) runs instead. The choice is a one-time filter on
 * `settled`: the arm not chosen is never executed.
 */
export function walkedPageSql(q: WalkedPage): string {
  const { from, alias: a, columns, extra = '' } = q;
  const order = keysetOrderBy(q.page);
  const limit = q.page.size + 1;
  if (q.perRow.length === 0) {
    return `SELECT ${columns}${extra} FROM ${from} WHERE ${all(q.walk)} ${order} LIMIT ${limit}`;
  }
  return `WITH near AS MATERIALIZED (
      SELECT * FROM (
        SELECT ${columns}, row_number() OVER (${order}) AS walked, (${all(q.perRow)}) AS hit
          FROM ${from} WHERE ${all(q.walk)} ${order} LIMIT ${WALK}) ${a}
       WHERE ${a}.hit OR ${a}.walked = ${WALK} ${order} LIMIT ${limit}),
    settled AS MATERIALIZED (
      SELECT count(*) FILTER (WHERE hit) = ${limit} OR count(*) FILTER (WHERE walked = ${WALK}) = 0 AS yes
        FROM near)
    SELECT ${a}.*${extra} FROM (
      SELECT ${columns} FROM near ${a} WHERE ${a}.hit AND (SELECT yes FROM settled)
      UNION ALL
      SELECT ${columns} FROM (
        SELECT ${columns} FROM ${from} WHERE ${all([...q.walk, ...q.indexed])} ${order} LIMIT ${limit}) ${a}
       WHERE NOT (SELECT yes FROM settled)) ${a}
    ${order} LIMIT ${limit}`;
}
