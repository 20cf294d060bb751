// What a staff message form (a reply, a new message) posts besides its text: the files uploaded before
// (its hidden field), the files posted with it without JavaScript (already passed on to the API by
// readForm), and whether a file's remove button was pressed instead of sending. The form comes back
// with its attachments whenever the message is not sent.

import { removedFile, type UploadedFile } from '../attachments/uploaded-file';
import { readAttachments, takeUploads } from '../attachments/uploads.server';
import { failure, text } from '../forms/form-data.server';
import type { FormError } from '../forms/form-result';
import type { SendResult } from './send-result';

export interface Draft {
  attachments: UploadedFile[];
  /** Set when the form is answered without sending (a file taken off, files refused on the way). */
  held: FormError[] | null;
}

export function readDraft(form: FormData): Draft {
  const { attachments, errors } = takeUploads(form, readAttachments(form));
  const removed = removedFile(text(form, 'intent'));
  if (removed !== null)
    return { attachments: attachments.filter((file) => file.id !== removed), held: errors };
  return { attachments, held: errors.length > 0 ? errors : null };
}

/** The form again: what was typed, the errors, and the attachments kept. */
export function unsent(
  form: string,
  draft: Draft,
  errors: FormError[],
  values: Record<string, string>,
): SendResult {
  return { ...failure(form, errors, values), attachments: draft.attachments };
}
