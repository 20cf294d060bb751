// Sending a new message to an organisation: on success the thread page, with its confirmation; on an
// error, the form again with what was typed, its attachments, the errors per field, or the privacy
// guard's question. Without JavaScript a file's remove button also comes here, answered with the form.
import type { AppLoadContext } from '@remix-run/node';
import { FILES_FIELD } from '../attachments/uploaded-file';
import { onFilesField } from '../attachments/uploads.server';
import { ACKNOWLEDGE_INTENT } from '../components/privacy-dialog';
import { flashRedirect } from '../flash.server';
import { fields, parseForm } from '../forms/form.server';
import { type FormError, fieldName } from '../forms/form-result';
import { StaffSendMutation } from '../graphql/staff.server';
import { i18nFor } from '../i18n/messages.server';
import { idParam } from '../query-params';
import { readDraft, SEND_FIELDS, unsent } from './draft.server';
import { NEW_MESSAGE_FORM } from './send-result';
import { formError, type StaffScope, unlessForbidden } from './staff.server';

const FIELDS = ['themeId', 'title', 'body', FILES_FIELD];

const NEW_MESSAGE = {
  ...SEND_FIELDS,
  organisationId: fields.text(),
  themeId: fields.text(),
  title: fields.text(),
  body: fields.body(),
};

/** The errors in the order of the fields on the page, so the summary reads as the form does. */
function inFormOrder(errors: FormError[]): FormError[] {
  const rank = (error: FormError) => {
    const index = FIELDS.indexOf(fieldName(error.field) ?? '');
    return index === -1 ? FIELDS.length : index;
  };
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

export async function sendNewMessage(scope: StaffScope, context: AppLoadContext, formData: FormData) {
  const i18n = i18nFor(scope.language);
  const { t } = i18n;
  const form = parseForm(formData, NEW_MESSAGE, i18n);
  const { themeId = '', title = '', body = '' } = form.values;
  const values = { themeId, title, body };
  const draft = readDraft(formData, form.ok ? form.data.intent : '');
  if (!form.ok) return unsent(NEW_MESSAGE_FORM, draft, form.errors, values);
  const organisationId = idParam(form.data.organisationId);
  if (!organisationId)
    return unsent(NEW_MESSAGE_FORM, draft, [formError(t('staff.new.notFound'), 'NOT_FOUND')], values);
  if (draft.held) return unsent(NEW_MESSAGE_FORM, draft, draft.held, values);
  const answer = await unlessForbidden(() =>
    scope.api(StaffSendMutation, {
      input: {
        organisationId,
        themeId: idParam(form.data.themeId),
        title: form.data.title,
        body: form.data.body,
        clientKey: form.data.clientKey,
        attachmentIds: draft.attachments.map((file) => file.id),
        acknowledgePrivacyWarning: form.data.intent === ACKNOWLEDGE_INTENT,
      },
    }),
  );
  if (!answer.ok) return unsent(NEW_MESSAGE_FORM, draft, [formError(t('staff.new.forbidden'))], values);
  const sent = answer.value.sendMessageToOrganisation;
  if (sent.errors.length > 0)
    return unsent(NEW_MESSAGE_FORM, draft, inFormOrder(sent.errors.map(onFilesField)), values);
  if (sent.privacyWarnings.length > 0)
    return unsent(NEW_MESSAGE_FORM, draft, [], values, sent.privacyWarnings);
  const reference = sent.message?.referenceNumber;
  if (!reference) throw new Error('The API sent a message without a reference number');
  return flashRedirect(context, `/staff/threads/${encodeURIComponent(reference)}`, { notice: 'staff.sent' });
}
