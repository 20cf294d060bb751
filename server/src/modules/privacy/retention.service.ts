// Retention (decision 0029): what is past its theme's or queue's retention period goes, with its files and
// the raw mails of its intake; what is on legal hold stays. Raw mails that became nothing go after
// MAIL_IN_UNUSED_RETENTION_DAYS. Also prunes the webhook delivery log and the
// exports nobody downloaded. Runs nightly in the worker (jobs/apply-retention.ts), as the system scope.
import type { EntityManager } from 'typeorm';
import type { AppServices } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { inScope } from '../../db/scope.js';
import type { FileStorage } from '../../files/file-storage.js';

/** What one run deleted. `files`: stored files removed (attachments, raw mails, exports). */
export interface RetentionCounts {
  threads: number;
  tickets: number;
  inboundMails: number;
  files: number;
  webhookDeliveries: number;
  exports: number;
}

/** Rows per transaction: a large backlog is cleared in short transactions, not one long one. */
const BATCH = 500;

type Services = Pick<AppServices, 'config' | 'log' | 'dataSource' | 'metrics'>;

/** Threads past their theme's retention after their last message; returns the deleted ids' file keys. */
async function deleteThreads(em: EntityManager): Promise<{ count: number; keys: string[] }> {
  const doomed = await queryRows<{ id: string }>(
    em,
    `SELECT t.id FROM message_thread t JOIN theme th ON th.id = t.theme_id
      WHERE th.retention_days IS NOT NULL AND NOT t.legal_hold
        AND t.last_message_at < now() - make_interval(days => th.retention_days)
      ORDER BY t.last_message_at LIMIT $1 FOR UPDATE OF t SKIP LOCKED`,
    [BATCH],
  );
  if (doomed.length === 0) return { count: 0, keys: [] };
  const ids = doomed.map((r) => r.id);
  const files = await queryRows<{ storage_key: string }>(
    em,
    `SELECT a.storage_key FROM attachment a JOIN message m ON m.id = a.message_id WHERE m.thread_id = ANY($1::uuid[])`,
    [ids],
  );
  // Messages, their attachments, read marks, reminders and thread contacts go with the thread (cascade).
  await em.query('DELETE FROM message_thread WHERE id = ANY($1::uuid[])', [ids]);
  return { count: ids.length, keys: files.map((f) => f.storage_key) };
}

/** Closed tickets past their queue's retention; with their entries' files and their intake's raw mails. */
async function deleteTickets(
  em: EntityManager,
): Promise<{ count: number; inboundMails: number; keys: string[] }> {
  const doomed = await queryRows<{ id: string }>(
    em,
    `SELECT t.id FROM ticket t JOIN ticket_queue q ON q.id = t.queue_id
      WHERE q.retention_days IS NOT NULL AND t.status = 'CLOSED' AND NOT t.legal_hold
        AND t.closed_at < now() - make_interval(days => q.retention_days)
      ORDER BY t.closed_at LIMIT $1 FOR UPDATE OF t SKIP LOCKED`,
    [BATCH],
  );
  if (doomed.length === 0) return { count: 0, inboundMails: 0, keys: [] };
  const ids = doomed.map((r) => r.id);
  const files = await queryRows<{ storage_key: string }>(
    em,
    `SELECT a.storage_key FROM attachment a JOIN ticket_entry e ON e.id = a.ticket_entry_id
      WHERE e.ticket_id = ANY($1::uuid[])`,
    [ids],
  );
  const mails = await queryRows<{ storage_key: string; raw_erased_at: Date | null }>(
    em,
    'DELETE FROM inbound_mail WHERE ticket_id = ANY($1::uuid[]) RETURNING storage_key, raw_erased_at',
    [ids],
  );
  // Links from tickets that stay (a duplicate merged into it, a follow-up) are cut, not followed.
  await em.query(
    `UPDATE ticket SET merged_into_id = NULL WHERE merged_into_id = ANY($1::uuid[]) AND NOT (id = ANY($1::uuid[]))`,
    [ids],
  );
  await em.query(`UPDATE ticket SET previous_ticket_id = NULL WHERE previous_ticket_id = ANY($1::uuid[])`, [
    ids,
  ]);
  await em.query('UPDATE ticket SET merged_into_id = NULL WHERE id = ANY($1::uuid[])', [ids]);
  await em.query('DELETE FROM ticket WHERE id = ANY($1::uuid[])', [ids]);
  return {
    count: ids.length,
    inboundMails: mails.length,
    keys: [
      ...files.map((f) => f.storage_key),
      ...mails.filter((m) => m.raw_erased_at === null).map((m) => m.storage_key),
    ],
  };
}

/**
 * Raw mails that became nothing (IGNORED auto-replies and bounces, DISCARDED quarantine) past their days;
 * quarantined and to-be-linked mails wait for staff and stay, a ticket's mails go with the ticket.
 */
async function deleteUnusedMails(
  em: EntityManager,
  days: number,
): Promise<{ count: number; keys: string[] }> {
  const mails = await queryRows<{ storage_key: string; raw_erased_at: Date | null }>(
    em,
    `DELETE FROM inbound_mail WHERE id IN (
       SELECT id FROM inbound_mail WHERE status IN ('IGNORED', 'DISCARDED') AND ticket_id IS NULL
          AND received_at < now() - make_interval(days => $1)
        LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING storage_key, raw_erased_at`,
    [days, BATCH],
  );
  return {
    count: mails.length,
    keys: mails.filter((m) => m.raw_erased_at === null).map((m) => m.storage_key),
  };
}

/** Runs one batch of each kind; the caller repeats while a batch came back full. */
async function oneBatch(app: Services): Promise<RetentionCounts & { keys: string[]; full: boolean }> {
  return inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const threads = await deleteThreads(em);
    const tickets = await deleteTickets(em);
    const unusedMails = await deleteUnusedMails(em, app.config.mailIn.unusedRetentionDays);
    const deliveries = await queryRows<{ id: string }>(
      em,
      `DELETE FROM webhook_delivery WHERE id IN (
         SELECT id FROM webhook_delivery WHERE status <> 'PENDING'
            AND coalesce(finished_at, created_at) < now() - make_interval(days => $1)
          LIMIT $2)
       RETURNING id`,
      [app.config.webhooks.logRetentionDays, BATCH],
    );
    const exports = await queryRows<{ storage_key: string | null }>(
      em,
      `WITH expired AS (
         SELECT id, storage_key FROM personal_data_export
          WHERE status = 'READY' AND ready_at < now() - make_interval(hours => $1)
          LIMIT $2 FOR UPDATE),
       marked AS (
         UPDATE personal_data_export p SET status = 'EXPIRED', storage_key = NULL
           FROM expired WHERE p.id = expired.id RETURNING p.id)
       SELECT storage_key FROM expired`,
      [app.config.privacy.exportTtlHours, BATCH],
    );
    const keys = [...threads.keys, ...tickets.keys, ...unusedMails.keys];
    for (const e of exports) if (e.storage_key) keys.push(e.storage_key);
    return {
      threads: threads.count,
      tickets: tickets.count,
      inboundMails: tickets.inboundMails + unusedMails.count,
      webhookDeliveries: deliveries.length,
      exports: exports.length,
      files: keys.length,
      keys,
      full: [threads.count, tickets.count, unusedMails.count, deliveries.length, exports.length].some(
        (n) => n >= BATCH,
      ),
    };
  });
}

/** Records a run's result (the retention job, as the system scope). */
async function recordRetentionRun(
  em: EntityManager,
  startedAt: Date,
  counts: RetentionCounts,
): Promise<void> {
  await em.query(
    `INSERT INTO retention_run (started_at, threads, tickets, inbound_mails, files, webhook_deliveries, exports)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      startedAt,
      counts.threads,
      counts.tickets,
      counts.inboundMails,
      counts.files,
      counts.webhookDeliveries,
      counts.exports,
    ],
  );
}

/** Deletes everything past its retention period; logs, counts (metric) and records (retention_run) what went. */
export async function applyRetention(app: Services, storage: FileStorage): Promise<RetentionCounts> {
  const startedAt = new Date();
  const total: RetentionCounts = {
    threads: 0,
    tickets: 0,
    inboundMails: 0,
    files: 0,
    webhookDeliveries: 0,
    exports: 0,
  };
  for (;;) {
    const batch = await oneBatch(app);
    // After the commit: a file without a row is harmless, a row without its file is not.
    for (const key of batch.keys) await storage.remove(key);
    for (const kind of Object.keys(total) as Array<keyof RetentionCounts>) {
      total[kind] += batch[kind];
      if (batch[kind] > 0) app.metrics.retentionDeleted.inc({ kind }, batch[kind]);
    }
    if (!batch.full) break;
  }
  await inScope(app.dataSource, { kind: 'system' }, (em) => recordRetentionRun(em, startedAt, total));
  app.log.info({ retention: total }, 'retention applied');
  return total;
}
