// 'Hulp nodig?' → 'Technische helpdesk': the question reaches the helpdesk, the asker gets a receipt at
// the account's own address (the platform never mails user text to an address typed in the form), and
// asking is rate-limited like every mail-causing mutation. Each test asks as a user of its own.
import { beforeAll, expect, it } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import { createOrganisation, createUser, type TestOrganisation } from '../utils/factories.js';
import { errorCode, gql } from '../utils/graphql.js';
import { outbox } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const ASK = graphql(`
  mutation HelpdeskAsk($input: TechnicalQuestionInput!) {
    askTechnicalHelpdesk(input: $input) { ok errors { field code } }
  }
`);
let server: TestServer;
let organisation: TestOrganisation;

beforeAll(async () => {
  server = await startTestServer({ HELPDESK_EMAIL: 'helpdesk@test.example', MAIL_ACTIONS_PER_HOUR: '3' });
  organisation = await createOrganisation(server);
});

/** The helpdesk's mails about the questions of the user with `email`. */
const helpdeskMailsAbout = async (email: string) =>
  (await outbox(server.dbUrl, 'helpdesk@test.example')).filter((m) =>
    m.text_body.includes(`Antwoord naar ${email}`),
  );

it('mails the question to the helpdesk and a receipt to the asker’s own address; checks the fields first', async () => {
  const { token, email } = await createUser(server, organisation, {
    firstName: 'Lies',
    lastName: 'Vermeulen',
  });
  const invalid = await gql(server.graphqlUrl, ASK, { input: { question: ' ' } }, { token });
  expect(invalid.data?.askTechnicalHelpdesk).toEqual({
    ok: false,
    errors: [{ field: 'question', code: 'REQUIRED' }],
  });
  expect(await helpdeskMailsAbout(email)).toEqual([]);

  const question = 'Ik kan geen bijlage opladen: de knop reageert niet.\nBrowser: Firefox 140.';
  const asked = await gql(server.graphqlUrl, ASK, { input: { question } }, { token });
  expect(asked.data?.askTechnicalHelpdesk).toEqual({ ok: true, errors: [] });
  const toHelpdesk = await helpdeskMailsAbout(email);
  expect(toHelpdesk.map((m) => m.subject)).toEqual([
    `Technische vraag via het e-loket van Lies Vermeulen (${organisation.name})`,
  ]);
  expect(toHelpdesk[0]?.text_body).toContain(question);
  const receipts = await outbox(server.dbUrl, email);
  expect(receipts.map((m) => [m.template, m.subject])).toEqual([
    ['helpdesk-receipt', 'Wij ontvingen uw vraag'],
  ]);

  expect(errorCode(await gql(server.graphqlUrl, ASK, { input: { question: 'x' } }))).toBe('UNAUTHENTICATED');
});

it('takes no address from the client: a stranger’s address in the input is refused by the schema', async () => {
  const { token } = await createUser(server, organisation, { roles: ['MEMBER_PLUS'] });
  const sneaky = await gql(
    server.graphqlUrl,
    // Untyped on purpose: the input carries a field the schema does not have.
    `mutation($input: TechnicalQuestionInput!) { askTechnicalHelpdesk(input: $input) { ok } }`,
    { input: { email: 'stranger@elsewhere.example', question: 'Koop nu!' } },
    { token },
  );
  expect(errorCode(sneaky)).toBe('BAD_USER_INPUT');
  expect(await outbox(server.dbUrl, 'stranger@elsewhere.example')).toEqual([]);
});

it('refuses a user’s questions over the hourly limit, localised, and mails nothing more', async () => {
  const { token, email } = await createUser(server, organisation, { roles: ['ADMIN'] });
  for (let i = 1; i <= 3; i++) {
    const asked = await gql(server.graphqlUrl, ASK, { input: { question: `Vraag ${i}` } }, { token });
    expect(asked.data?.askTechnicalHelpdesk.ok).toBe(true);
  }
  const refused = await gql(server.graphqlUrl, ASK, { input: { question: 'Vraag 4' } }, { token });
  expect(refused.status).toBe(200);
  expect(errorCode(refused)).toBe('RATE_LIMITED');
  expect(refused.errors?.[0]?.message).toBe(
    'U deed dit te vaak na elkaar. Probeer het over 60 minuten opnieuw.',
  );
  expect((await helpdeskMailsAbout(email)).length).toBe(3);
});
