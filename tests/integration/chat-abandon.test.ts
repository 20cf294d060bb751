// Abandoned chats (issue 15, decision 0033) with the real graphile-worker: a chat nobody took, a taken chat
// nobody writes in, a chat whose customer closed the page, and every running chat when the desk closes
// are ended by the worker's job and registered as a ticket like a chat the customer leaves (transcript
// first, Nieuw, the confirmation mail); both sides see the end live. Time is driven as in the SLA timer
// tests: the rows' moments are moved into the past and the job is queued at once. A manual end at the
// same moment as the job (and two runs of the job at once) gives one ticket per chat.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import { closedToday, openAllDay } from '../utils/chat.js';
import { createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { collectLive, disposeLive, gql, login, wsClient } from '../utils/graphql.js';
import { outbox, ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;
let agent: string;

const SET_AVAILABLE = graphql(`
  mutation AbandonSetAvailable($available: Boolean!) { setChatAgentAvailable(available: $available) }
`);
const START = graphql(`
  mutation AbandonStart($input: StartChatInput!) {
    startChat(input: $input) { errors { field code } chat { id status } }
  }
`);
const TAKE = graphql(`
  mutation AbandonTake($chatId: ID!) { takeChat(chatId: $chatId) { errors { code } chat { id status } } }
`);
const SEND = graphql(`
  mutation AbandonSend($input: SendChatMessageInput!) {
    sendChatMessage(input: $input) { errors { field code } chat { id } }
  }
`);
const END = graphql(`
  mutation AbandonEnd($input: EndChatInput!) {
    endChat(input: $input) { errors { code } chat { id status ticketNumber endReason } }
  }
`);
const UPDATED = graphql(`
  subscription AbandonUpdated($id: ID!) { chatUpdated(id: $id) { id status endReason ticketNumber } }
`);
const TICKET = graphql(`
  query AbandonTicket($number: String!) {
    ticket(number: $number) { channel status subject entries { kind body byStaff } }
  }
`);

beforeAll(async () => {
  server = await startTestServer({
    WORKER: 'inline',
    CHAT_WAIT_MINUTES: '15',
    CHAT_IDLE_MINUTES: '20',
    CHAT_CUSTOMER_GONE_MINUTES: '5',
  });
  url = server.graphqlUrl;
  agent = await login(url, 'bart.desmet@zorg.example');
  await openAllDay(server.dbUrl);
  const set = await gql(url, SET_AVAILABLE, { available: true }, { token: agent });
  expect(set.data?.setChatAgentAvailable).toBe(true);
});

const customer = async (): Promise<TestUser> => createUser(server, await createOrganisation(server));

async function start(user: TestUser, question: string): Promise<string> {
  const result = await gql(
    url,
    START,
    { input: { clientKey: randomUUID(), question } },
    { token: user.token },
  );
  expect(result.data?.startChat.errors).toEqual([]);
  return result.data?.startChat.chat?.id as string;
}

const say = async (token: string, chatId: string, body: string) => {
  const result = await gql(url, SEND, { input: { chatId, clientKey: randomUUID(), body } }, { token });
  expect(result.data?.sendChatMessage.errors).toEqual([]);
};

/** Queues the worker's job now (its crontab runs it every minute anyway). */
const runJob = () => ownerQuery(server.dbUrl, `SELECT graphile_worker.add_job('end_abandoned_chats')`);

interface ChatState {
  status: string;
  end_reason: string | null;
  ticket_id: string | null;
  number: string | null;
  customer_gone_at: Date | null;
}
async function chatRow(id: string): Promise<ChatState> {
  const [row] = await ownerQuery<ChatState>(
    server.dbUrl,
    `SELECT c.status, c.end_reason, c.ticket_id, t.number, c.customer_gone_at
       FROM chat c LEFT JOIN ticket t ON t.id = c.ticket_id WHERE c.id = $1`,
    [id],
  );
  if (!row) throw new Error(`no chat ${id}`);
  return row;
}

async function endedBy(id: string, reason: string): Promise<ChatState> {
  await vi.waitFor(
    async () => expect(await chatRow(id)).toMatchObject({ status: 'ENDED', end_reason: reason }),
    {
      timeout: 15_000,
      interval: 100,
    },
  );
  return chatRow(id);
}

describe('abandoned chats, ended by the worker', () => {
  it('a chat nobody takes: ended live, a Nieuw ticket with the question, the confirmation mail; a fresh one stays', async () => {
    const user = await customer();
    const fresh = await customer();
    const question = `Niemand neemt op ${randomUUID().slice(0, 6)}`;
    const chatId = await start(user, question);
    const freshId = await start(fresh, 'Net begonnen');
    const client = wsClient(server.wsUrl, user.token);
    const live = await collectLive(server, client, UPDATED, { id: chatId });

    await ownerQuery(
      server.dbUrl,
      `UPDATE chat SET started_at = now() - interval '16 minutes' WHERE id = $1`,
      [chatId],
    );
    await runJob();
    const ended = await endedBy(chatId, 'NOT_TAKEN');
    await vi.waitFor(() =>
      expect(live.pending.map((e) => e.data?.chatUpdated)).toContainEqual({
        id: chatId,
        status: 'ENDED',
        endReason: 'NOT_TAKEN',
        ticketNumber: ended.number,
      }),
    );

    const ticket = await gql(url, TICKET, { number: ended.number ?? '' }, { token: user.token });
    expect(ticket.data?.ticket).toMatchObject({ channel: 'CHAT', status: 'NEW', subject: question });
    expect(ticket.data?.ticket.entries.filter((e) => e.kind === 'REPLY')).toEqual([
      { kind: 'REPLY', body: question, byStaff: false },
    ]);
    // Staff see why, as an internal note (the customer does not).
    const staffView = await gql(url, TICKET, { number: ended.number ?? '' }, { token: agent });
    expect(staffView.data?.ticket.entries.at(-1)).toMatchObject({ kind: 'NOTE', byStaff: true });
    expect(staffView.data?.ticket.entries.at(-1)?.body).toContain('geen medewerker');
    expect((await outbox(server.dbUrl, user.email)).map((m) => m.template)).toEqual(['ticket-confirmation']);

    expect((await chatRow(freshId)).status).toBe('WAITING');
    await disposeLive(server, [client]);
  });

  it('a taken chat nobody writes in: ended IDLE with the transcript; the agent sees it end live', async () => {
    const user = await customer();
    const chatId = await start(user, 'Mijn rapport is leeg');
    expect((await gql(url, TAKE, { chatId }, { token: agent })).data?.takeChat.errors).toEqual([]);
    await say(agent, chatId, 'Welk rapport bedoelt u?');
    await say(user.token, chatId, 'Het jaarrapport.');
    const agentClient = wsClient(server.wsUrl, agent);
    const live = await collectLive(server, agentClient, UPDATED, { id: chatId });

    // Written in 10 minutes ago: not idle yet.
    await ownerQuery(
      server.dbUrl,
      `UPDATE chat SET last_activity_at = now() - interval '10 minutes' WHERE id = $1`,
      [chatId],
    );
    await runJob();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await chatRow(chatId)).status).toBe('ACTIVE');

    await ownerQuery(
      server.dbUrl,
      `UPDATE chat SET last_activity_at = now() - interval '21 minutes' WHERE id = $1`,
      [chatId],
    );
    await runJob();
    const ended = await endedBy(chatId, 'IDLE');
    await vi.waitFor(() => expect(live.pending.map((e) => e.data?.chatUpdated.status)).toContain('ENDED'));
    const ticket = await gql(url, TICKET, { number: ended.number ?? '' }, { token: user.token });
    expect(ticket.data?.ticket.status).toBe('NEW');
    expect(ticket.data?.ticket.entries.filter((e) => e.kind === 'REPLY')).toEqual([
      { kind: 'REPLY', body: 'Mijn rapport is leeg', byStaff: false },
      { kind: 'REPLY', body: 'Welk rapport bedoelt u?', byStaff: true },
      { kind: 'REPLY', body: 'Het jaarrapport.', byStaff: false },
    ]);
    await disposeLive(server, [agentClient]);
  });

  it('a customer whose page is gone: marked when the socket closes, cleared on return, ended after the grace', async () => {
    const user = await customer();
    const chatId = await start(user, 'Ik ben zo weg');
    let client = wsClient(server.wsUrl, user.token);
    await collectLive(server, client, UPDATED, { id: chatId });
    expect((await chatRow(chatId)).customer_gone_at).toBeNull();
    await disposeLive(server, [client]);
    await vi.waitFor(async () => expect((await chatRow(chatId)).customer_gone_at).not.toBeNull());

    // Back (a reload): present again.
    client = wsClient(server.wsUrl, user.token);
    await collectLive(server, client, UPDATED, { id: chatId });
    expect((await chatRow(chatId)).customer_gone_at).toBeNull();
    await disposeLive(server, [client]);
    await vi.waitFor(async () => expect((await chatRow(chatId)).customer_gone_at).not.toBeNull());

    await ownerQuery(
      server.dbUrl,
      `UPDATE chat SET customer_gone_at = now() - interval '6 minutes' WHERE id = $1`,
      [chatId],
    );
    await runJob();
    const ended = await endedBy(chatId, 'CUSTOMER_GONE');
    expect(ended.ticket_id).not.toBeNull();
  });

  it('the desk closing ends every running chat, waiting and taken', async () => {
    const waiting = await start(await customer(), 'Nog even snel');
    const taken = await start(await customer(), 'Nog een vraag');
    expect((await gql(url, TAKE, { chatId: taken }, { token: agent })).data?.takeChat.errors).toEqual([]);
    try {
      await closedToday(server.dbUrl);
      await runJob();
      await endedBy(waiting, 'DESK_CLOSED');
      await endedBy(taken, 'DESK_CLOSED');
    } finally {
      await openAllDay(server.dbUrl);
    }
  });

  it('a manual end at the same moment as two runs of the job: one ticket per chat', async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => customer()));
    const chats = await Promise.all(users.map((u, i) => start(u, `Tegelijk ${i}`)));
    await ownerQuery(
      server.dbUrl,
      `UPDATE chat SET started_at = now() - interval '1 hour' WHERE id = ANY ($1::uuid[])`,
      [chats],
    );
    const manual = await Promise.all([
      runJob(),
      runJob(),
      ...users.map((u, i) => gql(url, END, { input: { chatId: chats[i] as string } }, { token: u.token })),
    ]);
    for (const result of manual.slice(2))
      expect((result as { data?: { endChat: { errors: unknown[] } } }).data?.endChat.errors).toEqual([]);
    for (const id of chats)
      await vi.waitFor(async () => expect((await chatRow(id)).status).toBe('ENDED'), { timeout: 15_000 });
    // Let the job runs finish, then count.
    await vi.waitFor(
      async () =>
        expect(
          await ownerQuery(
            server.dbUrl,
            `SELECT 1 FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
              WHERE t.identifier = 'end_abandoned_chats'`,
          ),
        ).toEqual([]),
      { timeout: 15_000 },
    );
    const tickets = await ownerQuery<{ n: number }>(
      server.dbUrl,
      `SELECT count(*)::int AS n FROM ticket WHERE channel = 'CHAT' AND requester_id = ANY ($1::uuid[])`,
      [users.map((u) => u.id)],
    );
    expect(tickets[0]?.n).toBe(chats.length);
    for (const u of users)
      expect((await outbox(server.dbUrl, u.email)).map((m) => m.template)).toEqual(['ticket-confirmation']);
  });
});
