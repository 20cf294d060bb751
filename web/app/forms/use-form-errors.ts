// After a submission (with JavaScript): on failure, clear the password fields and move focus to the
// first field in error, or to the error summary when the error is about the whole form; on success,
// reset the form to the saved values (passwords emptied).
import { type RefObject, useEffect } from 'react';
import type { FormResult } from './form-result';

export function useFocusFirstError(
  formRef: RefObject<HTMLFormElement | null>,
  result: FormResult | undefined,
  form: string,
): void {
  useEffect(() => {
    const element = formRef.current;
    if (!element || !result || result.form !== form) return;
    if (result.ok) {
      element.reset();
      return;
    }
    for (const input of element.querySelectorAll<HTMLInputElement>('input[type="password"]'))
      input.value = '';
    const target =
      element.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      element.querySelector<HTMLElement>('.error-summary');
    target?.focus();
  }, [formRef, result, form]);
}
