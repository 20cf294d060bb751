// The chat pages' forms, each answering for itself (hidden `form` field): start (customer), a message and
// the end (either side), take and availability (agents). A refused form comes back (400) with what was
// typed; the API's errors land on their fields. A chat that ended meanwhile answers as a refusal too.
import { randomUUID } from 'node:crypto';
import { accepted, fields, intentOf, parseForm, rejected } from '../forms/form.server';
import {
  EndChatMutation,
  SendChatMessageMutation,
  SetChatAgentAvailableMutation,
  StartChatMutation,
  TakeChatMutation,
} from '../graphql/chat.server';
import { i18nFor } from '../i18n/messages.server';
import { idParam } from '../query-params';
import type { RequestScope } from '../session.server';

type Scope = RequestScope & { token: string };

/** Must match the API's CHAT_MESSAGE_MAX (the API refuses longer ones before the service sees them). */
const MESSAGE_MAX = 4000;

const CUSTOMER_FORMS = ['start', 'send', 'end'] as const;
const STAFF_FORMS = ['send', 'end', 'take', 'availability'] as const;

/** A message as typed: required, at most MESSAGE_MAX characters. */
const message = () =>
  fields
    .body()
    .refine((value) => value.trim() !== '', 'form.error.required')
    .refine((value) => value.length <= MESSAGE_MAX, 'form.error.chatTooLong');

const startShape = { question: message(), clientKey: fields.text() };
const sendShape = { body: message(), clientKey: fields.text(), chatId: fields.text() };

async function start(scope: Scope, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const parsed = parseForm(formData, startShape, i18n);
  if (!parsed.ok) return rejected('start', parsed.errors, parsed.values);
  const input = { question: parsed.data.question, clientKey: parsed.data.clientKey || randomUUID() };
  const { startChat } = await scope.api(StartChatMutation, { input });
  if (startChat.errors.length > 0) return rejected('start', startChat.errors, parsed.values);
  return accepted('start');
}

async function send(scope: Scope, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const parsed = parseForm(formData, sendShape, i18n);
  if (!parsed.ok) return rejected('send', parsed.errors, parsed.values);
  const input = {
    chatId: idParam(parsed.data.chatId),
    body: parsed.data.body,
    clientKey: parsed.data.clientKey || randomUUID(),
  };
  if (!input.chatId) throw new Response('Unknown chat', { status: 400 });
  const { sendChatMessage } = await scope.api(SendChatMessageMutation, { input });
  if (sendChatMessage.errors.length > 0) return rejected('send', sendChatMessage.errors, parsed.values);
  return accepted('send', undefined, { chatId: input.chatId });
}

async function end(scope: Scope, formData: FormData, staff: boolean) {
  const i18n = i18nFor(scope.language);
  const parsed = parseForm(
    formData,
    { chatId: fields.text(), outcome: fields.text(), solution: fields.body() },
    i18n,
  );
  if (!parsed.ok) return rejected('end', parsed.errors, parsed.values);
  const chatId = idParam(parsed.data.chatId);
  if (!chatId) throw new Response('Unknown chat', { status: 400 });
  const solved = staff && parsed.data.outcome === 'solved';
  if (solved && parsed.data.solution.length > MESSAGE_MAX)
    return rejected(
      'end',
      [{ field: 'solution', code: 'CHAT_TOO_LONG', message: i18n.t('form.error.chatTooLong') }],
      parsed.values,
    );
  const { endChat } = await scope.api(EndChatMutation, {
    input: { chatId, solved, solution: solved ? parsed.data.solution : null },
  });
  if (endChat.errors.length > 0) return rejected('end', endChat.errors, parsed.values);
  const number = endChat.chat?.ticketNumber ?? '';
  return accepted('end', i18n.t(solved ? 'chat.ended.solved' : 'chat.ended.ticket', { number }), {
    number,
    chatId,
  });
}

async function take(scope: Scope, formData: FormData) {
  const chatId = idParam(String(formData.get('chatId') ?? ''));
  if (!chatId) throw new Response('Unknown chat', { status: 400 });
  const { takeChat } = await scope.api(TakeChatMutation, { chatId });
  if (takeChat.errors.length > 0) return rejected('take', takeChat.errors, {});
  return accepted('take');
}

async function availability(scope: Scope, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const available = formData.get('available') === 'true';
  await scope.api(SetChatAgentAvailableMutation, { available });
  return accepted('availability', i18n.t(available ? 'chat.staff.nowAvailable' : 'chat.staff.nowAway'));
}

export async function customerChatAction(scope: Scope, formData: FormData) {
  const form = intentOf(formData, CUSTOMER_FORMS, 'form');
  if (form === 'start') return start(scope, formData);
  if (form === 'send') return send(scope, formData);
  return end(scope, formData, false);
}

export async function staffChatAction(scope: Scope, formData: FormData) {
  const form = intentOf(formData, STAFF_FORMS, 'form');
  if (form === 'send') return send(scope, formData);
  if (form === 'end') return end(scope, formData, true);
  if (form === 'take') return take(scope, formData);
  return availability(scope, formData);
}
