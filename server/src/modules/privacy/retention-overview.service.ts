// What the retention page shows (decision 0038): per theme and per queue the retention period and how many
// threads / closed tickets the next nightly run would delete (the job's own conditions, legal holds
// excluded), and the last run's result. DEPARTMENT_ADMIN.
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { requireDepartmentAdmin } from './privacy-access.js';
import type { RetentionCounts } from './retention.service.js';

/** A theme's or a queue's retention period, and what would go if the job ran now. */
interface RetentionRule {
  id: string;
  code: string;
  name: string;
  retentionDays: number | null;
  /** Threads (theme) or closed tickets (queue) past the period and not on hold. */
  due: number;
  /** Of those within the period, how many are on legal hold (kept whatever the period). */
  held: number;
}

export interface RetentionOverview {
  themes: RetentionRule[];
  queues: RetentionRule[];
}

export interface RetentionRun extends RetentionCounts {
  startedAt: Date;
  finishedAt: Date;
}

interface RuleRow {
  id: string;
  code: string;
  name_nl: string;
  name_en: string;
  retention_days: number | null;
  due: number;
  held: number;
}

/** Every theme and queue with its period and what the next run would delete, in the viewer's language. */
export async function retentionOverview(ctx: Ctx): Promise<RetentionOverview> {
  requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  // The same conditions as retention.service.ts (deleteThreads, deleteTickets).
  const themes = await queryRows<RuleRow>(
    em,
    `SELECT th.id, th.code, th.name_nl, th.name_en, th.retention_days,
            (SELECT count(*) FROM message_thread t WHERE t.theme_id = th.id AND NOT t.legal_hold
                AND th.retention_days IS NOT NULL
                AND t.last_message_at < now() - make_interval(days => th.retention_days))::int AS due,
            (SELECT count(*) FROM message_thread t WHERE t.theme_id = th.id AND t.legal_hold)::int AS held
       FROM theme th ORDER BY th.position, th.code`,
  );
  const queues = await queryRows<RuleRow>(
    em,
    `SELECT q.id, q.code, q.name_nl, q.name_en, q.retention_days,
            (SELECT count(*) FROM ticket t WHERE t.queue_id = q.id AND t.status = 'CLOSED' AND NOT t.legal_hold
                AND q.retention_days IS NOT NULL
                AND t.closed_at < now() - make_interval(days => q.retention_days))::int AS due,
            (SELECT count(*) FROM ticket t WHERE t.queue_id = q.id AND t.legal_hold)::int AS held
       FROM ticket_queue q ORDER BY q.name_nl, q.code`,
  );
  const rule = (r: RuleRow): RetentionRule => ({
    id: r.id,
    code: r.code,
    name: ctx.lang === 'en' ? r.name_en : r.name_nl,
    retentionDays: r.retention_days,
    due: r.due,
    held: r.held,
  });
  return { themes: themes.map(rule), queues: queues.map(rule) };
}

interface RunRow {
  started_at: Date;
  finished_at: Date;
  threads: number;
  tickets: number;
  inbound_mails: number;
  files: number;
  webhook_deliveries: number;
  exports: number;
}

/** The last retention run, or null before the first. */
export async function lastRetentionRun(ctx: Ctx): Promise<RetentionRun | null> {
  requireDepartmentAdmin(ctx);
  const em = await ctx.tx.manager();
  const [row] = await queryRows<RunRow>(
    em,
    'SELECT * FROM retention_run ORDER BY finished_at DESC, id DESC LIMIT 1',
  );
  return row
    ? {
        startedAt: row.started_at,
        finishedAt: row.finished_at,
        threads: row.threads,
        tickets: row.tickets,
        inboundMails: row.inbound_mails,
        files: row.files,
        webhookDeliveries: row.webhook_deliveries,
        exports: row.exports,
      }
    : null;
}
