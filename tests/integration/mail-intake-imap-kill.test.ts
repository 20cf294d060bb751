// kill -9 of the standalone intake (`npm run mail-in`) while its IMAP source works through a folder of mails
// (issue 15, decision 0032): whether it died before a commit, between a commit and the move, or after the
// move, the restarted intake reads what is left, and every mail lands once, moved once, none deleted.
import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { expect, it, onTestFinished } from 'vitest';
import { startImapServer } from '../utils/imap-server.js';
import { HELPDESK, UPDATES } from '../utils/mail-in.js';
import { ownerQuery } from '../utils/mailbox.js';
import { testDatabase } from '../utils/server.js';
import { type LoketProcess, startLoketProcess } from '../utils/server-process.js';

const MAILS = 30;
const KILLS = 2;

it('lands every mail once over kill -9 of the intake mid-folder', async () => {
  const imap = await startImapServer(HELPDESK);
  // onTestFinished, not afterAll: vitest 4 never runs an afterAll registered inside a test.
  onTestFinished(() => imap.stop());
  const dbUrl = await testDatabase();
  const organisationId = randomUUID();
  const sender = `imap-kill-${randomUUID().slice(0, 8)}@test.example`;
  await ownerQuery(
    dbUrl,
    `INSERT INTO organisation (id, name, external_number, email) VALUES ($1, $2, $3, $4)`,
    [organisationId, 'IMAP kill-9 voorziening', `IK-${organisationId.slice(0, 8)}`, 'info@imapkill.example'],
  );
  await ownerQuery(
    dbUrl,
    `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status, password_hash)
     VALUES ($1, $2, $3, 'Ilse', 'Imap', '{MEMBER}', 'ACTIVE', 'x')`,
    [randomUUID(), organisationId, sender],
  );
  const mailbox = await imap.connect();
  const ids = Array.from({ length: MAILS }, (_, n) => `<imap-kill-${n}-${organisationId}@client.example>`);
  for (const [n, messageId] of ids.entries())
    await mailbox.append(
      'INBOX',
      await new MailComposer({
        from: sender,
        to: HELPDESK,
        subject: `ImapKill ${n}`,
        text: `Vraag ${n}`,
        messageId,
      })
        .compile()
        .build(),
    );

  const processes: LoketProcess[] = [];
  onTestFinished(() => {
    for (const p of processes)
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  });
  const start = async () => {
    const started = await startLoketProcess('mail-in-main', dbUrl, {
      HELPDESK_ADDRESS: HELPDESK,
      UPDATES_ADDRESS: UPDATES,
      MAIL_IN_PORT: '0',
      MAIL_IN_IMAP_HOST: imap.host,
      MAIL_IN_IMAP_PORT: String(imap.port),
      MAIL_IN_IMAP_TLS: 'false',
      MAIL_IN_IMAP_USER: imap.user,
      MAIL_IN_IMAP_PASSWORD: imap.password,
      MAIL_IN_IMAP_POLL_SECONDS: '300',
      MAIL_IN_PER_SENDER_PER_HOUR: '1000',
    });
    processes.push(started);
    return started;
  };
  const landed = async () =>
    (
      await ownerQuery<{ n: number }>(
        dbUrl,
        'SELECT count(*)::int AS n FROM inbound_mail WHERE sender = $1',
        [sender],
      )
    )[0]?.n ?? 0;

  const cuts: number[] = [];
  for (let kill = 0; kill < KILLS; kill++) {
    const intake = await start();
    const before = await landed();
    // Killed once a few more mails landed: mid-way through the folder, one mail somewhere in its steps.
    while ((await landed()) < before + 4) await new Promise((r) => setTimeout(r, 5));
    intake.child.kill('SIGKILL');
    await intake.exited;
    cuts.push(await landed());
  }
  expect(cuts[cuts.length - 1]).toBeLessThan(MAILS); // the kills did come before the end

  const intake = await start();
  const inbox = async () => (await mailbox.status('INBOX', { messages: true })) || { messages: -1 };
  const deadline = Date.now() + 30_000;
  while ((await inbox()).messages !== 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 100));
  intake.child.kill('SIGTERM');
  expect((await intake.exited).code).toBe(0);

  expect((await inbox()).messages).toBe(0);
  const rows = await ownerQuery<{ message_id: string; n: number }>(
    dbUrl,
    'SELECT message_id, count(*)::int AS n FROM inbound_mail WHERE sender = $1 GROUP BY message_id',
    [sender],
  );
  expect(rows.map((r) => r.message_id).sort()).toEqual([...ids].sort());
  expect(rows.every((r) => r.n === 1)).toBe(true);
  const tickets = await ownerQuery<{ n: number }>(
    dbUrl,
    'SELECT count(*)::int AS n FROM ticket WHERE organisation_id = $1',
    [organisationId],
  );
  expect(tickets[0]?.n).toBe(MAILS);
  // Moved once each: every mail in the processed folder, none twice, none lost.
  await mailbox.mailboxOpen('Loket-verwerkt', { readOnly: true });
  const moved = (await mailbox.fetchAll('1:*', { envelope: true })).map((m) => m.envelope?.messageId ?? '');
  expect(moved.sort()).toEqual([...ids].sort());
}, 90_000);
