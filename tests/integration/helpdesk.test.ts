// 'Hulp nodig?' → 'Technische helpdesk': the question reaches the helpdesk, the asker gets a receipt.
import { beforeAll, expect, it } from 'vitest';
import { errorCode, gql, login } from '../utils/graphql.js';
import { outbox } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const ASK = `mutation($input: TechnicalQuestionInput!) { askTechnicalHelpdesk(input: $input) { ok errors { field code } } }`;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ HELPDESK_EMAIL: 'helpdesk@test.example' });
});

it('mails the question to the helpdesk and a receipt to the asker; checks the fields first', async () => {
  const token = await login(server.graphqlUrl, 'medewerker@zonnebloem.example');
  const invalid = await gql(server.graphqlUrl, ASK, { input: { email: 'nope', question: ' ' } }, { token });
  expect(invalid.data?.askTechnicalHelpdesk).toEqual({
    ok: false,
    errors: [
      { field: 'email', code: 'INVALID_EMAIL' },
      { field: 'question', code: 'REQUIRED' },
    ],
  });
  expect(await outbox(server.dbUrl, 'helpdesk@test.example')).toEqual([]);

  const question = 'Ik kan geen bijlage opladen: de knop reageert niet.\nBrowser: Firefox 140.';
  const asked = await gql(
    server.graphqlUrl,
    ASK,
    { input: { email: 'lies@zonnebloem.example', question } },
    { token },
  );
  expect(asked.data?.askTechnicalHelpdesk).toEqual({ ok: true, errors: [] });
  const [toHelpdesk] = await outbox(server.dbUrl, 'helpdesk@test.example');
  expect(toHelpdesk?.subject).toBe(
    'Technische vraag via het e-loket van Lies Vermeulen (Dagcentrum De Zonnebloem)',
  );
  expect(toHelpdesk?.text_body).toContain(question);
  expect(toHelpdesk?.text_body).toContain('Antwoord naar lies@zonnebloem.example');
  const [receipt] = await outbox(server.dbUrl, 'lies@zonnebloem.example');
  expect(receipt?.subject).toBe('Wij ontvingen uw vraag');

  expect(
    errorCode(await gql(server.graphqlUrl, ASK, { input: { email: 'a@b.example', question: 'x' } })),
  ).toBe('UNAUTHENTICATED');
});
