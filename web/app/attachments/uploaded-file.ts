// What the message forms (the organisation's and the department staff's) keep of the files uploaded for
// a message before it is sent, and how their remove buttons say which file to take off. Nothing here
// runs only on the server, so the upload field and the actions share it.

/** A file the API took at /uploads, not yet attached to a message. */
export interface UploadedFile {
  id: string;
  fileName: string;
  sizeBytes: number;
}

/** The name of the form field the files go in (without JavaScript) and their errors are shown on. */
export const FILES_FIELD = 'files';

/** The `intent` value of the remove button of an uploaded file. */
export const REMOVE_INTENT = 'attachment-remove';

export const removeIntent = (id: string) => `${REMOVE_INTENT}:${id}`;

/** The id of the file a remove button takes off ('attachment-remove:<id>'), or null for another button. */
export function removedFile(intent: string): string | null {
  const prefix = `${REMOVE_INTENT}:`;
  return intent.startsWith(prefix) && intent.length > prefix.length ? intent.slice(prefix.length) : null;
}

/** Whether an API error's field (`attachmentIds`, `attachmentIds.2`) is about the attachments. */
export function isAttachmentsField(field: string): boolean {
  return field === 'attachmentIds' || field.startsWith('attachmentIds.');
}

/** The hidden field a form without further state carries its uploaded files in (JSON). */
export const ATTACHMENTS_FIELD = 'attachments';
