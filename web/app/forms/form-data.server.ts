// Reading submitted forms in actions, and the checks the web makes before asking the API.
import type { FormError, FormResult } from './form-result';

/** A text field of the form ('' when absent or a file). */
export function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

export function failure(form: string, errors: FormError[], values: Record<string, string>): FormResult {
  return { form, ok: false, errors, values };
}

export function success(form: string, notice?: string): FormResult {
  return { form, ok: true, errors: [], values: {}, ...(notice ? { notice } : {}) };
}
