// Structured JSON logs (pino); every request logs through a child carrying its request id.
import { pino } from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'loket-server' } });
}
