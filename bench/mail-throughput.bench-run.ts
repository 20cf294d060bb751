// Mail delivery throughput: queues MAIL_BENCH_COUNT mails (default 2000) in the outbox, then starts a
// worker (MAIL_BENCH_CONCURRENCY, default 5) against a local SMTP sink and measures mails per second from
// the worker's start until every mail is SENT. Writes bench/results/mail-throughput.md.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadConfig } from '../server/src/config.js';
import { inScope } from '../server/src/db/scope.js';
import { startWorker } from '../server/src/jobs/worker.js';
import { createLogger } from '../server/src/logger.js';
import { queueMail } from '../server/src/mail/outbox.js';
import { renderMail } from '../server/src/mail/render.js';
import { TEST_PUBLIC_URL } from '../tests/setup/test-env.js';
import { ownerQuery } from '../tests/utils/mailbox.js';
import { startTestServer } from '../tests/utils/server.js';
import { startSmtpSink } from '../tests/utils/smtp-sink.js';

const count = Number(process.env.MAIL_BENCH_COUNT ?? 2000);
const concurrency = Number(process.env.MAIL_BENCH_CONCURRENCY ?? 5);

it(`delivers ${count} mails to a local SMTP sink`, async () => {
  const sink = await startSmtpSink();
  const server = await startTestServer({ DATABASE_POOL_SIZE: String(concurrency + 2) });

  const queueStart = performance.now();
  for (let done = 0; done < count; done += 100) {
    await inScope(server.app.dataSource, { kind: 'system' }, async (em) => {
      for (let i = done; i < Math.min(count, done + 100); i++)
        await queueMail(em, TEST_PUBLIC_URL, {
          organisationId: null,
          to: `contact${i}@example.test`,
          language: 'nl',
          template: 'bench',
          content: renderMail('nl', {
            subject: `Bevestig uw contactgegevens (${i})`,
            greeting: 'Beste contactpersoon,',
            paragraphs: ['WZC De Linde heeft u opgegeven als contactpersoon voor het thema Erkenning.'],
            action: {
              label: 'Bevestigen',
              url: `${TEST_PUBLIC_URL}/contact/confirm?token=${'x'.repeat(43)}`,
            },
            footer: 'Kent u deze organisatie niet? Dan mag u deze e-mail negeren.',
          }),
        });
    });
  }
  const queueSeconds = (performance.now() - queueStart) / 1000;

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: server.dbUrl,
    SMTP_URL: sink.url,
    MAIL_DELIVERY_CONCURRENCY: String(concurrency),
  });
  const start = performance.now();
  const worker = await startWorker(
    { config, log: createLogger('silent'), dataSource: server.app.dataSource, metrics: server.app.metrics },
    server.dbUrl,
  );
  let sent = 0;
  while (sent < count) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const rows = await ownerQuery(
      server.dbUrl,
      `SELECT count(*)::int AS n FROM outbound_mail WHERE status = 'SENT'`,
    );
    sent = rows[0].n;
    if (performance.now() - start > 300_000) throw new Error(`only ${sent} of ${count} sent after 5 minutes`);
  }
  const seconds = (performance.now() - start) / 1000;
  await worker.stop();
  await sink.close();

  expect(sink.accepted).toHaveLength(count);
  expect(new Set(sink.accepted.map((m) => m.messageId)).size).toBe(count);

  const perSecond = count / seconds;
  const pg = await ownerQuery(server.dbUrl, 'SHOW server_version');
  const line = `${perSecond.toFixed(0)} mails/s (${count} mails in ${seconds.toFixed(2)} s, concurrency ${concurrency})`;
  console.log(`mail delivery: ${line}`);
  const report = `# Mail delivery throughput

\`npm run bench:mail\` (bench/mail-throughput.bench-run.ts): ${count} mails queued in the outbox
(${queueSeconds.toFixed(2)} s, 100 per transaction), then a worker (\`startWorker\`, in the bench's process as with WORKER=inline)
delivers them over SMTP (pooled nodemailer transport) to an smtp-server sink on 127.0.0.1 in the same process. Measured from the worker's start until every
row is SENT; each mail is one transaction holding its row lock during the SMTP exchange.

| measured | value |
|---|---|
| throughput | **${perSecond.toFixed(0)} mails/s** |
| mails | ${count} |
| duration | ${seconds.toFixed(2)} s |
| MAIL_DELIVERY_CONCURRENCY | ${concurrency} |
| every mail accepted exactly once | yes (${sink.accepted.length} accepted, ${count} distinct Message-IDs) |
| PostgreSQL | ${pg[0].server_version} |
| Node.js | ${process.version} |
| CPU | ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'} (load average ${os.loadavg()[0]?.toFixed(1)} at the end: the machine is shared) |
| date | ${new Date().toISOString().slice(0, 10)} |
`;
  const dir = path.resolve('bench/results');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'mail-throughput.md'), report);
});
