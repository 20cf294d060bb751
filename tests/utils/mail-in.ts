// Sending real mail into the email intake's SMTP listener (nodemailer, as a mail relay would), and reading
// what the intake made of it (as the database owner).
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { ownerQuery } from './mailbox.js';

export const HELPDESK = 'helpdesk@loket.test';
export const UPDATES = 'updates@loket.test';

/** The environment of a test server with the intake listening on a free port. */
export const MAIL_IN_ENV = {
  MAIL_IN_PORT: '0',
  HELPDESK_ADDRESS: HELPDESK,
  UPDATES_ADDRESS: UPDATES,
};

export type SendOutcome =
  | { accepted: true; response: string }
  | { accepted: false; code: number; command: string };

/** Sends one mail to the listener on `port`; a refusal resolves with its SMTP code instead of throwing. */
export async function sendInto(port: number, mail: Mail.Options): Promise<SendOutcome> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    const info = await transport.sendMail(mail);
    return { accepted: true, response: info.response };
  } catch (error) {
    const e = error as { responseCode?: number; command?: string };
    if (e.responseCode) return { accepted: false, code: e.responseCode, command: e.command ?? '' };
    throw error;
  } finally {
    transport.close();
  }
}

export interface InboundRow {
  id: string;
  status: string;
  reason: string | null;
  ticket_id: string | null;
  entry_id: string | null;
  sender: string;
  storage_key: string;
  privacy_findings: string[];
  suggested_label: string | null;
  queue_code: string;
}

/** The intake's records of mails with this Message-ID. */
export const inboundByMessageId = (dbUrl: string, messageId: string) =>
  ownerQuery<InboundRow>(dbUrl, 'SELECT * FROM inbound_mail WHERE message_id = $1', [messageId]);

export interface TicketOfMail {
  id: string;
  number: string;
  organisation_id: string;
  requester_id: string | null;
  requester_email: string;
  channel: string;
  subject: string;
  description: string;
  mail_token: string;
  queue: string;
  previous_ticket_id: string | null;
  status: string;
}

export async function ticketRow(dbUrl: string, id: string): Promise<TicketOfMail> {
  const rows = await ownerQuery<TicketOfMail>(
    dbUrl,
    `SELECT t.*, q.code AS queue FROM ticket t JOIN ticket_queue q ON q.id = t.queue_id WHERE t.id = $1`,
    [id],
  );
  if (!rows[0]) throw new Error(`no ticket ${id}`);
  return rows[0];
}

/** The public replies on a ticket, oldest first. */
export const repliesOf = (dbUrl: string, ticketId: string) =>
  ownerQuery<{ body: string; author_email: string | null; author_id: string | null; kind: string }>(
    dbUrl,
    `SELECT body, author_email, author_id, kind FROM ticket_entry WHERE ticket_id = $1 AND kind = 'REPLY'
      ORDER BY created_at, id`,
    [ticketId],
  );

/** A Message-ID of our own for a test mail. */
export const messageId = (label: string) =>
  `<${label}.${Math.random().toString(36).slice(2)}@client.example>`;
