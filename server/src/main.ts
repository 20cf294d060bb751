// Process entry: start Loket, stop it gracefully on SIGTERM/SIGINT (forced after SHUTDOWN_TIMEOUT_MS).
// Tracing, when configured, starts first: the application is imported after it, so that its `http` and
// `pg` are the instrumented ones.
import { configOrExit, exitOnStartFailure, stopOnSignals } from './process-lifecycle.js';
import { startTracing } from './tracing/tracing.js';

async function main(): Promise<void> {
  const config = configOrExit();
  const tracing = startTracing(config);
  const { createLogger } = await import('./logger.js');
  const { startLoket } = await import('./loket.js');
  const log = createLogger(config.logLevel);
  const loket = await startLoket(config, log);
  stopOnSignals(log, config.shutdownTimeoutMs, async () => {
    await loket.stop();
    await tracing?.shutdown();
  });
}

main().catch(exitOnStartFailure('Loket'));
