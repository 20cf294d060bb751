// The pieces of the edge checks on their own: the text rule, real calendar days, cursors checked against a
// list's key, the keyset SQL of a declared order, and error codes that cannot lack a translation.
import { describe, expect, it } from 'vitest';
import type { FieldError } from '../domain/errors.js';
import { FieldErrors, hasForbiddenCharacters, isBlank, isCalendarDay } from '../domain/validate.js';
import { errorMessage, errorMessages } from '../i18n/messages.js';
import {
  decodeCursor,
  encodeCursor,
  type KeysetOrder,
  keysetCondition,
  keysetOrderAndLimit,
  keysetPage,
} from '../lists/keyset.js';

const ID = '00000000-0000-4000-8000-000000000001';

describe('the text rule', () => {
  it('refuses NUL, the other C0 controls, DEL and lone surrogates; keeps tabs, line breaks and emoji', () => {
    for (const bad of ['a\u0000b', '\u0001', 'x\u001Fy', '\u007F', 'half \uD83D'])
      expect(hasForbiddenCharacters(bad)).toBe(true);
    for (const good of ['Regel 1\r\nRegel 2\tmet tab', 'Crèche “De Linde” 😀', 'مرحبا \u200F'])
      expect(hasForbiddenCharacters(good)).toBe(false);
  });

  it('treats names of zero-width and other invisible characters as empty', () => {
    expect(isBlank('\u200B\u200C\u200D\u2060\uFEFF \u00A0')).toBe(true);
    expect(isBlank('\u200BAn')).toBe(false);
    const errors = new FieldErrors();
    expect(errors.optional('phone', '\u200B')).toBeNull();
    errors.required('firstName', '\u200B\u200B');
    expect(errors.list).toEqual([{ field: 'firstName', code: 'REQUIRED' }]);
  });
});

describe('calendar days', () => {
  it('accepts days that exist and nothing else', () => {
    for (const day of ['2026-03-05', '2024-02-29', '0001-01-01', '9999-12-31'])
      expect(isCalendarDay(day)).toBe(true);
    for (const day of ['2026-02-30', '2023-02-29', '0000-01-01', '2026-13-01', '2026-04-31', '2026-3-5', ''])
      expect(isCalendarDay(day)).toBe(false);
  });
});

describe('keyset paging', () => {
  const order: KeysetOrder = {
    key: [
      ['m.sent_at', 'timestamp'],
      ['m.id', 'uuid'],
    ],
    descending: true,
  };

  it('decodes a cursor only when its values fit the key', () => {
    const cursor = encodeCursor(['2026-03-05T10:00:00.123Z', ID]);
    expect(decodeCursor(cursor, ['timestamp', 'uuid'])).toEqual(['2026-03-05T10:00:00.123Z', ID]);
    expect(
      decodeCursor(encodeCursor(['2026-03-05 10:00:00.123456+01', ID]), ['timestamp', 'uuid']),
    ).toHaveLength(2);
    for (const bad of [['2026-02-30T10:00:00Z', ID], ['gisteren', ID], ['2026-03-05T10:00:00Z', 'x'], [ID]])
      expect(() => decodeCursor(encodeCursor(bad), ['timestamp', 'uuid'])).toThrow('invalid cursor');
  });

  it('writes the condition and order of a declared order, forwards and backwards', () => {
    const cursor = encodeCursor(['2026-03-05T10:00:00.000Z', ID]);
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const forwards = keysetPage({ first: 5, after: cursor }, order);
    expect(keysetCondition(forwards, param)).toBe('(m.sent_at, m.id) < ($1::timestamptz, $2::uuid)');
    expect(keysetOrderAndLimit(forwards)).toBe('ORDER BY m.sent_at DESC, m.id DESC LIMIT 6');
    const backwards = keysetPage({ last: 5, before: cursor }, order);
    expect(keysetCondition(backwards, param)).toBe('(m.sent_at, m.id) > ($3::timestamptz, $4::uuid)');
    expect(keysetOrderAndLimit(backwards)).toBe('ORDER BY m.sent_at ASC, m.id ASC LIMIT 6');
    expect(keysetCondition(keysetPage({}, order), param)).toBeNull();
    expect(() => keysetPage({ first: 101 }, order)).toThrow('first must be 1 to 100');
  });
});

describe('error codes', () => {
  it('have a text in Dutch and English for every code', () => {
    for (const [code, texts] of Object.entries(errorMessages)) {
      expect(texts.nl.trim(), code).not.toBe('');
      expect(texts.en.trim(), code).not.toBe('');
    }
    expect(errorMessage('en', 'TOO_LONG', { max: 500 })).toBe('Use at most 500 characters.');
  });

  it('cannot name a code without a translation (checked by tsc -p tests)', () => {
    // @ts-expect-error: 'NO_SUCH_CODE' has no text in i18n/messages.ts, so it is not an ErrorTextCode.
    const error: FieldError = { field: null, code: 'NO_SUCH_CODE' };
    expect(error.code in errorMessages).toBe(false);
  });
});
