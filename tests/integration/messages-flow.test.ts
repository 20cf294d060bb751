// The Berichtenmodule as the manual (reference 004, §3) describes it, over real HTTP and WebSocket against
// real PostgreSQL: the department writes, the organisation sees it live under 'Ontvangen' and its theme
// contacts are mailed, it replies with a one-off contact and an attachment, the department sees the reply,
// and the Berichthistoriek holds the whole thread. Also: another organisation sees none of it.
// Every test writes in an organisation of its own (tests/utils/factories.ts): they pass in any order.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated/gql.js';
import { createContact, createOrganisation, createUser, type TestOrganisation } from '../utils/factories.js';
import { collectLive, disposeLive, errorCode, gql, login, wsClient } from '../utils/graphql.js';
import { outbox, ownerQuery } from '../utils/mailbox.js';
import {
  addConfirmedContact,
  key,
  REPLY,
  SEND,
  STAFF_SEND,
  themeId,
  tinyPdf,
  upload,
} from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

let server: TestServer;
let url: string;
let staff: string;
let agentErkenning: string;

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  // The department's people are only read: every message they write goes to a test's own organisation.
  [staff, agentErkenning] = await Promise.all([
    login(url, 'bart.desmet@zorg.example'),
    login(url, 'an.peeters@zorg.example'),
  ]);
});

interface Tenant {
  organisation: TestOrganisation;
  admin: string;
  member: string;
  memberEmail: string;
  /** The confirmed standard contact of the theme Subsidies. */
  jan: { email: string; firstName: string; lastName: string };
}

/** An organisation of the test's own: an ADMIN, a MEMBER and Jan Janssens, the contact for Subsidies. */
async function tenant(): Promise<Tenant> {
  const organisation = await createOrganisation(server);
  const [admin, member] = await Promise.all([
    createUser(server, organisation, { roles: ['ADMIN'] }),
    createUser(server, organisation),
  ]);
  const jan = await createContact(server, admin, ['SUB'], { firstName: 'Jan', lastName: 'Janssens' });
  return { organisation, admin: admin.token, member: member.token, memberEmail: member.email, jan };
}

/** The department (as `token`) starts a thread with `organisation`; returns its reference number. */
async function staffSends(token: string, organisation: TestOrganisation, theme: string, title: string) {
  const sent = await gql(
    url,
    STAFF_SEND,
    {
      input: {
        clientKey: key(),
        organisationId: organisation.id,
        themeId: themeId(theme),
        title,
        body: 'Tekst',
      },
    },
    { token },
  );
  const ref = sent.data?.sendMessageToOrganisation.message?.referenceNumber;
  if (!ref) throw new Error(`sendMessageToOrganisation failed: ${JSON.stringify(sent.data ?? sent.errors)}`);
  return ref;
}

const THREAD = graphql(`
  query FlowThread($ref: String!) {
    thread(referenceNumber: $ref) {
      referenceNumber title unanswered messageCount
      theme { code } team { nameNl } assignedHandler { email }
      messages { direction body senderLabel attachments { id fileName contentType sizeBytes } }
      contacts { id firstName lastName email standard confirmed }
    }
  }
`);

const MESSAGE_ADDED = graphql(`
  subscription FlowMessageAdded {
    messageAdded { title direction referenceNumber }
  }
`);

const MESSAGE_COUNTS_CHANGED = graphql(`
  subscription FlowMessageCountsChanged {
    messageCountsChanged { unreadInbound }
  }
`);

const INBOX = graphql(`
  query FlowInbox {
    messages(first: 5, filter: { direction: INBOUND }) {
      totalCount edges { node { referenceNumber title read theme { name } author { lastName } } }
    }
  }
`);

const READ_STATE = graphql(`
  query FlowReadState($ref: String!) {
    thread(referenceNumber: $ref) { messages { read } }
  }
`);

const MARK_READ = graphql(`
  mutation FlowMarkThreadRead($ref: String!) {
    markThreadRead(referenceNumber: $ref) { id }
  }
`);

const COUNTS = graphql(`
  query FlowMessageCounts {
    messageCounts { inbound outbound unreadInbound }
  }
`);

const UNANSWERED = graphql(`
  query FlowUnanswered($organisationId: ID!) {
    staffInbox(first: 10, filter: { unanswered: true, organisationId: $organisationId }) {
      edges { node { referenceNumber unanswered organisation { name } latestMessage { direction } } }
    }
  }
`);

const MESSAGE = graphql(`
  query FlowMessage($id: ID!) {
    message(id: $id) { id }
  }
`);

const MESSAGE_TOTAL = graphql(`
  query FlowMessageTotal {
    messages(first: 1) { totalCount }
  }
`);

describe('a thread from the department to the organisation and back', () => {
  it('follows the manual end to end', async () => {
    const { organisation, admin, member, jan } = await tenant();
    const stranger = (await createUser(server, await createOrganisation(server))).token;
    // The organisation listens live; another organisation listens too and must hear nothing.
    const ownSocket = wsClient(server.wsUrl, member);
    const ownEvents = await collectLive(server, ownSocket, MESSAGE_ADDED);
    const strangerSocket = wsClient(server.wsUrl, stranger);
    const strangerEvents = await collectLive(server, strangerSocket, MESSAGE_ADDED);
    const counts = await collectLive(server, ownSocket, MESSAGE_COUNTS_CHANGED);

    // 1. The department writes to the organisation on the theme Subsidies.
    const sent = await gql(
      url,
      STAFF_SEND,
      {
        input: {
          clientKey: key(),
          organisationId: organisation.id,
          themeId: themeId('SUB'),
          title: 'Aanvraag werkingssubsidie 2027',
          body: 'Beste,\n\nGelieve het formulier aan te vullen.\n\nMet vriendelijke groeten',
        },
      },
      { token: staff },
    );
    expect(sent.data?.sendMessageToOrganisation.errors).toEqual([]);
    const ref = sent.data?.sendMessageToOrganisation.message?.referenceNumber ?? '';
    expect(ref).toMatch(/^DZ-\d{4}-\d{6}$/);
    expect(sent.data?.sendMessageToOrganisation.recipient).toEqual({
      kind: 'ORGANISATION',
      name: organisation.name,
    });

    // 2. It appears without reload, and only for this organisation.
    expect(await ownEvents.next()).toEqual({
      data: {
        messageAdded: { title: 'Aanvraag werkingssubsidie 2027', direction: 'INBOUND', referenceNumber: ref },
      },
    });
    expect(await counts.next()).toEqual({ data: { messageCountsChanged: { unreadInbound: 1 } } });

    // 3. The theme's confirmed contact is mailed with a deep link.
    const mail = (await outbox(server.dbUrl, jan.email)).find((m) => m.template === 'message-for-contact');
    expect(mail?.subject).toBe(`Nieuw bericht in het e-loket: Aanvraag werkingssubsidie 2027 (${ref})`);
    expect(mail?.text_body).toContain(`http://loket.test/messages/${ref}`);

    // 4. Under 'Ontvangen', unread.
    const inbox = await gql(url, INBOX, {}, { token: member });
    expect(inbox.data?.messages.totalCount).toBe(1);
    expect(inbox.data?.messages.edges[0]?.node).toEqual({
      referenceNumber: ref,
      title: 'Aanvraag werkingssubsidie 2027',
      read: false,
      theme: { name: 'Subsidies' },
      author: { lastName: 'De Smet' },
    });

    // 5. Opening marks it read (for this user only: the thread's read state is per viewer).
    const readState = async (token: string) =>
      (await gql(url, READ_STATE, { ref }, { token })).data?.thread.messages.map((m) => m.read);
    expect(await readState(member)).toEqual([false]);
    await gql(url, MARK_READ, { ref }, { token: member });
    expect(await counts.next()).toEqual({ data: { messageCountsChanged: { unreadInbound: 0 } } });
    const afterRead = await gql(url, COUNTS, {}, { token: member });
    expect(afterRead.data?.messageCounts).toEqual({ inbound: 1, outbound: 0, unreadInbound: 0 });
    expect(await readState(member)).toEqual([true]);
    expect(await readState(admin)).toEqual([false]);

    // 6. The organisation replies with an attachment and a one-off contact.
    const file = await upload(server.url, member, 'formulier ingevuld.pdf', tinyPdf());
    expect(file.status).toBe(201);
    expect(file.body).toMatchObject({ fileName: 'formulier ingevuld.pdf', contentType: 'application/pdf' });
    const attachmentId = file.body.id as string;
    const reply = await gql(
      url,
      REPLY,
      {
        input: {
          clientKey: key(),
          referenceNumber: ref,
          body: 'Hierbij het ingevulde formulier.',
          attachmentIds: [attachmentId],
          contacts: {
            add: [
              { firstName: 'Piet', lastName: 'Pieters', email: 'piet@boekhouding.example', standard: false },
            ],
          },
        },
      },
      { token: member },
    );
    expect(reply.data?.replyToThread.errors).toEqual([]);
    expect(reply.data?.replyToThread.message).toMatchObject({ referenceNumber: ref, direction: 'OUTBOUND' });
    expect(reply.data?.replyToThread.recipient).toEqual({
      kind: 'HANDLER',
      name: 'Bart De Smet (Team Subsidies)',
    });
    // The department is told.
    const told = (await outbox(server.dbUrl, 'bart.desmet@zorg.example')).at(-1);
    expect(told?.template).toBe('message-for-department');

    // 7. The department sees it: unanswered in its inbox, with the attachment and the contacts.
    const staffInbox = await gql(url, UNANSWERED, { organisationId: organisation.id }, { token: staff });
    expect(staffInbox.data?.staffInbox.edges.map((e) => e.node)).toEqual([
      {
        referenceNumber: ref,
        unanswered: true,
        organisation: { name: organisation.name },
        latestMessage: { direction: 'OUTBOUND' },
      },
    ]);
    const thread = await gql(url, THREAD, { ref }, { token: staff });
    expect(thread.data?.thread).toMatchObject({
      referenceNumber: ref,
      title: 'Aanvraag werkingssubsidie 2027',
      unanswered: true,
      messageCount: 2,
      theme: { code: 'SUB' },
      team: { nameNl: 'Team Subsidies' },
      assignedHandler: { email: 'bart.desmet@zorg.example' },
    });
    expect(
      thread.data?.thread.messages.map((m) => [m.direction, m.attachments.map((a) => a.fileName)]),
    ).toEqual([
      ['INBOUND', []],
      ['OUTBOUND', ['formulier ingevuld.pdf']],
    ]);
    expect(thread.data?.thread.contacts.map(({ id: _, ...contact }) => contact)).toEqual([
      { firstName: 'Jan', lastName: 'Janssens', email: jan.email, standard: true, confirmed: true },
      {
        firstName: 'Piet',
        lastName: 'Pieters',
        email: 'piet@boekhouding.example',
        standard: false,
        confirmed: true,
      },
    ]);

    // 8. The department answers: both contacts of the thread are mailed.
    const before = (await outbox(server.dbUrl)).length;
    const answer = await gql(
      url,
      REPLY,
      { input: { clientKey: key(), referenceNumber: ref, body: 'Dank u, goed ontvangen.' } },
      { token: staff },
    );
    expect(answer.data?.replyToThread.message?.direction).toBe('INBOUND');
    const newMails = (await outbox(server.dbUrl)).slice(before);
    expect(newMails.map((m) => m.recipient).sort()).toEqual([jan.email, 'piet@boekhouding.example'].sort());

    // 9. The Berichthistoriek in order, for the organisation too.
    const history = await gql(url, THREAD, { ref }, { token: member });
    expect(history.data?.thread.messages.map((m) => m.direction)).toEqual(['INBOUND', 'OUTBOUND', 'INBOUND']);
    expect(history.data?.thread.unanswered).toBe(false);

    // 10. Downloading: the organisation can, another organisation cannot, nobody anonymous.
    const download = await fetch(`${server.url}/attachments/${attachmentId}`, {
      headers: { authorization: `Bearer ${member}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="formulier ingevuld.pdf"; filename*=UTF-8''formulier%20ingevuld.pdf`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await download.arrayBuffer()).equals(tinyPdf())).toBe(true);
    const staffDownload = await fetch(`${server.url}/attachments/${attachmentId}`, {
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(staffDownload.status).toBe(200);
    await staffDownload.arrayBuffer();
    const foreign = await fetch(`${server.url}/attachments/${attachmentId}`, {
      headers: { authorization: `Bearer ${stranger}` },
    });
    expect(foreign.status).toBe(404);
    expect((await fetch(`${server.url}/attachments/${attachmentId}`)).status).toBe(401);

    // 11. The other organisation: NOT_FOUND for the message and the thread, and no event ever.
    const messageId = sent.data?.sendMessageToOrganisation.message?.id ?? '';
    expect(errorCode(await gql(url, MESSAGE, { id: messageId }, { token: stranger }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(url, THREAD, { ref }, { token: stranger }))).toBe('NOT_FOUND');
    const strangerMessages = await gql(url, MESSAGE_TOTAL, {}, { token: stranger });
    expect(strangerMessages.data?.messages.totalCount).toBe(0);
    // The organisation heard its own reply and the department's answer too; the other organisation nothing.
    const event = (direction: string) => ({
      data: { messageAdded: { title: 'Aanvraag werkingssubsidie 2027', direction, referenceNumber: ref } },
    });
    expect(await ownEvents.next()).toEqual(event('OUTBOUND'));
    expect(await ownEvents.next()).toEqual(event('INBOUND'));
    expect(ownEvents.pending).toEqual([]);
    expect(strangerEvents.pending).toEqual([]);

    await disposeLive(server, [ownSocket, strangerSocket]);
  });
});

describe('sending from the organisation', () => {
  const SEND_NEW = graphql(`
    mutation FlowSendNew($input: SendMessageInput!) {
      sendMessage(input: $input) {
        message { id referenceNumber }
        recipient { kind name }
        errors { field code message }
        privacyWarnings { kind field masked message }
      }
    }
  `);

  const CONTACT_PERSONS = graphql(`
    query FlowContactPersons {
      contactPersons(first: 50) { edges { node { email status themes { code } } } }
    }
  `);

  async function messageRows(token: string) {
    return (await gql(url, MESSAGE_TOTAL, {}, { token })).data?.messages.totalCount;
  }

  it("routes a new message to the theme's team and names the recipient; a retry sends nothing twice", async () => {
    const { member } = await tenant();
    const input = {
      clientKey: key(),
      themeId: themeId('SUB'),
      title: 'Vraag over de subsidie',
      body: 'Wanneer volgt de beslissing?',
    };
    const first = await gql(url, SEND_NEW, { input }, { token: member });
    expect(first.data?.sendMessage.errors).toEqual([]);
    expect(first.data?.sendMessage.recipient).toEqual({ kind: 'TEAM', name: 'Team Subsidies' });
    expect(await messageRows(member)).toBe(1);
    const again = await gql(url, SEND_NEW, { input }, { token: member });
    expect(again.data?.sendMessage.message?.id).toBe(first.data?.sendMessage.message?.id);
    expect(await messageRows(member)).toBe(1);
  });

  it("sends to a team or handler picked in 'Hulp nodig?'", async () => {
    const { member } = await tenant();
    const teams = await gql(
      url,
      graphql(`
        query FlowTeams {
          teams { id nameNl handlers { id lastName } }
        }
      `),
      {},
      { token: member },
    );
    const erkenning = teams.data?.teams.find((t) => t.nameNl === 'Team Erkenning');
    const handler = erkenning?.handlers.find((h) => h.lastName === 'Peeters');
    const result = await gql(
      url,
      SEND_NEW,
      {
        input: {
          clientKey: key(),
          themeId: themeId('SUB'),
          title: 'Vraag aan een dossierbehandelaar',
          body: 'Kunnen we even bellen?',
          handlerId: handler?.id,
          contacts: {
            add: [{ firstName: 'Eva', lastName: 'Extern', email: 'eva@extern.example', standard: false }],
          },
        },
      },
      { token: member },
    );
    expect(result.data?.sendMessage.recipient).toEqual({
      kind: 'HANDLER',
      name: 'An Peeters (Team Erkenning)',
    });
  });

  it('needs at least one contact for the theme, and checks every field; nothing is saved on error', async () => {
    const { admin, member, jan } = await tenant();
    const mails = (await outbox(server.dbUrl)).length;
    const noContact = await gql(
      url,
      SEND_NEW,
      { input: { clientKey: key(), themeId: themeId('KWA'), title: 'Kwaliteit', body: 'Vraag' } },
      { token: member },
    );
    expect(noContact.data?.sendMessage.errors).toEqual([
      {
        field: 'contacts',
        code: 'CONTACT_REQUIRED',
        message:
          'Geef minstens één contactpersoon op voor dit bericht. Zo blijven de juiste mensen op de hoogte bij een antwoord.',
      },
    ]);
    const invalid = await gql(
      url,
      SEND_NEW,
      {
        input: {
          clientKey: key(),
          themeId: themeId('KWA'),
          title: '  ',
          body: 'Tekst',
          attachmentIds: ['00000000-0000-4000-8000-000000000000'],
          contacts: {
            add: [
              { firstName: 'Nieuw', lastName: 'Standaard', email: 'nieuw@delinde.example', standard: true },
              { firstName: '', lastName: 'Zonder', email: 'geen-adres', standard: false },
              { firstName: 'Dubbel', lastName: 'Contact', email: jan.email.toUpperCase(), standard: false },
            ],
          },
        },
      },
      { token: member },
    );
    expect(invalid.data?.sendMessage.message).toBeNull();
    expect(invalid.data?.sendMessage.errors.map((e) => [e.field, e.code])).toEqual([
      ['title', 'REQUIRED'],
      ['attachmentIds.0', 'ATTACHMENT_NOT_FOUND'],
      ['contacts.add.1.firstName', 'REQUIRED'],
      ['contacts.add.1.email', 'INVALID_EMAIL'],
      ['contacts.add.2.email', 'CONTACT_EMAIL_TAKEN'],
    ]);
    expect(await messageRows(member)).toBe(0);
    expect((await outbox(server.dbUrl)).length).toBe(mails);
    const contacts = await gql(url, CONTACT_PERSONS, {}, { token: admin });
    expect(contacts.data?.contactPersons.edges.map((e) => e.node.email)).toEqual([jan.email]);
  });

  it('adds a standard contact of the theme from a message: it joins the contacts and is mailed a confirmation', async () => {
    const { admin, member } = await tenant();
    const result = await gql(
      url,
      SEND_NEW,
      {
        input: {
          clientKey: key(),
          themeId: themeId('KWA'),
          title: 'Kwaliteitsverslag',
          body: 'In bijlage volgt ons verslag.',
          contacts: {
            add: [{ firstName: 'Kim', lastName: 'Kwaliteit', email: 'kim@delinde.example', standard: true }],
          },
        },
      },
      { token: member },
    );
    expect(result.data?.sendMessage.errors).toEqual([]);
    const contacts = await gql(url, CONTACT_PERSONS, {}, { token: admin });
    expect(contacts.data?.contactPersons.edges.map((e) => e.node)).toContainEqual({
      email: 'kim@delinde.example',
      status: 'UNCONFIRMED',
      themes: [{ code: 'KWA' }],
    });
    const confirmation = (await outbox(server.dbUrl, 'kim@delinde.example')).at(-1);
    expect(confirmation?.text_body).toContain('http://loket.test/confirm-contact?token=');
  });

  it('warns about personal data and sends only when the warning is acknowledged', async () => {
    const { member } = await tenant();
    const input = {
      clientKey: key(),
      themeId: themeId('SUB'),
      title: 'Terugbetaling',
      body: 'Graag storten op BE68 5390 0754 7034.',
    };
    const warned = await gql(url, SEND_NEW, { input }, { token: member });
    expect(warned.data?.sendMessage.message).toBeNull();
    expect(warned.data?.sendMessage.privacyWarnings).toEqual([
      {
        kind: 'IBAN',
        field: 'body',
        masked: 'BE68 •••• •••• ••••',
        message:
          'Uw bericht lijkt een rekeningnummer (IBAN) te bevatten (BE68 •••• •••• ••••). Stuur zulke gegevens enkel als het echt nodig is.',
      },
    ]);
    expect(await messageRows(member)).toBe(0);
    const acknowledged = await gql(
      url,
      SEND_NEW,
      { input: { ...input, acknowledgePrivacyWarning: true } },
      { token: member },
    );
    expect(acknowledged.data?.sendMessage.errors).toEqual([]);
    expect(acknowledged.data?.sendMessage.message).not.toBeNull();
    expect(await messageRows(member)).toBe(1);
  });

  it('lets a thread lose a contact for this thread only; it stays a standard contact of the theme', async () => {
    const { member, jan } = await tenant();
    const started = await gql(
      url,
      SEND_NEW,
      { input: { clientKey: key(), themeId: themeId('SUB'), title: 'Drie contacten', body: 'Tekst' } },
      { token: member },
    );
    const ref = started.data?.sendMessage.message?.referenceNumber ?? '';
    const before = await gql(url, THREAD, { ref }, { token: member });
    expect(before.data?.thread.contacts.map((c) => c.email)).toEqual([jan.email]);
    const janId = before.data?.thread.contacts[0]?.id ?? '';
    const lonely = await gql(
      url,
      REPLY,
      {
        input: { clientKey: key(), referenceNumber: ref, body: 'Zonder Jan', contacts: { remove: [janId] } },
      },
      { token: member },
    );
    expect(lonely.data?.replyToThread.errors.map((e) => e.code)).toEqual(['CONTACT_REQUIRED']);
    const swapped = await gql(
      url,
      REPLY,
      {
        input: {
          clientKey: key(),
          referenceNumber: ref,
          body: 'Zonder Jan, met Sofie',
          contacts: {
            remove: [janId],
            add: [{ firstName: 'Sofie', lastName: 'Smet', email: 'sofie@extern.example', standard: false }],
          },
        },
      },
      { token: member },
    );
    expect(swapped.data?.replyToThread.errors).toEqual([]);
    const after = await gql(url, THREAD, { ref }, { token: member });
    expect(after.data?.thread.contacts.map((c) => c.email)).toEqual(['sofie@extern.example']);
    const draft = await gql(
      url,
      graphql(`
        query FlowDraftThreadContacts($t: ID!) {
          draftThreadContacts(themeId: $t) { email standard }
        }
      `),
      { t: themeId('SUB') },
      { token: member },
    );
    expect(draft.data?.draftThreadContacts).toEqual([{ email: jan.email, standard: true }]);
  });
});

describe('department rights', () => {
  const ASSIGN = graphql(`
    mutation FlowAssignThread($ref: String!, $h: ID) {
      assignThread(referenceNumber: $ref, handlerId: $h) {
        thread { assignedHandler { lastName } }
        errors { field code }
      }
    }
  `);

  it('lets an AGENT answer only in threads of their own teams, and assign only to the team’s handlers', async () => {
    const { organisation, member } = await tenant();
    const ref = await staffSends(staff, organisation, 'SUB', 'Opvolging');
    const refused = await gql(
      url,
      REPLY,
      { input: { clientKey: key(), referenceNumber: ref, body: 'Ik ook' } },
      { token: agentErkenning },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    // Reading every organisation is allowed.
    const read = await gql(url, THREAD, { ref }, { token: agentErkenning });
    expect(read.data?.thread.referenceNumber).toBe(ref);

    const teams = await gql(
      url,
      graphql(`
        query FlowTeamHandlers {
          teams { nameNl handlers { id lastName } }
        }
      `),
      {},
      { token: staff },
    );
    const peeters = teams.data?.teams
      .find((t) => t.nameNl === 'Team Erkenning')
      ?.handlers.find((h) => h.lastName === 'Peeters');
    const wrongTeam = await gql(url, ASSIGN, { ref, h: peeters?.id }, { token: staff });
    expect(wrongTeam.data?.assignThread.errors).toEqual([
      { field: 'handlerId', code: 'HANDLER_NOT_IN_TEAM' },
    ]);
    const unassigned = await gql(url, ASSIGN, { ref, h: null }, { token: staff });
    expect(unassigned.data?.assignThread).toEqual({ errors: [], thread: { assignedHandler: null } });
    const tenantTries = await gql(url, ASSIGN, { ref, h: null }, { token: member });
    expect(errorCode(tenantTries)).toBe('FORBIDDEN');
  });
});

describe('the staff inbox', () => {
  const INBOX_PAGE = graphql(`
    query FlowStaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
      staffInbox(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { node { title team { nameNl } } }
      }
    }
  `);
  const titles = (r: { data: { staffInbox: { edges: Array<{ node: { title: string } }> } } | null }) =>
    r.data?.staffInbox.edges.map((e) => e.node.title);

  it("shows an AGENT their own teams, every team on request, and searches the messages' text", async () => {
    const { organisation, member } = await tenant();
    const me = await gql(
      url,
      graphql(`
        query FlowMyTeams {
          me { teams { nameNl } }
        }
      `),
      {},
      { token: agentErkenning },
    );
    expect(me.data?.me?.teams).toEqual([{ nameNl: 'Team Erkenning' }, { nameNl: 'Team Kwaliteit' }]);
    const subsidy = await staffSends(staff, organisation, 'SUB', 'Over de subsidie');
    await staffSends(agentErkenning, organisation, 'ERK', 'Over de erkenning');
    // The words searched for are in the organisation's reply, not in the title.
    const reply = await gql(
      url,
      REPLY,
      { input: { clientKey: key(), referenceNumber: subsidy, body: 'Hierbij het ingevulde formulier.' } },
      { token: member },
    );
    expect(reply.data?.replyToThread.errors).toEqual([]);
    const filter = { organisationId: organisation.id };
    const own = await gql(url, INBOX_PAGE, { first: 50, filter }, { token: agentErkenning });
    expect(titles(own)).toEqual(['Over de erkenning']);
    const all = await gql(
      url,
      INBOX_PAGE,
      { first: 50, filter: { ...filter, allTeams: true } },
      { token: agentErkenning },
    );
    expect(all.data?.staffInbox.edges.map((e) => [e.node.title, e.node.team.nameNl]).sort()).toEqual([
      ['Over de erkenning', 'Team Erkenning'],
      ['Over de subsidie', 'Team Subsidies'],
    ]);
    const byBody = await gql(
      url,
      INBOX_PAGE,
      { first: 50, filter: { ...filter, allTeams: true, text: 'ingevulde formulier' } },
      { token: agentErkenning },
    );
    expect(titles(byBody)).toEqual(['Over de subsidie']);
  });

  it('pages forwards and back', async () => {
    const { organisation } = await tenant();
    for (const title of ['Eerste', 'Tweede', 'Derde']) await staffSends(staff, organisation, 'SUB', title);
    const filter = { organisationId: organisation.id };
    const first = await gql(url, INBOX_PAGE, { first: 2, filter }, { token: staff });
    expect(titles(first)).toEqual(['Derde', 'Tweede']);
    const second = await gql(
      url,
      INBOX_PAGE,
      { first: 2, after: first.data?.staffInbox.pageInfo.endCursor, filter },
      { token: staff },
    );
    expect(titles(second)).toEqual(['Eerste']);
    expect(second.data?.staffInbox.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const back = await gql(
      url,
      INBOX_PAGE,
      { last: 2, before: second.data?.staffInbox.pageInfo.startCursor, filter },
      { token: staff },
    );
    expect(titles(back)).toEqual(titles(first));
    expect(back.data?.staffInbox.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });
});

describe('robust input', () => {
  it('answers ids that are not ids without an internal error', async () => {
    const { member } = await tenant();
    const list = await gql(
      url,
      graphql(`
        query FlowMessagesOfNoTheme {
          messages(first: 5, filter: { themeId: "abc" }) { totalCount }
        }
      `),
      {},
      { token: member },
    );
    expect(list.data?.messages.totalCount).toBe(0);
    const sent = await gql(
      url,
      SEND,
      {
        input: {
          clientKey: key(),
          themeId: themeId('SUB'),
          title: 'x',
          body: 'y',
          handlerId: 'geen-id',
          teamId: 'ook-niet',
        },
      },
      { token: member },
    );
    expect(sent.data?.sendMessage.errors.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'handlerId', code: 'HANDLER_NOT_FOUND' },
    ]);
    const inbox = await gql(
      url,
      graphql(`
        query FlowStaffInboxOfNoTeam {
          staffInbox(first: 5, filter: { teamId: "x" }) { totalCount }
        }
      `),
      {},
      { token: staff },
    );
    expect(errorCode(inbox)).toBe('BAD_USER_INPUT');
    const foreignOrg = await gql(
      url,
      graphql(`
        query FlowMessagesOfNoOrganisation {
          messages(first: 5, organisationId: "x") { totalCount }
        }
      `),
      {},
      { token: staff },
    );
    expect(errorCode(foreignOrg)).toBe('NOT_FOUND');
  });

  it('pages exactly through messages sent in the same millisecond', async () => {
    const { organisation, member } = await tenant();
    for (const title of ['Gelijk 1', 'Gelijk 2', 'Gelijk 3'])
      await staffSends(staff, organisation, 'SUB', title);
    await ownerQuery(
      server.dbUrl,
      `UPDATE message SET sent_at = '2026-05-05 10:00:00.123456+02' WHERE organisation_id = $1`,
      [organisation.id],
    );
    const LIST = graphql(`
      query FlowMessagePage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
        messages(first: $first, after: $after, last: $last, before: $before) {
          pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
          edges { node { title } }
        }
      }
    `);
    const page = async (vars: {
      first?: number;
      after?: string | null;
      last?: number;
      before?: string | null;
    }) => {
      const messages = (await gql(url, LIST, vars, { token: member })).data?.messages;
      if (!messages) throw new Error('no page');
      return messages;
    };
    const seen: Array<string | undefined> = [];
    let current = await page({ first: 1 });
    const cursors = [current.pageInfo.startCursor];
    seen.push(current.edges[0]?.node.title);
    while (current.pageInfo.hasNextPage) {
      current = await page({ first: 1, after: current.pageInfo.endCursor });
      seen.push(current.edges[0]?.node.title);
      cursors.push(current.pageInfo.startCursor);
    }
    expect(seen.sort()).toEqual(['Gelijk 1', 'Gelijk 2', 'Gelijk 3']);
    const back = await page({ last: 1, before: cursors[2] });
    expect(back.pageInfo.startCursor).toBe(cursors[1]);
  });
});

describe('reference numbers', () => {
  it('pad the counter to six digits and let it grow past them instead of cutting it', async () => {
    // A server and database of its own: the counter is moved to the edge.
    const own = await startTestServer();
    await ownerQuery(own.dbUrl, "SELECT setval('message_reference_seq', 999998)");
    const token = await login(own.graphqlUrl, 'medewerker@delinde.example');
    await addConfirmedContact(
      own.graphqlUrl,
      own.dbUrl,
      await login(own.graphqlUrl, 'beheerder@delinde.example'),
      {
        firstName: 'Jan',
        lastName: 'Janssens',
        email: 'jan.janssens@delinde.example',
        themes: ['SUB'],
      },
    );
    const refs: Array<string | undefined> = [];
    for (const title of ['Negenhonderdnegenennegentigduizend', 'Miljoen', 'Miljoen en één']) {
      const sent = await gql(
        own.graphqlUrl,
        SEND,
        { input: { clientKey: key(), themeId: themeId('SUB'), title, body: 'Beste, een vraag.' } },
        { token },
      );
      expect(sent.data?.sendMessage.errors).toEqual([]);
      refs.push(sent.data?.sendMessage.message?.referenceNumber);
    }
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format();
    expect(refs).toEqual([`DZ-${year}-999999`, `DZ-${year}-1000000`, `DZ-${year}-1000001`]);
  });
});
