// The department's side: the inbox of threads across organisations (filtered by team, theme,
// organisation, unanswered and assigned handler) and assigning a thread to a handler.

import type { Ctx } from '../../context.js';
import { type FieldError, failed, forbidden, notFound, ok, type Result } from '../../domain/errors.js';
import { hasRole, isStaff, requireUser, type UserViewer } from '../../domain/viewer.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetPage,
  likePattern,
  type PageArgs,
  withCappedTotal,
} from '../../lists/keyset.js';
import { walkedPageSql } from '../../lists/walked-page.js';
import { emitWebhook } from '../webhooks/webhook-events.js';
import { ThreadEntity } from './message.entity.js';
import { getThread } from './message.service.js';
import { Conditions, messageTextMatch } from './message-filter.js';

export interface StaffInboxFilter {
  /** Default: the viewer's own teams (all teams for a DEPARTMENT_ADMIN, or with `allTeams`). */
  teamId?: string | null;
  allTeams?: boolean | null;
  themeId?: string | null;
  organisationId?: string | null;
  /** Threads whose latest message came from the organisation. */
  unanswered?: boolean | null;
  assignedHandlerId?: string | null;
  /** Only threads nobody is assigned to. */
  unassigned?: boolean | null;
  referenceNumber?: string | null;
  /** Words in the thread's title or in the text of any of its messages. */
  text?: string | null;
}

function requireStaff(ctx: Ctx): UserViewer {
  const viewer = requireUser(ctx);
  if (!isStaff(viewer)) throw forbidden();
  return viewer;
}

interface ThreadRecord {
  id: string;
  organisation_id: string;
  reference_number: string;
  theme_id: string;
  title: string;
  team_id: string;
  assigned_handler_id: string | null;
  created_at: Date;
  last_message_at: Date;
  last_direction: 'INBOUND' | 'OUTBOUND';
  message_count: number;
}

const toThread = (r: ThreadRecord): ThreadEntity =>
  Object.assign(new ThreadEntity(), {
    id: r.id,
    organisationId: r.organisation_id,
    referenceNumber: r.reference_number,
    themeId: r.theme_id,
    title: r.title,
    teamId: r.team_id,
    assignedHandlerId: r.assigned_handler_id,
    createdAt: r.created_at,
    lastMessageAt: r.last_message_at,
    lastDirection: r.last_direction,
    messageCount: r.message_count,
  });

const THREAD_COLUMNS = `t.id, t.organisation_id, t.reference_number, t.theme_id, t.title, t.team_id,
  t.assigned_handler_id, t.created_at, t.last_message_at, t.last_direction, t.message_count`;

/** Latest activity first. */
const INBOX_ORDER: KeysetOrder = {
  key: [
    ['t.last_message_at', 'timestamp'],
    ['t.id', 'uuid'],
  ],
  descending: true,
};

/**
 * Text in a thread's title or any of its messages (alias `t`). A union of the two trigram index lookups,
 * not an OR with a per-thread EXISTS: that form reads every thread in scope (decision 0031).
 */
export function threadTextMatch(pattern: string): string {
  return `t.id IN (SELECT th.id FROM message_thread th WHERE th.title ILIKE ${pattern}
    UNION SELECT m.thread_id FROM message m WHERE ${messageTextMatch(pattern)})`;
}

/**
 * The same test on one thread the walk reads (alias `t`): its title, then its messages (decision 0040).
 * `OFFSET 0` keeps the EXISTS a per-thread lookup: without it the planner may turn it into a hashed
 * subplan, which reads every message with the text first (40,000 buffers at 1M messages).
 */
export function threadTextExists(pattern: string): string {
  return `(t.title ILIKE ${pattern}
    OR EXISTS (SELECT 1 FROM message m WHERE m.thread_id = t.id AND ${messageTextMatch(pattern)} OFFSET 0))`;
}

/**
 * Threads with the text (and `conditions` on alias `t`), counted up to `limit` while reading the matching
 * messages: each thread counts at its earliest matching message (a per-message lookup of an earlier one),
 * title-only matches apart. Counting stops at the limit, where a union of thread ids reads every match
 * first (7,000 buffers at 100k messages, 44,000 at 1M for a word in 4 % of them). The thread's conditions
 * and the earlier message are per-message lookups (`OFFSET 0`), so that the matching messages drive: as a
 * join the planner walked every thread instead.
 */
function threadTextCountSql(conditions: string[], pattern: string, limit: string): string {
  const thread =
    conditions.length > 0
      ? ` AND EXISTS (SELECT 1 FROM message_thread t WHERE t.id = m.thread_id AND ${conditions.join(' AND ')} OFFSET 0)`
      : '';
  const and = conditions.map((sql) => ` AND ${sql}`).join('');
  return `SELECT count(*)::int AS n FROM (
      SELECT 1 FROM message m
       WHERE ${messageTextMatch(pattern)}${thread}
         AND NOT EXISTS (SELECT 1 FROM message e WHERE e.thread_id = m.thread_id
               AND (e.sent_at, e.id) < (m.sent_at, m.id) AND (e.title || ' ' || e.body) ILIKE ${pattern} OFFSET 0)
      UNION ALL
      SELECT 1 FROM message_thread t WHERE t.title ILIKE ${pattern}${and}
         AND NOT EXISTS (SELECT 1 FROM message m WHERE m.thread_id = t.id AND ${messageTextMatch(pattern)} OFFSET 0)
      LIMIT ${limit}) capped`;
}

/** The filter's conditions, split as the page's statement walks (lists/walked-page.ts). */
function inboxConditions(
  viewer: UserViewer,
  filter: StaffInboxFilter,
): {
  params: Conditions;
  walk: string[];
  perThread: string[];
  indexed: string[];
  /** The filters on the thread alone (no text), and the text's parameter. */
  thread: string[];
  text: string | null;
} {
  const params = new Conditions();
  const p = (value: unknown) => params.param(value);
  const walk: string[] = [];
  const perThread: string[] = [];
  const indexed: string[] = [];
  const thread: string[] = [];
  let text: string | null = null;
  const both = (sql: string) => {
    perThread.push(sql);
    indexed.push(sql);
    thread.push(sql);
  };
  if (filter.teamId) walk.push(`t.team_id = ${p(filter.teamId)}`);
  else if (!filter.allTeams && !hasRole(viewer, 'DEPARTMENT_ADMIN')) {
    walk.push(`t.team_id IN (SELECT team_id FROM team_member WHERE user_id = ${p(viewer.userId)})`);
  }
  if (filter.organisationId) walk.push(`t.organisation_id = ${p(filter.organisationId)}`);
  if (filter.themeId) both(`t.theme_id = ${p(filter.themeId)}`);
  if (filter.unanswered) both(`t.last_direction = 'OUTBOUND'`);
  if (filter.assignedHandlerId) both(`t.assigned_handler_id = ${p(filter.assignedHandlerId)}`);
  if (filter.unassigned) both('t.assigned_handler_id IS NULL');
  if (filter.referenceNumber?.trim())
    both(`t.reference_number ILIKE ${p(likePattern(filter.referenceNumber))}`);
  if (filter.text?.trim()) {
    text = p(likePattern(filter.text));
    perThread.push(threadTextExists(text));
    indexed.push(threadTextMatch(text));
  }
  return { params, walk, perThread, indexed, thread, text };
}

export async function staffInbox(
  ctx: Ctx,
  filter: StaffInboxFilter,
  args: PageArgs,
): Promise<Connection<ThreadEntity>> {
  const viewer = requireStaff(ctx);
  const em = await ctx.tx.manager();
  const { params, walk, perThread, indexed, thread, text } = inboxConditions(viewer, filter);
  const page = keysetPage(args, INBOX_ORDER);
  const c = params.clone();
  const after = keysetCondition(page, (value) => c.param(value));
  const rows: ThreadRecord[] = await em.query(
    walkedPageSql({
      from: 'message_thread t',
      alias: 't',
      columns: THREAD_COLUMNS,
      walk: after ? [...walk, after] : walk,
      perRow: perThread,
      indexed,
      page,
    }),
    c.params,
  );
  const connection = keysetConnection(rows.map(toThread), page, (t) => [t.lastMessageAt.toISOString(), t.id]);
  const counted = params.clone();
  if (!text) {
    for (const sql of [...walk, ...indexed]) counted.add(sql);
    return withCappedTotal(connection, counted.countUpTo(em, 'message_thread t'));
  }
  return withCappedTotal(connection, async (limit) => {
    const sql = threadTextCountSql([...walk, ...thread], text, counted.param(limit));
    const rows: Array<{ n: number }> = await em.query(sql, counted.params);
    return rows[0]?.n ?? 0;
  });
}

/**
 * Assigns a thread to a handler of its team (null: unassign). A DEPARTMENT_ADMIN may assign any thread;
 * an AGENT the threads of their own teams.
 */
export async function assignThread(
  ctx: Ctx,
  referenceNumber: string,
  handlerId: string | null,
): Promise<Result<ThreadEntity>> {
  const viewer = requireStaff(ctx);
  const thread = await getThread(ctx, referenceNumber);
  const em = await ctx.tx.manager();
  const ownTeams: Array<{ team_id: string }> = await em.query(
    'SELECT team_id FROM team_member WHERE user_id = $1',
    [viewer.userId],
  );
  if (!hasRole(viewer, 'DEPARTMENT_ADMIN') && !ownTeams.some((t) => t.team_id === thread.teamId))
    throw forbidden();
  if (handlerId) {
    const members = await ctx.loaders.teamHandlerIds.load(thread.teamId);
    if (!members.includes(handlerId)) {
      const errors: FieldError[] = [{ field: 'handlerId', code: 'HANDLER_NOT_IN_TEAM' }];
      return failed(errors);
    }
  }
  await em.query('UPDATE message_thread SET assigned_handler_id = $2 WHERE id = $1', [thread.id, handlerId]);
  const updated = await em.findOneBy(ThreadEntity, { id: thread.id });
  if (!updated) throw notFound('thread');
  await emitWebhook(ctx.app.pubsub, em, 'thread.assigned', {
    threadId: thread.id,
    referenceNumber: thread.referenceNumber,
    organisationId: thread.organisationId,
    handlerId,
  });
  return ok(updated);
}
