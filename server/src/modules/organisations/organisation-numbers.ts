// An organisation's official numbers: the Belgian enterprise number (KBO/BCE, checked with its mod-97
// check digits) and the department's recognition number (erkenningsnummer, free form).
import type { FieldErrors } from '../../domain/validate.js';

/** Longest recognition number, as typed. */
const RECOGNITION_NUMBER_MAX = 50;

/**
 * The enterprise number written as 0123.456.749, or null when `value` is not one. Accepts spaces, dots,
 * a BE prefix and the old nine-digit form (a leading 0 added). The last two digits are 97 minus the first
 * eight modulo 97; the first digit is 0 or 1.
 */
export function normaliseEnterpriseNumber(value: string): string | null {
  let digits = value.replace(/[\s.\-/]/g, '').replace(/^BE/i, '');
  if (/^\d{9}$/.test(digits)) digits = `0${digits}`;
  if (!/^[01]\d{9}$/.test(digits)) return null;
  const check = 97 - (Number(digits.slice(0, 8)) % 97);
  if (check !== Number(digits.slice(8))) return null;
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/**
 * Checks both numbers (`undefined` leaves one out of the check, '' or null clears it). When `oneRequired`,
 * an organisation without either gets NUMBER_REQUIRED on the enterprise number.
 */
export function checkOrganisationNumbers(
  errors: FieldErrors,
  input: { enterpriseNumber?: string | null; recognitionNumber?: string | null },
  { oneRequired }: { oneRequired: boolean },
): { enterpriseNumber?: string | null; recognitionNumber?: string | null } {
  const out: { enterpriseNumber?: string | null; recognitionNumber?: string | null } = {};
  if (input.enterpriseNumber !== undefined) {
    const typed = input.enterpriseNumber?.trim() ?? '';
    out.enterpriseNumber = typed ? normaliseEnterpriseNumber(typed) : null;
    if (typed && out.enterpriseNumber === null) errors.add('enterpriseNumber', 'INVALID_ENTERPRISE_NUMBER');
  }
  if (input.recognitionNumber !== undefined)
    out.recognitionNumber = errors.optional(
      'recognitionNumber',
      input.recognitionNumber,
      RECOGNITION_NUMBER_MAX,
    );
  if (oneRequired && !out.enterpriseNumber && !out.recognitionNumber && !input.enterpriseNumber?.trim())
    errors.add('enterpriseNumber', 'ORGANISATION_NUMBER_REQUIRED');
  return out;
}
