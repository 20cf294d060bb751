// The nightly retention job (decision 0029): deletes what is past its retention period.
import type { Task } from 'graphile-worker';
import type { FileStorage } from '../files/file-storage.js';
import { applyRetention } from '../modules/privacy/retention.service.js';
import type { DeliveryServices } from './deliver-mail.js';

export const APPLY_RETENTION = 'apply_retention';
/** 03:15 every night (server time); graphile-worker's crontab syntax. */
export const APPLY_RETENTION_CRONTAB = `15 3 * * * ${APPLY_RETENTION}`;

export function applyRetentionTask(app: DeliveryServices, storage: FileStorage): Task {
  return async () => {
    await applyRetention(app, storage);
  };
}
