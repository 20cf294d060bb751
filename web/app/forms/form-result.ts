// What an action answers to a form: the errors (from the API, already in the user's language, or the
// web's own), the values to show again (never passwords), and a success notice.
export interface FormError {
  /** The input name the error belongs to; null for the form as a whole. */
  field?: string | null;
  code: string;
  message: string;
}

export interface FormResult {
  /** Which form on the page answered (pages with several forms). */
  form: string;
  ok: boolean;
  errors: FormError[];
  values: Record<string, string>;
  notice?: string;
}

/** The API reports `field` as the dotted input path; the forms name inputs by the last part. */
export function fieldName(field: string | null | undefined): string | null {
  if (!field) return null;
  return field.startsWith('input.') ? field.slice(6) : field;
}

export function errorsOf(result: FormResult | undefined, form: string, field: string): string[] {
  if (!result || result.form !== form) return [];
  return result.errors.filter((e) => fieldName(e.field) === field).map((e) => e.message);
}

/** The values to show again in `form` (defaults when another form answered). */
export function valuesOf(
  result: FormResult | undefined,
  form: string,
  defaults: Record<string, string> = {},
): Record<string, string> {
  return result && result.form === form && !result.ok ? { ...defaults, ...result.values } : defaults;
}
