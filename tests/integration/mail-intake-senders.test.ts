// Email intake, senders and robots (issue 15): a contact person's mail becomes a ticket of their organisation
// with the address as requester; an unknown address waits for staff ('Te koppelen') and gets one automatic
// answer in Dutch and English (at most N per hour); automatic mail and bounces never make a ticket or an
// answer; a redelivered mail lands once; what fails a check is quarantined whole, raw mail kept compressed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createContact,
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
  unique,
} from '../utils/factories.js';
import {
  HELPDESK,
  inboundByMessageId,
  MAIL_IN_ENV,
  messageId,
  sendInto,
  ticketRow,
} from '../utils/mail-in.js';
import { outbox, ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let port: number;
let org: TestOrganisation;
let admin: TestUser;

beforeAll(async () => {
  server = await startTestServer({ ...MAIL_IN_ENV, MAIL_IN_AUTO_REPLIES_PER_HOUR: '2' });
  port = server.mailInPort ?? 0;
  org = await createOrganisation(server);
  admin = await createUser(server, org, { roles: ['ADMIN'] });
});

const ticketsOfSender = (address: string) =>
  ownerQuery(server.dbUrl, 'SELECT id FROM ticket WHERE lower(requester_email) = lower($1)', [address]);

describe('senders', () => {
  it('a contact person of one organisation: a ticket of that organisation, the address as requester', async () => {
    const contact = await createContact(server, admin, ['PER']);
    const id = messageId('contact');
    await sendInto(port, {
      from: contact.email,
      to: HELPDESK,
      subject: 'Vraag van contact',
      text: 'Hallo',
      messageId: id,
    });
    const [inbound] = await inboundByMessageId(server.dbUrl, id);
    const ticket = await ticketRow(server.dbUrl, inbound?.ticket_id ?? '');
    expect(ticket).toMatchObject({
      organisation_id: org.id,
      requester_id: null,
      requester_email: contact.email,
    });
    // The confirmation goes to the address, with the ticket's reply address.
    const mails = await outbox(server.dbUrl, contact.email);
    expect(mails.map((m) => m.template)).toContain('ticket-confirmation');
  });

  it('an unknown address: kept for staff to link, one automatic answer in Dutch and English, at most 2 an hour', async () => {
    const address = `onbekend-${unique()}@elders.example`;
    const ids = [messageId('u1'), messageId('u2'), messageId('u3')];
    for (const [i, id] of ids.entries())
      await sendInto(port, {
        from: address,
        to: HELPDESK,
        subject: `Vraag ${i}`,
        text: 'Hallo',
        messageId: id,
      });
    for (const id of ids)
      expect((await inboundByMessageId(server.dbUrl, id))[0]).toMatchObject({
        status: 'TO_LINK',
        ticket_id: null,
      });
    expect(await ticketsOfSender(address)).toEqual([]);
    const answers = await outbox(server.dbUrl, address);
    expect(answers).toHaveLength(2);
    expect(answers[0]?.text_body).toContain('koppelt uw e-mail eerst aan de juiste voorziening');
    expect(answers[0]?.text_body).toContain('link your email to the right organisation');
  });
});

describe('no loops', () => {
  const cases: Array<[string, (from: string) => Parameters<typeof sendInto>[1]]> = [
    ['Auto-Submitted: auto-replied', (from) => ({ from, headers: { 'Auto-Submitted': 'auto-replied' } })],
    ['X-Autoreply', (from) => ({ from, headers: { 'X-Autoreply': 'yes' } })],
    ['Precedence: bulk', (from) => ({ from, headers: { Precedence: 'bulk' } })],
    ['a null envelope sender (bounce)', (from) => ({ from, envelope: { from: '', to: HELPDESK } })],
  ];
  for (const [name, mail] of cases)
    it(`ignores ${name}: no ticket, no answer`, async () => {
      const address = `robot-${unique()}@elders.example`;
      const id = messageId('auto');
      const sent = await sendInto(port, {
        to: HELPDESK,
        subject: 'Afwezig',
        text: 'Ik ben afwezig.',
        messageId: id,
        ...mail(address),
      });
      expect(sent.accepted).toBe(true);
      expect((await inboundByMessageId(server.dbUrl, id))[0]).toMatchObject({
        status: 'IGNORED',
        ticket_id: null,
      });
      expect(await ticketsOfSender(address)).toEqual([]);
      expect(await outbox(server.dbUrl, address)).toEqual([]);
    });

  it('ignores a delivery status report', async () => {
    const id = messageId('dsn');
    const raw = [
      `From: MAILER-DAEMON@relay.example`,
      `To: ${HELPDESK}`,
      `Subject: Undelivered Mail Returned to Sender`,
      `Message-ID: ${id}`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Your mail could not be delivered.',
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Status: 5.1.1',
      '--b--',
      '',
    ].join('\r\n');
    await sendInto(port, { envelope: { from: 'bounces@relay.example', to: HELPDESK }, raw });
    expect((await inboundByMessageId(server.dbUrl, id))[0]).toMatchObject({ status: 'IGNORED' });
  });
});

describe('exactly once', () => {
  it('a redelivered mail (same Message-ID, same sender) is recorded once and makes one ticket', async () => {
    const id = messageId('dup');
    const mail = {
      from: admin.email,
      to: HELPDESK,
      subject: 'Twee keer bezorgd',
      text: 'Eén vraag',
      messageId: id,
    };
    const first = await sendInto(port, mail);
    const again = await Promise.all([sendInto(port, mail), sendInto(port, mail)]);
    expect(first).toMatchObject({ accepted: true, response: expect.stringContaining('received as') });
    for (const a of again)
      expect(a).toMatchObject({ accepted: true, response: expect.stringContaining('already received') });
    const rows = await inboundByMessageId(server.dbUrl, id);
    expect(rows).toHaveLength(1);
    const tickets = await ownerQuery(
      server.dbUrl,
      `SELECT id FROM ticket WHERE subject = 'Twee keer bezorgd'`,
    );
    expect(tickets).toHaveLength(1);
  });

  it('keeps the raw mail gzip-compressed in file storage', async () => {
    const id = messageId('raw');
    await sendInto(port, {
      from: admin.email,
      to: HELPDESK,
      subject: 'Ruwe mail',
      text: 'Bewaard, byte voor byte.',
      messageId: id,
    });
    const [row] = await inboundByMessageId(server.dbUrl, id);
    const stored = gunzipSync(
      await readFile(path.join(server.app.config.dataDir, 'files', row?.storage_key ?? '')),
    );
    expect(stored.toString('utf8')).toContain(`Message-ID: ${id}`);
    expect(stored.toString('utf8')).toContain('Bewaard, byte voor byte.');
  });
});

describe('content', () => {
  it('reads ISO-8859-1 quoted-printable and HTML-only mail into plain text', async () => {
    const id = messageId('latin1');
    const raw = [
      `From: ${admin.email}`,
      `To: ${HELPDESK}`,
      'Subject: =?ISO-8859-1?Q?Pr=E9sentatie_=E9n_co=F6rdinatie?=',
      `Message-ID: ${id}`,
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=ISO-8859-1',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>Co=F6rdinatie van de <b>pr=E9sentatie</b></p><script>alert(1)</script>',
      '',
    ].join('\r\n');
    await sendInto(port, { envelope: { from: admin.email, to: HELPDESK }, raw });
    const [row] = await inboundByMessageId(server.dbUrl, id);
    const ticket = await ticketRow(server.dbUrl, row?.ticket_id ?? '');
    expect(ticket.subject).toBe('Présentatie én coördinatie');
    expect(ticket.description).toContain('Coördinatie van de présentatie');
    expect(ticket.description).not.toContain('<');
  });

  it('notes what the privacy guard finds and suggests the light security incident label', async () => {
    const id = messageId('privacy');
    await sendInto(port, {
      from: admin.email,
      to: HELPDESK,
      subject: 'Terugbetaling',
      text: 'Zie bijlage.',
      messageId: id,
      attachments: [{ filename: 'lijst.csv', content: 'naam;rekening\nJan;BE68 5390 0754 7034\n' }],
    });
    const [row] = await inboundByMessageId(server.dbUrl, id);
    expect(row).toMatchObject({
      status: 'TICKET',
      privacy_findings: ['IBAN'],
      suggested_label: 'SECURITY_INCIDENT_LIGHT',
    });
    const notes = await ownerQuery(
      server.dbUrl,
      `SELECT body FROM ticket_entry WHERE ticket_id = $1 AND kind = 'NOTE'`,
      [row?.ticket_id],
    );
    expect(notes[0]?.body).toContain('IBAN');
  });
});

describe('attachments', () => {
  it('attaches the files of a mail to its entry, downloadable by the requester', async () => {
    const id = messageId('pdf');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 7)]);
    await sendInto(port, {
      from: admin.email,
      to: HELPDESK,
      subject: 'Met verslag',
      text: 'Zie het verslag.',
      messageId: id,
      attachments: [{ filename: 'verslag maart.pdf', content: pdf }],
    });
    const [row] = await inboundByMessageId(server.dbUrl, id);
    const files = await ownerQuery<{
      id: string;
      file_name: string;
      content_type: string;
      organisation_id: string;
    }>(
      server.dbUrl,
      `SELECT a.id, a.file_name, a.content_type, a.organisation_id FROM attachment a
         JOIN ticket_entry e ON e.id = a.ticket_entry_id WHERE e.ticket_id = $1`,
      [row?.ticket_id],
    );
    expect(files).toMatchObject([
      { file_name: 'verslag maart.pdf', content_type: 'application/pdf', organisation_id: org.id },
    ]);
    const download = await fetch(`${server.url}/attachments/${files[0]?.id}`, {
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(pdf)).toBe(true);
  });
});

describe('quarantine', () => {
  const quarantined = async (mail: Parameters<typeof sendInto>[1] & { messageId: string }) => {
    const sent = await sendInto(port, mail);
    expect(sent.accepted).toBe(true);
    const [row] = await inboundByMessageId(server.dbUrl, mail.messageId);
    expect(row).toMatchObject({ status: 'QUARANTINED', ticket_id: null });
    // Kept whole.
    const stored = gunzipSync(
      await readFile(path.join(server.app.config.dataDir, 'files', row?.storage_key ?? '')),
    );
    expect(stored.toString('utf8')).toContain(`Message-ID: ${mail.messageId}`);
    return row;
  };

  it('quarantines winmail.dat', async () => {
    const row = await quarantined({
      from: admin.email,
      to: HELPDESK,
      subject: 'Outlook',
      text: 'Zie bijlage',
      messageId: messageId('tnef'),
      attachments: [
        {
          filename: 'winmail.dat',
          content: Buffer.from([0x78, 0x9f, 0x3e, 0x22, 0, 1]),
          contentType: 'application/ms-tnef',
        },
      ],
    });
    expect(row?.reason).toContain('winmail.dat');
  });

  it('quarantines an attachment of a type uploads do not take', async () => {
    const row = await quarantined({
      from: admin.email,
      to: HELPDESK,
      subject: 'Programma',
      text: 'Zie bijlage',
      messageId: messageId('exe'),
      attachments: [
        { filename: 'setup.exe', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0)]) },
      ],
    });
    expect(row?.reason).toMatch(/attachment type not allowed: setup\.exe/);
  });

  it('refuses a mail over MAIL_IN_MAX_MB with 552 (the sending server keeps it and tells its sender)', async () => {
    const limited = await startTestServer(
      { ...MAIL_IN_ENV, MAIL_IN_MAX_MB: '0.01' },
      { databaseUrl: server.dbUrl },
    );
    const sent = await sendInto(limited.mailInPort ?? 0, {
      from: admin.email,
      to: HELPDESK,
      subject: 'Te groot',
      text: 'x'.repeat(20_000),
    });
    expect(sent).toMatchObject({ accepted: false, code: 552 });
  });
});

describe('per-sender limit', () => {
  it('defers the mails of an address over its hourly limit with 451, and still answers a redelivery', async () => {
    const limited = await startTestServer(
      { ...MAIL_IN_ENV, MAIL_IN_PER_SENDER_PER_HOUR: '2' },
      { databaseUrl: server.dbUrl },
    );
    const address = `veel-${unique()}@elders.example`;
    const mails = [1, 2, 3].map((i) => ({
      from: address,
      to: HELPDESK,
      subject: `Stroom ${i}`,
      text: 'x',
      messageId: messageId(`storm${i}`),
    }));
    const answers = [];
    for (const mail of mails) answers.push(await sendInto(limited.mailInPort ?? 0, mail));
    expect(answers.map((a) => (a.accepted ? 250 : a.code))).toEqual([250, 250, 451]);
    expect(await inboundByMessageId(server.dbUrl, mails[2]?.messageId ?? '')).toEqual([]);
    const again = await sendInto(limited.mailInPort ?? 0, mails[0] as (typeof mails)[0]);
    expect(again).toMatchObject({ accepted: true, response: expect.stringContaining('already received') });
  });
});

describe('configured to reject unknown senders', () => {
  it('answers 550 after DATA and keeps nothing', async () => {
    const strict = await startTestServer(
      { ...MAIL_IN_ENV, MAIL_IN_UNKNOWN_SENDERS: 'reject' },
      { databaseUrl: server.dbUrl },
    );
    const id = messageId('reject');
    const sent = await sendInto(strict.mailInPort ?? 0, {
      from: `vreemd-${unique()}@elders.example`,
      to: HELPDESK,
      subject: 'Wie ben ik',
      text: 'Hallo',
      messageId: id,
    });
    expect(sent).toMatchObject({ accepted: false, code: 550, command: 'DATA' });
    expect(await inboundByMessageId(server.dbUrl, id)).toEqual([]);
  });
});
