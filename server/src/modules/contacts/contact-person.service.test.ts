// The contact person rules, called on the service with a real context on a real database: addresses
// unique per organisation regardless of case, a new address re-confirmed (and the old one told), removal
// mailed, every field error at once with nothing saved, themes only of the organisation.
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, type TestOrganisation, unique } from '../../../../tests/utils/factories.js';
import { outbox, ownerQuery } from '../../../../tests/utils/mailbox.js';
import { inOperation, organisationViewer } from '../../../../tests/utils/operation.js';
import { startTestServer, type TestServer } from '../../../../tests/utils/server.js';
import type { UserViewer } from '../../domain/viewer.js';
import { DEMO_THEMES } from '../../seed/demo.js';
import {
  addContactPerson,
  type ContactPersonInput,
  removeContactPerson,
  updateContactPerson,
} from './contact-person.service.js';

const themeId = (code: string) => DEMO_THEMES.find((t) => t.code === code)?.id as string;

let server: TestServer;
let organisation: TestOrganisation;
let admin: UserViewer;

beforeAll(async () => {
  server = await startTestServer();
  // Two themes only, so a demo theme the organisation does not have exists.
  organisation = await createOrganisation(server, { themes: ['ERK', 'SUB'] });
  admin = await organisationViewer(server, organisation, ['ADMIN']);
});

const input = (overrides: Partial<ContactPersonInput> = {}): ContactPersonInput => ({
  firstName: 'Sam',
  lastName: 'Peeters',
  email: `sam-${unique()}@test.example`,
  themeIds: [themeId('ERK')],
  ...overrides,
});

const add = (contact: ContactPersonInput) =>
  inOperation(server.app, admin, (ctx) => addContactPerson(ctx, contact));

async function contactRow(id: string) {
  const [row] = await ownerQuery(server.dbUrl, 'SELECT email, status FROM contact_person WHERE id = $1', [
    id,
  ]);
  return row as { email: string; status: string } | undefined;
}

const templates = async (email: string) => (await outbox(server.dbUrl, email)).map((m) => m.template);

describe('addContactPerson', () => {
  it('saves an UNCONFIRMED contact and mails the confirmation', async () => {
    const contact = input();
    const result = await add(contact);
    if (!result.ok) throw new Error(`not added: ${JSON.stringify(result.errors)}`);
    expect(await contactRow(result.value.id)).toEqual({ email: contact.email, status: 'UNCONFIRMED' });
    expect(await templates(contact.email)).toEqual(['contact-confirmation']);
  });

  it('refuses an address the organisation already has, in any case, and saves nothing', async () => {
    const first = input();
    expect((await add(first)).ok).toBe(true);
    const again = input({ email: first.email.toUpperCase(), firstName: 'Ander' });
    expect(await add(again)).toEqual({
      ok: false,
      errors: [{ field: 'email', code: 'CONTACT_EMAIL_TAKEN' }],
    });
    const rows = await ownerQuery(
      server.dbUrl,
      'SELECT first_name FROM contact_person WHERE organisation_id = $1 AND lower(email) = lower($2)',
      [organisation.id, first.email],
    );
    expect(rows).toEqual([{ first_name: 'Sam' }]);
  });

  it('allows the same address in another organisation', async () => {
    const other = await createOrganisation(server, { themes: ['ERK'] });
    const otherAdmin = await organisationViewer(server, other, ['ADMIN']);
    const contact = input();
    expect((await add(contact)).ok).toBe(true);
    const result = await inOperation(server.app, otherAdmin, (ctx) => addContactPerson(ctx, contact));
    expect(result.ok).toBe(true);
  });

  it('reports every field error at once and saves and mails nothing', async () => {
    const email = `fout-${unique()}@test.example`;
    const result = await add({
      firstName: ' ',
      lastName: '',
      email: `${email}@`,
      phone: '12',
      language: 'fr',
      themeIds: [],
    });
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.code])).toEqual([
      ['firstName', 'REQUIRED'],
      ['lastName', 'REQUIRED'],
      ['email', 'INVALID_EMAIL'],
      ['phone', 'INVALID_PHONE'],
      ['language', 'INVALID_LANGUAGE'],
      ['themeIds', 'THEMES_REQUIRED'],
    ]);
    const rows = await ownerQuery(server.dbUrl, 'SELECT id FROM contact_person WHERE email LIKE $1', [
      `${email}%`,
    ]);
    expect(rows).toEqual([]);
    expect(await outbox(server.dbUrl, `${email}@`)).toEqual([]);
  });

  it('accepts only themes of the organisation', async () => {
    const contact = input({ themeIds: [themeId('ERK'), themeId('INF')] });
    expect(await add(contact)).toEqual({
      ok: false,
      errors: [{ field: 'themeIds', code: 'THEME_NOT_OF_ORGANISATION' }],
    });
    expect(await templates(contact.email)).toEqual([]);
  });
});

describe('updateContactPerson', () => {
  async function confirmedContact() {
    const contact = input();
    const result = await add(contact);
    if (!result.ok) throw new Error('not added');
    await ownerQuery(
      server.dbUrl,
      "UPDATE contact_person SET status = 'CONFIRMED', confirmed_at = now() WHERE id = $1",
      [result.value.id],
    );
    return { id: result.value.id, ...contact };
  }

  it('a new address makes the contact UNCONFIRMED: confirmation to the new, notice to the old', async () => {
    const contact = await confirmedContact();
    const newEmail = `nieuw-${unique()}@test.example`;
    const result = await inOperation(server.app, admin, (ctx) =>
      updateContactPerson(ctx, { ...contact, email: newEmail }),
    );
    expect(result.ok).toBe(true);
    expect(await contactRow(contact.id)).toEqual({ email: newEmail, status: 'UNCONFIRMED' });
    expect(await templates(newEmail)).toEqual(['contact-confirmation']);
    expect(await templates(contact.email)).toEqual(['contact-confirmation', 'contact-email-changed']);
  });

  it('only a change of case in the address keeps the contact confirmed and mails the change', async () => {
    const contact = await confirmedContact();
    const recased = contact.email.replace(/^sam/, 'SAM');
    const result = await inOperation(server.app, admin, (ctx) =>
      updateContactPerson(ctx, { ...contact, email: recased }),
    );
    expect(result.ok).toBe(true);
    expect(await contactRow(contact.id)).toEqual({ email: recased, status: 'CONFIRMED' });
    expect(await templates(contact.email)).toEqual(['contact-confirmation', 'contact-changed']);
  });

  it('refuses another contact’s address (any case) and changes nothing', async () => {
    const contact = await confirmedContact();
    const other = await confirmedContact();
    const result = await inOperation(server.app, admin, (ctx) =>
      updateContactPerson(ctx, { ...contact, firstName: 'Gewijzigd', email: other.email.toUpperCase() }),
    );
    expect(result).toEqual({ ok: false, errors: [{ field: 'email', code: 'CONTACT_EMAIL_TAKEN' }] });
    expect(await contactRow(contact.id)).toEqual({ email: contact.email, status: 'CONFIRMED' });
    expect(await templates(contact.email)).toEqual(['contact-confirmation']);
  });
});

describe('removeContactPerson', () => {
  it('deletes the contact and mails the person', async () => {
    const contact = input();
    const result = await add(contact);
    if (!result.ok) throw new Error('not added');
    await inOperation(server.app, admin, (ctx) => removeContactPerson(ctx, result.value.id));
    expect(await contactRow(result.value.id)).toBeUndefined();
    expect(await templates(contact.email)).toEqual(['contact-confirmation', 'contact-removed']);
  });
});
