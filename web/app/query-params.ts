// Values read from an address's query string, made safe to send to the API: free text without control
// characters and bounded, ids that are UUIDs, days that exist. Anything else is dropped (the page then
// shows the list without that filter) rather than sent to the API to be refused.

/** Every id of the API is a UUID. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The API's text rule: no C0 control characters but tab and line breaks, no DEL, no lone surrogates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDFFF]/gu;

/** Free text from the address, without control characters, trimmed and bounded. */
export function textParam(value: string | null | undefined, max = 200): string {
  return (value ?? '').replace(FORBIDDEN_CHARACTERS, '').trim().slice(0, max);
}

/** An id from the address or a form, or '' when it is not one (the API would refuse it). */
export function idParam(value: string | null | undefined): string {
  return value && UUID.test(value) ? value : '';
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day YYYY-MM-DD that exists in the calendar (years 1 to 9999, as the API's `Day`), or ''. */
export function dayParam(value: string | null | undefined): string {
  const match = DAY.exec(value?.trim() ?? '');
  if (!match) return '';
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const last = new Date(0);
  last.setUTCFullYear(year, month, 0);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= last.getUTCDate() ? match[0] : '';
}
