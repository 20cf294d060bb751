// Ticket timers at volume: SLA_BENCH_COUNT tickets (default 10 000) whose timer is due are written (the
// trigger schedules one graphile-worker job each, in the same statement), then a worker fires them all.
// Two rounds: auto-close (Opgelost for 8 days → Gesloten: status, timeline entry, audit, live event; no mail)
// and breach warnings (an assigned ticket whose reaction target passed: two warnings, two queued mails).
// Measures scheduling and firing rates and that the job table is empty again afterwards (graphile-worker
// deletes completed jobs). Writes bench/results/sla-timers.md. Run with `npm run bench:mail -- sla-timers`.
// SLA_BENCH_CALENDAR_CACHE=off runs the worker on a data source of its own that does not hear calendar
// changes, so that every run reads the calendar again (the behaviour before the cache), and writes
// sla-timers-no-cache.md instead.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadConfig } from '../server/src/config.js';
import { createAppDataSource, withCredentials } from '../server/src/db/data-source.js';
import { startWorker } from '../server/src/jobs/worker.js';
import { createLogger } from '../server/src/logger.js';
import { DEMO_ORGANISATIONS } from '../server/src/seed/demo.js';
import { APP_PASSWORD, APP_USER } from '../tests/setup/test-env.js';
import { ownerQuery } from '../tests/utils/mailbox.js';
import { startTestServer } from '../tests/utils/server.js';

const count = Number(process.env.SLA_BENCH_COUNT ?? 10_000);
const concurrency = Number(process.env.MAIL_BENCH_CONCURRENCY ?? 5);
const calendarCache = process.env.SLA_BENCH_CALENDAR_CACHE !== 'off';
const BART = '00000000-0000-4000-8000-000000000502';
const LINDE = (DEMO_ORGANISATIONS[0] as { id: string }).id;

const jobs = async (dbUrl: string) =>
  (await ownerQuery<{ n: number }>(dbUrl, 'SELECT count(*)::int AS n FROM graphile_worker._private_jobs'))[0]
    ?.n ?? 0;

it(`schedules and fires ${count} ticket timers twice`, async () => {
  const server = await startTestServer({ DATABASE_POOL_SIZE: String(concurrency + 2) });
  const db = server.dbUrl;
  // The backfill the migration queued has nothing to do here; it would run beside the timers.
  await ownerQuery(db, "SELECT graphile_worker.remove_job('recompute-ticket-clocks')");
  // Without the cache: a data source nobody subscribed to calendar changes, so it caches nothing.
  const dataSource = calendarCache
    ? server.app.dataSource
    : await createAppDataSource(withCredentials(db, APP_USER, APP_PASSWORD), concurrency + 2).initialize();
  const lines: string[] = [];
  for (const round of ['auto-close', 'breach warnings'] as const) {
    const before = await jobs(db);
    const prefix = round === 'auto-close' ? 'C' : 'W';
    const scheduleStart = performance.now();
    for (let done = 0; done < count; done += 1000) {
      await ownerQuery(
        db,
        `INSERT INTO ticket (id, organisation_id, number, requester_email, channel, subject, description, category_id,
                             support_type_id, queue_id, status, solution, assignee_id, created_at, status_changed_at,
                             first_response_due_at, timer_at)
         SELECT gen_random_uuid(), $1, $2 || '-' || i, 'bench@example.test', 'PORTAL', 'Bench ' || i, 'Bench',
                (SELECT id FROM ticket_category ORDER BY position LIMIT 1),
                (SELECT id FROM ticket_support_type WHERE code = 'CHANGE_REQUEST'),
                (SELECT id FROM ticket_queue WHERE is_default), $3, CASE WHEN $3 = 'RESOLVED' THEN 'Opgelost' END,
                $6, now() - interval '21 days', now() - interval '8 days', now() - interval '1 day', now()
           FROM generate_series($4::int, $5::int) AS i`,
        [
          LINDE,
          `BENCH-${prefix}`,
          round === 'auto-close' ? 'RESOLVED' : 'NEW',
          done,
          Math.min(count, done + 1000) - 1,
          BART,
        ],
      );
    }
    const scheduleSeconds = (performance.now() - scheduleStart) / 1000;
    console.log(`${round}: ${count} scheduled in ${scheduleSeconds.toFixed(2)} s`);
    const scheduled = (await jobs(db)) - before;

    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: db,
      MAIL_DELIVERY_CONCURRENCY: String(concurrency),
    });
    const start = performance.now();
    const worker = await startWorker(
      { config, log: createLogger('silent'), dataSource, metrics: server.app.metrics },
      db,
    );
    let left = count;
    while (left > 0) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const rows = await ownerQuery<{ n: number }>(
        db,
        `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'ticket_timer'`,
      );
      left = rows[0]?.n ?? 0;
      if (Math.round(performance.now() - start) % 10_000 < 100) console.log(`${round}: ${left} timers left`);
      if (performance.now() - start > 1_200_000) throw new Error(`${left} timers left after 20 minutes`);
    }
    const seconds = (performance.now() - start) / 1000;
    // Let the mails of the warnings be handled too (KEPT without SMTP), then look at the job table.
    while ((await jobs(db)) > before) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      if (performance.now() - start > 600_000) break;
    }
    await worker.stop();
    const after = await jobs(db);
    const [done] = await ownerQuery<{ closed: number; warned: number }>(
      db,
      `SELECT count(*) FILTER (WHERE status = 'CLOSED')::int AS closed,
              (SELECT count(*)::int FROM ticket_sla_warning w JOIN ticket x ON x.id = w.ticket_id WHERE x.number LIKE 'BENCH-W-%') AS warned
         FROM ticket WHERE number LIKE $1`,
      [`BENCH-${prefix}-%`],
    );
    if (round === 'auto-close') expect(done?.closed).toBe(count);
    else expect(done?.warned).toBe(2 * count);
    expect(after).toBe(before);
    lines.push(
      `| ${round} | ${count} | ${scheduled} jobs in ${scheduleSeconds.toFixed(2)} s (**${(count / scheduleSeconds).toFixed(0)}/s**) | ${seconds.toFixed(2)} s (**${(count / seconds).toFixed(0)} timers/s**) | ${before} → ${after} |`,
    );
  }

  if (!calendarCache) await dataSource.destroy();
  const pg = await ownerQuery(db, 'SHOW server_version');
  const md = `# Ticket timers: scheduling and firing

\`npm run bench:mail -- sla-timers\` (bench/sla-timers.bench-run.ts): ${count} tickets whose timer is due are
inserted 1000 per statement (the \`timer_at\` trigger adds one \`ticket_timer\` job each in the same
statement), then a worker (\`startWorker\`, concurrency ${concurrency}, in the bench's process) fires them. Calendar cache:
**${calendarCache ? 'on' : 'off (every run reads the calendar)'}**.
Auto-close: each run locks the ticket, recomputes its clock, closes it (timeline entry, audit event, live
event). Breach warnings: two warnings per ticket (reaction at risk and breached), each a row and a mail to
the assignee queued in the outbox (whose \`deliver_mail\` jobs run in the same worker, KEPT without SMTP).
Firing is measured from the worker's start until no \`ticket_timer\` job is left. Job table: all jobs before
the round and after it (completed jobs are deleted by graphile-worker).

| round | timers | scheduled | fired | job table before → after |
|---|---|---|---|---|
${lines.join('\n')}

PostgreSQL ${pg[0]?.server_version}, Node.js ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} (load
average ${os.loadavg()[0]?.toFixed(1)} at the end: the machine is shared), ${new Date().toISOString().slice(0, 10)}.
`;
  const file = path.resolve(`bench/results/sla-timers${calendarCache ? '' : '-no-cache'}.md`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, md);
  console.log(md);
}, 1_800_000);
