// The privacy guard: finds Belgian national register numbers (mod 97), Dutch BSNs (11-proef) and IBANs
// (mod 97) in text, so that a sender is warned before personal data goes out unprotected.

export const SENSITIVE_KINDS = ['BE_NATIONAL_NUMBER', 'NL_BSN', 'IBAN'] as const;
export type SensitiveKind = (typeof SENSITIVE_KINDS)[number];

export interface SensitiveFinding {
  kind: SensitiveKind;
  /** The number with most digits masked, to show the sender what was found without repeating it. */
  masked: string;
}

const digits = (s: string) => s.replace(/\D/g, '');

/** Remainder of a long decimal string modulo 97, without BigInt precision worries. */
function mod97(numeric: string): number {
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

export function isBelgianNationalNumber(value: string): boolean {
  const d = digits(value);
  if (d.length !== 11) return false;
  const month = Number(d.slice(2, 4)) % 20; // bis numbers add 20 or 40 to the month
  const day = Number(d.slice(4, 6));
  if (month > 12 || day > 31) return false;
  const check = Number(d.slice(9));
  const base = d.slice(0, 9);
  return 97 - mod97(base) === check || 97 - mod97(`2${base}`) === check;
}

export function isDutchBsn(value: string): boolean {
  const d = digits(value).padStart(9, '0');
  if (d.length !== 9 || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

const IBAN_LENGTHS: Record<string, number> = { BE: 16, NL: 18, DE: 22, FR: 27, LU: 20, GB: 22 };

export function isIban(value: string): boolean {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const numeric = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return mod97(numeric) === 1;
}

function mask(found: string): string {
  let seen = 0;
  const keep = 4;
  return found.replace(/[0-9A-Za-z]/g, (c) => (seen++ < keep ? c : '•'));
}

const PATTERNS: Array<{ kind: SensitiveKind; pattern: RegExp; test: (s: string) => boolean }> = [
  { kind: 'IBAN', pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g, test: isIban },
  {
    kind: 'BE_NATIONAL_NUMBER',
    pattern: /\b\d{2}[.\s]?\d{2}[.\s]?\d{2}[-.\s]?\d{3}[.\s]?\d{2}\b/g,
    test: isBelgianNationalNumber,
  },
  {
    kind: 'NL_BSN',
    pattern: /\b(?:\d{9}|\d{4}[.\s]\d{2}[.\s]\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3})\b/g,
    test: isDutchBsn,
  },
];

/** Every sensitive number in `text`; a span recognised as one kind is not reported again as another. */
export function findSensitiveData(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  const claimed: Array<[number, number]> = [];
  for (const { kind, pattern, test } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      // A match may run into the next word ("BE68 5390 0754 7034 GRAAG"): try it shorter, word by word.
      let candidate = match[0];
      while (!test(candidate) && candidate.includes(' '))
        candidate = candidate.slice(0, candidate.lastIndexOf(' '));
      const end = start + candidate.length;
      if (!test(candidate) || claimed.some(([s, e]) => start < e && end > s)) continue;
      claimed.push([start, end]);
      findings.push({ kind, masked: mask(candidate) });
    }
  }
  return findings;
}
