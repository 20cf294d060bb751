// Office-hours chat over real HTTP and WebSocket: the customer and the agent each in their own graphql-ws
// client; the agent sees the waiting chat live, takes it, both write and hear each other; the end makes a
// CHAT ticket with the transcript (Opgelost when solved, Nieuw when not) and queues its confirmation mail.
// Outside hours the start is refused with the opening time; with nobody available too; another
// organisation (and a colleague) can neither see, follow nor write in someone's chat.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { nextOpening } from '../../server/src/modules/chat/chat-hours.js';
import { graphql } from '../graphql/generated/gql.js';
import { closedToday, closedTodayCalendar, noAgents, openAllDay } from '../utils/chat.js';
import { createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { collect, collectLive, disposeLive, errorCode, gql, login, wsClient } from '../utils/graphql.js';
import { outbox, ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;
let agent: string;
let otherAgent: string;

const AVAILABILITY = graphql(`
  query ChatAvailability { chatAvailability { open agentsAvailable offered opensAt } }
`);
const SET_AVAILABLE = graphql(`
  mutation ChatSetAvailable($available: Boolean!) { setChatAgentAvailable(available: $available) }
`);
const START = graphql(`
  mutation ChatStart($input: StartChatInput!) {
    startChat(input: $input) { errors { field code message } chat { id status subject } }
  }
`);
const TAKE = graphql(`
  mutation ChatTake($chatId: ID!) { takeChat(chatId: $chatId) { errors { code } chat { id status agentName } } }
`);
const SEND = graphql(`
  mutation ChatSend($input: SendChatMessageInput!) {
    sendChatMessage(input: $input) { errors { field code message } chat { id } }
  }
`);
const END = graphql(`
  mutation ChatEnd($input: EndChatInput!) {
    endChat(input: $input) { errors { field code message } chat { id status ticketNumber } }
  }
`);
const RUNNING = graphql(`
  query ChatRunning { runningChat { id status messages { body byStaff mine } } }
`);
const CHAT = graphql(`query ChatOne($id: ID!) { chat(id: $id) { id status } }`);
const UPDATED = graphql(`
  subscription ChatUpdated($id: ID!) { chatUpdated(id: $id) { id status messages { body byStaff mine } } }
`);
const QUEUE = graphql(`
  subscription ChatQueue { staffChatsChanged { id status subject customer { email } organisation { name } } }
`);
const TICKET = graphql(`
  query ChatTicket($number: String!) {
    ticket(number: $number) { channel status subject entries { kind body byStaff } }
  }
`);

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  [agent, otherAgent] = await Promise.all([
    login(url, 'bart.desmet@zorg.example'),
    login(url, 'an.peeters@zorg.example'),
  ]);
});

/** A customer of a fresh organisation (logged in). */
async function customer(): Promise<TestUser> {
  return createUser(server, await createOrganisation(server));
}

async function openWithAgent(): Promise<void> {
  await openAllDay(server.dbUrl);
  const set = await gql(url, SET_AVAILABLE, { available: true }, { token: agent });
  expect(set.data?.setChatAgentAvailable).toBe(true);
}

async function start(user: TestUser, question: string) {
  const result = await gql(
    url,
    START,
    { input: { clientKey: randomUUID(), question } },
    { token: user.token },
  );
  expect(result.data?.startChat.errors).toEqual([]);
  return result.data?.startChat.chat?.id as string;
}

const say = (token: string, chatId: string, body: string) =>
  gql(url, SEND, { input: { chatId, clientKey: randomUUID(), body } }, { token });

describe('a chat during office hours', () => {
  it('reaches the agent live, both sides talk, and a solved chat becomes an Opgelost ticket', async () => {
    await openWithAgent();
    const user = await customer();
    const agentClient = wsClient(server.wsUrl, agent);
    const customerClient = wsClient(server.wsUrl, user.token);
    const queue = await collectLive(server, agentClient, QUEUE);

    const question = `Mijn rapport laadt niet ${randomUUID().slice(0, 6)}`;
    const available = await gql(url, AVAILABILITY, {}, { token: user.token });
    expect(available.data?.chatAvailability).toMatchObject({
      open: true,
      agentsAvailable: true,
      offered: true,
    });
    const chatId = await start(user, question);

    // The agent's list shows the waiting chat with who asks.
    await vi.waitFor(
      async () => {
        const event = await queue.next();
        expect(event.data?.staffChatsChanged).toContainEqual({
          id: chatId,
          status: 'WAITING',
          subject: question,
          customer: { email: user.email },
          organisation: expect.objectContaining({ name: expect.any(String) }),
        });
      },
      { timeout: 10_000 },
    );

    const customerEvents = await collectLive(server, customerClient, UPDATED, { id: chatId });
    const agentEvents = await collectLive(server, agentClient, UPDATED, { id: chatId });

    const taken = await gql(url, TAKE, { chatId }, { token: agent });
    expect(taken.data?.takeChat.chat).toMatchObject({ status: 'ACTIVE', agentName: 'Bart' });
    expect((await customerEvents.next()).data?.chatUpdated.status).toBe('ACTIVE');
    await agentEvents.next();

    // A colleague cannot take it any more, nor write in it.
    const second = await gql(url, TAKE, { chatId }, { token: otherAgent });
    expect(second.data?.takeChat.errors.map((e) => e.code)).toEqual(['CHAT_TAKEN']);
    expect((await say(otherAgent, chatId, 'Ik ook')).data?.sendChatMessage.errors[0]?.code).toBe(
      'CHAT_TAKEN',
    );

    expect((await say(agent, chatId, 'Wis de cache van uw browser.')).data?.sendChatMessage.errors).toEqual(
      [],
    );
    const heard = await customerEvents.next();
    expect(heard.data?.chatUpdated.messages.at(-1)).toEqual({
      body: 'Wis de cache van uw browser.',
      byStaff: true,
      mine: false,
    });
    await agentEvents.next();

    expect((await say(user.token, chatId, 'Dat werkt, bedankt!')).data?.sendChatMessage.errors).toEqual([]);
    const agentHeard = await agentEvents.next();
    expect(agentHeard.data?.chatUpdated.messages.at(-1)).toEqual({
      body: 'Dat werkt, bedankt!',
      byStaff: false,
      mine: false,
    });
    await customerEvents.next();

    // Solved without a solution is refused (and nothing ends).
    const noSolution = await gql(
      url,
      END,
      { input: { chatId, solved: true, solution: ' ' } },
      { token: agent },
    );
    expect(noSolution.data?.endChat.errors.map((e) => [e.field, e.code])).toEqual([
      ['solution', 'TICKET_SOLUTION_REQUIRED'],
    ]);
    const ended = await gql(
      url,
      END,
      { input: { chatId, solved: true, solution: 'Cache gewist.' } },
      { token: agent },
    );
    expect(ended.data?.endChat.errors).toEqual([]);
    const number = ended.data?.endChat.chat?.ticketNumber as string;
    expect(number).toBeTruthy();
    expect((await customerEvents.next()).data?.chatUpdated.status).toBe('ENDED');

    const ticket = await gql(url, TICKET, { number }, { token: user.token });
    expect(ticket.data?.ticket).toMatchObject({ channel: 'CHAT', status: 'RESOLVED', subject: question });
    const replies = ticket.data?.ticket.entries.filter((e) => e.kind === 'REPLY');
    expect(replies).toEqual([
      { kind: 'REPLY', body: question, byStaff: false },
      { kind: 'REPLY', body: 'Wis de cache van uw browser.', byStaff: true },
      { kind: 'REPLY', body: 'Dat werkt, bedankt!', byStaff: false },
    ]);
    // The transcript comes first: the creation, the lines, then the status move.
    expect(ticket.data?.ticket.entries.map((e) => e.kind)).toEqual([
      'EVENT',
      'REPLY',
      'REPLY',
      'REPLY',
      'EVENT',
    ]);

    const mails = await outbox(server.dbUrl, user.email);
    expect(mails.map((m) => m.template)).toEqual(['ticket-confirmation']);
    expect(mails[0]?.subject).toContain(number);

    // The running chat is gone for the customer; ending again is harmless.
    expect((await gql(url, RUNNING, {}, { token: user.token })).data?.runningChat).toBeNull();
    const again = await gql(url, END, { input: { chatId } }, { token: user.token });
    expect(again.data?.endChat.chat?.ticketNumber).toBe(number);
    expect((await say(user.token, chatId, 'Nog iets')).data?.sendChatMessage.errors[0]?.code).toBe(
      'CHAT_ENDED',
    );
    await disposeLive(server, [agentClient, customerClient]);
  });

  it('an agent who cannot solve it ends it as a Nieuw ticket with the transcript', async () => {
    await openWithAgent();
    const user = await customer();
    const chatId = await start(user, 'Kan ik een tweede locatie toevoegen?');
    expect((await gql(url, TAKE, { chatId }, { token: agent })).data?.takeChat.errors).toEqual([]);
    await say(agent, chatId, 'Dat zoek ik uit en ik laat het u weten.');
    const ended = await gql(url, END, { input: { chatId, solved: false } }, { token: agent });
    const number = ended.data?.endChat.chat?.ticketNumber as string;
    const ticket = await gql(url, TICKET, { number }, { token: user.token });
    expect(ticket.data?.ticket).toMatchObject({ channel: 'CHAT', status: 'NEW' });
    expect(ticket.data?.ticket.entries.map((e) => e.body).filter(Boolean)).toEqual([
      'Kan ik een tweede locatie toevoegen?',
      'Dat zoek ik uit en ik laat het u weten.',
    ]);
    expect((await outbox(server.dbUrl, user.email)).map((m) => m.template)).toEqual(['ticket-confirmation']);
  });

  it('a reload finds the running chat; a second start returns it; the customer leaving makes a Nieuw ticket', async () => {
    await openWithAgent();
    const user = await customer();
    const chatId = await start(user, 'Waar vind ik mijn facturen?');
    const running = await gql(url, RUNNING, {}, { token: user.token });
    expect(running.data?.runningChat).toEqual({
      id: chatId,
      status: 'WAITING',
      messages: [{ body: 'Waar vind ik mijn facturen?', byStaff: false, mine: true }],
    });
    expect(await start(user, 'Nog een vraag')).toBe(chatId);
    const left = await gql(url, END, { input: { chatId } }, { token: user.token });
    expect(left.data?.endChat.chat?.status).toBe('ENDED');
    const ticket = await gql(
      url,
      TICKET,
      { number: left.data?.endChat.chat?.ticketNumber as string },
      {
        token: user.token,
      },
    );
    expect(ticket.data?.ticket.status).toBe('NEW');
  });

  it('refuses empty and too long messages per field, saving nothing', async () => {
    await openWithAgent();
    const user = await customer();
    const empty = await gql(
      url,
      START,
      { input: { clientKey: randomUUID(), question: '  ' } },
      { token: user.token },
    );
    expect(empty.data?.startChat.errors.map((e) => [e.field, e.code])).toEqual([['question', 'REQUIRED']]);
    const chatId = await start(user, 'Vraag');
    const blank = await say(user.token, chatId, '');
    expect(blank.data?.sendChatMessage.errors.map((e) => [e.field, e.code])).toEqual([['body', 'REQUIRED']]);
    const long = await say(user.token, chatId, 'x'.repeat(4001));
    expect(long.errors ?? long.data?.sendChatMessage.errors).toBeTruthy();
    expect(JSON.stringify(long)).not.toContain('INTERNAL_SERVER_ERROR');
    const rows = await ownerQuery(
      server.dbUrl,
      'SELECT count(*)::int AS n FROM chat_message WHERE chat_id = $1',
      [chatId],
    );
    expect(rows[0].n).toBe(1);
    await gql(url, END, { input: { chatId } }, { token: user.token });
  });
});

describe('outside office hours', () => {
  it('refuses the start with the opening time (nl and en)', async () => {
    await closedToday(server.dbUrl);
    await gql(url, SET_AVAILABLE, { available: true }, { token: agent });
    const user = await customer();
    const expected = nextOpening(new Date(), closedTodayCalendar()) as Date;
    const availability = await gql(url, AVAILABILITY, {}, { token: user.token });
    expect(availability.data?.chatAvailability).toMatchObject({ open: false, offered: false });
    expect(availability.data?.chatAvailability.opensAt).toBe(expected.toISOString());

    const format = (locale: string) =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: 'Europe/Brussels',
      }).format(expected);
    const nl = await gql(
      url,
      START,
      { input: { clientKey: randomUUID(), question: 'Hallo?' } },
      { token: user.token },
    );
    expect(nl.data?.startChat.chat).toBeNull();
    expect(nl.data?.startChat.errors).toEqual([
      { field: null, code: 'CHAT_CLOSED', message: expect.stringContaining(format('nl-BE')) },
    ]);
    // In the user's language.
    await ownerQuery(server.dbUrl, `UPDATE app_user SET language = 'en' WHERE id = $1`, [user.id]);
    const english = await login(url, user.email);
    const en = await gql(
      url,
      START,
      { input: { clientKey: randomUUID(), question: 'Hello?' } },
      { token: english },
    );
    expect(en.data?.startChat.errors[0]?.message).toContain(format('en-GB'));
    expect(en.data?.startChat.errors[0]?.message).toContain('closed');
    const rows = await ownerQuery(
      server.dbUrl,
      'SELECT count(*)::int AS n FROM chat WHERE customer_id = $1',
      [user.id],
    );
    expect(rows[0].n).toBe(0);
  });

  it('refuses the start when nobody takes chats, within the hours', async () => {
    await openAllDay(server.dbUrl);
    await noAgents(server.dbUrl);
    const user = await customer();
    const availability = await gql(url, AVAILABILITY, {}, { token: user.token });
    expect(availability.data?.chatAvailability).toMatchObject({
      open: true,
      agentsAvailable: false,
      offered: false,
    });
    const refused = await gql(
      url,
      START,
      { input: { clientKey: randomUUID(), question: 'Hallo?' } },
      { token: user.token },
    );
    expect(refused.data?.startChat.errors.map((e) => e.code)).toEqual(['CHAT_NO_AGENT']);
  });
});

describe('who may see a chat', () => {
  it('another organisation and a colleague get NOT_FOUND everywhere; only staff take chats', async () => {
    await openWithAgent();
    const user = await customer();
    const colleague = await createUser(server, { id: user.organisationId, name: '', externalNumber: '' });
    const stranger = await customer();
    const chatId = await start(user, 'Privé vraag');
    for (const other of [stranger, colleague]) {
      expect(errorCode(await gql(url, CHAT, { id: chatId }, { token: other.token }))).toBe('NOT_FOUND');
      const sent = await say(other.token, chatId, 'Ik lees mee');
      expect(errorCode(sent)).toBe('NOT_FOUND');
      expect(errorCode(await gql(url, END, { input: { chatId } }, { token: other.token }))).toBe('NOT_FOUND');
      const refused = collect(wsClient(server.wsUrl, other.token), UPDATED, { id: chatId });
      await vi.waitFor(() => expect(refused.error ?? refused.pending[0]).toBeDefined());
      expect(JSON.stringify(refused.error ?? refused.pending[0])).toContain('NOT_FOUND');
      refused.dispose();
      // Customers take no chats and see no staff list.
      expect(errorCode(await gql(url, TAKE, { chatId }, { token: other.token }))).toBe('FORBIDDEN');
      const list = await gql(
        url,
        graphql(`query ChatStaffList { staffChats { id } }`),
        {},
        { token: other.token },
      );
      expect(errorCode(list)).toBe('FORBIDDEN');
    }
    // Staff do not start chats.
    const staffStart = await gql(
      url,
      START,
      { input: { clientKey: randomUUID(), question: 'x' } },
      { token: agent },
    );
    expect(errorCode(staffStart)).toBe('FORBIDDEN');
    await gql(url, END, { input: { chatId } }, { token: user.token });
  });
});
