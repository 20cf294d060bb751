// The job worker: graphile-worker on the owner's connection (its schema belongs to the owner), running
// deliver_mail, the tickets' service-level timers (and the recompute of their clocks), the hourly purge of
// abandoned uploads, personal data exports, the nightly retention job and the minutely end of abandoned
// chats, plus the recovery sweep that
// re-queues mails whose worker died mid-delivery.
// Runs inside the server (WORKER=inline) or as its own process (worker-main.ts).
import { run } from 'graphile-worker';
import pg from 'pg';
import { attachmentStorage } from '../files/storage.js';
import {
  END_ABANDONED_CHATS,
  END_ABANDONED_CHATS_CRONTAB,
  endAbandonedChatsTask,
} from '../modules/chat/chat-abandon.js';
import { RECOMPUTE_TICKET_CLOCKS, recomputeTicketClocksTask } from '../modules/sla/recompute-clocks.js';
import { requeueStalledTimers, TICKET_TIMER, ticketTimerTask } from '../modules/sla/ticket-timer.js';
import {
  UNREAD_REMINDERS,
  UNREAD_REMINDERS_CRONTAB,
  unreadRemindersTask,
} from '../modules/sla/unread-reminders.js';
import { tracedTasks } from '../tracing/job-tracing.js';
import { APPLY_RETENTION, APPLY_RETENTION_CRONTAB, applyRetentionTask } from './apply-retention.js';
import { createMailer, DELIVER_MAIL, type DeliveryServices, deliverMailTask } from './deliver-mail.js';
import { DELIVER_WEBHOOK, deliverWebhookTask } from './deliver-webhook.js';
import { EXPORT_PERSONAL_DATA, exportPersonalDataTask } from './export-personal-data.js';
import { jobQueueLogger } from './job-queue-logger.js';
import { PURGE_UPLOADS, PURGE_UPLOADS_CRONTAB, purgeUploadsTask } from './purge-uploads.js';

export interface RunningWorker {
  /**
   * Stops taking jobs and lets running ones finish; a delivery still under way after `abortAfterMs` is
   * cut off (its mail stays PENDING). Then closes SMTP and database connections.
   */
  stop(abortAfterMs?: number): Promise<void>;
}

/** How often the queue looks for jobs that became due (retries); new jobs arrive by LISTEN/NOTIFY. */
const POLL_INTERVAL_MS = 500;

export async function startWorker(app: DeliveryServices, ownerUrl: string): Promise<RunningWorker> {
  const log = app.log.child({ component: 'worker' });
  const { concurrency, stalledAfterSeconds } = app.config.mailDelivery;
  // The queue's connections: one per running job (get/complete/fail), one for LISTEN, one for the sweep.
  const pool = new pg.Pool({
    connectionString: ownerUrl,
    max: concurrency + 3,
    application_name: 'loket-worker',
  });
  // A connection that fails (database restart, our own shutdown) must not crash the process.
  pool.on('error', (error) => log.warn({ err: error }, 'idle job queue connection failed'));
  pool.on('connect', (client) =>
    client.on('error', (error) => log.warn({ err: error }, 'job queue connection failed')),
  );
  const mailer = createMailer(app.config);
  const storage = attachmentStorage(app.config);
  let runner: Awaited<ReturnType<typeof run>>;
  try {
    runner = await run({
      pgPool: pool,
      concurrency,
      pollInterval: POLL_INTERVAL_MS,
      noHandleSignals: true,
      logger: jobQueueLogger(app.log),
      // Each job in its span (a no-op without tracing): decision 0038.
      taskList: tracedTasks({
        [DELIVER_MAIL]: deliverMailTask(app, mailer),
        [PURGE_UPLOADS]: purgeUploadsTask(app, storage),
        [TICKET_TIMER]: ticketTimerTask(app),
        [RECOMPUTE_TICKET_CLOCKS]: recomputeTicketClocksTask(app),
        [UNREAD_REMINDERS]: unreadRemindersTask(app),
        [DELIVER_WEBHOOK]: deliverWebhookTask(app),
        [EXPORT_PERSONAL_DATA]: exportPersonalDataTask(app, storage),
        [APPLY_RETENTION]: applyRetentionTask(app, storage),
        [END_ABANDONED_CHATS]: endAbandonedChatsTask(app),
      }),
      crontab: [
        PURGE_UPLOADS_CRONTAB,
        UNREAD_REMINDERS_CRONTAB,
        APPLY_RETENTION_CRONTAB,
        END_ABANDONED_CHATS_CRONTAB,
      ].join('\n'),
    });
  } catch (error) {
    mailer?.close();
    await pool.end();
    throw error;
  }

  runner.promise.catch((error: unknown) => log.error({ err: error }, 'job queue stopped with an error'));

  const sweep = new RecoverySweep(pool, stalledAfterSeconds, log);
  sweep.start();
  log.info({ concurrency, smtp: mailer ? 'on' : 'off (mails are kept)' }, 'worker started');
  if (concurrency >= app.config.databasePoolSize)
    log.warn(
      { concurrency, poolSize: app.config.databasePoolSize },
      'MAIL_DELIVERY_CONCURRENCY is not below DATABASE_POOL_SIZE: each delivery holds a connection',
    );

  let stopping: Promise<void> | undefined;
  return {
    stop: (abortAfterMs = Number.POSITIVE_INFINITY) =>
      (stopping ??= (async () => {
        const abort = Number.isFinite(abortAfterMs)
          ? setTimeout(() => {
              log.warn('deliveries still under way at the shutdown deadline: aborted, mails stay PENDING');
              mailer?.abort();
            }, abortAfterMs)
          : undefined;
        await sweep.stop();
        await runner.stop();
        clearTimeout(abort);
        mailer?.close();
        await pool.end();
        log.info('worker stopped');
      })()),
  };
}

/**
 * Finds pending mails whose delivery is stuck and queues them again (same job key, so at most one
 * waiting job per mail), and deletes the jobs a dead worker left locked that have nothing left to do. Stuck means: no job that can still run, or a job locked for longer than
 * `stalledAfterSeconds` while nobody holds the mail's row lock. A live worker holds that lock for the
 * whole delivery (PostgreSQL releases it the moment a dead worker's connection drops), so
 * `FOR UPDATE SKIP LOCKED` passes over mails being delivered right now. graphile-worker itself only
 * frees a dead worker's job after 4 hours.
 */
class RecoverySweep {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly stalledAfterSeconds: number,
    private readonly log: DeliveryServices['log'],
  ) {}

  start(): void {
    const everyMs = Math.max(250, Math.min(60_000, (this.stalledAfterSeconds * 1000) / 2));
    const tick = () => {
      if (this.stopped) return;
      this.running ??= this.once()
        .then((requeued) => {
          if (requeued > 0) this.log.warn({ requeued }, 'stalled mails queued again');
        })
        .catch((error: unknown) => {
          if (!this.stopped) this.log.warn({ err: error }, 'mail recovery sweep failed');
        })
        .finally(() => {
          this.running = undefined;
        });
    };
    tick(); // at once: a restarted worker picks up what a crashed one left behind
    this.timer = setInterval(tick, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** One pass; returns how many mails were queued again. */
  async once(): Promise<number> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Read the outbox as the system scope (the owner is not bound by RLS today; this keeps it so).
      await client.query(`SELECT set_config('app.scope', 'system', true)`);
      const result = await client.query(
        `WITH stalled AS (
           SELECT m.id FROM outbound_mail m
           WHERE m.status = 'PENDING' AND m.created_at < now() - make_interval(secs => $1)
             AND NOT EXISTS (
               SELECT 1 FROM graphile_worker.jobs j
               WHERE j.key = 'mail:' || m.id::text AND j.attempts < j.max_attempts
                 AND (j.locked_at IS NULL OR j.locked_at > now() - make_interval(secs => $1)))
           ORDER BY m.created_at
           LIMIT 500
           FOR UPDATE OF m SKIP LOCKED)
         SELECT outbound_mail_enqueue(id) FROM stalled`,
        [this.stalledAfterSeconds],
      );
      // Jobs a dead worker left locked for good: those of mails no longer PENDING (it died after the
      // mail's COMMIT and before the job's completion) and those retired above on an earlier pass.
      const cleared = await client.query(
        `DELETE FROM graphile_worker._private_jobs j
          USING graphile_worker._private_tasks t
          WHERE t.id = j.task_id AND t.identifier = $2
            AND j.locked_at < now() - make_interval(secs => $1)
            AND (j.key IS NULL OR NOT EXISTS (
              SELECT 1 FROM outbound_mail m WHERE m.id::text = j.payload->>'id' AND m.status = 'PENDING'))`,
        [this.stalledAfterSeconds, DELIVER_MAIL],
      );
      if (cleared.rowCount)
        this.log.warn({ cleared: cleared.rowCount }, "dead workers' finished jobs cleared");
      const timers = await requeueStalledTimers(client, this.stalledAfterSeconds);
      if (timers > 0) this.log.warn({ timers }, 'stalled ticket timers queued again');
      await client.query('COMMIT');
      return result.rowCount ?? 0;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
