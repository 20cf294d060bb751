// The one way an action reads its form: a zod schema over the submitted fields, parsed once. A rejected
// form answers HTTP 400 with the errors per field (in the user's language) and the values to show again;
// the API's own field errors come back the same way. Files are not fields here: ../attachments reads them.
import { data } from '@remix-run/node';
import { z } from 'zod';
import type { I18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import type { FormError, FormResult } from './form-result';

// The same deliberately simple check as the API: one @, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * Field rules. A rule's message is the key of its text (`form.error.*`), translated when the form is
 * rejected; the API repeats every rule that matters, these only spare a round trip and keep texts local.
 */
export const fields = {
  /** Any text, trimmed; '' when absent. */
  text: () => z.string().trim(),
  required: () =>
    z
      .string()
      .trim()
      .min(1, 'form.error.required' satisfies MessageKey),
  email: () =>
    z
      .string()
      .trim()
      .min(1, 'form.error.required' satisfies MessageKey)
      .regex(EMAIL, 'form.error.invalidEmail' satisfies MessageKey),
  /** A text that may be left empty: '' becomes null. */
  optional: () =>
    z
      .string()
      .trim()
      .transform((value) => value || null),
  /** One of the given values (a select or radio group). */
  choice: <const T extends readonly [string, ...string[]]>(values: T) =>
    z.enum(values, { error: () => 'form.error.choice' satisfies MessageKey }),
  /** A checkbox: present (with any value) means on. */
  checkbox: () => z.string().transform((value) => value !== ''),
  /** Every value of a repeated field (checkbox lists). */
  list: () => z.array(z.string()),
};

type FieldSchema = z.ZodType<unknown, string | string[]>;
type Shape = Record<string, FieldSchema>;

export type Parsed<S extends Shape> =
  | { ok: true; data: z.output<z.ZodObject<S>>; values: Record<string, string> }
  | { ok: false; errors: FormError[]; values: Record<string, string> };

/** The submitted fields the schema names (repeated ones as lists), then the schema over them. */
export function parseForm<S extends Shape>(formData: FormData, shape: S, { t }: Pick<I18n, 't'>): Parsed<S> {
  // An absent field reads as '' (as an empty one would), a repeated one as every value it has.
  const raw: Record<string, string | string[]> = {};
  const values: Record<string, string> = {};
  for (const [name, schema] of Object.entries(shape)) {
    const all = formData.getAll(name).filter((v): v is string => typeof v === 'string');
    if (schema instanceof z.ZodArray) raw[name] = all;
    else raw[name] = values[name] = all[0] ?? '';
  }
  const parsed = z.object(shape).safeParse(raw);
  if (parsed.success) return { ok: true, data: parsed.data, values };
  const errors: FormError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '') || null;
    if (errors.some((e) => e.field === field)) continue; // the first problem of a field is enough
    const key = (
      issue.message.startsWith('form.error.') ? issue.message : 'form.error.invalid'
    ) as MessageKey;
    const code = key
      .slice('form.error.'.length)
      .replace(/([a-z])([A-Z])/g, '$1_$2')
      .toUpperCase();
    errors.push({ field, code, message: t(key) });
  }
  return { ok: false, errors, values };
}

/** A form the web or the API refused: 400, its errors and the input to show again (never passwords). */
export function rejected<Extra extends object = object>(
  form: string,
  errors: FormError[],
  values: Record<string, string>,
  extra?: Extra,
) {
  const result: FormResult & Extra = { form, ok: false, errors, values, ...(extra as Extra) };
  return data(result, { status: 400 });
}

/** A form that was accepted, shown again on the same page with an optional notice (and what it made). */
export function accepted<Extra extends object = object>(form: string, notice?: string, extra?: Extra) {
  const result: FormResult & Extra = {
    form,
    ok: true,
    errors: [],
    values: {},
    ...(notice ? { notice } : {}),
    ...(extra as Extra),
  };
  return data(result);
}
