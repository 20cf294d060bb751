// The form toolkit: what a schema accepts, and how a refusal reads (status, codes, texts, values kept).
import { describe, expect, it } from 'vitest';
import { i18nFor } from '../i18n/messages.server';
import { accepted, fields, parseForm, rejected } from './form.server';

function formData(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

const shape = {
  email: fields.email(),
  subject: fields.required(),
  note: fields.optional(),
  kind: fields.choice(['A', 'B']),
  notify: fields.checkbox(),
  labels: fields.list(),
};

describe('parseForm', () => {
  it('gives the typed, trimmed values of a valid form', () => {
    const parsed = parseForm(
      formData([
        ['email', ' an@example.be '],
        ['subject', ' Printer '],
        ['note', '  '],
        ['kind', 'B'],
        ['notify', 'on'],
        ['labels', 'x'],
        ['labels', 'y'],
      ]),
      shape,
      i18nFor('nl'),
    );
    expect(parsed).toEqual({
      ok: true,
      data: {
        email: 'an@example.be',
        subject: 'Printer',
        note: null,
        kind: 'B',
        notify: true,
        labels: ['x', 'y'],
      },
      values: { email: ' an@example.be ', subject: ' Printer ', note: '  ', kind: 'B', notify: 'on' },
    });
  });

  it('names the first problem of each field, in the user language, and keeps what was typed', () => {
    const parsed = parseForm(
      formData([
        ['email', 'not-an-address'],
        ['kind', 'C'],
      ]),
      shape,
      i18nFor('en'),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { field: 'email', code: 'INVALID_EMAIL', message: i18nFor('en').t('form.error.invalidEmail') },
      { field: 'subject', code: 'REQUIRED', message: 'This field is required.' },
      { field: 'kind', code: 'CHOICE', message: 'Choose one of the options offered.' },
    ]);
    expect(parsed.values).toMatchObject({ email: 'not-an-address', kind: 'C', subject: '' });
  });
});

describe('rejected', () => {
  it('answers 400 with the errors and values', () => {
    const answer = rejected('forgot', [{ field: 'email', code: 'REQUIRED', message: 'x' }], { email: '' });
    expect(answer.init?.status).toBe(400);
    expect(answer.data).toEqual({
      form: 'forgot',
      ok: false,
      errors: [{ field: 'email', code: 'REQUIRED', message: 'x' }],
      values: { email: '' },
    });
  });
});

describe('accepted', () => {
  it('answers 200 with the notice and what else the page shows', () => {
    const answer = accepted('merge', undefined, { target: { number: 'HD-2026-000001' } });
    expect(answer.init?.status ?? 200).toBe(200);
    expect(answer.data).toEqual({
      form: 'merge',
      ok: true,
      errors: [],
      values: {},
      target: { number: 'HD-2026-000001' },
    });
  });
});
