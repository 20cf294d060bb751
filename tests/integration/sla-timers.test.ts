// The ticket timers on real time with the real graphile-worker: an agent sees a ticket turn breached live
// (ticketUpdated) when its job fires; a job a dead worker left locked is recovered by the sweep and its
// warnings go out once; two workers on many due timers send every warning exactly once.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { startWorker } from '../../server/src/jobs/worker.js';
import { createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { collectLive, disposeLive, gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;
let member: TestUser;
let staff: string;
let categoryId: string;
let questionType: string;
let agents: number;

async function create(): Promise<{ id: string; number: string }> {
  const result = await gql(
    url,
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } ticket { id number } } }`,
    {
      input: {
        clientKey: randomUUID(),
        subject: 'Timer',
        description: 'Het rapport blijft leeg.',
        categoryId,
        supportTypeId: questionType,
      },
    },
    { token: member.token },
  );
  expect(result.data?.createTicket.errors).toEqual([]);
  return result.data?.createTicket.ticket;
}

/** Created three weeks ago: both targets breached; `timer_at` now makes its job due at once. */
const makeOverdue = (id: string, extra = '') =>
  ownerQuery(
    server.dbUrl,
    `UPDATE ticket SET created_at = now() - interval '21 days' WHERE id = '${id}';
     UPDATE ticket SET timer_at = now() WHERE id = '${id}'; ${extra}`,
  );

const warningMails = async (number: string) =>
  (
    await ownerQuery<{ subject: string; recipient: string }>(
      server.dbUrl,
      `SELECT subject, recipient FROM outbound_mail WHERE template = 'ticket-sla-warning' AND subject LIKE $1`,
      [`Ticket ${number}:%`],
    )
  ).map((m) => `${m.recipient} ${m.subject}`);

beforeAll(async () => {
  // The sweep looks every half second for timers stalled one second.
  server = await startTestServer({ WORKER: 'inline', MAIL_STALLED_AFTER_SECONDS: '1' });
  url = server.graphqlUrl;
  member = await createUser(server, await createOrganisation(server), { roles: ['MEMBER'] });
  staff = await login(url, 'bart.desmet@zorg.example');
  const lists = await gql(
    url,
    '{ ticketCategories { id } ticketSupportTypes { id code } }',
    {},
    { token: staff },
  );
  categoryId = lists.data?.ticketCategories[0].id;
  questionType = lists.data?.ticketSupportTypes.find((t: { code: string }) => t.code === 'QUESTION').id;
  const [row] = await ownerQuery<{ n: number }>(
    server.dbUrl,
    `SELECT count(*)::int AS n FROM app_user WHERE organisation_id IS NULL AND status = 'ACTIVE' AND 'AGENT' = ANY (roles)`,
  );
  agents = row?.n ?? 0;
  expect(agents).toBeGreaterThan(0);
});

// Reaction and resolution, each at risk and breached.
const LEVELS = 4;

describe('ticket timers on the real worker', () => {
  it('an agent sees the ticket turn breached live, without polling', async () => {
    const ticket = await create();
    const client = wsClient(server.wsUrl, staff);
    const events = await collectLive(
      server,
      client,
      `subscription($id: ID!) { ticketUpdated(id: $id) { slaState } }`,
      {
        id: ticket.id,
      },
    );
    await makeOverdue(ticket.id);
    await vi.waitFor(
      () => expect(events.pending.at(-1)).toEqual({ data: { ticketUpdated: { slaState: 'BREACHED' } } }),
      {
        timeout: 15_000,
        interval: 50,
      },
    );
    await vi.waitFor(async () => expect(await warningMails(ticket.number)).toHaveLength(LEVELS * agents), {
      timeout: 15_000,
    });
    await disposeLive(server, [client]);
  });

  it('recovers a job a dead worker left locked; its warnings go out once', async () => {
    const ticket = await create();
    // In one transaction, so the live worker cannot take the job first: due, and held by a vanished worker.
    await makeOverdue(
      ticket.id,
      `UPDATE graphile_worker._private_jobs SET locked_at = now() - interval '1 hour', locked_by = 'dead-worker'
        WHERE key = 'ticket-timer:${ticket.id}';`,
    );
    await vi.waitFor(async () => expect(await warningMails(ticket.number)).toHaveLength(LEVELS * agents), {
      timeout: 20_000,
      interval: 100,
    });
    // The sweep also removed the dead job; nothing is left for the ticket but its next moment.
    await vi.waitFor(
      async () => {
        const jobs = await ownerQuery(
          server.dbUrl,
          `SELECT 1 FROM graphile_worker._private_jobs WHERE locked_by = 'dead-worker'`,
        );
        expect(jobs).toEqual([]);
      },
      { timeout: 10_000 },
    );
    const mails = await warningMails(ticket.number);
    expect(new Set(mails).size).toBe(mails.length);
  });

  it('two workers on many due timers: every warning exactly once', async () => {
    const second = await startWorker(server.app, server.dbUrl);
    try {
      const tickets = await Promise.all(Array.from({ length: 12 }, () => create()));
      await ownerQuery(
        server.dbUrl,
        `UPDATE ticket SET created_at = now() - interval '21 days' WHERE id = ANY ($1::uuid[])`,
        [tickets.map((t) => t.id)],
      );
      await ownerQuery(server.dbUrl, 'UPDATE ticket SET timer_at = now() WHERE id = ANY ($1::uuid[])', [
        tickets.map((t) => t.id),
      ]);
      for (const ticket of tickets)
        await vi.waitFor(
          async () => expect(await warningMails(ticket.number)).toHaveLength(LEVELS * agents),
          {
            timeout: 20_000,
            interval: 100,
          },
        );
      const rows = await ownerQuery<{ n: number }>(
        server.dbUrl,
        'SELECT count(*)::int AS n FROM ticket_sla_warning WHERE ticket_id = ANY ($1::uuid[])',
        [tickets.map((t) => t.id)],
      );
      expect(rows[0]?.n).toBe(LEVELS * tickets.length);
    } finally {
      await second.stop();
    }
  });
});
