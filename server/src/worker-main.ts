// Process entry of a standalone worker (`npm run worker`): delivers the mail outbox without serving
// GraphQL, so workers scale apart from the servers (run those with WORKER=off). Stops gracefully on
// SIGTERM/SIGINT (forced after SHUTDOWN_TIMEOUT_MS). Tracing, when configured, starts first and the rest
// is imported after it, so that its `pg` is the instrumented one (as in main.ts).
import 'reflect-metadata';
import { configOrExit, exitOnStartFailure, stopOnSignals } from './process-lifecycle.js';
import { startTracing } from './tracing/tracing.js';

async function main(): Promise<void> {
  const config = configOrExit();
  if (!config.databaseUrl) {
    // The embedded PostgreSQL belongs to `npm start`, which already runs the worker inline.
    process.stderr.write('The standalone worker needs DATABASE_URL (npm start runs a worker itself).\n');
    process.exit(2);
  }
  const tracing = startTracing(config, 'worker');
  const [
    { openDatabase },
    { PgPubSub },
    { startMetricsListener },
    { startWorker },
    { createLogger },
    { collectPoolUsage },
    { Metrics },
    { watchCalendars },
  ] = await Promise.all([
    import('./db/open-database.js'),
    import('./graphql/pubsub.js'),
    import('./http/metrics-route.js'),
    import('./jobs/worker.js'),
    import('./logger.js'),
    import('./metrics/collectors.js'),
    import('./metrics/metrics.js'),
    import('./modules/sla/calendar.cache.js'),
  ]);
  const log = createLogger(config.logLevel).child({ process: 'worker' });
  const db = await openDatabase(config, log);
  // Its mail counters and process metrics; the queue gauges come from the API servers (one view suffices).
  const metrics = new Metrics();
  metrics.collectProcessMetrics();
  collectPoolUsage(metrics, db.dataSource, config.databasePoolSize);
  let worker: Awaited<ReturnType<typeof startWorker>>;
  let listener: Awaited<ReturnType<typeof startMetricsListener>> | undefined;
  // Hears calendar changes, so that the timers count with a cached calendar that stays true.
  const pubsub = new PgPubSub(db.appUrl, log, metrics);
  try {
    await pubsub.start();
    watchCalendars({ dataSource: db.dataSource, pubsub });
    worker = await startWorker({ config, log, dataSource: db.dataSource, metrics }, db.ownerUrl);
    if (config.metrics.port !== undefined)
      listener = await startMetricsListener(
        metrics,
        { host: config.metrics.host, port: config.metrics.port, token: config.metrics.token },
        log,
      );
  } catch (error) {
    await pubsub.stop().catch(() => undefined);
    await db.close().catch(() => undefined);
    await tracing?.shutdown().catch(() => undefined);
    throw error;
  }
  stopOnSignals(log, config.shutdownTimeoutMs, async () => {
    await worker.stop();
    await listener?.close();
    await pubsub.stop();
    await db.close();
    await tracing?.shutdown();
  });
}

main().catch(exitOnStartFailure('Loket worker'));
