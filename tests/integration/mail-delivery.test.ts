// Mail delivery against real PostgreSQL and a real SMTP server: the outbox is delivered by the worker
// (inline, or as its own process), retried after a failure, never sent for a rolled-back change, never
// lost and repeated only inside the SMTP window when workers are killed mid-delivery (at-least-once with
// a stable Message-ID, docs/decisions/0013), and kept for the development mailbox without SMTP_URL.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inScope } from '../../server/src/db/scope.js';
import { type QueuedMail, queueMail } from '../../server/src/mail/outbox.js';
import { renderMail } from '../../server/src/mail/render.js';
import { APP_PASSWORD, APP_USER, TEST_PUBLIC_URL } from '../setup/test-env.js';
import { gql } from '../utils/graphql.js';
import { type OutboxMail, outbox, ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { type SmtpSink, startSmtpSink } from '../utils/smtp-sink.js';

const RESET = 'mutation Reset($email: String!) { requestPasswordReset(email: $email) }';

function testMail(subject: string): QueuedMail {
  return {
    organisationId: null,
    to: `${subject.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@example.test`,
    language: 'en',
    template: 'test',
    content: renderMail('en', {
      subject,
      greeting: 'Hello,',
      paragraphs: ['A test of mail delivery: één, twee, drie.'],
      action: { label: 'Open', url: `${TEST_PUBLIC_URL}/test?mail=${encodeURIComponent(subject)}` },
      footer: 'Footer.',
    }),
  };
}

/** Queues a mail the way the services do: as the application role, in a transaction of its own. */
function queue(server: TestServer, subject: string): Promise<string> {
  return inScope(server.app.dataSource, { kind: 'system' }, (em) =>
    queueMail(em, TEST_PUBLIC_URL, testMail(subject)),
  );
}

type MailRow = OutboxMail & { attempts: number; last_error: string | null; sent_at: Date | null };

async function mailRow(server: TestServer, id: string): Promise<MailRow> {
  const rows = await ownerQuery(server.dbUrl, 'SELECT * FROM outbound_mail WHERE id = $1', [id]);
  if (!rows[0]) throw new Error(`no outbox row ${id}`);
  return rows[0];
}

/** Worker kills in the repeated-kill test (each one a process start and a SIGKILL). */
const KILLS = 6;
/** Upper bound of the time between the SMTP server's 250 and the worker's COMMIT of SENT (loaded machine). */
const SMTP_WINDOW_MS = 500;

/** A small seeded generator (mulberry32), so that a failing run can be repeated. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const waitFor = <T>(check: () => T | Promise<T>, timeout = 15_000) =>
  vi.waitFor(check, { timeout, interval: 50 });

describe('with an SMTP server, the inline worker', () => {
  let sink: SmtpSink;
  let server: TestServer;

  beforeAll(async () => {
    sink = await startSmtpSink();
    afterAll(() => sink.close());
    server = await startTestServer({
      WORKER: 'inline',
      SMTP_URL: sink.url,
      MAIL_FROM: 'Loket test <no-reply@loket.test>',
    });
  });

  it('delivers a queued mail with its Message-ID, subject, text, HTML and Auto-Submitted, and marks it SENT', async () => {
    const result = await gql(server.graphqlUrl, RESET, { email: 'medewerker@delinde.example' });
    expect(result.data?.requestPasswordReset).toBe(true);
    const [queued] = await outbox(server.dbUrl, 'medewerker@delinde.example');
    if (!queued) throw new Error('no mail queued');
    expect(queued.message_id).toMatch(/^<[0-9a-f-]{36}@loket\.test>$/);

    const received = await waitFor(() => {
      const mail = sink.accepted.find((m) => m.messageId === queued.message_id);
      if (!mail) throw new Error('not delivered yet');
      return mail;
    });
    expect(received.to).toEqual(['medewerker@delinde.example']);
    expect(received.from).toBe('no-reply@loket.test');
    expect(received.headers.get('from')).toContain('no-reply@loket.test');
    // Machine-made (RFC 3834): auto-responders stay silent, so nothing loops back into the intake.
    expect(received.headers.get('auto-submitted')).toBe('auto-generated');
    expect(received.subject).toBe(queued.subject);
    expect(received.text.trimEnd()).toBe(queued.text_body.trimEnd());
    expect(received.html.trimEnd()).toBe(queued.html_body.trimEnd());
    expect(received.text).toContain(`${TEST_PUBLIC_URL}/reset-password?token=`);

    await waitFor(async () => expect((await mailRow(server, queued.id)).status).toBe('SENT'));
    const row = await mailRow(server, queued.id);
    expect(row.attempts).toBe(1);
    expect(row).toMatchObject({ last_error: null });
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(sink.count(queued.message_id)).toBe(1);
  });

  it('sends nothing for a rolled-back change', async () => {
    const subject = `Rolled back ${randomUUID()}`;
    let rolledBack = '';
    await expect(
      inScope(server.app.dataSource, { kind: 'system' }, async (em) => {
        rolledBack = await queueMail(em, TEST_PUBLIC_URL, testMail(subject));
        throw new Error('the change fails: roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(rolledBack).not.toBe('');
    // A mail queued afterwards arrives; the rolled-back one never existed, so it cannot follow it.
    const marker = await queue(server, `After the rollback ${randomUUID()}`);
    await waitFor(async () => expect((await mailRow(server, marker)).status).toBe('SENT'));
    expect(sink.accepted.filter((m) => m.subject === subject)).toEqual([]);
    expect(
      await ownerQuery(server.dbUrl, 'SELECT id FROM outbound_mail WHERE subject = $1', [subject]),
    ).toEqual([]);
    // Its job was enqueued by the same transaction, so it is gone too.
    expect(
      await ownerQuery(server.dbUrl, 'SELECT id FROM graphile_worker.jobs WHERE key = $1', [
        `mail:${rolledBack}`,
      ]),
    ).toEqual([]);
  });

  it('retries after a temporary SMTP failure and delivers the mail once', async () => {
    sink.refuseNext(1);
    const refusedBefore = sink.refused;
    const id = await queue(server, `Retry ${randomUUID()}`);
    await waitFor(async () => {
      const row = await mailRow(server, id);
      expect(row.status).toBe('PENDING');
      expect(row.attempts).toBe(1);
      expect(row.last_error).toMatch(/451/);
    });
    // graphile-worker's backoff: the second attempt comes about e¹ ≈ 2.7 seconds later.
    await waitFor(async () => expect((await mailRow(server, id)).status).toBe('SENT'));
    const row = await mailRow(server, id);
    expect(sink.refused - refusedBefore).toBe(1);
    expect(row.attempts).toBe(2);
    expect(sink.count(row.message_id)).toBe(1);
  });

  it('does not serve the development mailbox when mails are really sent', async () => {
    const response = await fetch(`${server.url}/dev/mailbox`);
    expect(response.status).toBe(404);
  });
});

describe('without SMTP_URL', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ WORKER: 'inline' });
  });

  it('keeps the mail (KEPT, not sent) and shows it on /dev/mailbox with a clickable link', async () => {
    await gql(server.graphqlUrl, RESET, { email: 'beheerder@delinde.example' });
    const [queued] = await outbox(server.dbUrl, 'beheerder@delinde.example');
    if (!queued) throw new Error('no mail queued');
    await waitFor(async () => expect((await mailRow(server, queued.id)).status).toBe('KEPT'));
    expect((await mailRow(server, queued.id)).attempts).toBe(0);

    const list = await fetch(`${server.url}/dev/mailbox`);
    expect(list.status).toBe(200);
    expect(list.headers.get('content-security-policy')).toContain("default-src 'none'");
    const listHtml = await list.text();
    expect(listHtml).toContain(`<a href="/dev/mailbox/${queued.id}">${queued.subject}</a>`);
    expect(listHtml).toContain('Kept here (not sent)');

    const detail = await fetch(`${server.url}/dev/mailbox/${queued.id}`);
    expect(detail.status).toBe(200);
    const detailHtml = await detail.text();
    const link = /<a href="(http:\/\/loket\.test\/reset-password\?token=[^"]+)">/.exec(detailHtml)?.[1];
    expect(link).toMatch(/^http:\/\/loket\.test\/reset-password\?token=[\w-]{20,}$/);
    expect(queued.text_body).toContain(link);
    expect(detailHtml).toContain(`&lt;${queued.message_id.slice(1, -1)}&gt;`);
    expect(detailHtml).toMatch(/<iframe src="\/dev\/mailbox\/[^"]+\/html"[^>]* sandbox="allow-popups/);

    const html = await fetch(`${server.url}/dev/mailbox/${queued.id}/html`);
    expect(html.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/);
    const body = await html.text();
    expect(body).toContain('<base target="_blank">');
    expect(body).toContain(link!.replace(/&/g, '&amp;'));

    expect((await fetch(`${server.url}/dev/mailbox/${randomUUID()}`)).status).toBe(404);
    expect((await fetch(`${server.url}/dev/mailbox/not-an-id`)).status).toBe(404);
  });

  it('pages the mailbox newest first, 50 a page, without skipping or repeating a mail', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 55; i++) ids.push(await queue(server, `Paged ${String(i).padStart(2, '0')}`));
    const all = (
      await ownerQuery<{ id: string }>(
        server.dbUrl,
        'SELECT id FROM outbound_mail ORDER BY created_at DESC, id DESC',
      )
    ).map((r) => r.id);
    const linked = (html: string) =>
      [...html.matchAll(/<a href="\/dev\/mailbox\/([0-9a-f-]{36})">/g)].map((m) => m[1]);

    const first = await (await fetch(`${server.url}/dev/mailbox`)).text();
    expect(linked(first)).toEqual(all.slice(0, 50));
    const older = /<a href="(\/dev\/mailbox\?before=[0-9a-f-]{36})" rel="next">Older mails<\/a>/.exec(
      first,
    )?.[1];
    // The next page starts after the 50th mail of the first.
    expect(older).toBe(`/dev/mailbox?before=${all[49]}`);
    const second = await (await fetch(`${server.url}${older}`)).text();
    expect(linked(second)).toEqual(all.slice(50));
    expect(second).not.toContain('Older mails');
    expect(second).toContain('Newest mails');
    expect(all).toEqual(expect.arrayContaining(ids));
  });
});

describe('a standalone worker process', () => {
  let sink: SmtpSink;
  let server: TestServer;
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startTestServer(); // WORKER=off: only the worker processes below deliver
  });

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await sink?.close();
  });

  function startWorkerProcess() {
    const child = spawn(process.execPath, [path.resolve('server/dist/server/src/worker-main.js')], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: server.dbUrl,
        DATABASE_APP_USER: APP_USER,
        DATABASE_APP_PASSWORD: APP_PASSWORD,
        DATABASE_POOL_SIZE: '6',
        PUBLIC_URL: TEST_PUBLIC_URL,
        SMTP_URL: sink.url,
        MAIL_DELIVERY_CONCURRENCY: '5',
        MAIL_STALLED_AFTER_SECONDS: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => {
        children.delete(child);
        resolve({ code, signal });
      }),
    );
    return { child, exited, output: () => output };
  }

  it('sends each mail exactly once when a worker is killed mid-delivery', async () => {
    const acceptedBefore = sink.accepted.length;
    const held = sink.holdNext();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push(await queue(server, `Crash ${i} ${randomUUID()}`));

    const first = startWorkerProcess();
    const heldMail = await Promise.race([
      held.arrived,
      first.exited.then(() => {
        throw new Error(`worker exited early:\n${first.output()}`);
      }),
    ]);
    // Let the worker finish the other mails (committed SENT), so that the one it is killed in the middle
    // of is the held one: it waits for the answer to DATA, holding the mail's row lock. (A kill between
    // the SMTP server's 250 and the COMMIT is the one window left: see docs/decisions/0004.)
    await waitFor(async () => {
      const sent = await ownerQuery(
        server.dbUrl,
        `SELECT count(*)::int AS n FROM outbound_mail WHERE id = ANY($1) AND status = 'SENT'`,
        [ids],
      );
      expect(sent[0].n).toBe(ids.length - 1);
    });
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    await held.closed;
    held.release(); // the 250 goes to a closed connection: not an accepted message

    const heldRow = (
      await ownerQuery(server.dbUrl, 'SELECT id, status FROM outbound_mail WHERE message_id = $1', [
        heldMail.messageId,
      ])
    )[0];
    expect(heldRow.status).toBe('PENDING');

    const second = startWorkerProcess();
    await waitFor(async () => {
      const rows = await ownerQuery(server.dbUrl, 'SELECT status FROM outbound_mail WHERE id = ANY($1)', [
        ids,
      ]);
      expect(rows.map((r) => r.status)).toEqual(ids.map(() => 'SENT'));
    }, 20_000);

    const rows = await ownerQuery(server.dbUrl, 'SELECT message_id FROM outbound_mail WHERE id = ANY($1)', [
      ids,
    ]);
    for (const { message_id } of rows) expect(sink.count(message_id), message_id).toBe(1);
    expect(sink.accepted.slice(acceptedBefore)).toHaveLength(ids.length);
    expect(sink.count(heldMail.messageId)).toBe(1);
    // Recovered by the sweep (graphile-worker would free the dead worker's job only after 4 hours), and
    // the killed attempt left no trace on the row: it was never committed.
    expect(second.output()).toContain('stalled mails queued again');
    expect((await mailRow(server, heldRow.id)).attempts).toBe(1);

    // A graceful stop: SIGTERM lets the worker finish and exit 0.
    second.child.kill('SIGTERM');
    expect(await second.exited, second.output()).toEqual({ code: 0, signal: null });
  });

  it('loses no mail over repeated kills, repeats one only inside the SMTP window, and leaves no job locked', async () => {
    // A slow mail server: each 250 comes 40 ms after the whole mail arrived, the window a kill can hit.
    sink.answerAfter(40);
    const before = sink.accepted.length;
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await queue(server, `Kill ${i} ${randomUUID()}`));
    const random = seeded(11);
    const kills: number[] = [];
    for (let k = 0; k < KILLS; k++) {
      const worker = startWorkerProcess();
      const accepted = sink.accepted.length;
      // Kill while deliveries are under way: after the next acceptance, at a seeded moment.
      await Promise.race([
        waitFor(() => expect(sink.accepted.length).toBeGreaterThan(accepted)),
        worker.exited,
      ]);
      await new Promise((r) => setTimeout(r, Math.floor(random() * 60)));
      worker.child.kill('SIGKILL');
      kills.push(Date.now());
      await worker.exited;
    }
    const last = startWorkerProcess();
    await waitFor(async () => {
      const rows = await ownerQuery(server.dbUrl, 'SELECT status FROM outbound_mail WHERE id = ANY($1)', [
        ids,
      ]);
      expect(rows.map((r) => r.status)).toEqual(ids.map(() => 'SENT'));
    }, 30_000);
    // The sweep clears what the dead workers left locked, also the jobs of mails already SENT.
    await waitFor(async () => {
      const [locked] = await ownerQuery(
        server.dbUrl,
        `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'deliver_mail'`,
      );
      expect(locked.n).toBe(0);
    }, 20_000);
    last.child.kill('SIGTERM');
    await last.exited;
    sink.answerAfter(0);

    const rows = await ownerQuery<{ message_id: string }>(
      server.dbUrl,
      'SELECT message_id FROM outbound_mail WHERE id = ANY($1)',
      [ids],
    );
    const received = sink.accepted.slice(before);
    const lost = rows.filter((r) => sink.count(r.message_id) === 0);
    const repeated = rows.filter((r) => sink.count(r.message_id) > 1);
    expect(lost).toEqual([]);
    // A mail is repeated only when a worker died after the SMTP server had the whole mail and before
    // the worker's COMMIT of SENT (so before or just after the 250).
    for (const { message_id } of repeated) {
      const first = received.find((m) => m.messageId === message_id);
      const inWindow = (at: number) =>
        first !== undefined && at >= first.receivedAt && at - first.acceptedAt < SMTP_WINDOW_MS;
      expect(kills.some(inWindow), message_id).toBe(true);
    }
    console.info(`${KILLS} worker kills: ${ids.length} mails, 0 lost, ${repeated.length} repeated`);
  }, 90_000);
});
