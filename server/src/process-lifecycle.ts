// What both process entries (server and standalone worker) do around their work: read the configuration
// or exit with code 2 naming the wrong variables, stop gracefully on SIGTERM/SIGINT within
// SHUTDOWN_TIMEOUT_MS, and report a failed start with its cause.
import { type Config, ConfigError, loadConfig } from './config.js';
import type { Logger } from './logger.js';
import { StartupError } from './startup-checks.js';

export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

/**
 * The shares of the shutdown budget: HTTP requests (and the WebSockets after them) have the first 40 %;
 * deliveries talking to the SMTP server may finish until 60 % (then they are aborted, their mails stay
 * PENDING); what is left closes the event listener and the database pool, with room before the deadline.
 */
export function shutdownPhases(timeoutMs: number): { httpMs: number; deliveriesMs: number } {
  return { httpMs: Math.round(timeoutMs * 0.4), deliveriesMs: Math.round(timeoutMs * 0.6) };
}

/** On SIGTERM or SIGINT: `stop()`, then exit 0 (1 when it fails or outlasts `timeoutMs`). */
export function stopOnSignals(log: Logger, timeoutMs: number, stop: () => Promise<void>): void {
  const shutdown = (signal: string) => {
    log.info({ signal }, 'signal received');
    const force = setTimeout(() => {
      log.error('shutdown took too long; exiting');
      process.exit(1);
    }, timeoutMs);
    force.unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

export function exitOnStartFailure(what: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof StartupError) {
      // A problem the person can act on, said in words: no stack trace.
      process.stderr.write(`${what} failed to start: ${error.message}\n`);
    } else {
      process.stderr.write(
        `${what} failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      if (error instanceof Error && error.cause) process.stderr.write(`Cause: ${String(error.cause)}\n`);
    }
    process.exit(1);
  };
}
