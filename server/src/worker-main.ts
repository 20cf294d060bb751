// Process entry of a standalone worker (`npm run worker`): delivers the mail outbox without serving
// GraphQL, so workers scale apart from the servers (run those with WORKER=off). Stops gracefully on
// SIGTERM/SIGINT (forced after SHUTDOWN_TIMEOUT_MS).
import 'reflect-metadata';
import { openDatabase } from './db/open-database.js';
import { startWorker } from './jobs/worker.js';
import { createLogger } from './logger.js';
import { configOrExit, exitOnStartFailure, stopOnSignals } from './process-lifecycle.js';

async function main(): Promise<void> {
  const config = configOrExit();
  if (!config.databaseUrl) {
    // The embedded PostgreSQL belongs to `npm start`, which already runs the worker inline.
    process.stderr.write('The standalone worker needs DATABASE_URL (npm start runs a worker itself).\n');
    process.exit(2);
  }
  const log = createLogger(config.logLevel).child({ process: 'worker' });
  const db = await openDatabase(config, log);
  let worker: Awaited<ReturnType<typeof startWorker>>;
  try {
    worker = await startWorker({ config, log, dataSource: db.dataSource }, db.ownerUrl);
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  stopOnSignals(log, config.shutdownTimeoutMs, async () => {
    await worker.stop();
    await db.close();
  });
}

main().catch(exitOnStartFailure('Loket worker'));
