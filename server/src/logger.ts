// Structured JSON logs (pino); every request logs through a child carrying its request id, and, when
// tracing is on, each line written inside a traced request its trace id.
import { pino } from 'pino';
import { activeTraceId } from './tracing/request-id.js';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'loket-server' },
    mixin: () => {
      const traceId = activeTraceId();
      return traceId ? { traceId } : {};
    },
  });
}
