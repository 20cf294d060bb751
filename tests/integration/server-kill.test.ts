// kill -9 of the server process while sendMessage mutations are in flight and a slow SMTP server holds
// its answers (issue 11, "tests kept in the suite"). A message and its notification mail are written in
// one transaction: after the kills and a restart on the same database, every message that exists has its
// mail and every mail its message (both or neither), every send answered as done is committed, and the
// restarted server delivers every one of those mails.
import { expect, it, onTestFinished, vi } from 'vitest';
import { gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { addConfirmedContact, key, SEND, themeId } from '../utils/messages.js';
import { testDatabase } from '../utils/server.js';
import { type ServerProcess, startServerProcess } from '../utils/server-process.js';
import { startSmtpSink } from '../utils/smtp-sink.js';

/** Kills, and concurrent sends in flight at each (20 in all). */
const KILLS = 2;
const SENDS_PER_KILL = 10;
/** The SMTP server answers each DATA this late: deliveries are under way when the kill comes. */
const SMTP_ANSWER_MS = 300;
/** Upper bound of the time between the SMTP server's 250 and the COMMIT of SENT (loaded machine). */
const SMTP_WINDOW_MS = 500;
/** Marks this test's messages, in their titles and so in their mails' subjects. */
const MARKER = 'Kill9';

/** What became of one send: its message id, an answer without one, or a broken connection. */
type Outcome = { id: string } | { notSent: string } | { socket: string };

async function send(graphqlUrl: string, token: string, title: string): Promise<Outcome> {
  try {
    const result = await gql(
      graphqlUrl,
      SEND,
      { input: { clientKey: key(), themeId: themeId('PER'), title, body: 'Beste, een vraag.' } },
      { token },
    );
    const id = result.data?.sendMessage?.message?.id as string | undefined;
    return id ? { id } : { notSent: JSON.stringify(result.errors ?? result.data) };
  } catch (error) {
    return { socket: String((error as { cause?: { code?: string } }).cause?.code ?? error) };
  }
}

it('keeps each message and its mail together (both or neither) over kill -9 mid-send, and delivers the mails after a restart', async () => {
  const sink = await startSmtpSink();
  // onTestFinished: vitest 4 never runs an afterAll registered inside a test.
  onTestFinished(() => sink.close());
  const dbUrl = await testDatabase();
  const processes: ServerProcess[] = [];
  onTestFinished(() => {
    for (const p of processes)
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  });
  const start = async () => {
    const started = await startServerProcess(dbUrl, {
      WORKER: 'inline',
      SMTP_URL: sink.url,
      // The restarted server takes over the mails the killed one had locked.
      MAIL_STALLED_AFTER_SECONDS: '1',
    });
    processes.push(started);
    return started;
  };

  let server = await start();
  const admin = await login(server.graphqlUrl, 'beheerder@delinde.example');
  await addConfirmedContact(server.graphqlUrl, dbUrl, admin, {
    firstName: 'Kees',
    lastName: 'Kill',
    email: 'kees.kill@delinde.example',
    themes: ['PER'],
  });
  sink.answerAfter(SMTP_ANSWER_MS);

  const outcomes: Outcome[] = [];
  const kills: number[] = [];
  for (let kill = 0; kill < KILLS; kill++) {
    // Concurrent sends; the kill comes once a few have been answered, with the others in flight.
    const answered = () => outcomes.length;
    const answeredBefore = answered();
    const sends = Array.from({ length: SENDS_PER_KILL }, async (_, i) => {
      await new Promise((r) => setTimeout(r, i * 15));
      outcomes.push(await send(server.graphqlUrl, admin, `${MARKER} ${kill}-${i}`));
    });
    await vi.waitFor(() => expect(answered() - answeredBefore).toBeGreaterThanOrEqual(3), {
      timeout: 15_000,
      interval: 5,
    });
    server.child.kill('SIGKILL');
    kills.push(Date.now());
    expect((await server.exited).signal).toBe('SIGKILL');
    await Promise.all(sends);
    server = await start();
  }

  const answeredIds = outcomes.flatMap((o) => ('id' in o ? [o.id] : []));
  const messages = await ownerQuery<{ id: string; title: string }>(
    dbUrl,
    `SELECT id, title FROM message WHERE title LIKE $1`,
    [`${MARKER} %`],
  );
  const mails = await ownerQuery<{ title: string; message_id: string }>(
    dbUrl,
    `SELECT substring(subject FROM $1) AS title, message_id FROM outbound_mail WHERE subject LIKE $2`,
    [`(${MARKER} [0-9]+-[0-9]+)`, `%${MARKER} %`],
  );
  const messageTitles = messages.map((m) => m.title).sort();
  const mailTitles = [...new Set(mails.map((m) => m.title))].sort();
  // Both or neither: the same titles have a message and a mail.
  expect(mailTitles).toEqual(messageTitles);
  // Every send answered as done is committed; a send cut off by the kill may or may not be.
  expect(messages.map((m) => m.id)).toEqual(expect.arrayContaining(answeredIds));
  expect(outcomes.filter((o) => 'notSent' in o)).toEqual([]);

  // The restarted server delivers every one of those mails.
  await vi.waitFor(
    async () => {
      const [pending] = await ownerQuery(
        dbUrl,
        `SELECT count(*)::int AS n FROM outbound_mail WHERE subject LIKE $1 AND status <> 'SENT'`,
        [`%${MARKER} %`],
      );
      expect(pending.n).toBe(0);
    },
    { timeout: 30_000, interval: 100 },
  );
  const undelivered = mails.filter((m) => sink.count(m.message_id) === 0);
  expect(undelivered).toEqual([]);
  // A mail is delivered twice only when a kill came after the SMTP server had the whole mail and before
  // the killed server's COMMIT of SENT (the window SMTP leaves open, docs/decisions/0004).
  const repeated = mails.filter((m) => sink.count(m.message_id) > 1);
  for (const { message_id } of repeated) {
    const first = sink.accepted.find((a) => a.messageId === message_id);
    const inWindow = (at: number) =>
      first !== undefined && at >= first.receivedAt && at - first.acceptedAt < SMTP_WINDOW_MS;
    expect(kills.some(inWindow), message_id).toBe(true);
  }

  server.child.kill('SIGTERM');
  expect((await server.exited).code, server.output()).toBe(0);
  const cut = outcomes.filter((o) => 'socket' in o).length;
  console.info(
    `server kill -9 x${KILLS}: ${outcomes.length} sends, ${answeredIds.length} answered, ${cut} cut off; ${messages.length} messages, ${mailTitles.length} with mail (${mails.length} mails), ${messages.length - mailTitles.length} without; all delivered, ${repeated.length} delivered twice (inside the SMTP window)`,
  );
}, 90_000);
