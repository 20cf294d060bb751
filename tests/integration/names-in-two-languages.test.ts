// Names in the viewer's language and the department's name as configured: a department message's sender
// line names the team in the reader's language ('Bart De Smet (Subsidies team)' in English), the sender
// filter finds it by either name, and mails name the department as DEPARTMENT_NAME says.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../server/src/seed/demo.js';
import { gql, login } from '../utils/graphql.js';
import { outbox } from '../utils/mailbox.js';
import { key, STAFF_SEND, themeId } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const DEPARTMENT = 'Agentschap Zorg en Gezondheid';
const linde = DEMO_ORGANISATIONS[0] as { id: string };
let server: TestServer;
let url: string;
let member: string;

const LIST = `query($filter: MessageFilterInput) {
  messages(first: 10, filter: $filter) { edges { node { title senderLabel } } }
}`;

async function senderLines(filter: Record<string, unknown> = {}) {
  const result = await gql(url, LIST, { filter }, { token: member });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const edges = (result.data?.messages.edges ?? []) as Array<{ node: { senderLabel: string } }>;
  return edges.map((e) => e.node.senderLabel);
}

async function setLanguage(language: 'nl' | 'en') {
  const result = await gql(
    url,
    'mutation($l: Language!) { setLanguage(language: $l) { errors { code } } }',
    {
      l: language,
    },
    { token: member },
  );
  expect(result.errors).toBeUndefined();
}

beforeAll(async () => {
  server = await startTestServer({ SEED_DEMO: 'true', DEPARTMENT_NAME: DEPARTMENT });
  url = server.graphqlUrl;
  member = await login(url, 'medewerker@delinde.example');
  const staff = await login(url, 'bart.desmet@zorg.example');
  const sent = await gql(
    url,
    STAFF_SEND,
    {
      input: {
        clientKey: key(),
        organisationId: linde.id,
        themeId: themeId('SUB'),
        title: 'Voorschot',
        body: 'Tekst.',
        acknowledgePrivacyWarning: true,
      },
    },
    { token: staff },
  );
  expect(sent.data?.sendMessageToOrganisation.errors).toEqual([]);
});

describe('sender lines in the viewer’s language', () => {
  it('names the team in Dutch, then in English for the same message', async () => {
    await setLanguage('nl');
    expect(await senderLines()).toEqual(['Bart De Smet (Team Subsidies)']);
    await setLanguage('en');
    expect(await senderLines()).toEqual(['Bart De Smet (Subsidies team)']);
    await setLanguage('nl');
  });

  it('finds the message by the author, or by the team in either language', async () => {
    for (const sender of ['de smet', 'team subsidies', 'subsidies team'])
      expect(await senderLines({ sender }), sender).toHaveLength(1);
    expect(await senderLines({ sender: 'kwaliteit' })).toHaveLength(0);
  });
});

describe('the department’s name as configured', () => {
  it('is in the confirmation mail, in both languages, and no other department name is', async () => {
    const admin = await login(url, 'beheerder@delinde.example');
    for (const [email, language] of [
      ['nl.contact@delinde.example', 'nl'],
      ['en.contact@delinde.example', 'en'],
    ] as const) {
      const added = await gql(
        url,
        `mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { errors { code } } }`,
        { input: { firstName: 'Kim', lastName: 'Claes', email, language, themeIds: [themeId('SUB')] } },
        { token: admin },
      );
      expect(added.data?.addContactPerson.errors).toEqual([]);
      const mail = (await outbox(server.dbUrl, email)).at(-1);
      expect(mail?.text_body).toContain(`e-loket ${language === 'en' ? 'of' : 'van'} ${DEPARTMENT}.`);
      expect(mail?.text_body).not.toMatch(/Departement Zorg|Department of Care/);
    }
  });
});
