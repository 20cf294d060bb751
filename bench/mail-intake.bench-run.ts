// Email intake throughput (issue 15): real mails sent with nodemailer into the intake's SMTP listener of a
// test server, half of them new tickets and half replies threaded by the ticket's token. Measures mails
// accepted (250) and threaded per second, and the time from each 250 until the requester finds the ticket
// by a word of that mail through GraphQL (p50, p99). Two shapes: 5 KB text mails, and 100 KB mails with a
// 1 MB attachment. Writes bench/results/mail-intake.md. Run: npm run bench:mail -- bench/mail-intake.bench-run.ts
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { expect, it } from 'vitest';
import { createOrganisation, createUser, type TestUser } from '../tests/utils/factories.js';
import { gql } from '../tests/utils/graphql.js';
import { HELPDESK, MAIL_IN_ENV } from '../tests/utils/mail-in.js';
import { ownerQuery } from '../tests/utils/mailbox.js';
import { startTestServer, type TestServer } from '../tests/utils/server.js';

const SMALL_COUNT = Number(process.env.MAIL_IN_BENCH_SMALL ?? 400);
const LARGE_COUNT = Number(process.env.MAIL_IN_BENCH_LARGE ?? 40);
const CONNECTIONS = Number(process.env.MAIL_IN_BENCH_CONNECTIONS ?? 8);

const SEARCH = `query($q: String!) { tickets(view: ALL, filter: { search: $q }, first: 1) { edges { node { id } } } }`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

interface Shape {
  name: string;
  count: number;
  body: (word: string) => string;
  attachment?: Buffer;
}

interface Outcome {
  shape: string;
  count: number;
  seconds: number;
  perSecond: number;
  visibleP50: number;
  visibleP99: number;
}

async function run(server: TestServer, user: TestUser, shape: Shape): Promise<Outcome> {
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: server.mailInPort ?? 0,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: CONNECTIONS,
    maxMessages: Number.POSITIVE_INFINITY,
  });
  // Tickets to reply to: every second mail answers one of these by its token (Reply-To of its mails).
  const tokens = (
    await ownerQuery<{ mail_token: string }>(
      server.dbUrl,
      'SELECT mail_token FROM ticket WHERE requester_id = $1 LIMIT 20',
      [user.id],
    )
  ).map((t) => t.mail_token);
  const visible: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: shape.count }, async (_, i) => {
      const word = `mailbench${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      const reply = i % 2 === 1 && tokens.length > 0;
      const info = await transport.sendMail({
        from: user.email,
        to: reply ? `helpdesk+t.${tokens[i % tokens.length]}@loket.test` : HELPDESK,
        subject: reply ? 'Re: bench' : `Bench ${i}`,
        text: shape.body(word),
        ...(shape.attachment
          ? { attachments: [{ filename: 'verslag.pdf', content: shape.attachment }] }
          : {}),
      });
      expect(info.response).toMatch(/^250 /);
      const accepted = performance.now();
      const found = await gql(server.graphqlUrl, SEARCH, { q: word }, { token: user.token });
      expect(found.data?.tickets.edges).toHaveLength(1);
      visible.push(performance.now() - accepted);
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  transport.close();
  return {
    shape: shape.name,
    count: shape.count,
    seconds,
    perSecond: shape.count / seconds,
    visibleP50: percentile(visible, 50),
    visibleP99: percentile(visible, 99),
  };
}

it('accepts and threads mails into tickets', async () => {
  const server = await startTestServer({
    ...MAIL_IN_ENV,
    MAIL_IN_PER_SENDER_PER_HOUR: '100000',
    DATABASE_POOL_SIZE: String(CONNECTIONS + 4),
  });
  const org = await createOrganisation(server);
  const user = await createUser(server, org, { roles: ['MEMBER'] });
  // A few tickets first, so that replies have something to thread to.
  await run(server, user, { name: 'warm-up', count: 20, body: (w) => `Opwarmen ${w}` });

  const filler = 'Beste helpdesk, de export van de registratiegegevens geeft een foutmelding. '.repeat(70);
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(1024 * 1024)]);
  const outcomes = [
    await run(server, user, { name: '5 KB text', count: SMALL_COUNT, body: (w) => `${w}\n${filler}` }),
    await run(server, user, {
      name: '100 KB text + 1 MB attachment',
      count: LARGE_COUNT,
      body: (w) => `${w}\n${filler.repeat(20)}`,
      attachment: pdf,
    }),
  ];

  const lines = [
    '# Email intake throughput',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`bench/mail-intake.bench-run.ts\` on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), shared with other work; PostgreSQL ${process.env.TEST_DATABASE_URL ? 'from TEST_DATABASE_URL' : 'embedded'}.`,
    `nodemailer with ${CONNECTIONS} pooled SMTP connections into the intake of one test server (in the test process); half the mails are new tickets, half replies threaded by the ticket token. "Visible" is the time from the 250 until the requester finds the ticket by a word of that mail through GraphQL (the commit precedes the 250, so this is one search).`,
    '',
    '| mails | count | seconds | accepted and threaded / s | 250 → visible p50 (ms) | p99 (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...outcomes.map(
      (o) =>
        `| ${o.shape} | ${o.count} | ${o.seconds.toFixed(1)} | ${o.perSecond.toFixed(1)} | ${o.visibleP50.toFixed(1)} | ${o.visibleP99.toFixed(1)} |`,
    ),
    '',
  ];
  await mkdir(path.resolve('bench/results'), { recursive: true });
  await writeFile(path.resolve('bench/results/mail-intake.md'), lines.join('\n'));
  process.stdout.write(`${lines.join('\n')}\n`);
});
