// The thread page's actions: assign the thread to a handler of its team, and reply in it (with
// attachments, uploaded at once with JavaScript or posted with the form without). Each answers for its
// own form (its hidden `form` field); the API's refusal of an AGENT outside the thread's team is
// explained in words.
import { data } from '@remix-run/node';
import { onFilesField } from '../attachments/uploads.server';
import { failure, success, text } from '../forms/form-data.server';
import { AssignThreadMutation, StaffReplyMutation, StaffThreadQuery } from '../graphql/staff.server';
import { i18nFor } from '../i18n/messages.server';
import { fullName } from '../messages/format';
import { idParam } from '../query-params';
import { readDraft, unsent } from './draft.server';
import type { SendResult } from './send-result';
import { formError, type StaffScope, unlessForbidden } from './staff.server';

async function teamName(scope: StaffScope, referenceNumber: string): Promise<string> {
  const { thread } = await scope.api(StaffThreadQuery, { referenceNumber });
  return thread.team.name;
}

async function assign(scope: StaffScope, referenceNumber: string, form: FormData): Promise<SendResult> {
  const { t } = i18nFor(scope.language);
  const raw = text(form, 'handlerId');
  const handlerId = idParam(raw) || null;
  const values = { handlerId: raw };
  const answer = await unlessForbidden(() => scope.api(AssignThreadMutation, { referenceNumber, handlerId }));
  if (!answer.ok) {
    const team = await teamName(scope, referenceNumber);
    return failure('assign', [formError(t('staff.assign.forbidden', { team }))], values);
  }
  const { assignThread } = answer.value;
  if (assignThread.errors.length > 0) return failure('assign', assignThread.errors, values);
  const handler = assignThread.thread?.assignedHandler;
  return success(
    'assign',
    handler ? t('staff.assign.saved', { name: fullName(handler) }) : t('staff.assign.cleared'),
  );
}

async function reply(scope: StaffScope, referenceNumber: string, form: FormData): Promise<SendResult> {
  const { t } = i18nFor(scope.language);
  const values = { body: text(form, 'body') };
  const draft = readDraft(form);
  if (draft.held) return unsent('reply', draft, draft.held, values);
  const answer = await unlessForbidden(() =>
    scope.api(StaffReplyMutation, {
      input: {
        referenceNumber,
        body: values.body,
        clientKey: text(form, 'clientKey'),
        attachmentIds: draft.attachments.map((file) => file.id),
        acknowledgePrivacyWarning: text(form, 'acknowledgePrivacyWarning') === '1',
      },
    }),
  );
  if (!answer.ok) {
    const team = await teamName(scope, referenceNumber);
    return unsent('reply', draft, [formError(t('staff.reply.forbidden', { team }))], values);
  }
  const sent = answer.value.replyToThread;
  if (sent.errors.length > 0) return unsent('reply', draft, sent.errors.map(onFilesField), values);
  if (sent.privacyWarnings.length > 0)
    return { ...unsent('reply', draft, [], values), warnings: sent.privacyWarnings };
  return success('reply', t('staff.reply.sent', { recipient: sent.recipient?.name ?? '' }));
}

export async function threadAction(scope: StaffScope, referenceNumber: string, form: FormData) {
  switch (text(form, 'form')) {
    case 'assign':
      return data(await assign(scope, referenceNumber, form));
    case 'reply':
      return data(await reply(scope, referenceNumber, form));
    default:
      throw new Response('Unknown form', { status: 400 });
  }
}
