// The SMTP listener of the email intake (decision 0018): takes mail for the helpdesk and updates
// addresses (others: 550 at RCPT), at most MAIL_IN_MAX_MB (552 beyond), and answers 250 only once the mail
// and what it became are committed (intake.service.ts). A failure answers 451: the sending server keeps the
// mail and tries again later, and the redelivery is recognised.
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { AppServices } from '../../context.js';
import type { FileStorage } from '../../files/file-storage.js';
import { StartupError } from '../../startup-checks.js';
import { IntakeDeferred, IntakeRefused, receiveMail } from './intake.service.js';
import { queueOfRecipient } from './intake-address.js';
import { countIntake } from './intake-metrics.js';

export interface MailInListener {
  port: number;
  /**
   * Stops taking mail: new commands are answered 421 (try later), mails being received are finished and
   * answered, connections still open after `graceMs` are closed.
   */
  stop(graceMs: number): Promise<void>;
}

const smtpError = (code: number, message: string) =>
  Object.assign(new Error(message), { responseCode: code });

/** Reads the DATA stream whole; `null` when it outgrew the size limit (the rest is read and dropped). */
async function readAll(stream: SMTPServerDataStream): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return stream.sizeExceeded ? null : Buffer.concat(chunks);
}

export async function startMailIn(app: AppServices, storage: FileStorage): Promise<MailInListener> {
  const config = app.config.mailIn;
  const log = app.log.child({ component: 'mail-in' });
  const inFlight = new Set<Promise<unknown>>();
  const server = new SMTPServer({
    banner: 'Loket mail intake',
    // A local intake behind the organisation's mail relay: no authentication, no TLS of its own.
    disabledCommands: ['AUTH', 'STARTTLS'],
    authOptional: true,
    size: config.maxBytes,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (queueOfRecipient(config, address.address)) callback();
      else callback(smtpError(550, `5.1.1 <${address.address}>: no such mailbox here`));
    },
    onData(stream, session, callback) {
      const work = (async () => {
        const raw = await readAll(stream);
        if (!raw) {
          countIntake(app.metrics, 'smtp', 'too_large');
          return callback(smtpError(552, `5.3.4 message larger than ${config.maxBytes} bytes`));
        }
        const mailFrom = session.envelope.mailFrom;
        const result = await receiveMail(app, storage, {
          raw,
          envelopeFrom: mailFrom ? mailFrom.address : '',
          recipients: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        });
        countIntake(app.metrics, 'smtp', result);
        callback(null, `2.0.0 ${result.duplicate ? 'already received' : 'received'} as ${result.inboundId}`);
      })().catch((error: unknown) => {
        if (error instanceof IntakeRefused) {
          countIntake(app.metrics, 'smtp', 'refused');
          return callback(smtpError(550, error.message));
        }
        if (error instanceof IntakeDeferred) {
          countIntake(app.metrics, 'smtp', 'deferred');
          return callback(smtpError(451, error.message));
        }
        countIntake(app.metrics, 'smtp', 'failed');
        log.error({ err: error }, 'mail not received; the sender will retry');
        callback(smtpError(451, '4.3.0 temporary failure, try again later'));
      });
      inFlight.add(work);
      void work.finally(() => inFlight.delete(work));
    },
  });
  server.on('error', (error) => log.error({ err: error }, 'mail intake listener error'));
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${config.port} on ${config.host} is in use by another program: stop it, or set MAIL_IN_PORT.`,
            )
          : error,
      );
    server.server.once('error', onError);
    server.listen(config.port ?? 0, config.host, () => {
      server.server.off('error', onError);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  log.info({ host: config.host, port }, 'mail intake listening');
  return {
    port,
    async stop(graceMs) {
      (server.options as { closeTimeout?: number }).closeTimeout = Math.max(1, graceMs);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Mails whose DATA arrived are finished (committed and answered, or rolled back) before the pool closes.
      await Promise.allSettled([...inFlight]);
    },
  };
}
