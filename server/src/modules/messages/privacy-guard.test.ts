// The privacy guard recognises real check digits and leaves ordinary numbers alone.
import { describe, expect, it } from 'vitest';
import { findSensitiveData, isBelgianNationalNumber, isDutchBsn, isIban } from './privacy-guard.js';

describe('privacy guard', () => {
  it('checks Belgian national register numbers with mod 97, for births before and after 2000', () => {
    expect(isBelgianNationalNumber('85.07.30-033.28')).toBe(true);
    expect(isBelgianNationalNumber('85073003328')).toBe(true);
    expect(isBelgianNationalNumber('85073003329')).toBe(false);
    // Born in 2001: the check uses 2 followed by the nine digits.
    const base = '010203123';
    const check = String(97 - Number(BigInt(`2${base}`) % 97n)).padStart(2, '0');
    expect(isBelgianNationalNumber(base + check)).toBe(true);
  });

  it('checks Dutch BSNs with the 11-proef', () => {
    expect(isDutchBsn('111222333')).toBe(true);
    expect(isDutchBsn('123456782')).toBe(true);
    expect(isDutchBsn('123456789')).toBe(false);
    expect(isDutchBsn('000000000')).toBe(false);
  });

  it('checks IBANs with mod 97 and the country length', () => {
    expect(isIban('BE68 5390 0754 7034')).toBe(true);
    expect(isIban('NL91ABNA0417164300')).toBe(true);
    expect(isIban('BE68 5390 0754 7035')).toBe(false);
    expect(isIban('BE68 5390 0754 703')).toBe(false);
  });

  it('finds them in running text, masked, and ignores dates, phone numbers and reference numbers', () => {
    const text = `Betreft bewoner met rijksregisternummer 85.07.30-033.28, BSN 123456782.
Terugbetaling op BE68 5390 0754 7034 GRAAG. Bel 02 553 35 00 of +32 9 333 44 55. Ref DZ-2026-000123, 30/07/1985.`;
    expect(findSensitiveData(text)).toEqual([
      { kind: 'IBAN', masked: 'BE68 •••• •••• ••••' },
      { kind: 'BE_NATIONAL_NUMBER', masked: '85.07.••-•••.••' },
      { kind: 'NL_BSN', masked: '1234•••••' },
    ]);
    expect(findSensitiveData('Vergadering op 12.03.2026 om 14.30, lokaal 123456789.')).toEqual([]);
  });
});
