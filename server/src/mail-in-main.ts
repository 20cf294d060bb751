// Process entry of a standalone email intake (`npm run mail-in`): the SMTP listener without GraphQL, so that
// it runs where the mail relay can reach it and scales apart from the servers (run those without
// MAIL_IN_PORT), and the IMAP source when MAIL_IN_IMAP_HOST is set (then the listener only with
// MAIL_IN_PORT). Stops gracefully on SIGTERM/SIGINT (forced after SHUTDOWN_TIMEOUT_MS). Tracing, when
// configured, starts first and the rest is imported after it (as in main.ts).
import 'reflect-metadata';
import type { ImapSource } from './modules/mail-intake/imap-source.js';
import type { MailInListener } from './modules/mail-intake/mail-in.listener.js';
import { configOrExit, exitOnStartFailure, shutdownPhases, stopOnSignals } from './process-lifecycle.js';
import { startTracing } from './tracing/tracing.js';

async function main(): Promise<void> {
  const config = configOrExit();
  if (!config.databaseUrl) {
    // The embedded PostgreSQL belongs to `npm start`, which already runs the intake itself.
    process.stderr.write(
      'The standalone mail intake needs DATABASE_URL (npm start runs the intake itself).\n',
    );
    process.exit(2);
  }
  const tracing = startTracing(config, 'mail-in');
  const [
    { Metrics },
    { openDatabase },
    { attachmentStorage },
    { PgPubSub },
    { createLogger },
    { startMailIn },
    { startImapSource },
  ] = await Promise.all([
    import('./metrics/metrics.js'),
    import('./db/open-database.js'),
    import('./files/storage.js'),
    import('./graphql/pubsub.js'),
    import('./logger.js'),
    import('./modules/mail-intake/mail-in.listener.js'),
    import('./modules/mail-intake/imap-source.js'),
  ]);
  const log = createLogger(config.logLevel).child({ process: 'mail-in' });
  const db = await openDatabase(config, log);
  // Only publishes (NOTIFY in the intake's transactions): never started, it listens to nothing.
  const pubsub = new PgPubSub(db.appUrl, log);
  // Counted but not served: the intake's own /metrics comes with intake counters (issue 17).
  const app = { config, log, dataSource: db.dataSource, pubsub, metrics: new Metrics() };
  // Without IMAP the listener is what this process is for: on port 2525 unless MAIL_IN_PORT says otherwise.
  const listenerPort = config.mailIn.port ?? (config.mailIn.imap ? undefined : 2525);
  const mailConfig = { ...config, mailIn: { ...config.mailIn, port: listenerPort } };
  const storage = attachmentStorage(config);
  let listener: MailInListener | undefined;
  let imap: ImapSource | undefined;
  try {
    if (listenerPort !== undefined) listener = await startMailIn({ ...app, config: mailConfig }, storage);
    if (config.mailIn.imap) imap = await startImapSource(app, storage);
  } catch (error) {
    await listener?.stop(0);
    await db.close().catch(() => undefined);
    await tracing?.shutdown().catch(() => undefined);
    throw error;
  }
  stopOnSignals(log, config.shutdownTimeoutMs, async () => {
    const graceMs = shutdownPhases(config.shutdownTimeoutMs).httpMs;
    await Promise.all([listener?.stop(graceMs), imap?.stop(graceMs)]);
    await db.close();
    await tracing?.shutdown();
  });
}

main().catch(exitOnStartFailure('Loket mail intake'));
