// The form toolkit: what a schema accepts, and how a refusal reads (status, codes, texts, values kept).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { i18nFor } from '../i18n/messages.server';
import { accepted, fields, intentOf, parseForm, rejected, withConfirmation } from './form.server';

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
      values: {
        email: ' an@example.be ',
        subject: ' Printer ',
        note: '  ',
        kind: 'B',
        notify: 'on',
        labels: 'x,y',
      },
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

describe('the rules several forms share', () => {
  it('never shows a password again, and a confirmation must repeat it', () => {
    const schema = withConfirmation(
      { password: fields.password(), passwordConfirm: fields.password(), token: fields.text() },
      'password',
      'passwordConfirm',
    );
    const parsed = parseForm(
      formData([
        ['password', 'geheim-1'],
        ['passwordConfirm', 'geheim-2'],
        ['token', 't'],
      ]),
      schema,
      i18nFor('en'),
    );
    expect(parsed).toEqual({
      ok: false,
      errors: [
        {
          field: 'passwordConfirm',
          code: 'PASSWORD_MISMATCH',
          message: i18nFor('en').t('form.error.passwordMismatch'),
        },
      ],
      values: { token: 't' },
    });
    const same = parseForm(
      formData([
        ['password', ' geheim '],
        ['passwordConfirm', ' geheim '],
      ]),
      schema,
      i18nFor('en'),
    );
    expect(same.ok && same.data).toEqual({ password: ' geheim ', passwordConfirm: ' geheim ', token: '' });
  });

  it('a required password names the field without showing what was typed', () => {
    const parsed = parseForm(formData([]), { password: fields.password({ required: true }) }, i18nFor('nl'));
    expect(parsed).toEqual({
      ok: false,
      errors: [{ field: 'password', code: 'REQUIRED', message: 'Dit veld is verplicht.' }],
      values: {},
    });
  });

  it('keeps a message text as typed with LF line breaks, and reads JSON hidden fields or null', () => {
    const shape = { body: fields.body(), state: fields.json(z.object({ seq: z.number() })) };
    const read = (state: string) =>
      parseForm(
        formData([
          ['body', ' Dag,\r\n\r\nTot later. '],
          ['state', state],
        ]),
        shape,
        i18nFor('nl'),
      );
    expect(read('{"seq":2}')).toMatchObject({
      ok: true,
      data: { body: ' Dag,\n\nTot later. ', state: { seq: 2 } },
    });
    expect(read('{"seq":"x"}')).toMatchObject({ ok: true, data: { state: null } });
    expect(read('not json')).toMatchObject({ ok: true, data: { state: null } });
    expect(read('')).toMatchObject({ ok: true, data: { state: null } });
  });
});

describe('intentOf', () => {
  it('names the form sent, and answers anything else with 400', () => {
    expect(intentOf(formData([['intent', 'revoke']]), ['personal', 'revoke'])).toBe('revoke');
    expect(intentOf(formData([['form', 'reply']]), ['assign', 'reply'], 'form')).toBe('reply');
    let thrown: unknown;
    try {
      intentOf(formData([['intent', 'drop']]), ['personal']);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(400);
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
