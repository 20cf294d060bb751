// The thread page's actions: assign the thread to a handler of its team, and reply in it (with
// attachments, uploaded at once with JavaScript or posted with the form without). Each answers for its
// own form (its hidden `form` field); the API's refusal of an AGENT outside the thread's team is
// explained in words.
import { onFilesField } from '../attachments/uploads.server';
import { ACKNOWLEDGE_INTENT } from '../components/privacy-dialog';
import { accepted, fields, intentOf, parseForm, rejected } from '../forms/form.server';
import { AssignThreadMutation, StaffReplyMutation, StaffThreadQuery } from '../graphql/staff.server';
import { i18nFor } from '../i18n/messages.server';
import { fullName } from '../messages/format';
import { idParam } from '../query-params';
import { readDraft, SEND_FIELDS, unsent } from './draft.server';
import { formError, type StaffScope, unlessForbidden } from './staff.server';

async function teamName(scope: StaffScope, referenceNumber: string): Promise<string> {
  const { thread } = await scope.api(StaffThreadQuery, { referenceNumber });
  return thread.team.name;
}

async function assign(scope: StaffScope, referenceNumber: string, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const { t } = i18n;
  // '' (nobody) or a handler's id; anything else is no id the API would know.
  const form = parseForm(formData, { handlerId: fields.text() }, i18n);
  if (!form.ok) return rejected('assign', form.errors, form.values);
  const handlerId = idParam(form.data.handlerId) || null;
  const answer = await unlessForbidden(() => scope.api(AssignThreadMutation, { referenceNumber, handlerId }));
  if (!answer.ok) {
    const team = await teamName(scope, referenceNumber);
    return rejected('assign', [formError(t('staff.assign.forbidden', { team }))], form.values);
  }
  const { assignThread } = answer.value;
  if (assignThread.errors.length > 0) return rejected('assign', assignThread.errors, form.values);
  const handler = assignThread.thread?.assignedHandler;
  return accepted(
    'assign',
    handler ? t('staff.assign.saved', { name: fullName(handler) }) : t('staff.assign.cleared'),
  );
}

async function reply(scope: StaffScope, referenceNumber: string, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const { t } = i18n;
  const form = parseForm(formData, { ...SEND_FIELDS, body: fields.body() }, i18n);
  const draft = readDraft(formData, form.ok ? form.data.intent : '');
  const values = { body: form.values.body ?? '' };
  if (!form.ok) return unsent('reply', draft, form.errors, values);
  if (draft.held) return unsent('reply', draft, draft.held, values);
  const { body, clientKey, intent } = form.data;
  const answer = await unlessForbidden(() =>
    scope.api(StaffReplyMutation, {
      input: {
        referenceNumber,
        body,
        clientKey,
        attachmentIds: draft.attachments.map((file) => file.id),
        acknowledgePrivacyWarning: intent === ACKNOWLEDGE_INTENT,
      },
    }),
  );
  if (!answer.ok) {
    const team = await teamName(scope, referenceNumber);
    return unsent('reply', draft, [formError(t('staff.reply.forbidden', { team }))], values);
  }
  const sent = answer.value.replyToThread;
  if (sent.errors.length > 0) return unsent('reply', draft, sent.errors.map(onFilesField), values);
  if (sent.privacyWarnings.length > 0) return unsent('reply', draft, [], values, sent.privacyWarnings);
  return accepted('reply', t('staff.reply.sent', { recipient: sent.recipient?.name ?? '' }));
}

export function threadAction(scope: StaffScope, referenceNumber: string, form: FormData) {
  switch (intentOf(form, ['assign', 'reply'], 'form')) {
    case 'assign':
      return assign(scope, referenceNumber, form);
    case 'reply':
      return reply(scope, referenceNumber, form);
  }
}
