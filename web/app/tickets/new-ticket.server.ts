// The action of 'Nieuw ticket': reads the multipart form (files chosen without JavaScript are passed on
// to the API's /uploads on the way, ../attachments/uploads.server.ts), checks the fields, and creates
// the ticket with the form's client key (a double submit is one ticket). Refused input, files refused on
// the way and the privacy guard's question bring the form back (400) with what was typed and the files
// uploaded; a created ticket opens on its page with the confirmation.

import { type AppLoadContext, redirect } from '@remix-run/node';
import { z } from 'zod';
import { onFilesField, readForm } from '../attachments/uploads.server';
import { fields, parseForm, rejected } from '../forms/form.server';
import { text } from '../forms/form-data.server';
import { TicketsCreateMutation } from '../graphql/tickets.server';
import { i18nFor } from '../i18n/messages.server';
import type { MessageKey } from '../i18n/nl';
import { recordSuggestionsShown } from '../knowledge-base/deflection.server';
import { idParam } from '../query-params';
import type { RequestScope } from '../session.server';
import { readDraft } from '../staff/draft.server';
import { NEW_TICKET_FORM, SUBJECT_MAX, ticketPath } from './ticket-fields';

type Scope = RequestScope & { token: string };

/** A select that must be chosen (category, support type). */
const chosen = () =>
  z
    .string()
    .trim()
    .min(1, 'form.error.choice' satisfies MessageKey);

const shape = {
  subject: fields.required().max(SUBJECT_MAX, 'form.error.invalid' satisfies MessageKey),
  categoryId: chosen(),
  supportTypeId: chosen(),
  description: fields.required(),
  clientKey: fields.text(),
  previousTicketId: fields.text(),
  // The knowledge base's suggestions the form showed (knowledge-base/ticket-suggestions.tsx).
  kbQuery: fields.text(),
  kbShown: fields.text(),
};

/** Whether the privacy dialog's 'Toch verzenden' was pressed. */
export const acknowledged = (form: FormData) => form.getAll('intent').includes('send-acknowledged');

export async function newTicketAction(scope: Scope, context: AppLoadContext, request: Request) {
  const formData = await readForm(request, scope, context);
  const draft = readDraft(formData, text(formData, 'intent'));
  const form = parseForm(formData, shape, i18nFor(scope.language));
  // Browsers post a text area's line breaks as CR LF: the ticket keeps plain LF.
  const values = { ...form.values, description: (form.values.description ?? '').replace(/\r\n?/g, '\n') };
  const kept = { attachments: draft.attachments };
  if (draft.held) return rejected(NEW_TICKET_FORM, draft.held, values, kept);
  if (!form.ok) return rejected(NEW_TICKET_FORM, form.errors, values, kept);

  const { createTicket } = await scope.api(TicketsCreateMutation, {
    input: {
      subject: form.data.subject,
      categoryId: form.data.categoryId,
      supportTypeId: form.data.supportTypeId,
      description: values.description.trim(),
      clientKey: form.data.clientKey || crypto.randomUUID(),
      attachmentIds: draft.attachments.map((file) => file.id),
      previousTicketId: idParam(form.data.previousTicketId) || null,
      acknowledgePrivacyWarning: acknowledged(formData),
    },
  });
  if (createTicket.ticket) {
    await recordSuggestionsShown(scope, createTicket.ticket.id, form.data.kbQuery, form.data.kbShown);
    return redirect(`${ticketPath(createTicket.ticket.number)}?created=1`);
  }
  return rejected(NEW_TICKET_FORM, createTicket.errors.map(onFilesField), values, {
    ...kept,
    privacyWarnings: createTicket.privacyWarnings,
  });
}
