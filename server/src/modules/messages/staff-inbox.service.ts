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
  keysetOrderAndLimit,
  keysetPage,
  likePattern,
  type PageArgs,
  withCappedTotal,
} from '../../lists/keyset.js';
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

export async function staffInbox(
  ctx: Ctx,
  filter: StaffInboxFilter,
  args: PageArgs,
): Promise<Connection<ThreadEntity>> {
  const viewer = requireStaff(ctx);
  const em = await ctx.tx.manager();
  const base = new Conditions();
  if (filter.teamId) base.add(`t.team_id = ${base.param(filter.teamId)}`);
  else if (!filter.allTeams && !hasRole(viewer, 'DEPARTMENT_ADMIN')) {
    base.add(`t.team_id IN (SELECT team_id FROM team_member WHERE user_id = ${base.param(viewer.userId)})`);
  }
  if (filter.themeId) base.add(`t.theme_id = ${base.param(filter.themeId)}`);
  if (filter.organisationId) base.add(`t.organisation_id = ${base.param(filter.organisationId)}`);
  if (filter.unanswered) base.add(`t.last_direction = 'OUTBOUND'`);
  if (filter.assignedHandlerId) base.add(`t.assigned_handler_id = ${base.param(filter.assignedHandlerId)}`);
  if (filter.unassigned) base.add('t.assigned_handler_id IS NULL');
  if (filter.referenceNumber?.trim())
    base.add(`t.reference_number ILIKE ${base.param(likePattern(filter.referenceNumber))}`);
  if (filter.text?.trim()) {
    const pattern = base.param(likePattern(filter.text));
    base.add(threadTextMatch(pattern));
  }

  const page = keysetPage(args, INBOX_ORDER);
  const c = base.clone();
  const after = keysetCondition(page, (value) => c.param(value));
  if (after) c.add(after);
  const rows: ThreadRecord[] = await em.query(
    `SELECT t.* FROM message_thread t ${c.where()} ${keysetOrderAndLimit(page)}`,
    c.params,
  );
  const connection = keysetConnection(rows.map(toThread), page, (t) => [t.lastMessageAt.toISOString(), t.id]);
  return withCappedTotal(connection, base.countUpTo(em, 'message_thread t'));
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
