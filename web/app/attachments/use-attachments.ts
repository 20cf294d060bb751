// The uploaded files of a message form that keeps no other working state (the department staff's reply
// and new message): listed by the upload field, carried with the form as one hidden field, and taken
// over from the action's answer (kept after an error or the privacy question, none once sent).
import { useState } from 'react';
import type { FormResult } from '../forms/form-result';
import { useHydrated } from '../use-hydrated';
import { ATTACHMENTS_FIELD, FILES_FIELD, type UploadedFile } from './uploaded-file';

/** An action's answer that gives the form its attachments back. */
export interface AttachmentsResult extends FormResult {
  attachments?: UploadedFile[];
}

export function useAttachments(form: string, result: AttachmentsResult | undefined) {
  const hydrated = useHydrated();
  const own = result?.form === form ? result : undefined;
  const [attachments, setAttachments] = useState<UploadedFile[]>(own?.attachments ?? []);
  const [uploading, setUploading] = useState(false);
  // A new answer of the action (not another form's on the page): its list is the form's from now on.
  const [seen, setSeen] = useState(own);
  if (own !== seen) {
    setSeen(own);
    if (own) setAttachments(own.attachments ?? []);
  }
  return {
    /** Whether uploads are still running (sending waits for them). */
    uploading,
    /** The hidden input's name and value. */
    hidden: { name: ATTACHMENTS_FIELD, value: JSON.stringify(attachments) },
    /** The props of AttachmentsField. */
    field: {
      form,
      attachments,
      result: own,
      hydrated,
      onRemove: hydrated
        ? (id: string) => {
            setAttachments((list) => list.filter((file) => file.id !== id));
            // The button goes with the file: the focus stays in the field, on its file input.
            document.getElementById(`${form}-${FILES_FIELD}`)?.focus();
          }
        : undefined,
      onUploaded: (file: UploadedFile) => setAttachments((list) => [...list, file]),
      onBusy: setUploading,
    },
  };
}
