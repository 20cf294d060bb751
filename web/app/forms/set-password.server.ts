// Reading a set-password form (reset or invitation): the token, and the two entries that must agree.

import { text } from './form-data.server';
import type { FormError } from './form-result';

export interface SetPasswordInput {
  token: string;
  password: string;
  /** Filled when the entries differ: the API is not asked then. */
  mismatch: FormError | null;
}

export function readSetPassword(form: FormData, mismatchMessage: string): SetPasswordInput {
  const password = text(form, 'password');
  const confirm = text(form, 'passwordConfirm');
  return {
    token: text(form, 'token'),
    password,
    mismatch:
      password !== confirm && password !== ''
        ? { field: 'passwordConfirm', code: 'PASSWORD_MISMATCH', message: mismatchMessage }
        : null,
  };
}

/** Errors about the link itself concern the whole form, not a field. */
export function withoutTokenField(errors: FormError[]): FormError[] {
  return errors.map((e) => (e.field === 'token' || e.field === 'input.token' ? { ...e, field: null } : e));
}
