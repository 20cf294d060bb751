// The staff inbox's page statement: a bounded walk down the inbox order first, the filters' own indexes
// only when the walk finds too little (decision 0040).
//
// Why not leave the choice to the planner: under row-level security it estimates every list at about 1 % of
// its rows (the policy's scope test gets a default selectivity), so it expects an ordered walk to read a
// hundred times further than it does, and sorts every match of the filter instead: at 10M messages every
// thread with a common word, or every unanswered thread of a theme. The walk reads a bounded number of
// threads whatever the dataset's size; a rare filter falls back to the plan that reads its matches.

import { type KeysetPage, keysetOrderBy } from '../../lists/keyset.js';

/** Threads the walk reads (past the cursor) before the statement falls back to the filters' indexes. */
export const WALK = 1000;

/** The columns of a thread row (the walk adds two of its own, which the page leaves out). */
const COLUMNS = `t.id, t.organisation_id, t.reference_number, t.theme_id, t.title, t.team_id, t.assigned_handler_id,
  t.created_at, t.last_message_at, t.last_direction, t.message_count`;

export interface StaffInboxConditions {
  /** Where the walk goes: conditions an ordered index answers (team, organisation) and the cursor. */
  walk: string[];
  /** The other filters as tested on each thread the walk reads (the text: an EXISTS on its messages). */
  perThread: string[];
  /** The same filters in the form their indexes answer (the text: a union of the trigram lookups). */
  indexed: string[];
}

const all = (conditions: string[]) => (conditions.length > 0 ? conditions.join(' AND ') : 'true');

/**
 * The page (alias `t`, `page.size + 1` rows in reading order). Without filters beyond the walk's own, the
 * plain ordered read. Otherwise one statement of two arms: `near` walks at most WALK threads and keeps the
 * matching ones; when that fills the page, or the walk reached the end of the list, it is the answer, else
 * the `far` arm (the filters through their indexes, then sorted) runs instead. The choice is a one-time
 * filter on `settled`: the arm not chosen is never executed.
 */
export function staffInboxPageSql(c: StaffInboxConditions, page: KeysetPage): string {
  const order = keysetOrderBy(page);
  const limit = page.size + 1;
  if (c.perThread.length === 0) {
    return `SELECT ${COLUMNS} FROM message_thread t WHERE ${all(c.walk)} ${order} LIMIT ${limit}`;
  }
  return `WITH near AS MATERIALIZED (
      SELECT * FROM (
        SELECT t.*, row_number() OVER (${order}) AS walked, (${all(c.perThread)}) AS hit
          FROM message_thread t WHERE ${all(c.walk)} ${order} LIMIT ${WALK}) t
       WHERE t.hit OR t.walked = ${WALK} ${order} LIMIT ${limit}),
    settled AS MATERIALIZED (
      SELECT count(*) FILTER (WHERE hit) = ${limit} OR count(*) FILTER (WHERE walked = ${WALK}) = 0 AS yes
        FROM near)
    SELECT t.* FROM (
      SELECT ${COLUMNS} FROM near t WHERE t.hit AND (SELECT yes FROM settled)
      UNION ALL
      SELECT ${COLUMNS} FROM (
        SELECT t.* FROM message_thread t WHERE ${all([...c.walk, ...c.indexed])} ${order} LIMIT ${limit}) t
       WHERE NOT (SELECT yes FROM settled)) t
    ${order} LIMIT ${limit}`;
}
