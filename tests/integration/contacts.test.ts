// Contact persons over real HTTP and WebSocket against real PostgreSQL: adding, confirming by the mailed
// link, tasks and their subscription, changes and removal with their mails, validation, rights, tenant
// isolation and the transactional outbox.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import type { ContactsContactPersonsQuery } from '../graphql/generated/graphql.js';
import { createOrganisation, createUser } from '../utils/factories.js';
import {
  collectLive,
  disposeLive,
  errorCode,
  type GqlResult,
  gql,
  login,
  wsClient,
} from '../utils/graphql.js';
import { linkIn, type OutboxMail, outbox, ownerQuery, tokenOf } from '../utils/mailbox.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const DE_LINDE = id(301);
const ZONNEBLOEM = id(302);
const ERK = id(201);
const SUB = id(202);
const KWA = id(203);
const INF = id(204);
const PER = id(205);

let server: TestServer;
let url: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  for (const email of [
    'beheerder@delinde.example',
    'medewerker@delinde.example',
    'beheerder@zonnebloem.example',
    'medewerker@zonnebloem.example',
    'an.peeters@zorg.example',
  ])
    tokens[email] = await login(url, email);
});

const lindeAdmin = () => tokens['beheerder@delinde.example'] as string;
const lindeMember = () => tokens['medewerker@delinde.example'] as string;
const zonAdmin = () => tokens['beheerder@zonnebloem.example'] as string;
const zonMember = () => tokens['medewerker@zonnebloem.example'] as string;
const staff = () => tokens['an.peeters@zorg.example'] as string;

graphql(`
  fragment ContactsContactFields on ContactPerson {
    id firstName lastName email phone language status confirmedAt hasAccess themes { id name }
  }
`);
const LIST = graphql(`
  query ContactsContactPersons($organisationId: ID, $filter: ContactPersonFilter, $first: Int, $after: Cursor) {
  contactPersons(organisationId: $organisationId, filter: $filter, first: $first, after: $after) {
    totalCount edges { cursor node { ...ContactsContactFields } } pageInfo { hasNextPage endCursor }
  }
}
`);
const ADD = graphql(`
  mutation ContactsAddContactPerson($input: AddContactPersonInput!) {
  addContactPerson(input: $input) { errors { field code message } contactPerson { ...ContactsContactFields } }
}
`);
const UPDATE = graphql(`
  mutation ContactsUpdateContactPerson($input: UpdateContactPersonInput!) {
  updateContactPerson(input: $input) { errors { field code message } contactPerson { ...ContactsContactFields } }
}
`);
const REMOVE = graphql(`mutation ContactsRemoveContactPerson($id: ID!) { removeContactPerson(id: $id) }`);
const RESEND = graphql(`
  mutation ContactsResendContactConfirmation($id: ID!) {
  resendContactConfirmation(id: $id) { errors { field code message } contactPerson { id status } }
}
`);
const INVITE = graphql(`
  mutation ContactsInviteContactPerson($id: ID!, $roles: [Role!]!) {
  inviteContactPerson(id: $id, roles: $roles) { errors { field code } user { email status roles } }
}
`);
const CONFIRM = graphql(`
  mutation ContactsConfirmContactPerson($token: String!) {
  confirmContactPerson(token: $token) { status message organisationName themeNames }
}
`);
const TASKS = graphql(
  `query ContactsTasks { tasks { id kind awaitingConfirmation message theme { id code } } }`,
);
const TASKS_CHANGED = graphql(
  `subscription ContactsTasksChanged { tasksChanged { id awaitingConfirmation message theme { code } } }`,
);

interface ContactInput {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string | null;
  language?: 'nl' | 'en' | null;
  themeIds: string[];
}

async function add(input: ContactInput, token = lindeAdmin()) {
  const result = await gql(url, ADD, { input }, { token });
  const payload = result.data?.addContactPerson;
  if (!payload?.contactPerson) throw new Error(`add failed: ${JSON.stringify(result.errors ?? payload)}`);
  return payload.contactPerson as { id: string; email: string; status: string };
}

/** The newest mail to `recipient` of `template`. */
async function lastMail(recipient: string, template: string): Promise<OutboxMail> {
  const mail = (await outbox(server.dbUrl, recipient)).filter((m) => m.template === template).at(-1);
  if (!mail) throw new Error(`no ${template} mail to ${recipient}`);
  return mail;
}

async function confirmationToken(recipient: string): Promise<string> {
  return tokenOf(
    linkIn(await lastMail(recipient, 'contact-confirmation'), 'http://loket.test/confirm-contact?token='),
  );
}

async function confirm(token: string, headers: Record<string, string> = {}, bearer?: string) {
  return gql(url, CONFIRM, { token }, { headers, token: bearer });
}

const taskCodes = (list: Array<{ theme: { code: string } }> = []) => list.map((t) => t.theme.code);

async function countContacts(organisationId = DE_LINDE): Promise<number> {
  const rows = await ownerQuery(
    server.dbUrl,
    'SELECT count(*)::int AS n FROM contact_person WHERE organisation_id = $1',
    [organisationId],
  );
  return rows[0]?.n;
}

describe('adding and confirming a contact', () => {
  it('mails a link that confirms the contact; the task disappears and subscribers get the shorter list', async () => {
    // Two organisations of its own: the task lists start full whatever ran before.
    const orgA = await createOrganisation(server, { name: 'WZC Eigen Proef' });
    const adminA = await createUser(server, orgA, {
      roles: ['ADMIN'],
      firstName: 'Els',
      lastName: 'Janssens',
    });
    const memberA = await createUser(server, orgA);
    const orgB = await createOrganisation(server, { themes: ['ERK', 'SUB', 'KWA', 'PER'] });
    const adminB = await createUser(server, orgB, { roles: ['ADMIN'] });
    const memberB = await createUser(server, orgB);
    const before = await gql(url, TASKS, {}, { token: memberA.token });
    expect(before.data?.tasks).toHaveLength(5);
    expect(before.data?.tasks[1]).toEqual({
      id: `contact-missing:${SUB}`,
      kind: 'CONTACT_PERSON_MISSING',
      awaitingConfirmation: false,
      message: 'Geef een contactpersoon op voor het thema Subsidies.',
      theme: { id: SUB, code: 'SUB' },
    });

    const lindeClient = wsClient(server.wsUrl, memberA.token);
    const zonClient = wsClient(server.wsUrl, memberB.token);
    const linde = await collectLive(server, lindeClient, TASKS_CHANGED);
    const zon = await collectLive(server, zonClient, TASKS_CHANGED);
    try {
      const contact = await add(
        {
          firstName: 'Jan',
          lastName: 'Peeters',
          email: 'Jan.Peeters@DeLinde.example',
          phone: '050 12 34 56',
          themeIds: [KWA, SUB],
        },
        adminA.token,
      );
      expect(contact).toMatchObject({
        firstName: 'Jan',
        email: 'Jan.Peeters@delinde.example',
        phone: '+3250123456',
        language: 'nl',
        status: 'UNCONFIRMED',
        confirmedAt: null,
        hasAccess: false,
        themes: [
          { id: SUB, name: 'Subsidies' },
          { id: KWA, name: 'Kwaliteit' },
        ],
      });
      // Adding changes the tasks' wording (waiting for confirmation), not their number.
      const added = (await linde.next()).data?.tasksChanged ?? [];
      expect(added).toHaveLength(5);
      expect(added[1]).toMatchObject({ awaitingConfirmation: true, theme: { code: 'SUB' } });
      expect(added[1]?.message).toContain('heeft nog niet bevestigd');

      const mail = await lastMail('jan.peeters@delinde.example', 'contact-confirmation');
      expect(mail.language).toBe('nl');
      expect(mail.subject).toBe(`Bevestig dat u contactpersoon bent van ${orgA.name}`);
      expect(mail.text_body).toContain(
        `Els Janssens heeft u opgegeven als contactpersoon van ${orgA.name} voor de thema’s Subsidies en Kwaliteit`,
      );
      expect(mail.text_body).toContain('14 dagen geldig');
      const link = linkIn(mail, 'http://loket.test/confirm-contact?token=');
      expect(mail.html_body).toContain(link);

      // Opened by an anonymous browser: no cookie is set, nobody is logged in.
      const confirmed = await confirm(tokenOf(link));
      expect(confirmed.data?.confirmContactPerson).toEqual({
        status: 'CONFIRMED',
        organisationName: orgA.name,
        themeNames: ['Subsidies', 'Kwaliteit'],
        message: expect.stringContaining(
          `U bent nu bevestigd als contactpersoon van ${orgA.name} voor Subsidies en Kwaliteit`,
        ),
      });
      expect(confirmed.headers.get('set-cookie')).toBeNull();

      const shorter = (await linde.next()).data?.tasksChanged ?? [];
      expect(taskCodes(shorter)).toEqual(['ERK', 'INF', 'PER']);
      const tasks = await gql(url, TASKS, {}, { token: adminA.token });
      expect(taskCodes(tasks.data?.tasks)).toEqual(['ERK', 'INF', 'PER']);

      const list = await gql(url, LIST, {}, { token: memberA.token });
      const node = list.data?.contactPersons.edges[0]?.node;
      expect(node).toMatchObject({ email: 'Jan.Peeters@delinde.example', status: 'CONFIRMED' });
      expect(node?.confirmedAt).not.toBeNull();

      // The other organisation's subscriber heard nothing: its first event is its own organisation's.
      await add(
        { firstName: 'Zoë', lastName: 'Zon', email: 'zoe@zonnebloem.example', themeIds: [ERK] },
        adminB.token,
      );
      const own = (await zon.next()).data?.tasksChanged ?? [];
      expect(taskCodes(own)).toEqual(['ERK', 'SUB', 'KWA', 'PER']);
      expect(own[0]?.awaitingConfirmation).toBe(true);
      expect(zon.pending).toHaveLength(0);
      expect(linde.pending).toHaveLength(0);
    } finally {
      await disposeLive(server, [lindeClient, zonClient]);
    }
  });

  it('a second click says it is already confirmed; a logged-in user opening the link stays who they were', async () => {
    await add({ firstName: 'Piet', lastName: 'Pauwels', email: 'piet@delinde.example', themeIds: [ERK] });
    const token = await confirmationToken('piet@delinde.example');
    const member = lindeMember();
    const first = await confirm(token, {}, member);
    expect(first.data?.confirmContactPerson.status).toBe('CONFIRMED');
    expect(first.headers.get('set-cookie')).toBeNull();
    const me = await gql(url, graphql(`query ContactsMe { me { email } }`), {}, { token: member });
    expect(me.data?.me?.email).toBe('medewerker@delinde.example');

    const again = await confirm(token, { 'accept-language': 'en' });
    expect(again.data?.confirmContactPerson).toMatchObject({
      status: 'ALREADY_CONFIRMED',
      organisationName: 'WZC De Linde',
      themeNames: ['Recognition'],
    });
    expect(again.data?.confirmContactPerson.message).toContain('There is nothing left to do');
  });

  it('an expired link and a made-up one answer what to do; an ADMIN resends, throttled', async () => {
    const contact = await add({
      firstName: 'Eva',
      lastName: 'Engels',
      email: 'eva@delinde.example',
      language: 'en',
      themeIds: [PER],
    });
    const mail = await lastMail('eva@delinde.example', 'contact-confirmation');
    expect(mail.language).toBe('en');
    expect(mail.subject).toBe('Please confirm that you are a contact person of WZC De Linde');
    expect(mail.text_body).toContain(
      'Els Janssens gave you as a contact person of WZC De Linde for the theme Staff',
    );
    const oldToken = tokenOf(linkIn(mail, 'http://loket.test/confirm-contact?token='));
    await ownerQuery(
      server.dbUrl,
      "UPDATE contact_confirmation SET expires_at = now() - interval '1 second' WHERE contact_person_id = $1",
      [contact.id],
    );
    const expired = await confirm(oldToken);
    expect(expired.data?.confirmContactPerson).toMatchObject({
      status: 'EXPIRED',
      organisationName: 'WZC De Linde',
      message:
        'Deze bevestigingslink is verlopen. Vraag de beheerder van WZC De Linde om u een nieuwe bevestigingsmail te sturen.',
    });
    const list = await gql(url, LIST, { filter: { themeId: PER } }, { token: lindeAdmin() });
    expect(
      list.data?.contactPersons.edges.filter((e) => e.node.id === contact.id).map((e) => e.node.status),
    ).toEqual(['UNCONFIRMED']);

    const madeUp = await confirm('A'.repeat(43));
    expect(madeUp.data?.confirmContactPerson).toMatchObject({
      status: 'INVALID',
      organisationName: null,
      themeNames: [],
    });
    expect(madeUp.data?.confirmContactPerson.message).toContain('ongeldig');
    expect((await confirm('not a token')).data?.confirmContactPerson.status).toBe('INVALID');

    const tooSoon = await gql(url, RESEND, { id: contact.id }, { token: lindeAdmin() });
    expect(tooSoon.data?.resendContactConfirmation).toEqual({
      contactPerson: null,
      errors: [
        {
          field: null,
          code: 'CONFIRMATION_RESEND_TOO_SOON',
          message: 'Er werd net een bevestigingsmail verstuurd. U kunt er over 5 minuten opnieuw een sturen.',
        },
      ],
    });
    await ownerQuery(
      server.dbUrl,
      "UPDATE contact_person SET confirmation_sent_at = now() - interval '6 minutes' WHERE id = $1",
      [contact.id],
    );
    const resent = await gql(url, RESEND, { id: contact.id }, { token: lindeAdmin() });
    expect(resent.data?.resendContactConfirmation).toEqual({
      errors: [],
      contactPerson: { id: contact.id, status: 'UNCONFIRMED' },
    });
    const fresh = await lastMail('eva@delinde.example', 'contact-confirmation');
    expect(fresh.id).not.toBe(mail.id);
    expect(fresh.text_body).toContain('Here is a new link to confirm this');
    const newToken = tokenOf(linkIn(fresh, 'http://loket.test/confirm-contact?token='));
    expect((await confirm(newToken)).data?.confirmContactPerson.status).toBe('CONFIRMED');
    expect((await confirm(oldToken)).data?.confirmContactPerson.status).toBe('ALREADY_CONFIRMED');

    const confirmedResend = await gql(url, RESEND, { id: contact.id }, { token: lindeAdmin() });
    expect(confirmedResend.data?.resendContactConfirmation.errors[0]?.code).toBe('CONTACT_ALREADY_CONFIRMED');
  });
});

describe('changing and removing a contact', () => {
  it('a new email address: confirmation to the new, notice to the old, UNCONFIRMED, the task is back', async () => {
    const contact = await add({
      firstName: 'Inge',
      lastName: 'Infect',
      email: 'inge@delinde.example',
      themeIds: [INF],
    });
    const oldToken = await confirmationToken('inge@delinde.example');
    expect((await confirm(oldToken)).data?.confirmContactPerson.status).toBe('CONFIRMED');
    expect(taskCodes((await gql(url, TASKS, {}, { token: lindeAdmin() })).data?.tasks)).not.toContain('INF');

    const client = wsClient(server.wsUrl, lindeAdmin());
    const events = await collectLive(server, client, TASKS_CHANGED);
    try {
      const mailsBefore = (await outbox(server.dbUrl)).length;
      const updated = await gql(
        url,
        UPDATE,
        {
          input: {
            id: contact.id,
            firstName: 'Inge',
            lastName: 'Infect',
            email: 'inge.infect@elders.example',
            themeIds: [INF],
          },
        },
        { token: lindeAdmin() },
      );
      expect(updated.data?.updateContactPerson).toMatchObject({
        errors: [],
        contactPerson: { email: 'inge.infect@elders.example', status: 'UNCONFIRMED', confirmedAt: null },
      });
      const mails = (await outbox(server.dbUrl)).slice(mailsBefore);
      expect(mails.map((m) => [m.recipient, m.template]).sort()).toEqual([
        ['inge.infect@elders.example', 'contact-confirmation'],
        ['inge@delinde.example', 'contact-email-changed'],
      ]);
      const notice = mails.find((m) => m.template === 'contact-email-changed') as OutboxMail;
      expect(notice.subject).toBe('Uw e-mailadres als contactpersoon van WZC De Linde werd gewijzigd');
      expect(notice.text_body).toContain('- E-mailadres: inge@delinde.example → inge.infect@elders.example');
      const confirmation = mails.find((m) => m.template === 'contact-confirmation') as OutboxMail;
      expect(confirmation.text_body).toContain('werd gewijzigd naar dit adres');

      const back = (await events.next()).data?.tasksChanged ?? [];
      expect(taskCodes(back)).toContain('INF');
      expect(taskCodes((await gql(url, TASKS, {}, { token: lindeAdmin() })).data?.tasks)).toContain('INF');

      // The link to the old address confirms nothing any more.
      expect((await confirm(oldToken)).data?.confirmContactPerson.status).toBe('USED');
      const newToken = await confirmationToken('inge.infect@elders.example');
      expect((await confirm(newToken)).data?.confirmContactPerson.status).toBe('CONFIRMED');
      expect(taskCodes((await events.next()).data?.tasksChanged ?? [])).not.toContain('INF');
    } finally {
      await disposeLive(server, [client]);
    }
  });

  it('an unused link to a previous address is invalid', async () => {
    const contact = await add({
      firstName: 'Oud',
      lastName: 'Adres',
      email: 'oud@delinde.example',
      themeIds: [ERK],
    });
    const oldToken = await confirmationToken('oud@delinde.example');
    await gql(
      url,
      UPDATE,
      {
        input: {
          id: contact.id,
          firstName: 'Oud',
          lastName: 'Adres',
          email: 'nieuw-adres@delinde.example',
          themeIds: [ERK],
        },
      },
      { token: lindeAdmin() },
    );
    expect((await confirm(oldToken)).data?.confirmContactPerson.status).toBe('INVALID');
  });

  it('every edit mails the contact the changed fields, in their language; no change mails nothing', async () => {
    const contact = await add({
      firstName: 'Wim',
      lastName: 'Wouters',
      email: 'wim@delinde.example',
      themeIds: [SUB],
    });
    const input = {
      id: contact.id,
      firstName: 'Wim',
      lastName: 'Wauters',
      email: 'WIM@delinde.example',
      phone: '0470 12 34 56',
      themeIds: [PER, SUB],
    };
    const result = await gql(url, UPDATE, { input }, { token: lindeAdmin() });
    expect(result.data?.updateContactPerson.errors).toEqual([]);
    expect(result.data?.updateContactPerson.contactPerson).toMatchObject({
      status: 'UNCONFIRMED',
      phone: '+32470123456',
      themes: [{ name: 'Subsidies' }, { name: 'Personeel' }],
    });
    const mail = await lastMail('wim@delinde.example', 'contact-changed');
    expect(mail.subject).toBe('Uw gegevens als contactpersoon van WZC De Linde werden gewijzigd');
    expect(mail.text_body).toContain('- Familienaam: Wouters → Wauters');
    expect(mail.text_body).toContain('- E-mailadres: wim@delinde.example → WIM@delinde.example');
    expect(mail.text_body).toContain('- Telefoonnummer: (leeg) → +32470123456');
    expect(mail.text_body).toContain('- Thema’s: Subsidies → Subsidies, Personeel');
    expect(mail.html_body).toContain('<li>Familienaam: Wouters → Wauters</li>');
    // A change of case only is no new address: no confirmation needed.
    expect((await outbox(server.dbUrl, 'wim@delinde.example')).map((m) => m.template)).toEqual([
      'contact-confirmation',
      'contact-changed',
    ]);

    const count = (await outbox(server.dbUrl)).length;
    const same = await gql(url, UPDATE, { input }, { token: lindeAdmin() });
    expect(same.data?.updateContactPerson.errors).toEqual([]);
    expect((await outbox(server.dbUrl)).length).toBe(count);

    const english = await gql(
      url,
      UPDATE,
      { input: { ...input, language: 'en', phone: null } },
      { token: lindeAdmin() },
    );
    expect(english.data?.updateContactPerson.contactPerson?.language).toBe('en');
    const mailEn = await lastMail('wim@delinde.example', 'contact-changed');
    expect(mailEn.subject).toBe('Your details as a contact person of WZC De Linde were changed');
    expect(mailEn.text_body).toContain('- Phone number: +32470123456 → (empty)');
    expect(mailEn.text_body).toContain('- Language: Dutch → English');
  });

  it('removal mails the removed person and brings the task back', async () => {
    const contact = await add(
      {
        firstName: 'Rita',
        lastName: 'Remove',
        email: 'rita@zonnebloem.example',
        themeIds: [PER],
      },
      zonAdmin(),
    );
    expect(
      (await confirm(await confirmationToken('rita@zonnebloem.example'))).data?.confirmContactPerson.status,
    ).toBe('CONFIRMED');
    expect(taskCodes((await gql(url, TASKS, {}, { token: zonAdmin() })).data?.tasks)).not.toContain('PER');

    const removed = await gql(url, REMOVE, { id: contact.id }, { token: zonAdmin() });
    expect(removed.data?.removeContactPerson).toBe(contact.id);
    const mail = await lastMail('rita@zonnebloem.example', 'contact-removed');
    expect(mail.subject).toBe('U bent geen contactpersoon meer van Dagcentrum De Zonnebloem');
    expect(mail.text_body).toContain(
      'U werd verwijderd als contactpersoon van Dagcentrum De Zonnebloem voor het thema Personeel.',
    );
    expect(taskCodes((await gql(url, TASKS, {}, { token: zonAdmin() })).data?.tasks)).toContain('PER');
    const list = await gql(url, LIST, {}, { token: zonAdmin() });
    expect(list.data?.contactPersons.edges.map((e) => e.node.email)).not.toContain('rita@zonnebloem.example');
    expect(errorCode(await gql(url, REMOVE, { id: contact.id }, { token: zonAdmin() }))).toBe('NOT_FOUND');
  });
});

describe('validation', () => {
  it('reports every field at once, saves nothing and mails nothing', async () => {
    const contacts = await countContacts();
    const mails = (await outbox(server.dbUrl)).length;
    const result = await gql(
      url,
      ADD,
      { input: { firstName: ' ', lastName: 'Leeg', email: 'geen-adres', phone: '12345', themeIds: [] } },
      { token: lindeAdmin() },
    );
    expect(result.data?.addContactPerson.contactPerson).toBeNull();
    expect(result.data?.addContactPerson.errors).toEqual([
      { field: 'firstName', code: 'REQUIRED', message: 'Dit veld is verplicht.' },
      {
        field: 'email',
        code: 'INVALID_EMAIL',
        message: 'Geef een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.',
      },
      { field: 'phone', code: 'INVALID_PHONE', message: expect.stringContaining('telefoonnummer') },
      { field: 'themeIds', code: 'THEMES_REQUIRED', message: 'Kies minstens één thema.' },
    ]);

    await add({ firstName: 'Uniek', lastName: 'Adres', email: 'uniek@delinde.example', themeIds: [ERK] });
    const countAfterOne = await countContacts();
    const mailsAfterOne = (await outbox(server.dbUrl)).length;
    const taken = await gql(
      url,
      ADD,
      {
        input: { firstName: 'Ander', lastName: 'Persoon', email: ' UNIEK@DeLinde.example ', themeIds: [ERK] },
      },
      { token: lindeAdmin() },
    );
    expect(taken.data?.addContactPerson.errors).toEqual([
      {
        field: 'email',
        code: 'CONTACT_EMAIL_TAKEN',
        message: expect.stringContaining('bestaat al een contactpersoon'),
      },
    ]);
    expect(await countContacts()).toBe(countAfterOne);
    expect(countAfterOne).toBe(contacts + 1);
    expect((await outbox(server.dbUrl)).length).toBe(mailsAfterOne);
    expect(mailsAfterOne).toBe(mails + 1);
    // The same address is fine in another organisation.
    await add(
      { firstName: 'Uniek', lastName: 'Adres', email: 'uniek@delinde.example', themeIds: [ERK] },
      zonAdmin(),
    );
  });

  it('accepts only themes of the organisation and a known language; an invalid edit changes nothing', async () => {
    const foreign = await gql(
      url,
      ADD,
      { input: { firstName: 'A', lastName: 'B', email: 'ab@zonnebloem.example', themeIds: [INF] } },
      { token: zonAdmin() },
    );
    expect(foreign.data?.addContactPerson.errors).toMatchObject([
      { field: 'themeIds', code: 'THEME_NOT_OF_ORGANISATION' },
    ]);
    const unknownTheme = await gql(
      url,
      ADD,
      { input: { firstName: 'A', lastName: 'B', email: 'ab@zonnebloem.example', themeIds: ['nonsense'] } },
      { token: zonAdmin() },
    );
    expect(unknownTheme.data?.addContactPerson.errors).toMatchObject([
      { field: 'themeIds', code: 'THEME_NOT_OF_ORGANISATION' },
    ]);

    const contact = await add({
      firstName: 'Vera',
      lastName: 'Vast',
      email: 'vera@delinde.example',
      themeIds: [KWA],
    });
    // The address another contact of the organisation has.
    await add({ firstName: 'Bezet', lastName: 'Adres', email: 'bezet@delinde.example', themeIds: [KWA] });
    const mails = (await outbox(server.dbUrl)).length;
    const bad = await gql(
      url,
      UPDATE,
      {
        input: {
          id: contact.id,
          firstName: 'Vera',
          lastName: '',
          email: 'bezet@delinde.example',
          themeIds: [KWA],
        },
      },
      { token: lindeAdmin() },
    );
    expect(bad.data?.updateContactPerson.errors.map((e) => [e.field, e.code])).toEqual([
      ['lastName', 'REQUIRED'],
      ['email', 'CONTACT_EMAIL_TAKEN'],
    ]);
    const rows = await ownerQuery(server.dbUrl, 'SELECT last_name, email FROM contact_person WHERE id = $1', [
      contact.id,
    ]);
    expect(rows[0]).toEqual({ last_name: 'Vast', email: 'vera@delinde.example' });
    expect((await outbox(server.dbUrl)).length).toBe(mails);
  });
});

describe('rights and tenant isolation', () => {
  it('a MEMBER reads the contacts but cannot change them; staff read with the organisation named', async () => {
    const contact = await add({
      firstName: 'Mia',
      lastName: 'Member',
      email: 'mia@delinde.example',
      themeIds: [ERK],
    });
    const read = await gql(url, LIST, { filter: { themeId: ERK } }, { token: lindeMember() });
    expect(read.data?.contactPersons.edges.map((e) => e.node.email)).toContain('mia@delinde.example');

    const input = { firstName: 'X', lastName: 'Y', email: 'xy@delinde.example', themeIds: [ERK] };
    for (const token of [lindeMember(), staff()]) {
      expect(errorCode(await gql(url, ADD, { input }, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, UPDATE, { input: { ...input, id: contact.id } }, { token }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await gql(url, REMOVE, { id: contact.id }, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, RESEND, { id: contact.id }, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(url, INVITE, { id: contact.id, roles: ['MEMBER'] }, { token }))).toBe(
        'FORBIDDEN',
      );
    }
    expect(errorCode(await gql(url, ADD, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(url, LIST, {}))).toBe('UNAUTHENTICATED');

    const staffRead = await gql(url, LIST, { organisationId: DE_LINDE }, { token: staff() });
    expect(staffRead.data?.contactPersons.edges.map((e) => e.node.email)).toContain('mia@delinde.example');
    expect(errorCode(await gql(url, LIST, {}, { token: staff() }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql(url, LIST, { organisationId: id(399) }, { token: staff() }))).toBe(
      'NOT_FOUND',
    );
    // Staff read an organisation's tasks as its own users do.
    const staffTasks = await gql(
      url,
      graphql(`query ContactsTasks2($o: ID) { tasks(organisationId: $o) { id } }`),
      { o: ZONNEBLOEM },
      { token: staff() },
    );
    const ownTasks = await gql(
      url,
      graphql(`query ContactsTasks3 { tasks { id } }`),
      {},
      { token: zonMember() },
    );
    expect(ownTasks.data?.tasks).toContainEqual({ id: `contact-missing:${PER}` });
    expect(staffTasks.data?.tasks).toEqual(ownTasks.data?.tasks);
  });

  it("another organisation's contact is NOT_FOUND, through every door", async () => {
    const contact = await add({
      firstName: 'Geheim',
      lastName: 'Linde',
      email: 'geheim@delinde.example',
      themeIds: [SUB],
    });
    const input = {
      id: contact.id,
      firstName: 'X',
      lastName: 'Y',
      email: 'xy@zonnebloem.example',
      themeIds: [SUB],
    };
    expect(errorCode(await gql(url, UPDATE, { input }, { token: zonAdmin() }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(url, REMOVE, { id: contact.id }, { token: zonAdmin() }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(url, RESEND, { id: contact.id }, { token: zonAdmin() }))).toBe('NOT_FOUND');
    expect(
      errorCode(await gql(url, INVITE, { id: contact.id, roles: ['MEMBER'] }, { token: zonAdmin() })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await gql(url, REMOVE, { id: 'not-a-uuid' }, { token: zonAdmin() }))).toBe('NOT_FOUND');
    const ONE = graphql(`query ContactsContactPerson($id: ID!) { contactPerson(id: $id) { email } }`);
    expect(errorCode(await gql(url, ONE, { id: contact.id }, { token: zonMember() }))).toBe('NOT_FOUND');
    expect(
      (await gql(url, ONE, { id: contact.id }, { token: lindeMember() })).data?.contactPerson.email,
    ).toBe('geheim@delinde.example');
    expect(errorCode(await gql(url, LIST, { organisationId: DE_LINDE }, { token: zonMember() }))).toBe(
      'NOT_FOUND',
    );
    expect(
      errorCode(
        await gql(
          url,
          graphql(`query ContactsTasks4($o: ID) { tasks(organisationId: $o) { id } }`),
          { o: DE_LINDE },
          { token: zonMember() },
        ),
      ),
    ).toBe('NOT_FOUND');
    const own = await gql(url, LIST, {}, { token: zonMember() });
    expect(own.data?.contactPersons.edges.map((e) => e.node.email)).not.toContain('geheim@delinde.example');
  });

  it('row-level security hides other tenants’ contacts and every confirmation token from a tenant scope', async () => {
    // A contact of each organisation, so that what the scope hides and what it shows both exist.
    await add({ firstName: 'Rik', lastName: 'Rls', email: 'rik.rls@delinde.example', themeIds: [ERK] });
    const own = await add(
      { firstName: 'Zoë', lastName: 'Rls', email: 'zoe.rls@zonnebloem.example', themeIds: [ERK] },
      zonAdmin(),
    );
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: server.dbUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL ROLE loket_app');
      await client.query(
        "SELECT set_config('app.scope', 'tenant', true), set_config('app.organisation_id', $1, true)",
        [ZONNEBLOEM],
      );
      const contacts = await client.query('SELECT id, organisation_id FROM contact_person');
      expect(contacts.rows).toContainEqual({ id: own.id, organisation_id: ZONNEBLOEM });
      expect(contacts.rows.filter((r) => r.organisation_id !== ZONNEBLOEM)).toEqual([]);
      const themes = await client.query('SELECT DISTINCT organisation_id FROM contact_person_theme');
      expect(themes.rows.map((r) => r.organisation_id)).toEqual([ZONNEBLOEM]);
      expect((await client.query('SELECT * FROM contact_confirmation')).rows).toEqual([]);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });
});

describe('access to the e-loket', () => {
  it('shows whether the address has a user, and an ADMIN invites the contact in one step', async () => {
    await add({ firstName: 'Tom', lastName: 'Claes', email: 'Medewerker@delinde.example', themeIds: [KWA] });
    const outsider = await add({
      firstName: 'Olga',
      lastName: 'Outsider',
      email: 'olga@delinde.example',
      themeIds: [KWA],
    });
    const list = async () => {
      const result = await gql(url, LIST, { filter: { themeId: KWA } }, { token: lindeAdmin() });
      return Object.fromEntries(
        result.data?.contactPersons.edges.map((e) => [e.node.email.toLowerCase(), e.node.hasAccess]) ?? [],
      );
    };
    expect(await list()).toMatchObject({ 'medewerker@delinde.example': true, 'olga@delinde.example': false });

    const invited = await gql(url, INVITE, { id: outsider.id, roles: ['MEMBER'] }, { token: lindeAdmin() });
    expect(invited.data?.inviteContactPerson).toEqual({
      errors: [],
      user: { email: 'olga@delinde.example', status: 'INVITED', roles: ['MEMBER'] },
    });
    expect((await lastMail('olga@delinde.example', 'invitation')).subject).toBe(
      'Uitnodiging voor het e-loket van WZC De Linde',
    );
    expect(await list()).toMatchObject({ 'olga@delinde.example': true });
    const twice = await gql(url, INVITE, { id: outsider.id, roles: ['MEMBER'] }, { token: lindeAdmin() });
    expect(twice.data?.inviteContactPerson.errors).toEqual([{ field: 'email', code: 'EMAIL_TAKEN' }]);
  });
});

describe('the transactional outbox', () => {
  it('a change rolled back by a later error in the same operation queues no mail and saves nothing', async () => {
    const contacts = await countContacts();
    const mails = (await outbox(server.dbUrl)).length;
    const result = await gql(
      url,
      graphql(`
  mutation ContactsAdded($input: AddContactPersonInput!, $missing: ID!) {
        added: addContactPerson(input: $input) { contactPerson { id } errors { code } }
        removed: removeContactPerson(id: $missing)
      }
`),
      {
        input: { firstName: 'Rolf', lastName: 'Rollback', email: 'rolf@delinde.example', themeIds: [ERK] },
        missing: id(999),
      },
      { token: lindeAdmin() },
    );
    // The first field ran (fields of a mutation run in order) and the second failed: all rolled back.
    expect(result.data).toBeNull();
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(await countContacts()).toBe(contacts);
    expect((await outbox(server.dbUrl)).length).toBe(mails);
    expect(await outbox(server.dbUrl, 'rolf@delinde.example')).toEqual([]);
    // The same addition on its own is saved and mailed.
    await add({ firstName: 'Rolf', lastName: 'Rollback', email: 'rolf@delinde.example', themeIds: [ERK] });
    expect(await countContacts()).toBe(contacts + 1);
    expect(await outbox(server.dbUrl, 'rolf@delinde.example')).toHaveLength(1);
  });
});

describe('paging', () => {
  it('pages by last name, first name (case-insensitive) with stable cursors, filtered by theme and status', async () => {
    for (const [firstName, lastName] of [
      ['Bert', 'de Bruyn'],
      ['Ann', 'Aerts'],
      ['Cas', 'claes'],
      ['Bea', 'De Bruyn'],
    ] as const)
      await add(
        { firstName, lastName, email: `${firstName.toLowerCase()}@zonnebloem.example`, themeIds: [KWA] },
        zonAdmin(),
      );
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: GqlResult<ContactsContactPersonsQuery> = await gql(
        url,
        LIST,
        { filter: { themeId: KWA }, first: 3, after },
        { token: zonMember() },
      );
      const connection = page.data?.contactPersons;
      if (!connection) throw new Error(JSON.stringify(page.errors));
      total = connection.totalCount ?? 0;
      seen.push(...connection.edges.map((e) => `${e.node.lastName}, ${e.node.firstName}`));
      after = connection.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null;
    } while (after);
    expect(total).toBe(4);
    expect(seen).toEqual(['Aerts, Ann', 'claes, Cas', 'De Bruyn, Bea', 'de Bruyn, Bert']);

    const confirmed = await gql(url, LIST, { filter: { status: 'CONFIRMED' } }, { token: zonMember() });
    expect(confirmed.data?.contactPersons.edges.every((e) => e.node.status === 'CONFIRMED')).toBe(true);
    expect(errorCode(await gql(url, LIST, { after: 'garbage' }, { token: zonMember() }))).toBe(
      'BAD_USER_INPUT',
    );
  });
});
