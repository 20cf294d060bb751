// The set-password form (reset or invitation): the link's token, and the two entries that must agree.
import { fields, withConfirmation } from './form.server';
import type { FormError } from './form-result';

export const SET_PASSWORD_FORM = withConfirmation(
  { token: fields.text(), password: fields.password(), passwordConfirm: fields.password() },
  'password',
  'passwordConfirm',
);

/** Errors about the link itself concern the whole form, not a field. */
export function withoutTokenField(errors: FormError[]): FormError[] {
  return errors.map((e) => (e.field === 'token' || e.field === 'input.token' ? { ...e, field: null } : e));
}
