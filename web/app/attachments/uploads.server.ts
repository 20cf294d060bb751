// Reading a message form in an action, for the organisation's and the department staff's forms alike:
// the multipart form's files (chosen without JavaScript) are passed straight on to the API's /uploads as
// they stream in (never buffered whole) and appear in the form data as JSON outcomes; those become the
// form's attachments, or errors per file in the user's language (the API's own words for its limits and
// refused types).
import { type AppLoadContext, unstable_parseMultipartFormData } from '@remix-run/node';
import { z } from 'zod';
import { fields } from '../forms/form.server';
import { type FormError, fieldName } from '../forms/form-result';
import { languageTag } from '../i18n/language';
import { i18nFor } from '../i18n/messages.server';
import type { RequestScope } from '../session.server';
import { ATTACHMENTS_FIELD, FILES_FIELD, isAttachmentsField, type UploadedFile } from './uploaded-file';

type Scope = RequestScope & { token: string };

const TEXT_PART_MAX = 512 * 1024;

/** The uploaded files as a form posts them back (in its working state or its own hidden field). */
export const attachmentsSchema = z
  .array(z.object({ id: z.string().max(80), fileName: z.string().max(300), sizeBytes: z.number() }))
  .max(50);

interface UploadOutcome {
  ok: boolean;
  file?: UploadedFile;
  fileName: string;
  message?: string;
}

/** Drains what is left of a part (the parser moves on only when a part is read to its end). */
async function drain(stream: AsyncIterable<Uint8Array>) {
  for await (const _ of stream) {
    // discard
  }
}

/** Sends one file part to the API's /uploads as it arrives; answers what came of it. */
async function forwardUpload(
  scope: Scope,
  context: AppLoadContext,
  fileName: string,
  content: AsyncIterable<Uint8Array>,
): Promise<UploadOutcome> {
  const iterator = content[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
  });
  const url = new URL('uploads', context.config.apiUrl);
  url.searchParams.set('name', fileName);
  const headers: Record<string, string> = {
    authorization: `Bearer ${scope.token}`,
    'content-type': 'application/octet-stream',
    accept: 'application/json',
    'accept-language': languageTag(scope.language),
  };
  if (context.clientIp) headers['x-forwarded-for'] = context.clientIp;
  const { t } = i18nFor(scope.language);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      duplex: 'half',
      signal: AbortSignal.timeout(300_000),
    } as RequestInit);
    const answer = (await response.json().catch(() => ({}))) as {
      id?: string;
      fileName?: string;
      sizeBytes?: number;
      error?: { message?: string };
    };
    await drain({ [Symbol.asyncIterator]: () => iterator });
    if (response.status === 201 && answer.id)
      return {
        ok: true,
        fileName,
        file: { id: answer.id, fileName: answer.fileName ?? fileName, sizeBytes: answer.sizeBytes ?? 0 },
      };
    return { ok: false, fileName, message: answer.error?.message ?? t('msg.upload.failed') };
  } catch {
    await drain({ [Symbol.asyncIterator]: () => iterator }).catch(() => undefined);
    return { ok: false, fileName, message: t('msg.upload.failed') };
  }
}

/** The submitted form; files (`files`) are uploaded on the way and appear as JSON outcomes. */
export async function readForm(request: Request, scope: Scope, context: AppLoadContext): Promise<FormData> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) return request.formData();
  return unstable_parseMultipartFormData(request, async ({ name, filename, data: content }) => {
    if (typeof filename === 'string') {
      if (name !== FILES_FIELD || filename === '') {
        await drain(content);
        return undefined;
      }
      return JSON.stringify(await forwardUpload(scope, context, filename, content));
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of content) {
      size += chunk.byteLength;
      if (size > TEXT_PART_MAX) throw new Response('Form field too large', { status: 413 });
      chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
  });
}

function outcomes(form: FormData): UploadOutcome[] {
  return form
    .getAll(FILES_FIELD)
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .flatMap((v) => {
      try {
        return [JSON.parse(v) as UploadOutcome];
      } catch {
        return [];
      }
    });
}

/**
 * The files posted with the form (read by readForm) added to those uploaded before; a file the API
 * refused becomes an error on the upload field, naming the file.
 */
export function takeUploads(
  form: FormData,
  attachments: UploadedFile[],
): { attachments: UploadedFile[]; errors: FormError[] } {
  const errors: FormError[] = [];
  let list = attachments;
  for (const outcome of outcomes(form)) {
    if (outcome.ok && outcome.file) list = [...list, outcome.file];
    else
      errors.push({
        field: FILES_FIELD,
        code: 'UPLOAD_FAILED',
        message: `${outcome.fileName}: ${outcome.message ?? ''}`,
      });
  }
  return { attachments: list, errors };
}

/** The uploaded files a form carries in its hidden field (ATTACHMENTS_FIELD); none when it is not ours. */
export function readAttachments(form: FormData): UploadedFile[] {
  const parsed = fields.json(attachmentsSchema).safeParse(form.get(ATTACHMENTS_FIELD) ?? '');
  return (parsed.success && parsed.data) || [];
}

/** The API's errors about the attachments (`attachmentIds…`) belong to the upload field. */
export function onFilesField(error: FormError): FormError {
  const name = fieldName(error.field);
  return name && isAttachmentsField(name) ? { ...error, field: FILES_FIELD } : error;
}
