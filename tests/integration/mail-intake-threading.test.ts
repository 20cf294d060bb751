// Email intake, threading (issue 15): real mail sent with nodemailer into the real SMTP listener. A new mail
// becomes a ticket whose mails carry an unguessable token in Reply-To and Message-ID; answers thread by that
// token, by the Message-ID of a mail the intake received, or by the number for a participant only, under any
// common reply prefix; a forged In-Reply-To or a guessed number from another organisation's user becomes a
// new ticket of the sender's own organisation.
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createUser, type TestOrganisation, type TestUser } from '../utils/factories.js';
import { gql } from '../utils/graphql.js';
import {
  HELPDESK,
  inboundByMessageId,
  MAIL_IN_ENV,
  messageId,
  repliesOf,
  sendInto,
  ticketRow,
  UPDATES,
} from '../utils/mail-in.js';
import { outbox, ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let port: number;
let org: TestOrganisation;
let requester: TestUser;
let colleague: TestUser;
let otherOrg: TestOrganisation;
let stranger: TestUser;

beforeAll(async () => {
  server = await startTestServer(MAIL_IN_ENV);
  port = server.mailInPort ?? 0;
  org = await createOrganisation(server);
  otherOrg = await createOrganisation(server);
  [requester, colleague, stranger] = await Promise.all([
    createUser(server, org, { roles: ['MEMBER'] }),
    createUser(server, org, { roles: ['MEMBER'] }),
    createUser(server, otherOrg, { roles: ['ADMIN'] }),
  ]);
});

/** Mails `requester` sends to start a ticket; resolves with the ticket and the mail's Message-ID. */
async function newTicket(subject: string, options: { cc?: string; to?: string } = {}) {
  const id = messageId('new');
  const sent = await sendInto(port, {
    from: requester.email,
    to: options.to ?? HELPDESK,
    ...(options.cc ? { cc: options.cc } : {}),
    subject,
    text: 'Beste, de export van maart lukt niet.\n\nMet vriendelijke groet',
    messageId: id,
  });
  expect(sent.accepted).toBe(true);
  const [inbound] = await inboundByMessageId(server.dbUrl, id);
  expect(inbound?.status).toBe('TICKET');
  const ticket = await ticketRow(server.dbUrl, inbound?.ticket_id ?? '');
  return { ticket, messageId: id };
}

/** Loket's confirmation mail of a ticket (to its requester): its Reply-To and Message-ID. */
async function confirmationOf(number: string) {
  const rows = await ownerQuery<{ reply_to: string; message_id: string; subject: string }>(
    server.dbUrl,
    `SELECT reply_to, message_id, subject FROM outbound_mail WHERE template = 'ticket-confirmation' AND text_body LIKE $1`,
    [`%${number}%`],
  );
  const mail = rows[0];
  if (!mail) throw new Error(`no confirmation of ${number}`);
  return mail;
}

/** Sends `mail` and returns where it landed. */
async function landing(mail: Parameters<typeof sendInto>[1] & { messageId: string }) {
  const sent = await sendInto(port, mail);
  expect(sent).toMatchObject({ accepted: true });
  const [inbound] = await inboundByMessageId(server.dbUrl, mail.messageId);
  if (!inbound) throw new Error('not recorded');
  return inbound;
}

describe('new tickets by mail', () => {
  it('makes a mail to the helpdesk address a ticket of the sender’s organisation, whose mails carry the token', async () => {
    const { ticket } = await newTicket('Export lukt niet');
    expect(ticket).toMatchObject({
      organisation_id: org.id,
      requester_id: requester.id,
      channel: 'EMAIL',
      subject: 'Export lukt niet',
      queue: 'HELPDESK',
    });
    expect(ticket.description).toContain('de export van maart lukt niet');
    expect(ticket.mail_token).toMatch(/^[0-9a-f]{32}$/);
    const confirmation = await confirmationOf(ticket.number);
    expect(confirmation.reply_to).toBe(`helpdesk+t.${ticket.mail_token}@loket.test`);
    expect(confirmation.message_id).toMatch(
      new RegExp(`^<t\\.${ticket.mail_token}\\.[0-9a-f-]{36}@loket\\.test>$`),
    );
  });

  it('puts a mail to the updates address in queue Updates', async () => {
    const { ticket } = await newTicket('Nieuwe versie?', { to: UPDATES });
    expect(ticket.queue).toBe('UPDATES');
  });

  it('refuses other recipients at RCPT with 550', async () => {
    const sent = await sendInto(port, {
      from: requester.email,
      to: 'someone-else@loket.test',
      subject: 'x',
      text: 'x',
    });
    expect(sent).toEqual({ accepted: false, code: 550, command: 'RCPT TO' });
  });
});

describe('replies thread', () => {
  it('by the token in the recipient (Reply-To), under "RE:"', async () => {
    const { ticket } = await newTicket('Token in het adres');
    const confirmation = await confirmationOf(ticket.number);
    const inbound = await landing({
      from: requester.email,
      to: confirmation.reply_to,
      subject: `RE: ${confirmation.subject}`,
      text: 'Hier is de schermafdruk.\n\nOn Tue, Loket wrote:\n> oude tekst',
      messageId: messageId('re'),
    });
    expect(inbound).toMatchObject({ status: 'REPLY', ticket_id: ticket.id, reason: 'threaded by TOKEN' });
    // The requester reads it in the portal, with the address it came from.
    const read = await gql(
      server.graphqlUrl,
      'query($id: ID!) { ticket(id: $id) { entries { kind body authorEmail } } }',
      { id: ticket.id },
      { token: requester.token },
    );
    expect(read.data?.ticket.entries).toContainEqual({
      kind: 'REPLY',
      body: 'Hier is de schermafdruk.',
      authorEmail: requester.email,
    });
    const replies = await repliesOf(server.dbUrl, ticket.id);
    expect(replies).toEqual([
      {
        body: 'Hier is de schermafdruk.',
        author_email: requester.email,
        author_id: requester.id,
        kind: 'REPLY',
      },
    ]);
  });

  it('by the token in In-Reply-To, under "AW:", sent to the plain helpdesk address', async () => {
    const { ticket } = await newTicket('Token in In-Reply-To');
    const confirmation = await confirmationOf(ticket.number);
    const inbound = await landing({
      from: requester.email,
      to: HELPDESK,
      subject: `AW: ${confirmation.subject}`,
      text: 'Danke',
      inReplyTo: confirmation.message_id,
      messageId: messageId('aw'),
    });
    expect(inbound).toMatchObject({ status: 'REPLY', ticket_id: ticket.id });
  });

  it('by the token in References, under "Antw:"', async () => {
    const { ticket } = await newTicket('Token in References');
    const confirmation = await confirmationOf(ticket.number);
    const inbound = await landing({
      from: requester.email,
      to: HELPDESK,
      subject: `Antw: ${confirmation.subject}`,
      text: 'Bedankt',
      references: ['<unrelated@client.example>', confirmation.message_id],
      messageId: messageId('antw'),
    });
    expect(inbound).toMatchObject({ status: 'REPLY', ticket_id: ticket.id });
  });

  it('when the sender answers their own original mail ("Re:" on the mail they sent)', async () => {
    const { ticket, messageId: original } = await newTicket('Eigen mail beantwoord');
    const inbound = await landing({
      from: requester.email,
      to: HELPDESK,
      subject: 'Re: Eigen mail beantwoord',
      text: 'Nog een detail: het gaat om maart 2026.',
      inReplyTo: original,
      references: [original],
      messageId: messageId('own'),
    });
    expect(inbound).toMatchObject({
      status: 'REPLY',
      ticket_id: ticket.id,
      reason: 'threaded by MESSAGE_ID',
    });
  });

  it('when a colleague who was CC’d answers all ("VS:")', async () => {
    const { ticket, messageId: original } = await newTicket('Met collega in CC', { cc: colleague.email });
    const inbound = await landing({
      from: colleague.email,
      to: HELPDESK,
      cc: requester.email,
      subject: 'VS: Met collega in CC',
      text: 'Ik heb hetzelfde probleem.',
      inReplyTo: original,
      references: [original],
      messageId: messageId('cc'),
    });
    expect(inbound).toMatchObject({ status: 'REPLY', ticket_id: ticket.id });
    const replies = await repliesOf(server.dbUrl, ticket.id);
    expect(replies.map((r) => r.author_email)).toEqual([colleague.email]);
    // The colleague takes part from now on (and may read the ticket).
    const parts = await ownerQuery(
      server.dbUrl,
      'SELECT 1 FROM ticket_participant WHERE ticket_id = $1 AND user_id = $2',
      [ticket.id, colleague.id],
    );
    expect(parts).toHaveLength(1);
  });

  it('by the number in the subject ("Fwd:") only for a participant', async () => {
    const { ticket } = await newTicket('Nummer in onderwerp');
    const inbound = await landing({
      from: requester.email,
      to: HELPDESK,
      subject: `Fwd: vraag over ${ticket.number}`,
      text: 'Zie hieronder.',
      messageId: messageId('fwd'),
    });
    expect(inbound).toMatchObject({ status: 'REPLY', ticket_id: ticket.id, reason: 'threaded by SUBJECT' });
  });

  it('moves an answered ticket back to Open, and a reply on a closed ticket starts a follow-up ticket', async () => {
    const { ticket } = await newTicket('Status bij antwoord');
    await ownerQuery(server.dbUrl, `UPDATE ticket SET status = 'ANSWERED' WHERE id = $1`, [ticket.id]);
    const confirmation = await confirmationOf(ticket.number);
    await landing({
      from: requester.email,
      to: confirmation.reply_to,
      subject: `Re: ${confirmation.subject}`,
      text: 'Nog steeds stuk.',
      messageId: messageId('open'),
    });
    expect((await ticketRow(server.dbUrl, ticket.id)).status).toBe('OPEN');

    await ownerQuery(server.dbUrl, `UPDATE ticket SET status = 'CLOSED', closed_at = now() WHERE id = $1`, [
      ticket.id,
    ]);
    const after = await landing({
      from: requester.email,
      to: confirmation.reply_to,
      subject: `Re: ${confirmation.subject}`,
      text: 'Het is terug.',
      messageId: messageId('closed'),
    });
    expect(after.status).toBe('TICKET');
    expect(after.ticket_id).not.toBe(ticket.id);
    expect((await ticketRow(server.dbUrl, after.ticket_id ?? '')).previous_ticket_id).toBe(ticket.id);
  });
});

describe('threading cannot be fooled', () => {
  it('a forged In-Reply-To with the real token, from another organisation’s user, becomes their own new ticket', async () => {
    const { ticket } = await newTicket('Doelwit van vervalsing');
    const confirmation = await confirmationOf(ticket.number);
    const inbound = await landing({
      from: stranger.email,
      to: confirmation.reply_to,
      subject: `Re: ${confirmation.subject}`,
      text: 'Vervalst antwoord',
      inReplyTo: confirmation.message_id,
      references: [confirmation.message_id],
      messageId: messageId('forged'),
    });
    expect(inbound.status).toBe('TICKET');
    expect(inbound.ticket_id).not.toBe(ticket.id);
    expect((await ticketRow(server.dbUrl, inbound.ticket_id ?? '')).organisation_id).toBe(otherOrg.id);
    expect(await repliesOf(server.dbUrl, ticket.id)).toEqual([]);
  });

  it('a made-up token or a Message-ID of someone else’s mail threads nothing', async () => {
    const { ticket, messageId: original } = await newTicket('Doelwit van geraden token');
    const inbound = await landing({
      from: stranger.email,
      to: `helpdesk+t.${'0'.repeat(32)}@loket.test`,
      subject: 'Re: Doelwit van geraden token',
      text: 'Geraden',
      inReplyTo: original,
      messageId: messageId('guess'),
    });
    expect(inbound.status).toBe('TICKET');
    expect((await ticketRow(server.dbUrl, inbound.ticket_id ?? '')).organisation_id).toBe(otherOrg.id);
    expect(await repliesOf(server.dbUrl, ticket.id)).toEqual([]);
  });

  it('a guessed ticket number from another organisation’s user becomes their own new ticket', async () => {
    const { ticket } = await newTicket('Doelwit van geraden nummer');
    const inbound = await landing({
      from: stranger.email,
      to: HELPDESK,
      subject: `Re: ${ticket.number}`,
      text: 'Geraden nummer',
      messageId: messageId('number'),
    });
    expect(inbound.status).toBe('TICKET');
    expect(inbound.ticket_id).not.toBe(ticket.id);
    expect((await ticketRow(server.dbUrl, inbound.ticket_id ?? '')).organisation_id).toBe(otherOrg.id);
    expect(await repliesOf(server.dbUrl, ticket.id)).toEqual([]);
  });

  it('a colleague of the same organisation who does not take part cannot thread by number', async () => {
    const { ticket } = await newTicket('Nummer van een collega');
    const inbound = await landing({
      from: colleague.email,
      to: HELPDESK,
      subject: `Over ${ticket.number}`,
      text: 'Mag ik meelezen?',
      messageId: messageId('colleague-number'),
    });
    expect(inbound.status).toBe('TICKET');
    expect(inbound.ticket_id).not.toBe(ticket.id);
  });
});

describe('outbox of the intake', () => {
  it('sends the requester of a mailed ticket its confirmation, and a reply by mail mails the others but not the sender', async () => {
    const { ticket } = await newTicket('Wie krijgt mail', { cc: colleague.email });
    const confirmation = await confirmationOf(ticket.number);
    await ownerQuery(
      server.dbUrl,
      'INSERT INTO ticket_participant (ticket_id, user_id, organisation_id) VALUES ($1, $2, $3)',
      [ticket.id, colleague.id, org.id],
    );
    await landing({
      from: requester.email,
      to: confirmation.reply_to,
      subject: `Re: ${confirmation.subject}`,
      text: 'Extra info',
      messageId: messageId('notify'),
    });
    const replyMails = (await outbox(server.dbUrl)).filter(
      (m) => m.template === 'ticket-reply' && m.text_body.includes(ticket.number),
    );
    expect(replyMails.map((m) => m.recipient)).toEqual([colleague.email]);
  });
});
