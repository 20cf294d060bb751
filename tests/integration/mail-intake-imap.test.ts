// Email intake over IMAP (issue 15, decision 0032): a real Dovecot started by the test, mails APPENDed to
// its folder as a mail server would deliver them, read by the server's IMAP source (IDLE) through the same
// pipeline as the SMTP listener. A mail is moved — never deleted — only after what it became is committed:
// to the processed folder, or to the quarantine folder; a connection dropped between the commit and the
// move makes the next read a redelivery that lands once.

import type { ImapFlow } from 'imapflow';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.js';
import { attachmentStorage } from '../../server/src/files/storage.js';
import { type ImapSource, startImapSource } from '../../server/src/modules/mail-intake/imap-source.js';
import type { IntakeResult } from '../../server/src/modules/mail-intake/intake.service.js';
import { createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { type ImapServer, startImapServer } from '../utils/imap-server.js';
import { HELPDESK, inboundByMessageId, messageId, repliesOf, ticketRow, UPDATES } from '../utils/mail-in.js';
import { ownerQuery } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const PROCESSED = 'Loket-verwerkt';
const QUARANTINE = 'Loket-quarantaine';

let imap: ImapServer;
let server: TestServer;
let mailbox: ImapFlow;
let requester: TestUser;

// At the top level: vitest 4 never runs an afterAll registered inside beforeAll, and Dovecot would outlive
// the test.
afterAll(async () => {
  if (imap) await imap.stop();
});

beforeAll(async () => {
  imap = await startImapServer(HELPDESK);
  server = await startTestServer({
    HELPDESK_ADDRESS: HELPDESK,
    UPDATES_ADDRESS: UPDATES,
    MAIL_IN_IMAP_HOST: imap.host,
    MAIL_IN_IMAP_PORT: String(imap.port),
    MAIL_IN_IMAP_TLS: 'false',
    MAIL_IN_IMAP_USER: imap.user,
    MAIL_IN_IMAP_PASSWORD: imap.password,
    // Long: a mail that lands within seconds was heard of through IDLE, not found by a poll.
    MAIL_IN_IMAP_POLL_SECONDS: '300',
  });
  mailbox = await imap.connect();
  const org = await createOrganisation(server);
  requester = await createUser(server, org, { roles: ['MEMBER'] });
});

/**
 * The raw RFC 5322 bytes of a mail as a mail server delivers them into the mailbox: `trace` fields
 * (Return-Path, Delivered-To) put on top, as the delivering server does.
 */
async function raw(mail: Mail.Options, trace: Record<string, string> = {}): Promise<Buffer> {
  const built = await new MailComposer(mail).compile().build();
  const extra = Object.entries(trace)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return Buffer.concat([Buffer.from(extra), built]);
}

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The Message-IDs of the mails in `folder` (one per copy). */
async function idsIn(folder: string): Promise<string[]> {
  const status = await mailbox.status(folder, { messages: true });
  if (status === false || !status.messages) return [];
  await mailbox.mailboxOpen(folder, { readOnly: true });
  const messages = await mailbox.fetchAll('1:*', { envelope: true });
  await mailbox.mailboxClose();
  return messages.map((m) => m.envelope?.messageId ?? '');
}

/** Appends `bytes` to `folder` and waits until the intake moved it to `to`; returns the inbound row. */
async function deliver(bytes: Buffer, id: string, to = PROCESSED, folder = 'INBOX') {
  await mailbox.append(folder, bytes);
  await until(`${id} in ${to}`, async () => (await idsIn(to)).includes(id));
  expect(await idsIn(folder)).not.toContain(id);
  const [row] = await inboundByMessageId(server.dbUrl, id);
  if (!row) throw new Error(`${id} moved but not recorded`);
  return row;
}

describe('the IMAP source of the server', () => {
  it('turns a mail in the folder into a ticket, heard of by IDLE, and moves it to the processed folder', async () => {
    const id = messageId('imap-new');
    const started = Date.now();
    const row = await deliver(
      await raw({
        from: requester.email,
        to: HELPDESK,
        subject: 'Export lukt niet',
        text: 'Beste, help.',
        messageId: id,
      }),
      id,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(server.imapSource?.idling).toBe(true);
    expect(row).toMatchObject({
      status: 'TICKET',
      queue_code: 'HELPDESK',
      sender: requester.email.toLowerCase(),
    });
    const ticket = await ticketRow(server.dbUrl, row.ticket_id ?? '');
    expect(ticket).toMatchObject({ channel: 'EMAIL', subject: 'Export lukt niet', queue: 'HELPDESK' });
    // Counted like the SMTP listener's mail.
    const metrics = await server.app.metrics.registry.getSingleMetricAsString('loket_mail_intake_total');
    expect(metrics).toMatch(/loket_mail_intake_total\{source="imap",outcome="ticket"\} [1-9]/);
  });

  it('threads a reply onto its ticket by the token in the recipient', async () => {
    const id = messageId('imap-start');
    const first = await deliver(
      await raw({ from: requester.email, to: HELPDESK, subject: 'Factuur', text: 'Vraag.', messageId: id }),
      id,
    );
    const ticket = await ticketRow(server.dbUrl, first.ticket_id ?? '');
    const [confirmation] = await ownerQuery<{ reply_to: string; message_id: string }>(
      server.dbUrl,
      `SELECT reply_to, message_id FROM outbound_mail WHERE template = 'ticket-confirmation' AND text_body LIKE $1`,
      [`%${ticket.number}%`],
    );
    if (!confirmation) throw new Error('no confirmation');
    const replyId = messageId('imap-reply');
    const reply = await deliver(
      await raw({
        from: requester.email,
        to: confirmation.reply_to,
        subject: `RE: [${ticket.number}] Factuur`,
        text: 'Hier is de bijlage die u vroeg.',
        inReplyTo: confirmation.message_id,
        references: confirmation.message_id,
        messageId: replyId,
      }),
      replyId,
    );
    expect(reply).toMatchObject({ status: 'REPLY', ticket_id: ticket.id });
    expect((await repliesOf(server.dbUrl, ticket.id)).map((r) => r.body)).toContain(
      'Hier is de bijlage die u vroeg.',
    );
  });

  it('takes the queue from Delivered-To when To names another address', async () => {
    const id = messageId('imap-updates');
    const row = await deliver(
      await raw(
        {
          from: requester.email,
          to: 'iedereen@lijst.example',
          subject: 'Nieuwe versie',
          text: 'Info.',
          messageId: id,
        },
        { 'Delivered-To': UPDATES },
      ),
      id,
    );
    expect(row).toMatchObject({ status: 'TICKET', queue_code: 'UPDATES' });
  });

  it('lands a mail appended twice once, and moves both copies', async () => {
    const id = messageId('imap-twice');
    const bytes = await raw({
      from: requester.email,
      to: HELPDESK,
      subject: 'Dubbel',
      text: 'Eén keer.',
      messageId: id,
    });
    await mailbox.append('INBOX', bytes);
    await mailbox.append('INBOX', bytes);
    await until(
      'both copies processed',
      async () => (await idsIn(PROCESSED)).filter((m) => m === id).length === 2,
    );
    expect(await idsIn('INBOX')).not.toContain(id);
    expect(await inboundByMessageId(server.dbUrl, id)).toHaveLength(1);
    const tickets = await ownerQuery(server.dbUrl, `SELECT id FROM ticket WHERE subject = 'Dubbel'`);
    expect(tickets).toHaveLength(1);
  });

  it('quarantines a malformed mail and moves it to the quarantine folder, whole', async () => {
    const id = messageId('imap-broken');
    // No From, no Return-Path, a body of bytes no charset names.
    const bytes = Buffer.concat([
      Buffer.from(`Subject: kapot\r\nMessage-ID: ${id}\r\nTo: ${HELPDESK}\r\n\r\n`),
      Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x0d, 0x0a]),
    ]);
    const row = await deliver(bytes, id, QUARANTINE);
    expect(row).toMatchObject({ status: 'QUARANTINED', reason: 'no sender address' });
    expect(await idsIn(PROCESSED)).not.toContain(id);
  });

  it('records a bounce (Return-Path <>) as ignored and moves it to the processed folder', async () => {
    const id = messageId('imap-bounce');
    const row = await deliver(
      await raw(
        {
          from: 'mailer@elders.example',
          to: HELPDESK,
          subject: 'Undeliverable',
          text: 'Bounce.',
          messageId: id,
        },
        { 'Return-Path': '<>' },
      ),
      id,
    );
    expect(row).toMatchObject({ status: 'IGNORED', ticket_id: null });
  });
});

describe('an IMAP source on a folder of its own', () => {
  /** Starts a source of the server's app on `folder` (created first), stopped after the test. */
  async function source(
    folder: string,
    overrides: { idle?: boolean; pollSeconds?: number } = {},
    hook?: Parameters<typeof startImapSource>[2],
  ) {
    await mailbox.mailboxCreate(folder);
    const imapConfig = server.app.config.mailIn.imap;
    if (!imapConfig) throw new Error('no IMAP configuration');
    const config = {
      ...server.app.config,
      mailIn: { ...server.app.config.mailIn, imap: { ...imapConfig, folder, ...overrides } },
    };
    return startImapSource({ ...server.app, config }, attachmentStorage(config), hook);
  }

  it('lands a mail once when the connection drops after the commit and before the move', async () => {
    const seen: IntakeResult[] = [];
    const dropping: ImapSource = await source(
      'Drop',
      {},
      {
        afterReceive(_uid, result, connection) {
          seen.push(result);
          // The first time: the connection is gone before the move (as when the process dies there).
          if (seen.length === 1) connection.close();
        },
      },
    );
    try {
      const id = messageId('imap-drop');
      const row = await deliver(
        await raw({
          from: requester.email,
          to: HELPDESK,
          subject: 'Verbinding weg',
          text: 'Toch één.',
          messageId: id,
        }),
        id,
        PROCESSED,
        'Drop',
      );
      expect(row.status).toBe('TICKET');
      // Received, committed, connection dropped; read again after the reconnect: a redelivery.
      expect(seen.map((r) => r.duplicate)).toEqual([false, true]);
      expect(seen[1]?.inboundId).toBe(seen[0]?.inboundId);
      expect(await inboundByMessageId(server.dbUrl, id)).toHaveLength(1);
      expect((await idsIn(PROCESSED)).filter((m) => m === id)).toHaveLength(1);
      expect(
        await ownerQuery(server.dbUrl, `SELECT id FROM ticket WHERE subject = 'Verbinding weg'`),
      ).toHaveLength(1);
    } finally {
      await dropping.stop(1000);
    }
  });

  it('polls when IDLE is off, and stops cleanly', async () => {
    const polling = await source('Poll', { idle: false, pollSeconds: 1 });
    const id = messageId('imap-poll');
    try {
      expect(polling.idling).toBe(false);
      const row = await deliver(
        await raw({ from: requester.email, to: HELPDESK, subject: 'Gepeild', text: 'Poll.', messageId: id }),
        id,
        PROCESSED,
        'Poll',
      );
      expect(row.status).toBe('TICKET');
    } finally {
      const started = Date.now();
      await polling.stop(1000);
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  it('refuses to start with a wrong password or a missing folder, naming the variables', async () => {
    const imapConfig = server.app.config.mailIn.imap;
    if (!imapConfig) throw new Error('no IMAP configuration');
    const withImap = (imap: Partial<typeof imapConfig>) => {
      const config = {
        ...server.app.config,
        mailIn: { ...server.app.config.mailIn, imap: { ...imapConfig, ...imap } },
      };
      return startImapSource({ ...server.app, config }, attachmentStorage(config));
    };
    await expect(withImap({ password: 'wrong-password' })).rejects.toThrow(
      /MAIL_IN_IMAP_USER and MAIL_IN_IMAP_PASSWORD/,
    );
    await expect(withImap({ folder: 'Bestaat-niet' })).rejects.toThrow(
      /MAIL_IN_IMAP_FOLDER \('Bestaat-niet'\) exists/,
    );
  });
});

describe('IMAP configuration', () => {
  it('names what is missing or contradictory', () => {
    const attempt = (env: Record<string, string>) => () => loadConfig(env);
    expect(attempt({ MAIL_IN_IMAP_HOST: 'imap.example' })).toThrow(ConfigError);
    expect(attempt({ MAIL_IN_IMAP_HOST: 'imap.example' })).toThrow(/MAIL_IN_IMAP_USER: required/);
    expect(attempt({ MAIL_IN_IMAP_HOST: 'imap.example' })).toThrow(/MAIL_IN_IMAP_PASSWORD: required/);
    expect(attempt({ MAIL_IN_IMAP_USER: 'x' })).toThrow(
      /MAIL_IN_IMAP_USER: only used with MAIL_IN_IMAP_HOST/,
    );
    expect(
      attempt({
        MAIL_IN_IMAP_HOST: 'imap.example',
        MAIL_IN_IMAP_USER: 'x',
        MAIL_IN_IMAP_PASSWORD: 'y',
        MAIL_IN_IMAP_PROCESSED_FOLDER: 'inbox',
      }),
    ).toThrow(/MAIL_IN_IMAP_PROCESSED_FOLDER: must differ/);
    const config = loadConfig({
      MAIL_IN_IMAP_HOST: 'imap.example',
      MAIL_IN_IMAP_USER: 'x',
      MAIL_IN_IMAP_PASSWORD: 'y',
    });
    expect(config.mailIn.imap).toMatchObject({
      port: 993,
      tls: true,
      folder: 'INBOX',
      processedFolder: PROCESSED,
      quarantineFolder: QUARANTINE,
      idle: true,
    });
    expect(loadConfig({}).mailIn.imap).toBeUndefined();
  });
});
