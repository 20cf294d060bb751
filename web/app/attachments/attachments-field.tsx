// Bijlagen, in every form that writes a message (the organisation's and the department staff's): with
// JavaScript each chosen file goes at once to /uploads (XHR, so the page can show its progress) and is
// listed when the API took it; without JavaScript the file input is posted with the form and the action
// passes the files on (uploads.server.ts). Uploaded files can be taken off again before sending: each
// has a submit button (`intent` = removeIntent(id)) that, with JavaScript, is handled in the page.
import { type ChangeEvent, type MouseEvent, type ReactNode, useRef, useState } from 'react';
import { FieldFrame, fieldIds } from '../components/field';
import { PaperclipIcon } from '../components/icons';
import { errorsOf, type FormResult } from '../forms/form-result';
import { useI18n } from '../i18n/i18n';
import { announce } from '../live/announce';
import { fileSize } from '../messages/format';
import { FILES_FIELD, removeIntent, type UploadedFile } from './uploaded-file';

interface Upload {
  id: number;
  fileName: string;
  /** 0..1, or null while the size is unknown. */
  progress: number | null;
  error: string | null;
}

let uploadSeq = 0;

/** Sends one file to the web's /uploads (passed on to the API with the session); resolves with the answer. */
function sendFile(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<{ ok: true; file: UploadedFile } | { ok: false; message: string | null }> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/uploads?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as {
        id?: string;
        fileName?: string;
        sizeBytes?: number;
        error?: { message?: string };
      } | null;
      if (xhr.status === 201 && body?.id)
        resolve({
          ok: true,
          file: { id: body.id, fileName: body.fileName ?? file.name, sizeBytes: body.sizeBytes ?? file.size },
        });
      else resolve({ ok: false, message: body?.error?.message ?? null });
    };
    xhr.onerror = () => resolve({ ok: false, message: null });
    xhr.send(file);
  });
}

export function AttachmentsField({
  form,
  attachments,
  result,
  hydrated,
  onRemove,
  onUploaded,
  onBusy,
}: {
  form: string;
  attachments: UploadedFile[];
  result: FormResult | undefined;
  hydrated: boolean;
  /** Takes a file off in the page (with JavaScript); without it the remove button posts the form. */
  onRemove?: (id: string) => void;
  onUploaded: (file: UploadedFile) => void;
  /** Whether uploads are still running (sending waits for them). */
  onBusy: (busy: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const running = useRef(0);
  const errors = errorsOf(result, form, FILES_FIELD);
  const base = {
    form,
    name: FILES_FIELD,
    label: t('msg.compose.attachments'),
    hint: t('msg.compose.attachments.hint'),
    errors,
    optional: true,
  };
  const ids = fieldIds(base);

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    if (!hydrated) return;
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    for (const file of files) {
      const upload: Upload = { id: ++uploadSeq, fileName: file.name, progress: 0, error: null };
      setUploads((list) => [...list, upload]);
      running.current += 1;
      onBusy(true);
      void sendFile(file, (fraction) =>
        setUploads((list) => list.map((u) => (u.id === upload.id ? { ...u, progress: fraction } : u))),
      ).then((answer) => {
        running.current -= 1;
        if (running.current === 0) onBusy(false);
        if (answer.ok) {
          setUploads((list) => list.filter((u) => u.id !== upload.id));
          onUploaded(answer.file);
          announce(t('msg.upload.done', { name: answer.file.fileName }));
        } else {
          const message = answer.message ?? t('msg.upload.failed');
          setUploads((list) =>
            list.map((u) => (u.id === upload.id ? { ...u, progress: null, error: message } : u)),
          );
          announce(`${file.name}: ${message}`);
        }
      });
    }
  };

  const dismiss = (uploadId: number) => setUploads((list) => list.filter((u) => u.id !== uploadId));
  const remove = (event: MouseEvent<HTMLButtonElement>, fileId: string) => {
    if (!onRemove) return;
    event.preventDefault();
    onRemove(fileId);
  };

  return (
    <FieldFrame base={base} ids={ids} className="attachments-field">
      <input
        id={ids.id}
        type="file"
        // Without JavaScript the files go with the form; with it they are uploaded on choosing.
        name={hydrated ? undefined : FILES_FIELD}
        multiple
        className="file-input"
        aria-describedby={ids.described}
        aria-invalid={errors.length > 0 ? true : undefined}
        onChange={change}
      />
      {attachments.length > 0 || uploads.length > 0 ? (
        <ul className="file-list" aria-label={t('msg.compose.attachments.list')}>
          {attachments.map((file) => (
            <li key={file.id} className="file-item">
              <PaperclipIcon />
              <span className="file-name">{file.fileName}</span>
              <span className="muted">{fileSize(file.sizeBytes, locale)}</span>
              <button
                type="submit"
                name="intent"
                value={removeIntent(file.id)}
                className="button-link link-button"
                aria-label={t('msg.compose.attachments.remove.label', { name: file.fileName })}
                onClick={(event) => remove(event, file.id)}
              >
                {t('msg.compose.attachments.remove')}
              </button>
            </li>
          ))}
          {uploads.map((upload) => (
            <li key={upload.id} className={`file-item${upload.error ? ' file-error' : ''}`}>
              <PaperclipIcon />
              <span className="file-name">{upload.fileName}</span>
              {upload.error ? (
                <>
                  <span className="file-error-text">
                    <span className="visually-hidden">{t('form.errorPrefix')} </span>
                    {upload.error}
                  </span>
                  <button
                    type="button"
                    className="button-link link-button"
                    onClick={() => dismiss(upload.id)}
                  >
                    {t('msg.compose.attachments.dismiss')}
                  </button>
                </>
              ) : (
                <>
                  <progress
                    max={1}
                    value={upload.progress ?? undefined}
                    aria-label={t('msg.upload.progress.label', { name: upload.fileName })}
                  />
                  <span className="muted" aria-hidden="true">
                    {Math.round((upload.progress ?? 0) * 100)} %
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </FieldFrame>
  );
}

/**
 * The form's actions: its send button (intent `send`), disabled while sending or while uploads still
 * run, which a note under it then says; `children` go beside the button (a cancel link).
 */
/**
 * The form's send button; a form may show it twice (the manual's 'bovenaan op Verzenden'), both posting
 * the same intent. While a file uploads it waits, pointing at the note under the bottom one.
 */
export function SendButton({
  form,
  label,
  busy,
  uploading,
}: {
  form: string;
  label: string;
  busy: boolean;
  uploading: boolean;
}) {
  return (
    <button
      type="submit"
      name="intent"
      value="send"
      className="button button-primary"
      disabled={busy || uploading}
      aria-describedby={uploading ? `${form}-uploading` : undefined}
    >
      {label}
    </button>
  );
}

export function SendActions({
  form,
  label,
  busy,
  uploading,
  children,
}: {
  form: string;
  label: string;
  busy: boolean;
  uploading: boolean;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="form-actions">
        <SendButton form={form} label={label} busy={busy} uploading={uploading} />
        {children}
      </div>
      {uploading ? (
        <p className="field-hint" id={`${form}-uploading`}>
          {t('msg.compose.uploading')}
        </p>
      ) : null}
    </>
  );
}
