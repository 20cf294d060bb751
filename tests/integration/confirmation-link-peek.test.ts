// Looking at a confirmation link changes nothing: contactConfirmationLink answers null while the link can
// still confirm (the page then offers 'Bevestigen'), and once it was used it answers ALREADY_CONFIRMED at
// once, so the person is not asked to confirm again. Unknown links are INVALID.
import { beforeAll, describe, expect, it } from 'vitest';
import { gql, login } from '../utils/graphql.js';
import { linkIn, outbox, tokenOf } from '../utils/mailbox.js';
import { themeId } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;

const PEEK =
  'query($t: String!) { contactConfirmationLink(token: $t) { status organisationName themeNames } }';
const CONFIRM = 'mutation($t: String!) { confirmContactPerson(token: $t) { status } }';
const STATUS = '{ contactPersons(first: 10) { edges { node { email status } } } }';

beforeAll(async () => {
  server = await startTestServer({ SEED_DEMO: 'true' });
  url = server.graphqlUrl;
});

describe('contactConfirmationLink', () => {
  it('changes nothing while open, and says ALREADY_CONFIRMED once used', async () => {
    const admin = await login(url, 'beheerder@delinde.example');
    const email = 'kijk.eerst@delinde.example';
    const added = await gql(
      url,
      'mutation($input: AddContactPersonInput!) { addContactPerson(input: $input) { errors { code } } }',
      { input: { firstName: 'Kim', lastName: 'Eerst', email, themeIds: [themeId('ERK')] } },
      { token: admin },
    );
    expect(added.data?.addContactPerson.errors).toEqual([]);
    const mail = (await outbox(server.dbUrl, email)).at(-1);
    if (!mail) throw new Error('no confirmation mail');
    const token = tokenOf(linkIn(mail, 'http://loket.test/confirm-contact?token='));
    const statusOf = async () => {
      const list = await gql(url, STATUS, {}, { token: admin });
      const edges = (list.data?.contactPersons.edges ?? []) as Array<{
        node: { email: string; status: string };
      }>;
      return edges.find((e) => e.node.email === email)?.node.status;
    };

    for (let n = 0; n < 2; n++) {
      const peek = await gql(url, PEEK, { t: token });
      expect(peek.errors).toBeUndefined();
      expect(peek.data?.contactConfirmationLink).toBeNull();
    }
    expect(await statusOf()).toBe('UNCONFIRMED');

    expect((await gql(url, CONFIRM, { t: token })).data?.confirmContactPerson.status).toBe('CONFIRMED');
    const used = await gql(url, PEEK, { t: token });
    expect(used.data?.contactConfirmationLink).toEqual({
      status: 'ALREADY_CONFIRMED',
      organisationName: 'WZC De Linde',
      themeNames: ['Erkenning'],
    });
    expect(await statusOf()).toBe('CONFIRMED');
  });

  it('answers INVALID for a link that is not one', async () => {
    for (const t of ['niet-geldig', 'A'.repeat(43)]) {
      const peek = await gql(url, PEEK, { t });
      expect(peek.data?.contactConfirmationLink.status).toBe('INVALID');
    }
  });
});
