// Uploads never attached to a message (the sender gave up) are deleted after a day: rows and files.
import type { Task } from 'graphile-worker';
import { queryRows } from '../db/query.js';
import { inScope } from '../db/scope.js';
import type { FileStorage } from '../files/file-storage.js';
import type { DeliveryServices } from './deliver-mail.js';

export const PURGE_UPLOADS = 'purge_unattached_uploads';
/** Hourly; graphile-worker's crontab syntax. */
export const PURGE_UPLOADS_CRONTAB = `0 * * * * ${PURGE_UPLOADS}`;

/** Deletes unattached uploads older than `olderThanHours`; returns how many. */
export async function purgeUnattachedUploads(
  app: DeliveryServices,
  storage: FileStorage,
  olderThanHours = 24,
): Promise<number> {
  const keys = await inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const rows = await queryRows<{ storage_key: string }>(
      em,
      `DELETE FROM attachment WHERE message_id IS NULL AND ticket_entry_id IS NULL AND created_at < now() - make_interval(hours => $1)
       RETURNING storage_key`,
      [olderThanHours],
    );
    return rows.map((r) => r.storage_key);
  });
  // After the commit: a file without a row is harmless, a row without its file is not.
  for (const key of keys) await storage.remove(key);
  return keys.length;
}

export function purgeUploadsTask(app: DeliveryServices, storage: FileStorage): Task {
  return async () => {
    const purged = await purgeUnattachedUploads(app, storage);
    if (purged > 0) app.log.info({ purged }, 'unattached uploads deleted');
  };
}
