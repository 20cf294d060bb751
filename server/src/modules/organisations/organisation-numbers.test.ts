// The Belgian enterprise number: its forms (dots, spaces, BE, the old nine digits) and its check digits.
import { describe, expect, it } from 'vitest';
import { normaliseEnterpriseNumber } from './organisation-numbers.js';

describe('normaliseEnterpriseNumber', () => {
  it('writes a valid number as 0123.456.749 whatever its form', () => {
    // 01234567 mod 97 = 48, and 97 - 48 = 49.
    for (const typed of ['0123456749', '0123.456.749', 'BE 0123 456 749', 'be0123-456-749', '123456749'])
      expect(normaliseEnterpriseNumber(typed)).toBe('0123.456.749');
  });

  it('refuses wrong check digits, wrong lengths, a first digit above 1 and other characters', () => {
    for (const typed of ['0123456789', '012345674', '01234567490', '2123456749', '0123A56749', ''])
      expect(normaliseEnterpriseNumber(typed)).toBeNull();
  });

  it('accepts check digits 97 (first eight a multiple of 97)', () => {
    // 00000097 mod 97 = 0: the check digits are 97.
    expect(normaliseEnterpriseNumber('0000009797')).toBe('0000.009.797');
  });
});
