// Process entry: start Loket, stop it gracefully on SIGTERM/SIGINT (forced after SHUTDOWN_TIMEOUT_MS).
import { createLogger } from './logger.js';
import { startLoket } from './loket.js';
import { configOrExit, exitOnStartFailure, stopOnSignals } from './process-lifecycle.js';

async function main(): Promise<void> {
  const config = configOrExit();
  const log = createLogger(config.logLevel);
  const loket = await startLoket(config, log);
  stopOnSignals(log, config.shutdownTimeoutMs, () => loket.stop());
}

main().catch(exitOnStartFailure('Loket'));
