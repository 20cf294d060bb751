// The IMAP source of the email intake (decision 0032): reads every mail in a mailbox folder through the
// same pipeline as the SMTP listener (`receiveMail`), and moves it — never deletes it — only after what it
// became is committed: to the processed folder, or to the quarantine folder when Loket quarantined or
// refused it. A crash between the commit and the move leaves the mail in the folder; read again, it is a
// redelivery (same Message-ID from the same sender) and lands once. Waits with IDLE when the server offers
// it, polls otherwise; reconnects with backoff.
import { ImapFlow } from 'imapflow';
import type { ImapConfig } from '../../config.js';
import type { AppServices } from '../../context.js';
import type { FileStorage } from '../../files/file-storage.js';
import { StartupError } from '../../startup-checks.js';
import { imapEnvelope } from './imap-envelope.js';
import { IntakeDeferred, IntakeRefused, type IntakeResult, receiveMail } from './intake.service.js';
import { countIntake } from './intake-metrics.js';

export interface ImapSource {
  /** Whether the current connection waits with IDLE (false: it polls). */
  readonly idling: boolean;
  /**
   * Stops reading: the mail being received is finished (committed, and moved when there is time), the
   * connection is closed after `graceMs` at the latest.
   */
  stop(graceMs: number): Promise<void>;
}

export interface ImapSourceOptions {
  /**
   * Runs after a mail's operation committed and before the mail is moved. Throwing (or closing the
   * connection) leaves the mail in the folder, as a crash at that moment would. For tests.
   */
  afterReceive?: (uid: number, result: IntakeResult, connection: ImapFlow) => Promise<void> | void;
}

/** The first reconnect waits this long, doubling up to RECONNECT_MAX_MS. */
const RECONNECT_BASE_MS = 500;
const RECONNECT_MAX_MS = 60_000;
/** A sender over its hourly limit (IntakeDeferred): its mail is tried again after this long. */
const DEFERRED_RETRY_MS = 5 * 60_000;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

const isAuthFailure = (error: unknown) =>
  typeof error === 'object' && error !== null && 'authenticationFailed' in error;

/** Says what a person can fix about a connection or folder failure, naming the variable. */
function explain(config: ImapConfig, error: unknown, step: 'connect' | 'open'): string {
  if (isAuthFailure(error))
    return `The IMAP server ${config.host}:${config.port} refused the login of '${config.user}': check MAIL_IN_IMAP_USER and MAIL_IN_IMAP_PASSWORD.`;
  if (step === 'open')
    return `The IMAP folders cannot be prepared or opened (${errorText(error)}): check that MAIL_IN_IMAP_FOLDER ('${config.folder}') exists, and MAIL_IN_IMAP_PROCESSED_FOLDER and MAIL_IN_IMAP_QUARANTINE_FOLDER (some servers want them under INBOX., e.g. INBOX.Loket-verwerkt).`;
  return `Cannot reach the IMAP server ${config.host}:${config.port} (${errorText(error)}): check MAIL_IN_IMAP_HOST, MAIL_IN_IMAP_PORT and MAIL_IN_IMAP_TLS.`;
}

function newClient(config: ImapConfig): ImapFlow {
  return new ImapFlow({
    host: config.host,
    port: config.port,
    secure: config.tls,
    auth: { user: config.user, pass: config.password },
    logger: false,
    disableAutoIdle: !config.idle,
    // IDLE starts one second after the last command, so that a new mail is heard of at once.
    autoIdleDelay: 1000,
  });
}

/** Creates the processed and quarantine folders when missing; opens the folder read. */
async function prepare(client: ImapFlow, config: ImapConfig): Promise<void> {
  const existing = new Set((await client.list()).map((m) => m.path.toLowerCase()));
  for (const folder of [config.processedFolder, config.quarantineFolder])
    if (!existing.has(folder.toLowerCase())) await client.mailboxCreate(folder);
}

export async function startImapSource(
  app: AppServices,
  storage: FileStorage,
  options: ImapSourceOptions = {},
): Promise<ImapSource> {
  const config = app.config.mailIn.imap;
  if (!config) throw new Error('startImapSource without MAIL_IN_IMAP_HOST');
  const log = app.log.child({ component: 'mail-in-imap', host: config.host, folder: config.folder });
  const maxBytes = app.config.mailIn.maxBytes;
  const pollMs = config.pollSeconds * 1000;

  let stopping = false;
  let client: ImapFlow | undefined;
  let idling = false;
  /** Wakes the wait between two reads (a new mail, a closed connection, stop). */
  let wake: (() => void) | undefined;
  /** Something happened since the last read began: read again at once rather than wait. */
  let dirty = false;
  const signal = () => {
    dirty = true;
    wake?.();
  };
  /** The receipt under way, awaited on stop so that the pool is not closed beneath it. */
  let receiving: Promise<unknown> | undefined;
  const deferredUntil = new Map<number, number>();

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (wake === done) wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      wake = done;
    });

  /** Connects, prepares the folders and opens the folder read; throws with a message a person can act on. */
  const open = async (): Promise<ImapFlow> => {
    const c = newClient(config);
    c.on('error', (error: unknown) => log.warn({ err: error }, 'IMAP connection error'));
    c.on('exists', signal);
    c.on('close', signal);
    try {
      await c.connect();
    } catch (error) {
      c.close();
      throw new StartupError(explain(config, error, 'connect'));
    }
    try {
      await prepare(c, config);
      await c.mailboxOpen(config.folder);
    } catch (error) {
      c.close();
      throw new StartupError(explain(config, error, 'open'));
    }
    return c;
  };

  const move = async (c: ImapFlow, uid: number, folder: string) => {
    const moved = await c.messageMove(String(uid), folder, { uid: true });
    if (!moved) throw new Error(`mail ${uid} could not be moved to '${folder}'`);
  };

  /** Receives and moves one mail; an error other than refused/deferred leaves it for the next read. */
  const take = async (c: ImapFlow, uid: number) => {
    const head = await c.fetchOne(String(uid), { uid: true, size: true }, { uid: true });
    if (!head) return; // moved away meanwhile (another reader)
    if ((head.size ?? 0) > maxBytes) {
      // Larger than Loket takes whole (MAIL_IN_MAX_MB): left to a person, in the quarantine folder.
      log.warn({ uid, size: head.size }, 'mail larger than MAIL_IN_MAX_MB moved to the quarantine folder');
      countIntake(app.metrics, 'imap', 'too_large');
      return move(c, uid, config.quarantineFolder);
    }
    const message = await c.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
    if (message === false || !message.source) return;
    let target: string;
    let result: IntakeResult | undefined;
    try {
      const work = receiveMail(app, storage, imapEnvelope(app.config.mailIn, config, message.source));
      receiving = work;
      result = await work;
      countIntake(app.metrics, 'imap', result);
      target = result.status === 'QUARANTINED' ? config.quarantineFolder : config.processedFolder;
    } catch (error) {
      if (error instanceof IntakeRefused) {
        countIntake(app.metrics, 'imap', 'refused');
        log.info({ uid, reason: error.message }, 'mail refused; moved to the quarantine folder');
        target = config.quarantineFolder;
      } else if (error instanceof IntakeDeferred) {
        countIntake(app.metrics, 'imap', 'deferred');
        deferredUntil.set(uid, Date.now() + DEFERRED_RETRY_MS);
        log.info({ uid, reason: error.message }, 'mail deferred; read again later');
        return;
      } else {
        countIntake(app.metrics, 'imap', 'failed');
        throw error;
      }
    } finally {
      receiving = undefined;
    }
    // Committed: from here on a crash makes the next read a redelivery, which lands once.
    if (result) await options.afterReceive?.(uid, result, c);
    await move(c, uid, target);
  };

  /** Takes every mail in the folder, oldest first. */
  const drain = async (c: ImapFlow) => {
    const uids = (await c.search({ all: true }, { uid: true })) || [];
    for (const uid of uids.sort((a, b) => a - b)) {
      if (stopping || !c.usable) return;
      if ((deferredUntil.get(uid) ?? 0) > Date.now()) continue;
      await take(c, uid);
    }
  };

  const session = async (c: ImapFlow) => {
    idling = config.idle && c.capabilities.has('IDLE');
    log.info({ idle: idling, pollSeconds: config.pollSeconds }, 'reading the IMAP mailbox');
    while (!stopping && c.usable) {
      dirty = false;
      await drain(c);
      if (stopping || !c.usable) break;
      // With IDLE an `exists` event wakes this at once; the interval is then a safety re-read.
      if (!dirty) await pause(pollMs);
    }
  };

  // The first connection is made before start-up ends: wrong credentials or a missing folder stop it with
  // a clear message. An unreachable server does not: the mailbox is read once it can be reached.
  try {
    client = await open();
  } catch (error) {
    if (isAuthFailure(error) || /MAIL_IN_IMAP_(USER|FOLDER)/.test(errorText(error))) throw error;
    log.warn({ err: error }, 'IMAP server not reachable yet; retrying');
  }

  const loop = (async () => {
    let failures = 0;
    while (!stopping) {
      let openedAt = 0;
      try {
        client ??= await open();
        openedAt = Date.now();
        deferredUntil.clear();
        await session(client);
      } catch (error) {
        if (!stopping) log.warn({ err: error, failures }, 'IMAP source interrupted; reconnecting');
      } finally {
        idling = false;
        const c = client;
        client = undefined;
        if (c?.usable && stopping) await c.logout().catch(() => c.close());
        else c?.close();
      }
      if (stopping) break;
      // A connection that lasted a while starts the backoff over; one that keeps failing waits longer.
      failures = openedAt > 0 && Date.now() - openedAt > RECONNECT_MAX_MS ? 1 : failures + 1;
      await pause(Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** (failures - 1)));
    }
  })();

  return {
    get idling() {
      return idling;
    },
    async stop(graceMs) {
      stopping = true;
      wake?.();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), Math.max(1, graceMs));
      });
      if ((await Promise.race([loop, late])) === 'late') client?.close();
      clearTimeout(timer);
      // A receipt under way finishes (commits or rolls back) before the pool closes.
      await receiving?.catch(() => undefined);
      await loop;
      log.info('IMAP source stopped');
    },
  };
}
