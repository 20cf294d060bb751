// Tickets live over real WebSocket: a ticket's subscribers hear replies and status changes on commit,
// re-read under their own rights; an internal note reaches staff only (a tenant hears nothing of it);
// another organisation, and a MEMBER who may not see the ticket, hear nothing; staff queue counts update.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_TICKETS } from '../../server/src/seed/demo.js';
import { collect, collectLive, gql, login, wsClient } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { download, tinyPdf, upload } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const [tomsInvoice] = DEMO_TICKETS as [(typeof DEMO_TICKETS)[number]];
let server: TestServer;
let url: string;
let member: string;
let colleague: string; // another MEMBER of De Linde: may not see Tom's ticket
let stranger: string;
let staff: string;

const UPDATED = `subscription($id: ID!) {
  ticketUpdated(id: $id) { status entries { kind body byStaff } }
}`;

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  [member, stranger, staff] = await Promise.all([
    login(url, 'medewerker@delinde.example'),
    login(url, 'medewerker@zonnebloem.example'),
    login(url, 'bart.desmet@zorg.example'),
  ]);
  // A second MEMBER of De Linde (the demo has one), created directly as the owner.
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status, password_hash)
     SELECT $1, organisation_id, 'collega@delinde.example', 'Lotte', 'Peeters', ARRAY['MEMBER'], 'ACTIVE', password_hash
       FROM app_user WHERE email = 'medewerker@delinde.example'`,
    [randomUUID()],
  );
  colleague = await login(url, 'collega@delinde.example');
});

describe('ticketUpdated', () => {
  it('delivers replies and status changes live; notes reach staff only', async () => {
    const memberEvents = await collectLive(server, wsClient(server.wsUrl, member), UPDATED, {
      id: tomsInvoice.id,
    });
    const staffEvents = await collectLive(server, wsClient(server.wsUrl, staff), UPDATED, {
      id: tomsInvoice.id,
    });
    // A colleague MEMBER who may not see it, and another organisation, are refused: NOT_FOUND.
    for (const token of [colleague, stranger]) {
      const refused = collect(wsClient(server.wsUrl, token), UPDATED, { id: tomsInvoice.id });
      // Refused either as an error frame or as a result with errors (then the subscription completes).
      await vi.waitFor(() => expect(refused.error ?? refused.pending[0]).toBeDefined());
      expect(JSON.stringify(refused.error ?? refused.pending[0])).toContain('NOT_FOUND');
    }

    const secret = `Geheime notitie ${randomUUID()}`;
    const note = await gql(
      url,
      `mutation($input: TicketReplyInput!) { addTicketNote(input: $input) { errors { code } } }`,
      { input: { ticketId: tomsInvoice.id, clientKey: randomUUID(), body: secret } },
      { token: staff },
    );
    expect(note.data?.addTicketNote.errors).toEqual([]);
    const staffSawNote = await staffEvents.next();
    expect(staffSawNote.data.ticketUpdated.entries).toContainEqual({
      kind: 'NOTE',
      body: secret,
      byStaff: true,
    });

    const reply = await gql(
      url,
      `mutation($input: TicketReplyInput!) { replyToTicket(input: $input) { errors { code } } }`,
      { input: { ticketId: tomsInvoice.id, clientKey: randomUUID(), body: 'Het probleem is er nog.' } },
      { token: member },
    );
    expect(reply.data?.replyToTicket.errors).toEqual([]);

    // The first event the MEMBER hears is the reply (status Beantwoord → Open), never the note.
    const heard = await memberEvents.next();
    expect(heard.data.ticketUpdated.status).toBe('OPEN');
    expect(heard.data.ticketUpdated.entries).toContainEqual({
      kind: 'REPLY',
      body: 'Het probleem is er nog.',
      byStaff: false,
    });
    expect(JSON.stringify(heard)).not.toContain(secret);
    expect(memberEvents.pending).toEqual([]);
    expect((await staffEvents.next()).data.ticketUpdated.status).toBe('OPEN');
  });
});

describe('ticketQueueChanged', () => {
  it('gives staff the new queue counts when a ticket is created', async () => {
    const events = await collectLive(
      server,
      wsClient(server.wsUrl, staff),
      'subscription { ticketQueueChanged { queue { code } openCount } }',
    );
    const before = await gql(url, '{ ticketQueueCounts { queue { code } openCount } }', {}, { token: staff });
    const helpdeskBefore = before.data?.ticketQueueCounts.find(
      (c: { queue: { code: string } }) => c.queue.code === 'HELPDESK',
    ).openCount;
    const lists = await gql(
      url,
      '{ ticketCategories { id } ticketSupportTypes { id } }',
      {},
      { token: member },
    );
    const created = await gql(
      url,
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } } }`,
      {
        input: {
          clientKey: randomUUID(),
          subject: 'Live in de Helpdesk-wachtrij',
          description: 'Test.',
          categoryId: lists.data?.ticketCategories[0].id,
          supportTypeId: lists.data?.ticketSupportTypes[0].id,
        },
      },
      { token: member },
    );
    expect(created.data?.createTicket.errors).toEqual([]);
    const event = await events.next();
    expect(
      event.data.ticketQueueChanged.find((c: { queue: { code: string } }) => c.queue.code === 'HELPDESK')
        .openCount,
    ).toBe(helpdeskBefore + 1);
  });

  it('is not for organisations', async () => {
    const socket = wsClient(server.wsUrl, member);
    const result = await new Promise<unknown>((resolve) => {
      socket.subscribe(
        { query: 'subscription { ticketQueueChanged { openCount } }' },
        { next: resolve, error: resolve, complete: () => resolve('complete') },
      );
    });
    expect(JSON.stringify(result)).toContain('FORBIDDEN');
  });
});

describe('files on tickets', () => {
  it("reuses the messages module's uploads; downloads only for who may see the entry", async () => {
    const file = await upload(server.url, member, 'schermafdruk.pdf', tinyPdf('ticket'));
    expect(file.status).toBe(201);
    const lists = await gql(
      url,
      '{ ticketCategories { id } ticketSupportTypes { id } }',
      {},
      { token: member },
    );
    const input = {
      clientKey: randomUUID(),
      subject: 'Met bijlage',
      description: 'Zie de schermafdruk.',
      categoryId: lists.data?.ticketCategories[0].id,
      supportTypeId: lists.data?.ticketSupportTypes[0].id,
    };
    const created = await gql(
      url,
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { field code }
        ticket { id entries { kind event { type } attachments { id fileName contentType } } } } }`,
      { input: { ...input, attachmentIds: [file.body.id, randomUUID()] } },
      { token: member },
    );
    // An id that is not the viewer's upload is refused, and nothing is created.
    expect(created.data?.createTicket.errors).toEqual([
      { field: 'attachmentIds.1', code: 'ATTACHMENT_NOT_FOUND' },
    ]);
    const retried = await gql(
      url,
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { field code }
        ticket { id entries { kind event { type } attachments { id fileName contentType } } } } }`,
      { input: { ...input, attachmentIds: [file.body.id] } },
      { token: member },
    );
    const ticket = retried.data?.createTicket.ticket;
    expect(ticket.entries).toEqual([
      {
        kind: 'EVENT',
        event: { type: 'CREATED' },
        attachments: [{ id: file.body.id, fileName: 'schermafdruk.pdf', contentType: 'application/pdf' }],
      },
    ]);
    expect((await download(server.url, member, file.body.id)).status).toBe(200);
    expect((await download(server.url, staff, file.body.id)).status).toBe(200);
    expect((await download(server.url, colleague, file.body.id)).status).toBe(404);
    expect((await download(server.url, stranger, file.body.id)).status).toBe(404);

    // A file on an internal note: staff only.
    const staffFile = await upload(server.url, staff, 'intern.pdf', tinyPdf('intern'));
    const note = await gql(
      url,
      `mutation($input: TicketReplyInput!) { addTicketNote(input: $input) { errors { code } } }`,
      {
        input: {
          ticketId: ticket.id,
          clientKey: randomUUID(),
          body: 'Intern',
          attachmentIds: [staffFile.body.id],
        },
      },
      { token: staff },
    );
    expect(note.data?.addTicketNote.errors).toEqual([]);
    expect((await download(server.url, staff, staffFile.body.id)).status).toBe(200);
    expect((await download(server.url, member, staffFile.body.id)).status).toBe(404);
  });
});
