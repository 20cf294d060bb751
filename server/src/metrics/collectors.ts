// Gauges read at scrape time: the database pool, the job queue and the mail outbox (through the
// SECURITY DEFINER functions of migration Metrics), open WebSockets.
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import { queryRows } from '../db/query.js';
import type { Logger } from '../logger.js';
import type { Metrics } from './metrics.js';

/** The pg pool behind TypeORM's PostgreSQL driver (`master`: the only one, no replicas are configured). */
function poolOf(dataSource: DataSource): pg.Pool | undefined {
  return (dataSource.driver as { master?: pg.Pool }).master;
}

/** Connections of the application's pool: in use, idle, and requests waiting for one. */
export function collectPoolUsage(metrics: Metrics, dataSource: DataSource, size: number): void {
  metrics.gauge(
    'loket_db_pool_connections',
    'Application database pool connections by state',
    ['state'],
    (g) => {
      const pool = poolOf(dataSource);
      if (!pool) return;
      g.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
      g.set({ state: 'idle' }, pool.idleCount);
      g.set({ state: 'waiting' }, pool.waitingCount);
      g.set({ state: 'max' }, size);
    },
  );
}

interface QueueRow {
  task: string;
  waiting: string;
  running: string;
  oldest_due_seconds: number;
}

interface OutboxRow {
  pending: string;
  oldest_pending_seconds: number;
}

/**
 * The job queue and the mail outbox, shared by every process on the database: one instance reporting them
 * is enough (alerts take `max` over instances). A failed query leaves the gauges out of this scrape and is
 * logged, rather than failing the whole scrape.
 */
export function collectQueues(metrics: Metrics, dataSource: DataSource, log: Logger): void {
  const read = async <T>(sql: string): Promise<T[] | undefined> => {
    try {
      return await queryRows<T>(dataSource.manager, sql);
    } catch (error) {
      log.warn({ err: error }, 'metrics: database read failed');
      return undefined;
    }
  };
  metrics.gauge(
    'loket_job_queue_jobs',
    'Jobs in the queue by task and state (waiting, running)',
    ['task', 'state'],
    async (g) => {
      g.reset();
      for (const row of (await read<QueueRow>('SELECT * FROM metrics_job_queue()')) ?? []) {
        g.set({ task: row.task, state: 'waiting' }, Number(row.waiting));
        g.set({ task: row.task, state: 'running' }, Number(row.running));
      }
    },
  );
  metrics.gauge(
    'loket_job_queue_oldest_due_seconds',
    'How long the oldest due, not yet started job of each task has waited',
    ['task'],
    async (g) => {
      g.reset();
      for (const row of (await read<QueueRow>('SELECT * FROM metrics_job_queue()')) ?? [])
        g.set({ task: row.task }, row.oldest_due_seconds);
    },
  );
  metrics.gauge('loket_mail_pending', 'Mails in the outbox not delivered yet', [], async (g) => {
    const row = (await read<OutboxRow>('SELECT * FROM metrics_outbound_mail()'))?.[0];
    if (!row) return;
    g.set(Number(row.pending));
  });
  metrics.gauge(
    'loket_mail_oldest_pending_seconds',
    'Age of the oldest mail not delivered yet (0: none)',
    [],
    async (g) => {
      const row = (await read<OutboxRow>('SELECT * FROM metrics_outbound_mail()'))?.[0];
      if (!row) return;
      g.set(row.oldest_pending_seconds);
    },
  );
}

/** Open WebSockets of this instance. */
export function collectSockets(metrics: Metrics, sockets: () => number): void {
  metrics.gauge('loket_websockets_open', 'WebSocket connections open on this instance', [], (g) => {
    g.set(sockets());
  });
}
