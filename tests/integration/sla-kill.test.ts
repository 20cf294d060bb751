// kill -9 of the server (inline worker) while it fires many ticket timers, then a second server on the same
// database: every ticket ends with each of its four warnings exactly once (rows and queued mails), the
// dead process's locked jobs are taken over by the second one's sweep.
import { randomUUID } from 'node:crypto';
import { expect, it, onTestFinished, vi } from 'vitest';
import { gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { testDatabase } from '../utils/server.js';
import { type ServerProcess, startServerProcess } from '../utils/server-process.js';

const TICKETS = 40;
// Reaction and resolution, each at risk and breached.
const LEVELS = 4;

it('sends every warning exactly once over a kill -9 mid-work and a restart', async () => {
  const dbUrl = await testDatabase();
  const processes: ServerProcess[] = [];
  // onTestFinished: vitest 4 never runs an afterAll registered inside a test.
  onTestFinished(() => {
    for (const p of processes)
      if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
  });
  const start = async (env: Record<string, string>) => {
    const started = await startServerProcess(dbUrl, { MAIL_STALLED_AFTER_SECONDS: '1', ...env });
    processes.push(started);
    return started;
  };

  // Tickets made while no worker runs, so that the kill finds all their timers due at once.
  const first = await start({ WORKER: 'off' });
  const member = await login(first.graphqlUrl, 'medewerker@delinde.example');
  const lists = await gql(
    first.graphqlUrl,
    '{ ticketCategories { id } ticketSupportTypes { id code } }',
    {},
    { token: member },
  );
  const ids: string[] = [];
  for (let i = 0; i < TICKETS; i++) {
    const created = await gql(
      first.graphqlUrl,
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { ticket { id } } }`,
      {
        input: {
          clientKey: randomUUID(),
          subject: `Kill9 ${i}`,
          description: 'Het rapport blijft leeg.',
          categoryId: lists.data?.ticketCategories[0].id,
          supportTypeId: lists.data?.ticketSupportTypes.find((t: { code: string }) => t.code === 'QUESTION')
            .id,
        },
      },
      { token: member },
    );
    ids.push(created.data?.createTicket.ticket.id);
  }
  first.child.kill('SIGKILL');
  await first.exited;
  await ownerQuery(
    dbUrl,
    `UPDATE ticket SET created_at = now() - interval '21 days' WHERE id = ANY ($1::uuid[])`,
    [ids],
  );
  await ownerQuery(dbUrl, 'UPDATE ticket SET timer_at = now() WHERE id = ANY ($1::uuid[])', [ids]);

  const warnings = async () =>
    (
      await ownerQuery<{ n: number }>(
        dbUrl,
        'SELECT count(*)::int AS n FROM ticket_sla_warning WHERE ticket_id = ANY ($1::uuid[])',
        [ids],
      )
    )[0]?.n ?? 0;

  // A worker starts on them and is killed mid-work.
  const victim = await start({ WORKER: 'inline' });
  await vi.waitFor(async () => expect(await warnings()).toBeGreaterThan(0), { timeout: 20_000, interval: 5 });
  victim.child.kill('SIGKILL');
  await victim.exited;
  const atKill = await warnings();

  await start({ WORKER: 'inline' });
  await vi.waitFor(async () => expect(await warnings()).toBe(LEVELS * TICKETS), {
    timeout: 60_000,
    interval: 100,
  });

  const [agents] = await ownerQuery<{ n: number }>(
    dbUrl,
    `SELECT count(*)::int AS n FROM app_user WHERE organisation_id IS NULL AND status = 'ACTIVE' AND 'AGENT' = ANY (roles)`,
  );
  const mails = await ownerQuery<{ subject: string; recipient: string; n: number }>(
    dbUrl,
    `SELECT subject, recipient, count(*)::int AS n FROM outbound_mail
      WHERE template = 'ticket-sla-warning' AND subject LIKE 'Ticket %' GROUP BY subject, recipient`,
  );
  expect(mails.filter((m) => m.n !== 1)).toEqual([]);
  expect(mails).toHaveLength(LEVELS * TICKETS * (agents?.n ?? 0));
  // The kill came with work left (else this test proved nothing about it).
  expect(atKill).toBeLessThan(LEVELS * TICKETS);
}, 120_000);
