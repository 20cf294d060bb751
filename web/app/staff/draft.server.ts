// What a staff message form (a reply, a new message) posts besides its text: the files uploaded before
// (its hidden field), the files posted with it without JavaScript (already passed on to the API by
// readForm), and whether a file's remove button was pressed instead of sending. The form comes back
// with its attachments whenever the message is not sent.

import { removedFile, type UploadedFile } from '../attachments/uploaded-file';
import { readAttachments, takeUploads } from '../attachments/uploads.server';
import type { PrivacyWarningView } from '../components/privacy-dialog';
import { fields, rejected } from '../forms/form.server';
import type { FormError } from '../forms/form-result';

/**
 * The fields every staff message form has besides its own: the button pressed (send, send anyway
 * after the privacy question, or take a file off) and the key that makes a resend one message.
 */
export const SEND_FIELDS = {
  intent: fields.text(),
  clientKey: fields.text(),
};

export interface Draft {
  attachments: UploadedFile[];
  /** Set when the form is answered without sending (a file taken off, files refused on the way). */
  held: FormError[] | null;
}

/** The draft's files; `intent` is the button pressed (a file's remove button holds the message). */
export function readDraft(form: FormData, intent: string): Draft {
  const { attachments, errors } = takeUploads(form, readAttachments(form));
  const removed = removedFile(intent);
  if (removed !== null)
    return { attachments: attachments.filter((file) => file.id !== removed), held: errors };
  return { attachments, held: errors.length > 0 ? errors : null };
}

/** The form again (400): what was typed, the errors, the attachments kept, the privacy guard's warnings. */
export function unsent(
  form: string,
  draft: Draft,
  errors: FormError[],
  values: Record<string, string>,
  warnings?: PrivacyWarningView[],
) {
  const extra: { attachments: UploadedFile[]; warnings?: PrivacyWarningView[] } = {
    attachments: draft.attachments,
  };
  if (warnings) extra.warnings = warnings;
  return rejected(form, errors, values, extra);
}
