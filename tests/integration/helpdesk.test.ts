// 'Hulp nodig?' → 'Technische helpdesk': the question reaches the helpdesk, the asker gets a receipt at
// the account's own address (the platform never mails user text to an address typed in the form), and
// asking is rate-limited like every mail-causing mutation.
import { beforeAll, expect, it } from 'vitest';
import { errorCode, gql, login } from '../utils/graphql.js';
import { outbox } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const ASK = `mutation($input: TechnicalQuestionInput!) { askTechnicalHelpdesk(input: $input) { ok errors { field code } } }`;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ HELPDESK_EMAIL: 'helpdesk@test.example', MAIL_ACTIONS_PER_HOUR: '3' });
});

it('mails the question to the helpdesk and a receipt to the asker’s own address; checks the fields first', async () => {
  const token = await login(server.graphqlUrl, 'medewerker@zonnebloem.example');
  const invalid = await gql(server.graphqlUrl, ASK, { input: { question: ' ' } }, { token });
  expect(invalid.data?.askTechnicalHelpdesk).toEqual({
    ok: false,
    errors: [{ field: 'question', code: 'REQUIRED' }],
  });
  expect(await outbox(server.dbUrl, 'helpdesk@test.example')).toEqual([]);

  const question = 'Ik kan geen bijlage opladen: de knop reageert niet.\nBrowser: Firefox 140.';
  const asked = await gql(server.graphqlUrl, ASK, { input: { question } }, { token });
  expect(asked.data?.askTechnicalHelpdesk).toEqual({ ok: true, errors: [] });
  const [toHelpdesk] = await outbox(server.dbUrl, 'helpdesk@test.example');
  expect(toHelpdesk?.subject).toBe(
    'Technische vraag via het e-loket van Lies Vermeulen (Dagcentrum De Zonnebloem)',
  );
  expect(toHelpdesk?.text_body).toContain(question);
  expect(toHelpdesk?.text_body).toContain('Antwoord naar medewerker@zonnebloem.example');
  const receipts = await outbox(server.dbUrl, 'medewerker@zonnebloem.example');
  expect(receipts.map((m) => [m.template, m.subject])).toEqual([
    ['helpdesk-receipt', 'Wij ontvingen uw vraag'],
  ]);

  expect(errorCode(await gql(server.graphqlUrl, ASK, { input: { question: 'x' } }))).toBe('UNAUTHENTICATED');
});

it('takes no address from the client: a stranger’s address in the input is refused by the schema', async () => {
  const token = await login(server.graphqlUrl, 'medewerkerplus@zonnebloem.example');
  const sneaky = await gql(
    server.graphqlUrl,
    ASK,
    { input: { email: 'stranger@elsewhere.example', question: 'Koop nu!' } },
    { token },
  );
  expect(errorCode(sneaky)).toBe('BAD_USER_INPUT');
  expect(await outbox(server.dbUrl, 'stranger@elsewhere.example')).toEqual([]);
});

it('refuses a user’s questions over the hourly limit, localised, and mails nothing more', async () => {
  const token = await login(server.graphqlUrl, 'beheerder@zonnebloem.example');
  for (let i = 1; i <= 3; i++) {
    const asked = await gql(server.graphqlUrl, ASK, { input: { question: `Vraag ${i}` } }, { token });
    expect(asked.data?.askTechnicalHelpdesk.ok).toBe(true);
  }
  const before = (await outbox(server.dbUrl, 'helpdesk@test.example')).length;
  const refused = await gql(server.graphqlUrl, ASK, { input: { question: 'Vraag 4' } }, { token });
  expect(refused.status).toBe(200);
  expect(errorCode(refused)).toBe('RATE_LIMITED');
  expect(refused.errors?.[0]?.message).toBe(
    'U deed dit te vaak na elkaar. Probeer het over 60 minuten opnieuw.',
  );
  expect((await outbox(server.dbUrl, 'helpdesk@test.example')).length).toBe(before);
});
