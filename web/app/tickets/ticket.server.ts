// The actions of a ticket's page, each answering for its own form (hidden `form` field): a reply with
// files ('Beantwoorden'), asking to close it with a reason ('000': 'geef in een comment aan dat je de
// melding wilt sluiten'), and the notifications switch ('Geen meldingen meer'). A refused form comes
// back (400) with what was typed and the files uploaded; the API's field errors land on their fields.

import type { AppLoadContext } from '@remix-run/node';
import { onFilesField, readForm } from '../attachments/uploads.server';
import { accepted, fields, parseForm, rejected } from '../forms/form.server';
import { text } from '../forms/form-data.server';
import {
  TicketsNotificationsMutation,
  TicketsReplyMutation,
  TicketsRequestCloseMutation,
} from '../graphql/tickets.server';
import { i18nFor } from '../i18n/messages.server';
import type { RequestScope } from '../session.server';
import { readDraft } from '../staff/draft.server';

type Scope = RequestScope & { token: string };

const textShape = { body: fields.required(), clientKey: fields.text() };

async function reply(scope: Scope, ticketId: string, formData: FormData, form: 'reply' | 'close') {
  const i18n = i18nFor(scope.language);
  const draft =
    form === 'reply' ? readDraft(formData, text(formData, 'intent')) : { attachments: [], held: null };
  const parsed = parseForm(formData, textShape, i18n);
  const values = { ...parsed.values, body: (parsed.values.body ?? '').replace(/\r\n?/g, '\n') };
  const kept = { attachments: draft.attachments };
  if (draft.held) return rejected(form, draft.held, values, kept);
  if (!parsed.ok) return rejected(form, parsed.errors, values, kept);
  const input = {
    ticketId,
    body: values.body.trim(),
    clientKey: parsed.data.clientKey || crypto.randomUUID(),
    attachmentIds: draft.attachments.map((file) => file.id),
  };
  const payload =
    form === 'reply'
      ? (await scope.api(TicketsReplyMutation, { input })).replyToTicket
      : (await scope.api(TicketsRequestCloseMutation, { input })).requestTicketClose;
  if (payload.errors.length > 0) return rejected(form, payload.errors.map(onFilesField), values, kept);
  return accepted(form, i18n.t(form === 'reply' ? 'tickets.reply.sent' : 'tickets.close.sent'));
}

async function notifications(scope: Scope, ticketId: string, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const notify = formData.get('notify') === 'on';
  const { setTicketNotifications } = await scope.api(TicketsNotificationsMutation, { ticketId, notify });
  if (setTicketNotifications.errors.length > 0) return rejected('notify', setTicketNotifications.errors, {});
  return accepted('notify', i18n.t(notify ? 'tickets.notify.started' : 'tickets.notify.stopped'));
}

export async function ticketAction(
  scope: Scope,
  context: AppLoadContext,
  request: Request,
  ticketId: string,
) {
  const formData = await readForm(request, scope, context);
  const form = formData.get('form');
  switch (form) {
    case 'reply':
    case 'close':
      return reply(scope, ticketId, formData, form);
    case 'notify':
      return notifications(scope, ticketId, formData);
    default:
      throw new Response('Unknown form', { status: 400 });
  }
}
