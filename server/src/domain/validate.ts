// Format checks shared by every feature: email, web address, phone number, required and length, and the
// text rule every string from a client obeys.
import type { ErrorTextCode } from '../i18n/messages.js';
import type { FieldError } from './errors.js';

/**
 * Characters no text of ours may hold: C0 control characters except tab, line feed and carriage return
 * (browsers send line breaks as CR LF), DEL, and lone UTF-16 surrogates. PostgreSQL refuses NUL, and the
 * others are invisible in every page and mail that would show them.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDFFF]/u;

export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN_CHARACTERS.test(text);
}

/** White space and invisible format characters (zero-width space/joiners, BOM, bidi marks). */
const INVISIBLE = /[\s\p{Cf}]/gu;

/** True when nothing of `text` would be visible: a name of zero-width spaces is no name. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id in Loket is a UUID; anything else is not an id of ours (and never reaches SQL as one). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day that exists in the calendar, written YYYY-MM-DD, years 1 to 9999 (PostgreSQL has no year 0). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one.
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return day <= last.getUTCDate();
}

// Deliberately simple: one @, a dot in the domain, no spaces. Deliverability is proven by the mailed link.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** Trimmed; the domain in lower case (the local part is kept, comparisons use lower()). */
export function normaliseEmail(value: string): string {
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  return at < 0 ? trimmed : trimmed.slice(0, at + 1) + trimmed.slice(at + 1).toLowerCase();
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * Belgian (0x... or +32), Dutch (0x... or +31) or any E.164 number. Returns the number in E.164
 * form, or null when it is not a phone number. Spaces, dots, dashes, slashes and brackets are ignored,
 * and so is a trunk zero written after the country code, as in +32 (0)2 553 35 00.
 *
 * National numbers: 9 digits (0 + 8) are Belgian landlines; 10 digits starting with 04 are Belgian
 * mobiles; other 10-digit numbers are Dutch (06 mobiles, 020, 010, ...). A Dutch number whose area code
 * starts with 04 (e.g. 040 Eindhoven) therefore needs its +31 prefix.
 */
export function normalisePhone(value: string): string | null {
  const compact = value
    .trim()
    .replace(/^(\+|00)(\d{2})\s*\(0\)/, '$1$2')
    .replace(/[\s./()-]/g, '');
  const international = /^\+[1-9]\d{7,14}$/.test(compact)
    ? compact
    : /^00[1-9]\d{7,14}$/.test(compact)
      ? `+${compact.slice(2)}`
      : null;
  if (international) {
    // Belgium and the Netherlands have fixed lengths; other countries: E.164's 8 to 15 digits.
    if (international.startsWith('+32'))
      return /^\+32(4\d{8}|[1-9]\d{7})$/.test(international) ? international : null;
    if (international.startsWith('+31')) return /^\+31[1-9]\d{8}$/.test(international) ? international : null;
    return international;
  }
  if (/^0[1-9]\d{7}$/.test(compact)) return `+32${compact.slice(1)}`;
  if (/^04\d{8}$/.test(compact)) return `+32${compact.slice(1)}`;
  if (/^0[1-9]\d{8}$/.test(compact)) return `+31${compact.slice(1)}`;
  return null;
}

/** Longest one-line text (a title, a name of an organisation) unless a field says otherwise. */
export const LINE_MAX = 200;
/** Longest first or last name of a person. */
export const PERSON_NAME_MAX = 100;
/** Longest email address (RFC 5321: a 254-character path). */
const EMAIL_MAX = 254;
/** Longest retry key a client may send with a message or ticket entry. */
const CLIENT_KEY_MAX = 100;

/** Collects field errors while checking an input, so that every error is reported at once. */
export class FieldErrors {
  readonly list: FieldError[] = [];

  add(field: string | null, code: ErrorTextCode, params?: Record<string, string | number>): void {
    this.list.push({ field, code, ...(params ? { params } : {}) });
  }

  /** A client's retry key: REQUIRED when empty or longer than CLIENT_KEY_MAX. */
  clientKey(field: string, value: string | null | undefined): void {
    if (!value?.trim() || value.length > CLIENT_KEY_MAX) this.add(field, 'REQUIRED');
  }

  has(field?: string): boolean {
    return field === undefined ? this.list.length > 0 : this.list.some((e) => e.field === field);
  }

  /** Trims the value; reports REQUIRED when empty and TOO_LONG above `max`. Returns the trimmed text. */
  required(field: string, value: string | null | undefined, max = LINE_MAX): string {
    const trimmed = (value ?? '').trim();
    if (isBlank(trimmed)) this.add(field, 'REQUIRED');
    else if (trimmed.length > max) this.add(field, 'TOO_LONG', { max });
    return trimmed;
  }

  /** Like `required`, but empty (or invisible) becomes null. */
  optional(field: string, value: string | null | undefined, max = LINE_MAX): string | null {
    const trimmed = (value ?? '').trim();
    if (trimmed.length > max) this.add(field, 'TOO_LONG', { max });
    return isBlank(trimmed) ? null : trimmed;
  }

  email(field: string, value: string | null | undefined, { required = true } = {}): string | null {
    const trimmed = required
      ? this.required(field, value, EMAIL_MAX)
      : this.optional(field, value, EMAIL_MAX);
    if (!trimmed) return null;
    if (!isEmail(trimmed)) {
      this.add(field, 'INVALID_EMAIL');
      return null;
    }
    return normaliseEmail(trimmed);
  }

  url(field: string, value: string | null | undefined, { required = false } = {}): string | null {
    const trimmed = required ? this.required(field, value, 500) : this.optional(field, value, 500);
    if (!trimmed) return null;
    if (!isHttpUrl(trimmed)) {
      this.add(field, 'INVALID_URL');
      return null;
    }
    return trimmed;
  }

  phone(field: string, value: string | null | undefined, { required = false } = {}): string | null {
    const trimmed = required ? this.required(field, value, 40) : this.optional(field, value, 40);
    if (!trimmed) return null;
    const phone = normalisePhone(trimmed);
    if (!phone) this.add(field, 'INVALID_PHONE');
    return phone;
  }
}
