// kill -9 of the server (and its intake) while mails are being received, between receipt and commit: the
// sender had no 250 and delivers again to the restarted server, and each mail lands once. A sender that got
// its 250 just before the kill and delivers again anyway (its answer lost) is covered too: every mail is
// sent again after each restart.
import { randomUUID } from 'node:crypto';
import { expect, it, onTestFinished } from 'vitest';
import { HELPDESK, MAIL_IN_ENV, type SendOutcome, sendInto } from '../utils/mail-in.js';
import { ownerQuery } from '../utils/mailbox.js';
import { testDatabase } from '../utils/server.js';
import { type ServerProcess, startServerProcess } from '../utils/server-process.js';

/** Kills, and mails in flight at each (bounded: 2 × 12). */
const KILLS = 2;
const MAILS_PER_KILL = 12;

function mailInPort(server: ServerProcess): number {
  const match = server.output().match(/"port":(\d+)[^\n]*"msg":"mail intake listening"/);
  if (!match?.[1]) throw new Error(`no intake port in:\n${server.output()}`);
  return Number(match[1]);
}

it('lands every mail once over kill -9 between receipt and commit, when the senders deliver again', async () => {
  const dbUrl = await testDatabase();
  const organisationId = randomUUID();
  const sender = `kill-${randomUUID().slice(0, 8)}@test.example`;
  await ownerQuery(
    dbUrl,
    `INSERT INTO organisation (id, name, external_number, email) VALUES ($1, $2, $3, $4)`,
    [organisationId, 'Kill-9 voorziening', `K-${organisationId.slice(0, 8)}`, 'info@kill.example'],
  );
  await ownerQuery(
    dbUrl,
    `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status, password_hash)
     VALUES ($1, $2, $3, 'Kees', 'Kill', '{MEMBER}', 'ACTIVE', 'x')`,
    [randomUUID(), organisationId, sender],
  );
  const processes: ServerProcess[] = [];
  // onTestFinished: vitest 4 never runs an afterAll registered inside a test.
  onTestFinished(() => {
    for (const p of processes)
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  });
  const start = async () => {
    const started = await startServerProcess(dbUrl, { ...MAIL_IN_ENV, WORKER: 'off' });
    processes.push(started);
    return started;
  };
  const mail = (n: number) => ({
    from: sender,
    to: HELPDESK,
    subject: `Kill9 ${n}`,
    text: `Vraag nummer ${n}`,
    messageId: `<kill9-${n}-${organisationId}@client.example>`,
  });

  let server = await start();
  const sentSoFar: number[] = [];
  const outcomes: Array<{ n: number; outcome: SendOutcome | { socket: string } }> = [];
  for (let kill = 0; kill < KILLS; kill++) {
    const port = mailInPort(server);
    const batch = Array.from({ length: MAILS_PER_KILL }, (_, i) => kill * MAILS_PER_KILL + i);
    const answeredBefore = outcomes.length;
    const sends = batch.map(async (n, i) => {
      await new Promise((r) => setTimeout(r, i * 10));
      sentSoFar.push(n);
      const outcome = await sendInto(port, mail(n)).catch((error: unknown) => ({
        socket: String((error as { code?: string }).code ?? error),
      }));
      outcomes.push({ n, outcome });
    });
    // The kill comes once a few mails were answered, with the others between DATA and their answer.
    while (outcomes.length < answeredBefore + 3) await new Promise((r) => setTimeout(r, 2));
    server.child.kill('SIGKILL');
    await server.exited;
    await Promise.all(sends);
    server = await start();
    // Every sender delivers again, whatever it was told.
    const port2 = mailInPort(server);
    const again = await Promise.all(sentSoFar.map((n) => sendInto(port2, mail(n))));
    for (const a of again) expect(a.accepted).toBe(true);
  }

  const accepted = outcomes.filter((o) => 'accepted' in o.outcome && o.outcome.accepted).map((o) => o.n);
  const cut = outcomes.filter(
    (o) => 'socket' in o.outcome || !('accepted' in o.outcome && o.outcome.accepted),
  );
  // The kills did cut mails off mid-receipt, and some had been answered before.
  expect(cut.length).toBeGreaterThan(0);
  expect(accepted.length).toBeGreaterThan(0);

  const rows = await ownerQuery<{ message_id: string; n: number }>(
    dbUrl,
    'SELECT message_id, count(*)::int AS n FROM inbound_mail WHERE sender = $1 GROUP BY message_id',
    [sender],
  );
  expect(rows).toHaveLength(KILLS * MAILS_PER_KILL);
  expect(rows.every((r) => r.n === 1)).toBe(true);
  const tickets = await ownerQuery<{ subject: string; n: number }>(
    dbUrl,
    'SELECT subject, count(*)::int AS n FROM ticket WHERE organisation_id = $1 GROUP BY subject',
    [organisationId],
  );
  expect(tickets).toHaveLength(KILLS * MAILS_PER_KILL);
  expect(tickets.every((t) => t.n === 1)).toBe(true);
}, 120_000);
