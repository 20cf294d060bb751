// The action of the message forms (Beantwoorden, Stuur nieuw bericht). Reads the multipart form, passing
// files chosen without JavaScript straight on to the API's /uploads as they stream in (never buffered
// whole: ../attachments/uploads.server.ts); then either applies a Contactdetails button (without
// JavaScript every button posts) and answers with the new state, or sends: the contact changes go with the message, the API's errors come
// back on the fields they concern, personal data asks for an acknowledgement, and a sent message leads
// to its thread with the confirmation naming who received it.
import { type AppLoadContext, data } from '@remix-run/node';
import { z } from 'zod';
import { attachmentsSchema, readForm, takeUploads } from '../attachments/uploads.server';
import { ACKNOWLEDGE_INTENT } from '../components/privacy-dialog';
import { flashRedirect } from '../flash.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import type { FormError } from '../forms/form-result';
import {
  MessagesDraftContactsQuery,
  MessagesReplyMutation,
  MessagesSendMutation,
} from '../graphql/messages.server';
import { i18nFor } from '../i18n/messages.server';
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

const COMPOSE_FIELDS = {
  /** The button pressed: send, or one of the state's (contacts, files) without JavaScript. */
  intent: fields.text(),
  state: fields.json(stateSchema),
  clientKey: fields.text(),
  title: fields.text(),
  body: fields.body(),
  themeId: fields.text(),
  teamId: fields.text(),
  handlerId: fields.text(),
};

/**
 * The form again with its state: 200 after a button that only changed the state, 400 when something
 * stood in the way (an upload refused, the API's errors, personal data to acknowledge).
 */
function again(
  target: ComposeTarget,
  values: Record<string, string>,
  state: ComposeState,
  errors: FormError[] = [],
  extra: Partial<ComposeResult> = {},
) {
  const result = { state, privacyWarnings: [], ...extra };
  if (errors.length > 0 || result.privacyWarnings.length > 0)
    return rejected(target.form, errors, values, result);
  const shown: ComposeResult = { form: target.form, ok: false, errors, values, ...result };
  return data(shown);
}

export async function composeAction(
  scope: Scope,
  context: AppLoadContext,
  request: Request,
  target: ComposeTarget,
) {
  const form = await readForm(request, scope, context);
  const parsed = parseForm(form, COMPOSE_FIELDS, i18nFor(scope.language));
  // Every field is free text, so the schema cannot refuse the form; only a hand-made request fails it.
  if (!parsed.ok) throw new Response('Malformed form', { status: 400 });
  const { intent, state: posted, ...values } = parsed.data;
  // The contacts' inputs are named after the keys in the posted state (`contact-<key>-<field>`): no
  // schema can name them in advance, so the state machine reads them itself.
  let state = readContactFields(posted ?? initialState(target.contacts), (name) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : null;
  });
  const uploaded = takeUploads(form, state.attachments);
  state = { ...state, attachments: uploaded.attachments };
  const uploadErrors = uploaded.errors;

  if (intent === 'choose-theme' && target.kind === 'new') {
    const { themeId } = values;
    const contacts = themeId
      ? (await scope.api(MessagesDraftContactsQuery, { themeId })).draftThreadContacts
      : [];
    return again(target, values, withDraftContacts(state, contacts), uploadErrors, { themeId });
  }

  if (intent !== 'send' && intent !== ACKNOWLEDGE_INTENT) {
    const button = parseIntent(intent);
    if (!button) throw new Response('Unknown form button', { status: 400 });
    return again(target, values, reduce(state, button, target.form), uploadErrors);
  }

  // Files refused on the way: say so before anything is sent.
  if (uploadErrors.length > 0) return again(target, values, state, uploadErrors);

  const planned = plannedChanges(state);
  const common = {
    clientKey: values.clientKey || crypto.randomUUID(),
    body: values.body,
    attachmentIds: state.attachments.map((a) => a.id),
    contacts: planned.changes,
    acknowledgePrivacyWarning: intent === ACKNOWLEDGE_INTENT,
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
              themeId: values.themeId,
              title: values.title,
              teamId: UUID.test(values.teamId) ? values.teamId : null,
              handlerId: UUID.test(values.handlerId) ? values.handlerId : null,
            },
          })
        ).sendMessage;

  if (payload.message) {
    const { referenceNumber, id } = payload.message;
    return flashRedirect(context, `/messages/${encodeURIComponent(referenceNumber)}`, {
      notice: 'message.sent',
      messageId: id,
    });
  }
  const placed = placeErrors(payload.errors, planned, state);
  return again(target, { ...values, clientKey: common.clientKey }, placed.state, placed.errors, {
    privacyWarnings: payload.privacyWarnings,
  });
}
