// 'Hulp nodig?' → 'Technische helpdesk': the question becomes a ticket (channel WIDGET) with the chosen
// category and support type; its first line is the subject. Posted to the start page's action from any
// page that has the widget. The answer names the new ticket's number (the widget links to it); refused
// input and the privacy guard's question bring the form back with what was typed.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { accepted, fields, parseForm, rejected } from '../forms/form.server';
import { TicketsCreateMutation, TicketsOptionsQuery } from '../graphql/tickets.server';
import { i18nFor } from '../i18n/messages.server';
import type { MessageKey } from '../i18n/nl';
import type { RequestScope, Viewer } from '../session.server';
import { acknowledged } from './new-ticket.server';
import { SUBJECT_MAX } from './ticket-fields';

export const HELP_FORM = 'helpdesk';
const SUBJECT_FROM_QUESTION = 100;

const chosen = () =>
  z
    .string()
    .trim()
    .min(1, 'form.error.choice' satisfies MessageKey);

const shape = {
  categoryId: chosen(),
  supportTypeId: chosen(),
  question: fields.required(),
  clientKey: fields.text(),
};

/** The question's first line, shortened: the ticket's subject. */
function subjectOf(question: string): string {
  const line = question.trim().split('\n')[0]?.trim() ?? '';
  const max = Math.min(SUBJECT_FROM_QUESTION, SUBJECT_MAX);
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

export interface TicketOptions {
  categories: Array<{ id: string; name: string }>;
  supportTypes: Array<{ id: string; name: string }>;
  /** A new one per page view: a double submit of the widget is one ticket. */
  clientKey: string;
}

export async function loadTicketOptions(scope: RequestScope): Promise<TicketOptions> {
  const options = await scope.api(TicketsOptionsQuery);
  return {
    categories: options.ticketCategories,
    supportTypes: options.ticketSupportTypes,
    clientKey: randomUUID(),
  };
}

export async function helpTicketAction(scope: RequestScope & { viewer: Viewer }, formData: FormData) {
  const { t } = i18nFor(scope.language);
  const form = parseForm(formData, shape, { t });
  const values = { ...form.values, question: (form.values.question ?? '').replace(/\r\n?/g, '\n') };
  if (!form.ok) return rejected(HELP_FORM, form.errors, values);
  const { createTicket } = await scope.api(TicketsCreateMutation, {
    input: {
      channel: 'WIDGET',
      subject: subjectOf(values.question),
      description: values.question.trim(),
      categoryId: form.data.categoryId,
      supportTypeId: form.data.supportTypeId,
      clientKey: form.data.clientKey || randomUUID(),
      acknowledgePrivacyWarning: acknowledged(formData),
    },
  });
  if (!createTicket.ticket) {
    // The API's words for the subject are about the question it was taken from.
    const errors = createTicket.errors.map((e) =>
      e.field === 'input.subject' || e.field === 'input.description' ? { ...e, field: 'question' } : e,
    );
    return rejected(HELP_FORM, errors, values, { privacyWarnings: createTicket.privacyWarnings });
  }
  const { number } = createTicket.ticket;
  return accepted(HELP_FORM, t('tickets.help.sent', { number, email: scope.viewer.email }), {
    ticketNumber: number,
  });
}
