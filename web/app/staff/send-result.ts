// What the staff pages' send actions answer: a FormResult with the form's attachments (kept when the
// message was not sent), and the privacy guard's warnings when the API held the message back until the
// sender acknowledges them.
import type { AttachmentsResult } from '../attachments/use-attachments';
import type { PrivacyWarningView } from '../components/privacy-dialog';

export interface SendResult extends AttachmentsResult {
  warnings?: PrivacyWarningView[];
}

/** The form of /staff/messages/new (ids `new-message-<field>`). */
export const NEW_MESSAGE_FORM = 'new-message';
