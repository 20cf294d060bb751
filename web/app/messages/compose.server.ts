// The action of the message forms (Beantwoorden, Stuur nieuw bericht). Reads the multipart form, passing
// files chosen without JavaScript straight on to the API's /uploads as they stream in (never buffered
// whole: ../attachments/uploads.server.ts); then either applies a Contactdetails button (without
// JavaScript every button posts) and answers with the new state, or sends: the contact changes go with the message, the API's errors come
// back on the fields they concern, personal data asks for an acknowledgement, and a sent message leads
// to its thread with the confirmation naming who received it.
import { type AppLoadContext, data, redirect } from '@remix-run/node';
import { z } from 'zod';
import { attachmentsSchema, readForm, takeUploads } from '../attachments/uploads.server';
import { text } from '../forms/form-data.server';
import type { FormError } from '../forms/form-result';
import {
  MessagesDraftContactsQuery,
  MessagesReplyMutation,
  MessagesSendMutation,
} from '../graphql/messages.server';
import { UUID } from '../query-params';
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
  withDraftContacts,
} from './compose-state';

type Scope = RequestScope & { token: string };

export type ComposeTarget =
  | { kind: 'reply'; form: 'reply'; referenceNumber: string; contacts: readonly ContactSource[] }
  | { kind: 'new'; form: 'new'; contacts: readonly ContactSource[] };

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
  attachments: attachmentsSchema,
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
  const uploaded = takeUploads(form, state.attachments);
  state = { ...state, attachments: uploaded.attachments };
  const uploadErrors = uploaded.errors;
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
