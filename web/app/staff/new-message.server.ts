// Sending a new message to an organisation: on success the thread page, with its confirmation; on an
// error, the form again with what was typed, its attachments, the errors per field, or the privacy
// guard's question. Without JavaScript a file's remove button also comes here, answered with the form.
import { redirect } from '@remix-run/node';
import { FILES_FIELD } from '../attachments/uploaded-file';
import { onFilesField } from '../attachments/uploads.server';
import { text } from '../forms/form-data.server';
import { type FormError, fieldName } from '../forms/form-result';
import { StaffSendMutation } from '../graphql/staff.server';
import { i18nFor } from '../i18n/messages.server';
import { idParam } from '../query-params';
import { readDraft, unsent } from './draft.server';
import { NEW_MESSAGE_FORM, type SendResult } from './send-result';
import { formError, type StaffScope, unlessForbidden } from './staff.server';

const FIELDS = ['themeId', 'title', 'body', FILES_FIELD];

/** The errors in the order of the fields on the page, so the summary reads as the form does. */
function inFormOrder(errors: FormError[]): FormError[] {
  const rank = (error: FormError) => {
    const index = FIELDS.indexOf(fieldName(error.field) ?? '');
    return index === -1 ? FIELDS.length : index;
  };
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

export async function sendNewMessage(scope: StaffScope, form: FormData): Promise<SendResult | Response> {
  const { t } = i18nFor(scope.language);
  const values = {
    themeId: text(form, 'themeId'),
    title: text(form, 'title'),
    body: text(form, 'body'),
  };
  const draft = readDraft(form);
  const organisationId = idParam(text(form, 'organisationId'));
  if (!organisationId)
    return unsent(NEW_MESSAGE_FORM, draft, [formError(t('staff.new.notFound'), 'NOT_FOUND')], values);
  if (draft.held) return unsent(NEW_MESSAGE_FORM, draft, draft.held, values);
  const answer = await unlessForbidden(() =>
    scope.api(StaffSendMutation, {
      input: {
        organisationId,
        themeId: idParam(values.themeId),
        title: values.title,
        body: values.body,
        clientKey: text(form, 'clientKey'),
        attachmentIds: draft.attachments.map((file) => file.id),
        acknowledgePrivacyWarning: text(form, 'acknowledgePrivacyWarning') === '1',
      },
    }),
  );
  if (!answer.ok) return unsent(NEW_MESSAGE_FORM, draft, [formError(t('staff.new.forbidden'))], values);
  const sent = answer.value.sendMessageToOrganisation;
  if (sent.errors.length > 0)
    return unsent(NEW_MESSAGE_FORM, draft, inFormOrder(sent.errors.map(onFilesField)), values);
  if (sent.privacyWarnings.length > 0)
    return { ...unsent(NEW_MESSAGE_FORM, draft, [], values), warnings: sent.privacyWarnings };
  const reference = sent.message?.referenceNumber;
  if (!reference) throw new Error('The API sent a message without a reference number');
  return redirect(`/staff/threads/${encodeURIComponent(reference)}?sent=1`);
}
