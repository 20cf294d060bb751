// The deliver_mail job: sends one outbox mail by SMTP, at least once. The mail's row is locked for the
// whole delivery and its status checked first, so a second job for the same mail (a retry, a recovered
// job) finds it SENT and does nothing; only a crash between the SMTP server having the mail and our COMMIT
// repeats it, with the same Message-ID (docs/decisions/0004, 0013).
import net from 'node:net';
import type { Task } from 'graphile-worker';
import nodemailer from 'nodemailer';
import { parseConnectionUrl } from 'nodemailer/lib/shared/index.js';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../config.js';
import { queryRows } from '../db/query.js';
import { inScope } from '../db/scope.js';
import { isUuid } from '../domain/validate.js';
import { publishEvent } from '../graphql/pubsub.js';
import { Topic } from '../graphql/topics.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics/metrics.js';

export const DELIVER_MAIL = 'deliver_mail';

/** After this many failed SMTP attempts a mail is FAILED; the same number as the job's max_attempts. */
const MAIL_MAX_ATTEMPTS = 25;

/** What delivery needs of the application (the standalone worker has no GraphQL server or PubSub). */
export interface DeliveryServices {
  config: Config;
  log: Logger;
  dataSource: DataSource;
  metrics: Metrics;
}

interface OutgoingMail {
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  /** `<uuid@host>`: the same on every attempt, so a receiver can recognise a duplicate. */
  messageId: string;
  /** Where answers go (ticket mails: the helpdesk address with the ticket's token); none: MAIL_FROM. */
  replyTo?: string | null;
}

/** Sends mails over SMTP; one per worker process, its connections pooled. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  /** Cuts every SMTP connection now (shutdown): deliveries under way fail with DeliveryAborted. */
  abort(): void;
  /** True once `abort()` was called. */
  readonly aborted: boolean;
  close(): void;
}

/** A delivery cut off by the worker's shutdown: its transaction rolls back, the mail stays PENDING. */
class DeliveryAborted extends Error {
  constructor() {
    super('mail delivery aborted by shutdown; the mail stays PENDING');
  }
}

const AUTOMATIC_MAIL_HEADERS = {
  'Auto-Submitted': 'auto-generated',
  // Exchange's own switch for the same (out-of-office and auto-replies; bounces still come back).
  'X-Auto-Response-Suppress': 'OOF, AutoReply',
};

/** A pooled nodemailer transport for `config.smtpUrl`; `undefined` when no SMTP server is configured. */
export function createMailer(config: Config): Mailer | undefined {
  if (!config.smtpUrl) return undefined;
  // Settings in the URL's query (tls.*, maxConnections, ...) are nodemailer's own and stay in force.
  const fromUrl = parseConnectionUrl(config.smtpUrl) as SMTPPool.Options;
  // Our own sockets, so that a shutdown can cut them (nodemailer's close() waits for busy connections).
  const sockets = new Set<net.Socket>();
  let aborted = false;
  const transport = nodemailer.createTransport({
    ...fromUrl,
    pool: true,
    maxConnections: fromUrl.maxConnections ?? config.mailDelivery.concurrency,
    // A proxy (?proxy=) brings its own sockets.
    ...(fromUrl.proxy
      ? {}
      : {
          getSocket: (options: SMTPPool.Options, callback: SocketCallback) =>
            connectWithoutDelay(options, (error, socket) => {
              if (socket) {
                sockets.add(socket.connection);
                socket.connection.once('close', () => sockets.delete(socket.connection));
              }
              callback(error, socket);
            }),
        }),
  });
  return {
    get aborted() {
      return aborted;
    },
    abort() {
      aborted = true;
      for (const socket of sockets) socket.destroy();
    },
    async send(mail) {
      await transport.sendMail({
        from: config.mailFrom,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
        messageId: mail.messageId,
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        // Every mail Loket sends is machine-made (RFC 3834): out-of-office and other auto-responders do not
        // answer it, so none of their replies can loop back into a ticket. A person's reply is unaffected.
        headers: AUTOMATIC_MAIL_HEADERS,
      });
    },
    close: () => transport.close(),
  };
}

/**
 * Opens the TCP connection to the SMTP server with Nagle's algorithm off. SMTP is a dialogue of small
 * writes; with Nagle on, the message's final chunk waits for the server's delayed ACK (about 40 ms) on
 * every mail, capping one connection at ~20 mails/s. nodemailer then speaks SMTP (and TLS for smtps://)
 * over this socket as over its own.
 */
type SocketCallback = (error: Error | null, socket: { connection: net.Socket } | null) => void;

function connectWithoutDelay(options: SMTPPool.Options, callback: SocketCallback): void {
  const port = Number(options.port ?? (options.secure ? 465 : 587));
  const host = options.host ?? 'localhost';
  const socket = net.connect({ host, port, noDelay: true });
  const timer = setTimeout(
    () => socket.destroy(new Error(`connection to ${host}:${port} timed out`)),
    options.connectionTimeout ?? 30_000,
  );
  const fail = (error: Error) => {
    clearTimeout(timer);
    callback(error, null);
  };
  socket.once('error', fail);
  socket.once('connect', () => {
    clearTimeout(timer);
    socket.off('error', fail);
    callback(null, { connection: socket });
  });
}

type DeliveryOutcome =
  /** Accepted by the SMTP server and marked SENT. */
  | { kind: 'sent' }
  /** No SMTP server configured: marked KEPT, readable in the development mailbox. */
  | { kind: 'kept' }
  /** Already SENT, KEPT or FAILED (or gone): nothing done. */
  | { kind: 'done' }
  /** The SMTP attempt failed; the attempt is recorded. `final`: that was the last one, the mail is FAILED. */
  | { kind: 'failed'; error: Error; final: boolean; permanent: boolean };

interface MailRow {
  id: string;
  organisation_id: string | null;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  message_id: string;
  reply_to: string | null;
  status: string;
  attempts: number;
}

/**
 * Delivers mail `id` in one system-scoped transaction holding the row's lock; the outcome (SENT, KEPT,
 * or the failed attempt) is committed before this resolves.
 */
async function deliverMail(
  app: DeliveryServices,
  mailer: Mailer | undefined,
  id: string,
): Promise<DeliveryOutcome> {
  return inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const rows: MailRow[] = await em.query(
      `SELECT id, organisation_id, recipient, subject, text_body, html_body, message_id, reply_to, status, attempts
         FROM outbound_mail WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const mail = rows[0];
    if (mail?.status !== 'PENDING') return { kind: 'done' };
    if (!mailer) {
      await em.query(`UPDATE outbound_mail SET status = 'KEPT' WHERE id = $1`, [id]);
      return { kind: 'kept' };
    }
    try {
      await mailer.send({
        recipient: mail.recipient,
        subject: mail.subject,
        textBody: mail.text_body,
        htmlBody: mail.html_body,
        messageId: mail.message_id,
        replyTo: mail.reply_to,
      });
    } catch (caught) {
      // Cut off by our own shutdown: not an attempt of the SMTP server's; roll back, stay PENDING.
      if (mailer.aborted) throw new DeliveryAborted();
      const error = caught instanceof Error ? caught : new Error(String(caught));
      // A permanent refusal (5xx: no such user, …) will not change by retrying: it fails at once.
      const permanent = isPermanentRejection(error);
      const final = permanent || mail.attempts + 1 >= MAIL_MAX_ATTEMPTS;
      const reason = describe(error).slice(0, 2000);
      await em.query(
        `UPDATE outbound_mail SET attempts = attempts + 1, last_error = $2,
           status = CASE WHEN $3 THEN 'FAILED' ELSE status END,
           failed_at = CASE WHEN $3 THEN clock_timestamp() END
         WHERE id = $1`,
        [id, reason, final],
      );
      if (final) await markUndeliverable(em, mail, reason);
      return { kind: 'failed', error, final, permanent };
    }
    // Accepted: SENT is written and committed (by inScope) right away, nothing in between; a crash from the
    // server having the mail until this COMMIT is the window in which the mail is repeated.
    await em.query(
      `UPDATE outbound_mail SET status = 'SENT', sent_at = clock_timestamp(), attempts = attempts + 1,
         last_error = NULL
       WHERE id = $1`,
      [id],
    );
    return { kind: 'sent' };
  });
}

/** An SMTP reply of class 5 (RFC 5321 §4.2.1): the server refuses for good. */
function isPermanentRejection(error: Error): boolean {
  const code = (error as Error & { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * A mail that finally failed marks its organisation's contact person with that address as undeliverable
 * (the reason and when), which the contact list and the task list show; the task list changes, so its
 * live event is announced (on commit, like every event).
 */
async function markUndeliverable(em: EntityManager, mail: MailRow, reason: string): Promise<void> {
  if (!mail.organisation_id) return;
  const marked = await queryRows(
    em,
    `UPDATE contact_person SET email_undeliverable_at = clock_timestamp(), email_undeliverable_reason = $3,
            email_undeliverable_source = 'SMTP_REJECTION'
      WHERE organisation_id = $1 AND lower(email) = lower($2)
      RETURNING id`,
    [mail.organisation_id, mail.recipient, reason],
  );
  if (marked.length > 0) await publishEvent(em, Topic.TasksChanged, { organisationId: mail.organisation_id });
}

function describe(error: Error): string {
  const smtp = error as Error & { responseCode?: number; response?: string; code?: string };
  // The server's own words ('550 No such user'): what the contact list and the staff page show.
  if (smtp.response) return smtp.response;
  return smtp.code ? `${smtp.code}: ${error.message}` : error.message;
}

/**
 * The graphile-worker task. A failed attempt throws (after its record is committed) so that the queue
 * retries it with exponential backoff; the last failed attempt marks the mail FAILED and ends the job.
 */
export function deliverMailTask(app: DeliveryServices, mailer: Mailer | undefined): Task {
  return async (payload, helpers) => {
    const id = (payload as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !isUuid(id)) {
      helpers.logger.error('deliver_mail job without a mail id; dropped', { payload });
      return;
    }
    const outcome = await deliverMail(app, mailer, id);
    const log = app.log.child({ component: 'mail', mailId: id, job: helpers.job.id });
    const mails = app.metrics.mails;
    switch (outcome.kind) {
      case 'sent':
        mails.inc({ outcome: 'sent' });
        log.info('mail sent');
        return;
      case 'kept':
        mails.inc({ outcome: 'kept' });
        log.info('mail kept for the development mailbox (no SMTP_URL)');
        return;
      case 'done':
        return;
      case 'failed':
        mails.inc({ outcome: outcome.final ? 'failed' : 'retried' });
        if (outcome.permanent) {
          log.warn({ err: outcome.error }, 'mail FAILED: the SMTP server refused it permanently');
          return;
        }
        if (outcome.final) {
          log.error({ err: outcome.error }, `mail FAILED after ${MAIL_MAX_ATTEMPTS} attempts`);
          return;
        }
        log.warn({ err: outcome.error }, 'mail delivery failed; will retry');
        throw outcome.error;
    }
  };
}
