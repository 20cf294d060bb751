// graphile-worker logs through our pino logger (its default writes to the console).
import { Logger as JobQueueLogger } from 'graphile-worker';
import type { Logger } from '../logger.js';

/** A graphile-worker logger writing to `log` as component `job-queue`, with the job's scope as fields. */
export function jobQueueLogger(log: Logger): JobQueueLogger {
  const base = log.child({ component: 'job-queue' });
  return new JobQueueLogger((scope) => {
    const scoped = base.child(scope);
    return (level, message, meta) => {
      // pino serialises errors (stack included) under `err`.
      const { error, ...rest } = meta ?? {};
      const fields = error === undefined ? rest : { ...rest, err: error };
      switch (level as string) {
        case 'error':
          scoped.error(fields, message);
          break;
        case 'warning':
          scoped.warn(fields, message);
          break;
        case 'info':
          scoped.info(fields, message);
          break;
        default:
          scoped.debug(fields, message);
      }
    };
  });
}
