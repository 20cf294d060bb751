// The staff ticket page's forms, each answering for itself (its hidden `form` field): a reply or an
// internal note (with files, as the staff reply form), the status (Uitgesteld with a date, Opgelost with
// a solution), the queue, the assignee, category / type / priority / planned version / expected date, labels,
// participants, and a merge in two steps (the other ticket by number, then a confirmation). Every form
// is read with parseForm; the API's field errors come back through `rejected` (400, input kept).
import { redirect } from '@remix-run/node';
import { onFilesField } from '../attachments/uploads.server';
import { accepted, fields, parseForm, rejected } from '../forms/form.server';
import { text } from '../forms/form-data.server';
import type { FormError } from '../forms/form-result';
import {
  StaffTicketAssignMutation,
  StaffTicketDetailsMutation,
  StaffTicketLabelsMutation,
  StaffTicketMergeMutation,
  StaffTicketNoteMutation,
  StaffTicketParticipantMutation,
  StaffTicketQueueMutation,
  StaffTicketReplyMutation,
  StaffTicketStatusMutation,
  StaffTicketTargetQuery,
} from '../graphql/staff-tickets.server';
import type { I18n } from '../i18n/i18n';
import { i18nFor } from '../i18n/messages.server';
import { dayParam } from '../query-params';
import { readDraft } from '../staff/draft.server';
import type { StaffScope } from '../staff/staff.server';
import { PRIORITIES, STATUSES, ticketPath } from './ticket-values';

/** The ticket as the page shows it: what the actions need to word their answers. */
export interface TicketContext {
  id: string;
  number: string;
  queues: Array<{ id: string; name: string }>;
  people: Array<{ id: string; name: string }>;
}

type Api = StaffScope['api'];

/** The API's answer to a ticket mutation: its field errors, or the form accepted with `notice`. */
function answered(
  form: string,
  payload: { errors: FormError[] },
  values: Record<string, string>,
  notice: string,
) {
  return payload.errors.length > 0 ? rejected(form, payload.errors, values) : accepted(form, notice);
}

async function compose(api: Api, i18n: I18n, ticket: TicketContext, formData: FormData) {
  const draft = readDraft(formData, text(formData, 'intent'));
  const form = parseForm(formData, { kind: fields.choice(['reply', 'note']), body: fields.required() }, i18n);
  const extra = { attachments: draft.attachments };
  if (draft.held) return rejected('compose', draft.held, form.values, extra);
  if (!form.ok) return rejected('compose', form.errors, form.values, extra);
  const input = {
    ticketId: ticket.id,
    body: form.data.body,
    clientKey: text(formData, 'clientKey'),
    attachmentIds: draft.attachments.map((file) => file.id),
  };
  const payload =
    form.data.kind === 'note'
      ? (await api(StaffTicketNoteMutation, { input })).addTicketNote
      : (await api(StaffTicketReplyMutation, { input })).replyToTicket;
  if (payload.errors.length > 0)
    return rejected('compose', payload.errors.map(onFilesField), form.values, extra);
  return accepted(
    'compose',
    i18n.t(form.data.kind === 'note' ? 'staffTickets.compose.sent.note' : 'staffTickets.compose.sent.reply'),
  );
}

async function status(api: Api, i18n: I18n, ticket: TicketContext, formData: FormData) {
  const form = parseForm(
    formData,
    { status: fields.choice(STATUSES), postponedUntil: fields.text(), solution: fields.optional() },
    i18n,
  );
  if (!form.ok) return rejected('status', form.errors, form.values);
  const { data } = form;
  const postponedUntil = data.status === 'POSTPONED' ? dayParam(data.postponedUntil) || null : null;
  if (data.status === 'POSTPONED' && data.postponedUntil && !postponedUntil)
    return rejected(
      'status',
      [{ field: 'postponedUntil', code: 'INVALID', message: i18n.t('form.error.invalid') }],
      form.values,
    );
  const { setTicketStatus } = await api(StaffTicketStatusMutation, {
    input: {
      ticketId: ticket.id,
      status: data.status,
      postponedUntil,
      solution: data.status === 'RESOLVED' ? data.solution : null,
    },
  });
  return answered(
    'status',
    setTicketStatus,
    form.values,
    i18n.t('staffTickets.statusForm.saved', { status: i18n.t(`tickets.status.${data.status}`) }),
  );
}

async function queue(api: Api, i18n: I18n, ticket: TicketContext, formData: FormData) {
  const form = parseForm(formData, { queueId: fields.required() }, i18n);
  if (!form.ok) return rejected('queue', form.errors, form.values);
  const { moveTicketQueue } = await api(StaffTicketQueueMutation, {
    ticketId: ticket.id,
    queueId: form.data.queueId,
  });
  const name = ticket.queues.find((q) => q.id === form.data.queueId)?.name ?? '';
  return answered(
    'queue',
    moveTicketQueue,
    form.values,
    i18n.t('staffTickets.queueForm.saved', { queue: name }),
  );
}

async function assign(api: Api, i18n: I18n, ticket: TicketContext, formData: FormData, viewerId: string) {
  const form = parseForm(formData, { assigneeId: fields.optional(), self: fields.checkbox() }, i18n);
  if (!form.ok) return rejected('assign', form.errors, form.values);
  const assigneeId = form.data.self ? viewerId : form.data.assigneeId;
  const { assignTicket } = await api(StaffTicketAssignMutation, { ticketId: ticket.id, assigneeId });
  const name = ticket.people.find((p) => p.id === assigneeId)?.name;
  return answered(
    'assign',
    assignTicket,
    form.values,
    assigneeId
      ? i18n.t('staffTickets.assignForm.saved', { name: name ?? '' })
      : i18n.t('staffTickets.assignForm.cleared'),
  );
}

async function details(api: Api, i18n: I18n, ticket: TicketContext, formData: FormData) {
  const form = parseForm(
    formData,
    {
      categoryId: fields.required(),
      supportTypeId: fields.required(),
      priority: fields.choice(PRIORITIES),
      plannedVersion: fields.text(),
      expectedResolutionOn: fields.text(),
    },
    i18n,
  );
  if (!form.ok) return rejected('details', form.errors, form.values);
  const expected = dayParam(form.data.expectedResolutionOn);
  if (form.data.expectedResolutionOn && !expected)
    return rejected(
      'details',
      [{ field: 'expectedResolutionOn', code: 'INVALID', message: i18n.t('form.error.invalid') }],
      form.values,
    );
  const { updateTicketDetails } = await api(StaffTicketDetailsMutation, {
    input: {
      ticketId: ticket.id,
      categoryId: form.data.categoryId,
      supportTypeId: form.data.supportTypeId,
      priority: form.data.priority,
      plannedVersion: form.data.plannedVersion,
      expectedResolutionOn: expected || null,
    },
  });
  return answered('details', updateTicketDetails, form.values, i18n.t('staffTickets.detailsForm.saved'));
}

async function labels(api: Api, i18n: I18n, ticket: TicketContext, formData: FormData) {
  const form = parseForm(formData, { labelIds: fields.list() }, i18n);
  if (!form.ok) return rejected('labels', form.errors, form.values);
  const { setTicketLabels } = await api(StaffTicketLabelsMutation, {
    ticketId: ticket.id,
    labelIds: form.data.labelIds,
  });
  return answered('labels', setTicketLabels, form.values, i18n.t('staffTickets.labelsForm.saved'));
}

async function participant(api: Api, i18n: I18n, ticket: TicketContext, formData: FormData) {
  const form = parseForm(formData, { userId: fields.required() }, i18n);
  if (!form.ok) return rejected('participant', form.errors, form.values);
  const { addTicketParticipant } = await api(StaffTicketParticipantMutation, {
    ticketId: ticket.id,
    userId: form.data.userId,
  });
  const name = ticket.people.find((p) => p.id === form.data.userId)?.name ?? '';
  return answered(
    'participant',
    addTicketParticipant,
    form.values,
    i18n.t('staffTickets.participants.saved', { name }),
  );
}

/** Step one of a merge: the other ticket by number, shown back for confirmation. */
async function mergeCheck(api: Api, i18n: I18n, ticket: TicketContext, formData: FormData) {
  const form = parseForm(formData, { number: fields.required() }, i18n);
  if (!form.ok) return rejected('merge', form.errors, form.values);
  const notFound = () =>
    rejected(
      'merge',
      [{ field: 'number', code: 'NOT_FOUND', message: i18n.t('staffTickets.merge.notFound') }],
      form.values,
    );
  try {
    const { ticket: target } = await api(StaffTicketTargetQuery, { number: form.data.number.toUpperCase() });
    if (target.id === ticket.id)
      return rejected(
        'merge',
        [{ field: 'number', code: 'TICKET_MERGE_SAME', message: i18n.t('staffTickets.merge.notFound') }],
        form.values,
      );
    return accepted('merge', undefined, { target });
  } catch (error) {
    if (error instanceof Response && error.status === 404) return notFound();
    throw error;
  }
}

/** Step two: merge; the page of the ticket it went into says so. */
async function mergeConfirm(api: Api, i18n: I18n, ticket: TicketContext, formData: FormData) {
  const form = parseForm(formData, { intoTicketId: fields.required(), number: fields.text() }, i18n);
  if (!form.ok) return rejected('merge', form.errors, form.values);
  const { mergeTicket } = await api(StaffTicketMergeMutation, {
    ticketId: ticket.id,
    intoTicketId: form.data.intoTicketId,
  });
  const errors = mergeTicket.errors.map((e) =>
    e.field === 'intoTicketId' || e.field === 'input.intoTicketId' ? { ...e, field: 'number' } : e,
  );
  if (errors.length > 0 || !mergeTicket.ticket) return rejected('merge', errors, form.values);
  return redirect(`${ticketPath(mergeTicket.ticket.number)}?merged=${encodeURIComponent(ticket.number)}`);
}

export async function ticketAction(scope: StaffScope, ticket: TicketContext, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const api: Api = scope.api;
  switch (text(formData, 'form')) {
    case 'compose':
      return compose(api, i18n, ticket, formData);
    case 'status':
      return status(api, i18n, ticket, formData);
    case 'queue':
      return queue(api, i18n, ticket, formData);
    case 'assign':
      return assign(api, i18n, ticket, formData, scope.viewer.id);
    case 'details':
      return details(api, i18n, ticket, formData);
    case 'labels':
      return labels(api, i18n, ticket, formData);
    case 'participant':
      return participant(api, i18n, ticket, formData);
    case 'merge':
      return mergeCheck(api, i18n, ticket, formData);
    case 'merge-confirm':
      return mergeConfirm(api, i18n, ticket, formData);
    default:
      throw new Response('Unknown form', { status: 400 });
  }
}
