// The export_personal_data job (decision 0029): queued by the insert of a personal_data_export row.
import type { Task } from 'graphile-worker';
import { isUuid } from '../domain/validate.js';
import type { FileStorage } from '../files/file-storage.js';
import { buildExport, failExport } from '../modules/privacy/export.builder.js';
import type { DeliveryServices } from './deliver-mail.js';

export const EXPORT_PERSONAL_DATA = 'export_personal_data';

export function exportPersonalDataTask(app: DeliveryServices, storage: FileStorage): Task {
  return async (payload, helpers) => {
    const id = (payload as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !isUuid(id)) {
      helpers.logger.error('export_personal_data job without an export id; dropped', { payload });
      return;
    }
    try {
      await buildExport(app, storage, id);
    } catch (error) {
      // graphile-worker tries again; after the last attempt the export says FAILED.
      if (helpers.job.attempts >= helpers.job.max_attempts) await failExport(app, id, String(error));
      throw error;
    }
  };
}
