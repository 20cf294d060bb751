// The SMTP listener of the email intake (decision 0018): takes mail for the helpdesk and updates
// addresses (others: 550 at RCPT), at most MAIL_IN_MAX_MB (552 beyond), and answers 250 only once the mail
// and what it became are committed (intake.service.ts). A failure answers 451: the sending server keeps the
// mail and tries again later, and the redelivery is recognised.
import type { AddressInfo } from 'node:net';
import { type Context, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { AppServices } from '../../context.js';
import type { FileStorage } from '../../files/file-storage.js';
import { StartupError } from '../../startup-checks.js';
import { contextWithRequestId } from '../../tracing/request-id.js';
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
/**
 * Traces of the intake (decision 0038): a span per SMTP session (`smtp session`, its id as the request id),
 * within it one per mail (`smtp mail`, with the reply code) and within that `intake receiveMail` with what
 * the mail became (ticket, duplicate, quarantine, discarded; refused, deferred, error), whose PostgreSQL
 * statements are its children. No-ops without tracing.
 */
class IntakeTracing {
  private readonly tracer = trace.getTracer('loket.mail-in');
  private readonly sessions = new Map<string, { span: Span; ctx: Context }>();

  open(sessionId: string, remoteAddress: string): void {
    const span = this.tracer.startSpan('smtp session', {
      kind: SpanKind.SERVER,
      attributes: { 'network.peer.address': remoteAddress, 'loket.smtp.session': sessionId },
    });
    const ctx = contextWithRequestId(trace.setSpan(ROOT_CONTEXT, span), `smtp-${sessionId}`);
    this.sessions.set(sessionId, { span, ctx });
  }

  close(sessionId: string): void {
    this.sessions.get(sessionId)?.span.end();
    this.sessions.delete(sessionId);
  }

  /** Runs `work` in a `smtp mail` span of the session; `work` answers the SMTP reply code. */
  async mail(sessionId: string, recipients: number, work: () => Promise<number>): Promise<void> {
    const parent = this.sessions.get(sessionId)?.ctx ?? ROOT_CONTEXT;
    await this.tracer.startActiveSpan(
      'smtp mail',
      { attributes: { 'loket.smtp.recipients': recipients } },
      parent,
      async (span) => {
        const code = await work();
        span.setAttribute('loket.smtp.reply_code', code);
        // A refusal (550, 552) is an error; a deferral (451) is answered as designed, its cause is below.
        if (code >= 500) span.setStatus({ code: SpanStatusCode.ERROR, message: String(code) });
        span.end();
      },
    );
  }

  /** Runs `receive` in the span `intake receiveMail`, marked with `outcomeOf` its result or its failure. */
  receive<T>(
    receive: () => Promise<T>,
    outcomeOf: (result: T) => string,
    failureOf: (error: unknown) => string,
  ): Promise<T> {
    return this.tracer.startActiveSpan('intake receiveMail', async (span) => {
      try {
        const result = await receive();
        span.setAttribute('loket.intake.outcome', outcomeOf(result));
        return result;
      } catch (error) {
        const outcome = failureOf(error);
        span.setAttribute('loket.intake.outcome', outcome);
        if (outcome === 'error') {
          span.recordException(error instanceof Error ? error : String(error));
          span.setStatus({ code: SpanStatusCode.ERROR });
        }
        throw error;
      } finally {
        span.end();
      }
    });
  }
}

/** What a received mail became, for its span. */
function intakeOutcome(result: { status: string; duplicate: boolean }): string {
  if (result.duplicate) return 'duplicate';
  return result.status === 'QUARANTINED'
    ? 'quarantine'
    : result.status === 'DISCARDED'
      ? 'discarded'
      : 'ticket';
}

function intakeFailure(error: unknown): string {
  return error instanceof IntakeRefused ? 'refused' : error instanceof IntakeDeferred ? 'deferred' : 'error';
}

async function readAll(stream: SMTPServerDataStream): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return stream.sizeExceeded ? null : Buffer.concat(chunks);
}

export async function startMailIn(app: AppServices, storage: FileStorage): Promise<MailInListener> {
  const config = app.config.mailIn;
  const log = app.log.child({ component: 'mail-in' });
  const inFlight = new Set<Promise<unknown>>();
  const tracing = new IntakeTracing();
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
    onConnect(session, callback) {
      tracing.open(session.id, session.remoteAddress);
      callback();
    },
    onClose(session) {
      tracing.close(session.id);
    },
    onData(stream, session, callback) {
      const work = tracing.mail(session.id, session.envelope.rcptTo.length, async () => {
        try {
          const raw = await readAll(stream);
          if (!raw) {
            countIntake(app.metrics, 'smtp', 'too_large');
            callback(smtpError(552, `5.3.4 message larger than ${config.maxBytes} bytes`));
            return 552;
          }
          const mailFrom = session.envelope.mailFrom;
          const result = await tracing.receive(
            () =>
              receiveMail(app, storage, {
                raw,
                envelopeFrom: mailFrom ? mailFrom.address : '',
                recipients: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              }),
            intakeOutcome,
            intakeFailure,
          );
          countIntake(app.metrics, 'smtp', result);
          callback(
            null,
            `2.0.0 ${result.duplicate ? 'already received' : 'received'} as ${result.inboundId}`,
          );
          return 250;
        } catch (error) {
          if (error instanceof IntakeRefused) {
            countIntake(app.metrics, 'smtp', 'refused');
            callback(smtpError(550, error.message));
            return 550;
          }
          if (error instanceof IntakeDeferred) {
            countIntake(app.metrics, 'smtp', 'deferred');
            callback(smtpError(451, error.message));
            return 451;
          }
          countIntake(app.metrics, 'smtp', 'failed');
          log.error({ err: error }, 'mail not received; the sender will retry');
          callback(smtpError(451, '4.3.0 temporary failure, try again later'));
          return 451;
        }
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
