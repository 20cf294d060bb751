// Client input that used to reach PostgreSQL and come back as INTERNAL_SERVER_ERROR (issue 10, item 7):
// NUL bytes in any text, crafted cursors, impossible days, a 500 kB login email, zero-width names. Each is
// now refused at the edge with a localised message (field errors in mutation payloads, BAD_USER_INPUT
// elsewhere), and nothing is saved.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../server/src/lists/keyset.js';
import { DEMO_ORGANISATIONS } from '../../server/src/seed/demo.js';
import { type GqlResult, gql, LOGIN, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { addConfirmedContact, key, REPLY, SEND, STAFF_SEND, themeId } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const linde = DEMO_ORGANISATIONS[0] as { id: string };
const NUL = 'a\u0000b';
let server: TestServer;
let url: string;
let admin: string;
let member: string;
/** A member of the same organisation who reads Loket in English. */
let english: string;
let staff: string;
let reference: string;

const EN = { 'accept-language': 'en' };

const MESSAGES = `query($filter: MessageFilterInput, $after: Cursor, $before: Cursor) {
  messages(filter: $filter, first: 5, after: $after, before: $before) { edges { node { id } } }
}`;
const INBOX = `query($filter: StaffInboxFilterInput, $after: Cursor) {
  staffInbox(filter: $filter, first: 5, after: $after) { edges { node { id } } }
}`;
const ORGANISATIONS = `query($search: String, $after: Cursor) {
  organisations(search: $search, first: 5, after: $after) { edges { node { id } } }
}`;
const HISTORY = `query($id: ID!, $after: Cursor) {
  organisationHistory(organisationId: $id, first: 5, after: $after) { edges { node { id } } }
}`;
const CONTACTS = `query($after: Cursor) { contactPersons(first: 5, after: $after) { edges { node { id } } } }`;
const THREAD = `query($ref: String!) { thread(referenceNumber: $ref) { id } }`;
const ADD_CONTACT = `mutation($input: AddContactPersonInput!) {
  addContactPerson(input: $input) { errors { field code message } contactPerson { id } }
}`;
const HELPDESK = `mutation($input: TechnicalQuestionInput!) {
  askTechnicalHelpdesk(input: $input) { ok errors { field code message } }
}`;

/** No internal error anywhere in the answer, and an HTTP status below 500. */
function expectNoInternalError(result: GqlResult) {
  expect(result.status).toBeLessThan(500);
  expect(JSON.stringify(result.errors ?? [])).not.toContain('INTERNAL_SERVER_ERROR');
}

/** A refused query: BAD_USER_INPUT (or a validation failure for a literal) with exactly `message`. */
function expectRefused(result: GqlResult, message: string | RegExp) {
  expectNoInternalError(result);
  expect(result.data?.messages ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.message).toMatch(message);
}

const INVALID_CHARACTERS_NL = /bevat onzichtbare stuurtekens/;
const INVALID_CHARACTERS_EN = /contains invisible control characters/;
const INVALID_CURSOR_NL = 'Deze paginalink is ongeldig. Begin opnieuw bij de eerste pagina.';
const INVALID_CURSOR_EN = 'This page link is not valid. Start again from the first page.';
const INVALID_DAY_NL = 'Geef een bestaande datum in als JJJJ-MM-DD, bijvoorbeeld 2026-03-05.';
const INVALID_DAY_EN = 'Enter an existing date as YYYY-MM-DD, for example 2026-03-05.';

const count = async (sql: string, params: unknown[] = []) =>
  Number((await ownerQuery<{ n: string }>(server.dbUrl, sql, params))[0]?.n);
const messageCount = () => count('SELECT count(*) AS n FROM message');
const contactCount = () => count('SELECT count(*) AS n FROM contact_person');

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  admin = await login(url, 'beheerder@delinde.example');
  member = await login(url, 'medewerker@delinde.example');
  staff = await login(url, 'bart.desmet@zorg.example');
  english = await login(url, 'medewerkerplus@delinde.example');
  const switched = await gql(
    url,
    'mutation { setLanguage(language: en) { errors { code } } }',
    {},
    { token: english },
  );
  expect(switched.data?.setLanguage.errors).toEqual([]);
  await addConfirmedContact(url, server.dbUrl, admin, {
    firstName: 'Jan',
    lastName: 'Janssens',
    email: 'jan@delinde.example',
    themes: ['SUB'],
  });
  const sent = await gql(
    url,
    SEND,
    { input: { clientKey: key(), themeId: themeId('SUB'), title: 'Vraag', body: 'Tekst.' } },
    { token: member },
  );
  const sentReference = sent.data?.sendMessage.message?.referenceNumber;
  if (!sentReference) throw new Error(JSON.stringify(sent));
  reference = sentReference;
});

describe('NUL and other control characters in text', () => {
  it('refuses a NUL in the title and the body of a new message as field errors, and sends nothing', async () => {
    const before = await messageCount();
    const result = await gql(
      url,
      SEND,
      { input: { clientKey: key(), themeId: themeId('SUB'), title: NUL, body: `x${'\u0001'}y` } },
      { token: member },
    );
    expectNoInternalError(result);
    expect(result.errors).toBeUndefined();
    const payload = result.data?.sendMessage;
    expect(payload?.message).toBeNull();
    expect(payload?.privacyWarnings).toEqual([]);
    expect(payload?.errors.map((e) => [e.field, e.code])).toEqual([
      ['title', 'INVALID_CHARACTERS'],
      ['body', 'INVALID_CHARACTERS'],
    ]);
    expect(payload?.errors[0]?.message).toMatch(INVALID_CHARACTERS_NL);
    expect(await messageCount()).toBe(before);
  });

  it('refuses a NUL in a reply and in the reference number it answers, in English for an English reader', async () => {
    const before = await messageCount();
    const result = await gql(
      url,
      REPLY,
      { input: { clientKey: key(), referenceNumber: `${reference}\u0000`, body: NUL } },
      { token: english },
    );
    expectNoInternalError(result);
    const errors = result.data?.replyToThread.errors;
    expect(errors?.map((e) => e.field)).toEqual(['referenceNumber', 'body']);
    expect(errors?.[0]?.message).toMatch(INVALID_CHARACTERS_EN);
    expect(await messageCount()).toBe(before);
  });

  it('refuses a NUL in a staff message to an organisation', async () => {
    const before = await messageCount();
    const result = await gql(
      url,
      STAFF_SEND,
      {
        input: {
          clientKey: key(),
          organisationId: linde.id,
          themeId: themeId('SUB'),
          title: 'Titel',
          body: NUL,
        },
      },
      { token: staff },
    );
    expectNoInternalError(result);
    expect(result.data?.sendMessageToOrganisation.errors).toMatchObject([
      { field: 'body', code: 'INVALID_CHARACTERS' },
    ]);
    expect(await messageCount()).toBe(before);
  });

  it("refuses a NUL in a contact person's name and email, and adds no one", async () => {
    const before = await contactCount();
    const result = await gql(
      url,
      ADD_CONTACT,
      {
        input: {
          firstName: NUL,
          lastName: 'Peeters',
          email: 'nul\u0000@delinde.example',
          themeIds: [themeId('SUB')],
        },
      },
      { token: admin },
    );
    expectNoInternalError(result);
    expect(result.data?.addContactPerson).toMatchObject({
      contactPerson: null,
      errors: [
        { field: 'firstName', code: 'INVALID_CHARACTERS' },
        { field: 'email', code: 'INVALID_CHARACTERS' },
      ],
    });
    expect(await contactCount()).toBe(before);
  });

  it('refuses a NUL in a helpdesk question (ok: false, field error)', async () => {
    const mails = await count('SELECT count(*) AS n FROM outbound_mail');
    const result = await gql(url, HELPDESK, { input: { question: `Help${'\u0000'}` } }, { token: member });
    expectNoInternalError(result);
    expect(result.data?.askTechnicalHelpdesk).toMatchObject({
      ok: false,
      errors: [{ field: 'question', code: 'INVALID_CHARACTERS' }],
    });
    expect(await count('SELECT count(*) AS n FROM outbound_mail')).toBe(mails);
  });

  it('refuses a NUL in the login email as a field error, not a server error', async () => {
    const result = await gql(url, LOGIN, {
      input: { email: `beheerder@delinde.example${'\u0000'}`, password: 'x' },
    });
    expectNoInternalError(result);
    expect(result.data?.login).toMatchObject({
      token: null,
      errors: [{ field: 'email', code: 'INVALID_CHARACTERS' }],
    });
  });

  it('refuses a NUL in the message filters and the thread key as BAD_USER_INPUT', async () => {
    for (const filter of [{ text: NUL }, { title: NUL }, { referenceNumber: NUL }, { sender: NUL }]) {
      const result = await gql(url, MESSAGES, { filter }, { token: member });
      expectRefused(result, INVALID_CHARACTERS_NL);
    }
    expectRefused(await gql(url, THREAD, { ref: NUL }, { token: english }), INVALID_CHARACTERS_EN);
  });

  it('refuses a NUL in the staff searches (organisations, inbox) as BAD_USER_INPUT', async () => {
    expectRefused(await gql(url, ORGANISATIONS, { search: NUL }, { token: staff }), INVALID_CHARACTERS_NL);
    expectRefused(await gql(url, INBOX, { filter: { text: NUL } }, { token: staff }), INVALID_CHARACTERS_NL);
    const literal = await gql(
      url,
      `{ organisations(search: "a\\u0000b", first: 1) { edges { cursor } } }`,
      {},
      {
        token: staff,
      },
    );
    expectRefused(literal, INVALID_CHARACTERS_NL);
  });
});

describe('names of zero-width characters only', () => {
  it('are no name: REQUIRED, and nothing is added', async () => {
    const before = await contactCount();
    const result = await gql(
      url,
      ADD_CONTACT,
      {
        input: {
          firstName: '\u200B\u200B',
          lastName: '\u200D\uFEFF ',
          email: 'zerowidth@delinde.example',
          themeIds: [themeId('SUB')],
        },
      },
      { token: admin },
    );
    expectNoInternalError(result);
    expect(result.data?.addContactPerson.errors).toMatchObject([
      { field: 'firstName', code: 'REQUIRED', message: 'Dit veld is verplicht.' },
      { field: 'lastName', code: 'REQUIRED' },
    ]);
    expect(await contactCount()).toBe(before);
  });
});

describe('crafted cursors', () => {
  const notOurs = [
    'not a cursor!',
    Buffer.from('{"a":1}').toString('base64url'),
    encodeCursor([]),
    encodeCursor(['x'.repeat(600), '00000000-0000-0000-0000-000000000000']),
  ];
  // Well-formed, but the values are not the list's sort key: they used to reach PostgreSQL's casts.
  const wrongValues = [
    encodeCursor(['2026-02-30T10:00:00.000Z', '00000000-0000-0000-0000-000000000000']),
    encodeCursor(['yesterday', '00000000-0000-0000-0000-000000000000']),
    encodeCursor(['2026-03-03T10:00:00.000Z', 'not-a-uuid']),
    encodeCursor(['2026-03-03T10:00:00.000Z\u0000', '00000000-0000-0000-0000-000000000000']),
    encodeCursor([1, 2]),
  ];

  it('refuses cursors that are not ours in form, on every list, before any resolver runs', async () => {
    for (const after of notOurs) {
      expectRefused(await gql(url, MESSAGES, { after }, { token: member }), INVALID_CURSOR_NL);
      expectRefused(await gql(url, MESSAGES, { before: after }, { token: english }), INVALID_CURSOR_EN);
      expectRefused(await gql(url, CONTACTS, { after }, { token: admin }), INVALID_CURSOR_NL);
      expectRefused(await gql(url, ORGANISATIONS, { after }, { token: staff }), INVALID_CURSOR_NL);
    }
  });

  it("refuses cursors whose values are not the list's sort key", async () => {
    for (const after of wrongValues) {
      expectRefused(await gql(url, MESSAGES, { after }, { token: member }), INVALID_CURSOR_NL);
      expectRefused(await gql(url, MESSAGES, { before: after }, { token: english }), INVALID_CURSOR_EN);
      expectRefused(await gql(url, INBOX, { after }, { token: staff }), INVALID_CURSOR_NL);
      expectRefused(await gql(url, HISTORY, { id: linde.id, after }, { token: admin }), INVALID_CURSOR_NL);
    }
    const contactCursor = encodeCursor(['peeters', 'an', 'not-a-uuid']);
    expectRefused(await gql(url, CONTACTS, { after: contactCursor }, { token: admin }), INVALID_CURSOR_NL);
    const organisationCursor = encodeCursor(['De Linde', 42]);
    expectRefused(
      await gql(url, ORGANISATIONS, { after: organisationCursor }, { token: staff }),
      INVALID_CURSOR_NL,
    );
  });

  it('refuses a crafted cursor written in the document itself (a literal) without a server error', async () => {
    const result = await gql(
      url,
      '{ messages(first: 5, after: "%%%") { edges { cursor } } }',
      {},
      { token: member },
    );
    expectNoInternalError(result);
    expect(result.errors?.[0]?.message).toBe(INVALID_CURSOR_NL);
  });
});

describe('impossible days in the message filter', () => {
  it.each(['2026-02-30', '0000-01-01', '2026-13-01', '2026-3-5', '05/03/2026'])('refuses %s', async (day) => {
    expectRefused(await gql(url, MESSAGES, { filter: { sentFrom: day } }, { token: member }), INVALID_DAY_NL);
    const en = await gql(url, MESSAGES, { filter: { sentTo: day } }, { token: english });
    expectRefused(en, INVALID_DAY_EN);
  });

  it('still accepts real days, leap days included', async () => {
    const result = await gql(
      url,
      MESSAGES,
      { filter: { sentFrom: '2024-02-29', sentTo: '9999-12-31' } },
      {
        token: member,
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.messages.edges.length).toBeGreaterThan(0);
  });
});

describe('length caps', () => {
  it('refuses an over-long login email as a field error, and a 500 kB one before reading it', async () => {
    const long = `${'a'.repeat(600)}@delinde.example`;
    const result = await gql(
      url,
      LOGIN,
      { input: { email: long, password: 'Loket-demo-2026' } },
      { headers: EN },
    );
    expectNoInternalError(result);
    expect(result.data?.login).toMatchObject({
      token: null,
      errors: [{ field: 'email', code: 'TOO_LONG', message: 'Use at most 500 characters.' }],
    });
    // Without a session the body may be small (the anonymous limit): refused whole, in GraphQL's shape.
    const huge = `${'a'.repeat(500_000)}@delinde.example`;
    const refused = await gql(
      url,
      LOGIN,
      { input: { email: huge, password: 'Loket-demo-2026' } },
      { headers: EN },
    );
    expect(refused.status).toBe(413);
    expect(refused.errors).toEqual([
      { message: 'The request body is too large.', extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  it('refuses an over-long search string and filter as BAD_USER_INPUT', async () => {
    const long = 'x'.repeat(501);
    expectRefused(await gql(url, ORGANISATIONS, { search: long }, { token: staff }), /hoogstens 500 tekens/);
    expectRefused(
      await gql(url, MESSAGES, { filter: { text: long } }, { token: member }),
      /hoogstens 500 tekens/,
    );
  });

  it('lets a message body up to its own cap through the edge, and refuses one beyond it', async () => {
    const before = await messageCount();
    const input = {
      clientKey: key(),
      themeId: themeId('SUB'),
      title: 'Lang bericht',
      body: 'x'.repeat(20_001),
    };
    const refused = await gql(url, SEND, { input }, { token: member });
    expect(refused.data?.sendMessage.errors).toMatchObject([{ field: 'body', code: 'TOO_LONG' }]);
    expect(await messageCount()).toBe(before);
    const sent = await gql(url, SEND, { input: { ...input, body: 'x'.repeat(20_000) } }, { token: member });
    expect(sent.data?.sendMessage.errors).toEqual([]);
    expect(await messageCount()).toBe(before + 1);
  });
});
