// What the staff pages' send actions answer: a FormResult, and the privacy guard's warnings when the
// API held the message back until the sender acknowledges them.
import type { FormResult } from '../forms/form-result';
import type { SensitiveDataKind } from '../graphql/generated/graphql';

export interface PrivacyWarning {
  field: string;
  kind: SensitiveDataKind;
  masked: string;
  message: string;
}

export interface SendResult extends FormResult {
  warnings?: PrivacyWarning[];
}

/** The form of /staff/messages/new (ids `new-message-<field>`). */
export const NEW_MESSAGE_FORM = 'new-message';
