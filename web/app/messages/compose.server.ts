// The action of the message forms (Beantwoorden, Stuur nieuw bericht). Reads the multipart form, passing
// files chosen without JavaScript straight on to the API's /uploads as they stream in (never buffered
// whole); then either applies a Contactdetails button (without JavaScript every button posts) and
// answers with the new state, or sends: the contact changes go with the message, the API's errors come
// back on the fields they concern, personal data asks for an acknowledgement, and a sent message leads
// to its thread with the confirmation naming who received it.
import { type AppLoadContext, data, redirect, unstable_parseMultipartFormData } from '@remix-run/node';
import { z } from 'zod';
import { text } from '../forms/form-data.server';
import type { FormError } from '../forms/form-result';
import {
  MessagesDraftContactsQuery,
  MessagesReplyMutation,
  MessagesSendMutation,
} from '../graphql/messages.server';
import { languageTag } from '../i18n/language';
import { i18nFor } from '../i18n/messages.server';
import type { RequestScope } from '../session.server';
import {
  type ComposeResult,
  type ComposeState,
  type ContactSource,
  initialState,
  parseIntent,
  placeErrors,
  plannedChanges,
  readContactFields,
  reduce,
  type UploadedFile,
  withDraftContacts,
} from './compose-state';
import { UUID } from './list-params';

type Scope = RequestScope & { token: string };

export type ComposeTarget =
  | { kind: 'reply'; form: 'reply'; referenceNumber: string; contacts: readonly ContactSource[] }
  | { kind: 'new'; form: 'new'; contacts: readonly ContactSource[] };

const TEXT_PART_MAX = 512 * 1024;

const contactValues = { firstName: z.string(), lastName: z.string(), email: z.string(), phone: z.string() };
const stateSchema = z.object({
  contacts: z
    .array(
      z.object({
        key: z.string().max(80),
        id: z.string().max(80).nullable(),
        standard: z.boolean(),
        confirmed: z.boolean(),
        removed: z.boolean(),
        original: z.object(contactValues).nullable(),
        ...contactValues,
      }),
    )
    .max(100),
  editing: z.array(z.string().max(80)).max(100),
  attachments: z
    .array(z.object({ id: z.string().max(80), fileName: z.string().max(300), sizeBytes: z.number() }))
    .max(50),
  seq: z.number().int().min(1),
});

/** The state posted with the form; the starting state when it is missing or not ours. */
function readState(form: FormData, target: ComposeTarget): ComposeState {
  const raw = text(form, 'state');
  if (raw) {
    try {
      const parsed = stateSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through
    }
  }
  return initialState(target.contacts);
}

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
async function readForm(request: Request, scope: Scope, context: AppLoadContext): Promise<FormData> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) return request.formData();
  return unstable_parseMultipartFormData(request, async ({ name, filename, data: content }) => {
    if (typeof filename === 'string') {
      if (name !== 'files' || filename === '') {
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

function uploads(form: FormData): UploadOutcome[] {
  return form
    .getAll('files')
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .flatMap((v) => {
      try {
        return [JSON.parse(v) as UploadOutcome];
      } catch {
        return [];
      }
    });
}

const VALUE_FIELDS = ['clientKey', 'title', 'body', 'themeId', 'teamId', 'handlerId'] as const;

function failure(
  target: ComposeTarget,
  values: Record<string, string>,
  state: ComposeState,
  errors: FormError[] = [],
  extra: Partial<ComposeResult> = {},
): ComposeResult {
  return { form: target.form, ok: false, errors, values, state, privacyWarnings: [], ...extra };
}

export async function composeAction(
  scope: Scope,
  context: AppLoadContext,
  request: Request,
  target: ComposeTarget,
) {
  const form = await readForm(request, scope, context);
  // Browsers post a text area's line breaks as CR LF: the message keeps plain LF.
  const values = Object.fromEntries(
    VALUE_FIELDS.map((name) => [name, text(form, name).replace(/\r\n?/g, '\n')]),
  );
  let state = readContactFields(readState(form, target), (name) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : null;
  });
  const uploadErrors: FormError[] = [];
  for (const outcome of uploads(form)) {
    if (outcome.ok && outcome.file) state = { ...state, attachments: [...state.attachments, outcome.file] };
    else
      uploadErrors.push({
        field: 'files',
        code: 'UPLOAD_FAILED',
        message: `${outcome.fileName}: ${outcome.message ?? ''}`,
      });
  }
  const intent = text(form, 'intent');

  if (intent === 'choose-theme' && target.kind === 'new') {
    const themeId = values.themeId ?? '';
    const contacts = themeId
      ? (await scope.api(MessagesDraftContactsQuery, { themeId })).draftThreadContacts
      : [];
    return data(failure(target, values, withDraftContacts(state, contacts), uploadErrors, { themeId }));
  }

  if (intent !== 'send' && intent !== 'send-acknowledged') {
    const button = parseIntent(intent);
    if (!button) throw new Response('Unknown form button', { status: 400 });
    return data(failure(target, values, reduce(state, button, target.form), uploadErrors));
  }

  // Files refused on the way: say so before anything is sent.
  if (uploadErrors.length > 0) return data(failure(target, values, state, uploadErrors));

  const planned = plannedChanges(state);
  const common = {
    clientKey: values.clientKey || crypto.randomUUID(),
    body: values.body ?? '',
    attachmentIds: state.attachments.map((a) => a.id),
    contacts: planned.changes,
    acknowledgePrivacyWarning: intent === 'send-acknowledged',
  };
  const payload =
    target.kind === 'reply'
      ? (
          await scope.api(MessagesReplyMutation, {
            input: { ...common, referenceNumber: target.referenceNumber },
          })
        ).replyToThread
      : (
          await scope.api(MessagesSendMutation, {
            input: {
              ...common,
              themeId: values.themeId ?? '',
              title: values.title ?? '',
              teamId: UUID.test(values.teamId ?? '') ? values.teamId : null,
              handlerId: UUID.test(values.handlerId ?? '') ? values.handlerId : null,
            },
          })
        ).sendMessage;

  if (payload.message) {
    const { referenceNumber, id } = payload.message;
    return redirect(`/messages/${encodeURIComponent(referenceNumber)}?sent=${encodeURIComponent(id)}`);
  }
  const placed = placeErrors(payload.errors, planned, state);
  return data(
    failure(target, { ...values, clientKey: common.clientKey }, placed.state, placed.errors, {
      privacyWarnings: payload.privacyWarnings,
    }),
  );
}
