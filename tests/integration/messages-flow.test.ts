// The Berichtenmodule as the manual (reference 004, §3) describes it, over real HTTP and WebSocket against
// real PostgreSQL: the department writes, the organisation sees it live under 'Ontvangen' and its theme
// contacts are mailed, it replies with a one-off contact and an attachment, the department sees the reply,
// and the Berichthistoriek holds the whole thread. Also: another organisation sees none of it.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../../server/src/seed/demo.js';
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

const linde = DEMO_ORGANISATIONS[0] as { id: string };
let server: TestServer;
let url: string;
let admin: string;
let member: string;
let staff: string;
let stranger: string;

beforeAll(async () => {
  server = await startTestServer();
  url = server.graphqlUrl;
  [admin, member, staff, stranger] = await Promise.all([
    login(url, 'beheerder@delinde.example'),
    login(url, 'medewerker@delinde.example'),
    login(url, 'bart.desmet@zorg.example'),
    login(url, 'medewerker@zonnebloem.example'),
  ]);
  await addConfirmedContact(url, server.dbUrl, admin, {
    firstName: 'Jan',
    lastName: 'Janssens',
    email: 'jan.janssens@delinde.example',
    themes: ['SUB'],
  });
});

const THREAD = `query($ref: String!) {
  thread(referenceNumber: $ref) {
    referenceNumber title unanswered messageCount
    theme { code } team { nameNl } assignedHandler { email }
    messages { direction body senderLabel attachments { id fileName contentType sizeBytes } }
    contacts { firstName lastName email standard confirmed }
  }
}`;

describe('a thread from the department to the organisation and back', () => {
  it('follows the manual end to end', async () => {
    // The organisation listens live; another organisation listens too and must hear nothing.
    const lindeSocket = wsClient(server.wsUrl, member);
    const lindeEvents = await collectLive(
      server,
      lindeSocket,
      'subscription { messageAdded { title direction referenceNumber } }',
    );
    const strangerSocket = wsClient(server.wsUrl, stranger);
    const strangerEvents = await collectLive(
      server,
      strangerSocket,
      'subscription { messageAdded { title } }',
    );
    const counts = await collectLive(
      server,
      lindeSocket,
      'subscription { messageCountsChanged { unreadInbound } }',
    );

    // 1. The department writes to the organisation on the theme Subsidies.
    const sent = await gql(
      url,
      STAFF_SEND,
      {
        input: {
          clientKey: key(),
          organisationId: linde.id,
          themeId: themeId('SUB'),
          title: 'Aanvraag werkingssubsidie 2027',
          body: 'Beste,\n\nGelieve het formulier aan te vullen.\n\nMet vriendelijke groeten',
        },
      },
      { token: staff },
    );
    expect(sent.data?.sendMessageToOrganisation.errors).toEqual([]);
    const ref = sent.data?.sendMessageToOrganisation.message.referenceNumber as string;
    expect(ref).toMatch(/^DZ-\d{4}-\d{6}$/);
    expect(sent.data?.sendMessageToOrganisation.recipient).toEqual({
      kind: 'ORGANISATION',
      name: 'WZC De Linde',
    });

    // 2. It appears without reload, and only for this organisation.
    expect(await lindeEvents.next()).toEqual({
      data: {
        messageAdded: { title: 'Aanvraag werkingssubsidie 2027', direction: 'INBOUND', referenceNumber: ref },
      },
    });
    expect(await counts.next()).toEqual({ data: { messageCountsChanged: { unreadInbound: 1 } } });

    // 3. The theme's confirmed contact is mailed with a deep link.
    const mail = (await outbox(server.dbUrl, 'jan.janssens@delinde.example')).find(
      (m) => m.template === 'message-for-contact',
    );
    expect(mail?.subject).toBe(`Nieuw bericht in het e-loket: Aanvraag werkingssubsidie 2027 (${ref})`);
    expect(mail?.text_body).toContain(`http://loket.test/messages/${ref}`);

    // 4. Under 'Ontvangen', unread.
    const inbox = await gql(
      url,
      `{ messages(first: 5, filter: { direction: INBOUND }) { totalCount edges { node { referenceNumber title read theme { name } author { lastName } } } } }`,
      {},
      { token: member },
    );
    expect(inbox.data?.messages.totalCount).toBe(1);
    expect(inbox.data?.messages.edges[0].node).toEqual({
      referenceNumber: ref,
      title: 'Aanvraag werkingssubsidie 2027',
      read: false,
      theme: { name: 'Subsidies' },
      author: { lastName: 'De Smet' },
    });

    // 5. Opening marks it read (for this user only: the thread's read state is per viewer).
    const readState = async (token: string) =>
      (
        await gql(
          url,
          'query($ref: String!) { thread(referenceNumber: $ref) { messages { read } } }',
          { ref },
          { token },
        )
      ).data?.thread.messages.map((m: { read: boolean }) => m.read);
    expect(await readState(member)).toEqual([false]);
    await gql(
      url,
      'mutation($ref: String!) { markThreadRead(referenceNumber: $ref) { id } }',
      { ref },
      { token: member },
    );
    expect(await counts.next()).toEqual({ data: { messageCountsChanged: { unreadInbound: 0 } } });
    const afterRead = await gql(
      url,
      '{ messageCounts { inbound outbound unreadInbound } }',
      {},
      { token: member },
    );
    expect(afterRead.data?.messageCounts).toEqual({ inbound: 1, outbound: 0, unreadInbound: 0 });
    expect(await readState(member)).toEqual([true]);
    expect(await readState(admin)).toEqual([false]);

    // 6. The organisation replies with an attachment and a one-off contact.
    const file = await upload(server.url, member, 'formulier ingevuld.pdf', tinyPdf());
    expect(file.status).toBe(201);
    expect(file.body).toMatchObject({ fileName: 'formulier ingevuld.pdf', contentType: 'application/pdf' });
    const reply = await gql(
      url,
      REPLY,
      {
        input: {
          clientKey: key(),
          referenceNumber: ref,
          body: 'Hierbij het ingevulde formulier.',
          attachmentIds: [file.body.id],
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
    const staffInbox = await gql(
      url,
      `{ staffInbox(first: 10, filter: { unanswered: true }) { edges { node { referenceNumber unanswered organisation { name } latestMessage { direction } } } } }`,
      {},
      { token: staff },
    );
    expect(staffInbox.data?.staffInbox.edges.map((e: any) => e.node)).toEqual([
      {
        referenceNumber: ref,
        unanswered: true,
        organisation: { name: 'WZC De Linde' },
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
      thread.data?.thread.messages.map((m: any) => [m.direction, m.attachments.map((a: any) => a.fileName)]),
    ).toEqual([
      ['INBOUND', []],
      ['OUTBOUND', ['formulier ingevuld.pdf']],
    ]);
    expect(thread.data?.thread.contacts).toEqual([
      {
        firstName: 'Jan',
        lastName: 'Janssens',
        email: 'jan.janssens@delinde.example',
        standard: true,
        confirmed: true,
      },
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
    expect(answer.data?.replyToThread.message.direction).toBe('INBOUND');
    const newMails = (await outbox(server.dbUrl)).slice(before);
    expect(newMails.map((m) => m.recipient).sort()).toEqual([
      'jan.janssens@delinde.example',
      'piet@boekhouding.example',
    ]);

    // 9. The Berichthistoriek in order, for the organisation too.
    const history = await gql(url, THREAD, { ref }, { token: member });
    expect(history.data?.thread.messages.map((m: any) => m.direction)).toEqual([
      'INBOUND',
      'OUTBOUND',
      'INBOUND',
    ]);
    expect(history.data?.thread.unanswered).toBe(false);

    // 10. Downloading: the organisation can, another organisation cannot, nobody anonymous.
    const attachmentId = file.body.id as string;
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
    const messageId = sent.data?.sendMessageToOrganisation.message.id as string;
    expect(
      errorCode(
        await gql(url, 'query($id: ID!) { message(id: $id) { id } }', { id: messageId }, { token: stranger }),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await gql(url, THREAD, { ref }, { token: stranger }))).toBe('NOT_FOUND');
    const strangerMessages = await gql(url, '{ messages(first: 5) { totalCount } }', {}, { token: stranger });
    expect(strangerMessages.data?.messages.totalCount).toBe(0);
    // The organisation heard its own reply and the department's answer too; the other organisation nothing.
    const event = (direction: string) => ({
      data: { messageAdded: { title: 'Aanvraag werkingssubsidie 2027', direction, referenceNumber: ref } },
    });
    expect(await lindeEvents.next()).toEqual(event('OUTBOUND'));
    expect(await lindeEvents.next()).toEqual(event('INBOUND'));
    expect(lindeEvents.pending).toEqual([]);
    expect(strangerEvents.pending).toEqual([]);

    await disposeLive(server, [lindeSocket, strangerSocket]);
  });
});

describe('sending from the organisation', () => {
  const SEND_NEW = `mutation($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message { id referenceNumber }
      recipient { kind name }
      errors { field code message }
      privacyWarnings { kind field masked message }
    }
  }`;

  async function messageRows(): Promise<number> {
    const result = await gql(url, '{ messages(first: 1) { totalCount } }', {}, { token: member });
    return result.data?.messages.totalCount as number;
  }

  it("routes a new message to the theme's team and names the recipient; a retry sends nothing twice", async () => {
    const clientKey = key();
    const input = {
      clientKey,
      themeId: themeId('SUB'),
      title: 'Vraag over de subsidie',
      body: 'Wanneer volgt de beslissing?',
    };
    const first = await gql(url, SEND_NEW, { input }, { token: member });
    expect(first.data?.sendMessage.errors).toEqual([]);
    expect(first.data?.sendMessage.recipient).toEqual({ kind: 'TEAM', name: 'Team Subsidies' });
    const count = await messageRows();
    const again = await gql(url, SEND_NEW, { input }, { token: member });
    expect(again.data?.sendMessage.message.id).toBe(first.data?.sendMessage.message.id);
    expect(await messageRows()).toBe(count);
  });

  it("sends to a team or handler picked in 'Hulp nodig?'", async () => {
    const teams = await gql(url, '{ teams { id nameNl handlers { id lastName } } }', {}, { token: member });
    const erkenning = teams.data?.teams.find((t: any) => t.nameNl === 'Team Erkenning');
    const handler = erkenning.handlers.find((h: any) => h.lastName === 'Peeters');
    const result = await gql(
      url,
      SEND_NEW,
      {
        input: {
          clientKey: key(),
          themeId: themeId('SUB'),
          title: 'Vraag aan een dossierbehandelaar',
          body: 'Kunnen we even bellen?',
          handlerId: handler.id,
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
    const count = await messageRows();
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
              {
                firstName: 'Dubbel',
                lastName: 'Contact',
                email: 'JAN.JANSSENS@delinde.example',
                standard: false,
              },
            ],
          },
        },
      },
      { token: member },
    );
    expect(invalid.data?.sendMessage.message).toBeNull();
    expect(invalid.data?.sendMessage.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['title', 'REQUIRED'],
      ['attachmentIds.0', 'ATTACHMENT_NOT_FOUND'],
      ['contacts.add.1.firstName', 'REQUIRED'],
      ['contacts.add.1.email', 'INVALID_EMAIL'],
      ['contacts.add.2.email', 'CONTACT_EMAIL_TAKEN'],
    ]);
    expect(await messageRows()).toBe(count);
    expect((await outbox(server.dbUrl)).length).toBe(mails);
    const contacts = await gql(
      url,
      '{ contactPersons(first: 50) { edges { node { email } } } }',
      {},
      { token: admin },
    );
    expect(contacts.data?.contactPersons.edges.map((e: any) => e.node.email)).not.toContain(
      'nieuw@delinde.example',
    );
  });

  it('adds a standard contact of the theme from a message: it joins the contacts and is mailed a confirmation', async () => {
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
    const contacts = await gql(
      url,
      `{ contactPersons(first: 50) { edges { node { email status themes { code } } } } }`,
      {},
      { token: admin },
    );
    expect(contacts.data?.contactPersons.edges.map((e: any) => e.node)).toContainEqual({
      email: 'kim@delinde.example',
      status: 'UNCONFIRMED',
      themes: [{ code: 'KWA' }],
    });
    const confirmation = (await outbox(server.dbUrl, 'kim@delinde.example')).at(-1);
    expect(confirmation?.text_body).toContain('http://loket.test/confirm-contact?token=');
  });

  it('warns about personal data and sends only when the warning is acknowledged', async () => {
    const count = await messageRows();
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
    expect(await messageRows()).toBe(count);
    const acknowledged = await gql(
      url,
      SEND_NEW,
      { input: { ...input, acknowledgePrivacyWarning: true } },
      { token: member },
    );
    expect(acknowledged.data?.sendMessage.errors).toEqual([]);
    expect(acknowledged.data?.sendMessage.message).not.toBeNull();
  });

  it('lets a thread lose a contact for this thread only; it stays a standard contact of the theme', async () => {
    const started = await gql(
      url,
      SEND_NEW,
      { input: { clientKey: key(), themeId: themeId('SUB'), title: 'Drie contacten', body: 'Tekst' } },
      { token: member },
    );
    const ref = started.data?.sendMessage.message.referenceNumber as string;
    const jan = await gql(url, THREAD, { ref }, { token: member });
    expect(jan.data?.thread.contacts.map((c: any) => c.email)).toEqual(['jan.janssens@delinde.example']);
    const janId = (
      await gql(
        url,
        'query($ref: String!) { thread(referenceNumber: $ref) { contacts { id } } }',
        { ref },
        { token: member },
      )
    ).data?.thread.contacts[0].id;
    const lonely = await gql(
      url,
      REPLY,
      {
        input: { clientKey: key(), referenceNumber: ref, body: 'Zonder Jan', contacts: { remove: [janId] } },
      },
      { token: member },
    );
    expect(lonely.data?.replyToThread.errors.map((e: any) => e.code)).toEqual(['CONTACT_REQUIRED']);
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
    expect(after.data?.thread.contacts.map((c: any) => c.email)).toEqual(['sofie@extern.example']);
    const draft = await gql(
      url,
      'query($t: ID!) { draftThreadContacts(themeId: $t) { email standard } }',
      { t: themeId('SUB') },
      {
        token: member,
      },
    );
    expect(draft.data?.draftThreadContacts).toEqual([
      { email: 'jan.janssens@delinde.example', standard: true },
    ]);
  });
});

describe('department rights', () => {
  it('lets an AGENT answer only in threads of their own teams, and assign only to the team’s handlers', async () => {
    const sent = await gql(
      url,
      STAFF_SEND,
      {
        input: {
          clientKey: key(),
          organisationId: linde.id,
          themeId: themeId('SUB'),
          title: 'Opvolging',
          body: 'Tekst',
        },
      },
      { token: staff },
    );
    const ref = sent.data?.sendMessageToOrganisation.message.referenceNumber as string;
    const an = await login(url, 'an.peeters@zorg.example');
    const refused = await gql(
      url,
      REPLY,
      { input: { clientKey: key(), referenceNumber: ref, body: 'Ik ook' } },
      { token: an },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    // Reading every organisation is allowed.
    expect(
      (
        await gql(
          url,
          'query($ref: String!) { thread(referenceNumber: $ref) { referenceNumber } }',
          { ref },
          { token: an },
        )
      ).data?.thread,
    ).toEqual({ referenceNumber: ref });

    const teams = await gql(url, '{ teams { nameNl handlers { id lastName } } }', {}, { token: staff });
    const peeters = teams.data?.teams
      .find((t: any) => t.nameNl === 'Team Erkenning')
      .handlers.find((h: any) => h.lastName === 'Peeters');
    const ASSIGN =
      'mutation($ref: String!, $h: ID) { assignThread(referenceNumber: $ref, handlerId: $h) { thread { assignedHandler { lastName } } errors { field code } } }';
    const wrongTeam = await gql(url, ASSIGN, { ref, h: peeters.id }, { token: staff });
    expect(wrongTeam.data?.assignThread.errors).toEqual([
      { field: 'handlerId', code: 'HANDLER_NOT_IN_TEAM' },
    ]);
    const unassigned = await gql(url, ASSIGN, { ref, h: null }, { token: staff });
    expect(unassigned.data?.assignThread).toEqual({ errors: [], thread: { assignedHandler: null } });
    const tenant = await gql(url, ASSIGN, { ref, h: null }, { token: member });
    expect(errorCode(tenant)).toBe('FORBIDDEN');
  });
});

describe('the staff inbox', () => {
  const INBOX = `query($filter: StaffInboxFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    staffInbox(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { title team { nameNl } } }
    }
  }`;
  const titles = (r: any) => r.data?.staffInbox.edges.map((e: any) => e.node.title) as string[];

  it("shows an AGENT their own teams, every team on request, and searches the messages' text", async () => {
    const an = await login(url, 'an.peeters@zorg.example');
    const me = await gql(url, '{ me { teams { nameNl } } }', {}, { token: an });
    expect(me.data?.me.teams).toEqual([{ nameNl: 'Team Erkenning' }, { nameNl: 'Team Kwaliteit' }]);
    const own = await gql(url, INBOX, { first: 50 }, { token: an });
    const ownTeams = new Set(own.data?.staffInbox.edges.map((e: any) => e.node.team.nameNl));
    expect([...ownTeams].every((t) => t === 'Team Erkenning' || t === 'Team Kwaliteit')).toBe(true);
    const all = await gql(url, INBOX, { first: 50, filter: { allTeams: true } }, { token: an });
    expect(all.data?.staffInbox.edges.map((e: any) => e.node.team.nameNl)).toContain('Team Subsidies');
    const byBody = await gql(
      url,
      INBOX,
      { first: 50, filter: { allTeams: true, text: 'ingevulde formulier' } },
      { token: an },
    );
    expect(titles(byBody)).toEqual(['Aanvraag werkingssubsidie 2027']);
  });

  it('pages forwards and back', async () => {
    const first = await gql(url, INBOX, { first: 2 }, { token: staff });
    const second = await gql(
      url,
      INBOX,
      { first: 2, after: first.data?.staffInbox.pageInfo.endCursor },
      { token: staff },
    );
    expect(second.data?.staffInbox.pageInfo.hasPreviousPage).toBe(true);
    const back = await gql(
      url,
      INBOX,
      { last: 2, before: second.data?.staffInbox.pageInfo.startCursor },
      { token: staff },
    );
    expect(titles(back)).toEqual(titles(first));
    expect(back.data?.staffInbox.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });
});

describe('robust input', () => {
  it('answers ids that are not ids without an internal error', async () => {
    const list = await gql(
      url,
      '{ messages(first: 5, filter: { themeId: "abc" }) { totalCount } }',
      {},
      { token: member },
    );
    expect(list.data?.messages.totalCount).toBe(0);
    const sent = await gql(
      url,
      `mutation($input: SendMessageInput!) { sendMessage(input: $input) { errors { field code } } }`,
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
    expect(sent.data?.sendMessage.errors).toEqual([{ field: 'handlerId', code: 'HANDLER_NOT_FOUND' }]);
    const inbox = await gql(
      url,
      '{ staffInbox(first: 5, filter: { teamId: "x" }) { totalCount } }',
      {},
      { token: staff },
    );
    expect(errorCode(inbox)).toBe('BAD_USER_INPUT');
    const foreignOrg = await gql(
      url,
      '{ messages(first: 5, organisationId: "x") { totalCount } }',
      {},
      { token: staff },
    );
    expect(errorCode(foreignOrg)).toBe('NOT_FOUND');
  });

  it('pages exactly through messages sent in the same millisecond', async () => {
    const zonnebloem = DEMO_ORGANISATIONS[1] as { id: string };
    for (const title of ['Gelijk 1', 'Gelijk 2', 'Gelijk 3']) {
      await gql(
        url,
        STAFF_SEND,
        {
          input: {
            clientKey: key(),
            organisationId: zonnebloem.id,
            themeId: themeId('SUB'),
            title,
            body: 'x',
          },
        },
        { token: staff },
      );
    }
    await ownerQuery(
      server.dbUrl,
      `UPDATE message SET sent_at = '2026-05-05 10:00:00.123456+02' WHERE title LIKE 'Gelijk %'`,
    );
    const LIST = `query($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
      messages(first: $first, after: $after, last: $last, before: $before) {
        pageInfo { startCursor endCursor hasNextPage hasPreviousPage } edges { node { title } } } }`;
    const page = (vars: Record<string, unknown>) =>
      gql(url, LIST, vars, { token: stranger }).then((r) => r.data?.messages);
    const seen: string[] = [];
    let current = await page({ first: 1 });
    const cursors = [current.pageInfo.startCursor];
    seen.push(current.edges[0].node.title);
    while (current.pageInfo.hasNextPage) {
      current = await page({ first: 1, after: current.pageInfo.endCursor });
      seen.push(current.edges[0].node.title);
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
    const refs: string[] = [];
    for (const title of ['Negenhonderdnegenennegentigduizend', 'Miljoen', 'Miljoen en één']) {
      const sent = await gql(
        own.graphqlUrl,
        SEND,
        { input: { clientKey: key(), themeId: themeId('SUB'), title, body: 'Beste, een vraag.' } },
        { token },
      );
      expect(sent.data?.sendMessage.errors).toEqual([]);
      refs.push(sent.data?.sendMessage.message.referenceNumber);
    }
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format();
    expect(refs).toEqual([`DZ-${year}-999999`, `DZ-${year}-1000000`, `DZ-${year}-1000001`]);
  });
});
