// SIGTERM of the real server process (docs/decisions/0013) while 16 clients send mutations over kept-alive
// connections, subscriptions are open and the SMTP server holds its answer to a mail: every request that
// got an answer has its result committed, none ends in a socket error (a refused connection or a 503 is a
// clean "not done"), the held mail stays PENDING, and the process exits 0 within SHUTDOWN_TIMEOUT_MS.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { expect, it, onTestFinished } from 'vitest';
import { APP_PASSWORD, APP_USER, TEST_PUBLIC_URL } from '../setup/test-env.js';
import { collect, gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { addConfirmedContact, key, SEND, themeId } from '../utils/messages.js';
import { testDatabase } from '../utils/server.js';
import { startSmtpSink } from '../utils/smtp-sink.js';

/** Short enough to keep the test quick, long enough for a loaded machine's requests to finish. */
const SHUTDOWN_TIMEOUT_MS = 8000;
const SENDERS = 16;

/** What became of one request: answered (with the message id when it was sent), refused, or a socket error. */
type Outcome =
  | { kind: 'answered'; status: number; id?: string }
  | { kind: 'refused' }
  | { kind: 'socket'; code: string };

async function sendOnce(graphqlUrl: string, token: string, title: string): Promise<Outcome> {
  try {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: SEND,
        variables: { input: { clientKey: key(), themeId: themeId('PER'), title, body: 'Beste, een vraag.' } },
      }),
    });
    const body = (await response.json()) as { data?: { sendMessage?: { message?: { id: string } } } };
    return { kind: 'answered', status: response.status, id: body.data?.sendMessage?.message?.id };
  } catch (error) {
    const code = String((error as { cause?: { code?: string } }).cause?.code ?? error);
    return code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'socket', code };
  }
}

it('drains on SIGTERM: answered means committed, no socket errors, the held mail stays PENDING, exit 0 in time', async () => {
  const sink = await startSmtpSink();
  // onTestFinished: vitest 4 never runs an afterAll registered inside a test.
  onTestFinished(() => sink.close());
  const dbUrl = await testDatabase();
  const child: ChildProcess = spawn(process.execPath, [path.resolve('server/dist/server/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: dbUrl,
      DATABASE_APP_USER: APP_USER,
      DATABASE_APP_PASSWORD: APP_PASSWORD,
      PORT: '0',
      PUBLIC_URL: TEST_PUBLIC_URL,
      WORKER: 'inline',
      SMTP_URL: sink.url,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/"url":"(http:\/\/[^"]+)\/graphql"/);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
  });
  const graphqlUrl = `${baseUrl}/graphql`;
  const admin = await login(graphqlUrl, 'beheerder@delinde.example');
  await addConfirmedContact(graphqlUrl, dbUrl, admin, {
    firstName: 'Stijn',
    lastName: 'Stop',
    email: 'stijn.stop@delinde.example',
    themes: ['PER'],
  });

  // Open subscriptions.
  const sockets = [0, 1, 2].map(() => wsClient(graphqlUrl.replace(/^http/, 'ws'), admin));
  const subscriptions = sockets.map((s) => collect(s, 'subscription { messageAdded { id } }'));

  // A mail the SMTP server holds: its delivery is under way when SIGTERM comes.
  const held = sink.holdNext();
  const invited = await gql(
    graphqlUrl,
    `mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { contactPerson { id } } }`,
    {
      input: {
        firstName: 'Trage',
        lastName: 'Post',
        email: 'trage.post@delinde.example',
        language: 'nl',
        themeIds: [themeId('ERK')],
      },
    },
    { token: admin },
  );
  expect(invited.data?.addContactPerson.contactPerson?.id).toBeTruthy();
  const heldMail = await held.arrived;

  // 16 senders over kept-alive connections, until the server refuses them.
  const outcomes: Outcome[] = [];
  let sent = 0;
  let sigterm = 0;
  const senders = Array.from({ length: SENDERS }, async (_, sender) => {
    for (let i = 0; i < 200; i++) {
      const outcome = await sendOnce(graphqlUrl, admin, `Sluiting ${sender}-${i}`);
      outcomes.push(outcome);
      if (outcome.kind === 'answered' && outcome.status === 200) sent++;
      if (outcome.kind !== 'answered' || outcome.status !== 200) return;
    }
  });
  while (sent < SENDERS * 2) await new Promise((r) => setTimeout(r, 5));
  sigterm = Date.now();
  child.kill('SIGTERM');
  await Promise.all(senders);
  const code = await exited;
  const tookMs = Date.now() - sigterm;

  expect(code).toBe(0);
  expect(tookMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
  expect(outcomes.filter((o) => o.kind === 'socket')).toEqual([]);
  const answeredIds = outcomes.flatMap((o) => (o.kind === 'answered' && o.id ? [o.id] : []));
  const committed = await ownerQuery<{ id: string }>(
    dbUrl,
    'SELECT id FROM message WHERE id = ANY($1::uuid[])',
    [answeredIds],
  );
  expect(committed).toHaveLength(answeredIds.length);
  // Every sender ended cleanly: refused, or answered 503 while the server drained.
  expect(
    outcomes.filter((o) => o.kind === 'refused' || (o.kind === 'answered' && o.status === 503)).length,
  ).toBe(SENDERS);
  // The held delivery was aborted, not recorded as a failed attempt: the mail waits, PENDING.
  const [mail] = await ownerQuery<{ status: string; attempts: number }>(
    dbUrl,
    'SELECT status, attempts FROM outbound_mail WHERE message_id = $1',
    [heldMail.messageId],
  );
  expect(mail).toEqual({ status: 'PENDING', attempts: 0 });
  for (const subscription of subscriptions)
    expect((subscription.error as { code?: number } | undefined)?.code).toBe(1001);
  held.release();
  await Promise.all(sockets.map((s) => s.dispose()));
  console.info(`shutdown under slow SMTP: exit ${code} after ${tookMs} ms, ${answeredIds.length} answered`);
}, 60_000);
