// Real objects of two demo organisations (a confirmed contact, a thread with a one-off contact and an
// attachment, sessions) for the attack suite in tests/security: A is the victim, B the attacker's own tenant.
import { DEMO_ORGANISATIONS, DEMO_USERS } from '../../server/src/seed/demo.js';
import { graphql } from '../graphql/generated/gql.js';
import { openAllDay } from './chat.js';
import { gql, login } from './graphql.js';
import { ownerQuery } from './mailbox.js';
import { addConfirmedContact, key, SEND, themeId, tinyPdf, upload } from './messages.js';
import type { TestServer } from './server.js';

/** One organisation's objects, each a real key the API knows. */
export interface TenantObjects {
  organisationId: string;
  contactId: string;
  contactEmail: string;
  messageId: string;
  referenceNumber: string;
  attachmentId: string;
  /** A one-off contact of the thread (Contactdetails), not a contact person. */
  threadContactId: string;
  /** The thread of `messageId`. */
  threadId: string;
  /** A MEMBER of the organisation. */
  userId: string;
  /** A session of the ADMIN other than `adminToken`'s. */
  sessionId: string;
  /** A mail the platform sent on the organisation's behalf (outbox), marked failed: staff may retry it. */
  mailId: string;
  /** A mail the email intake received from the organisation and quarantined: staff may replay or discard it. */
  inboundMailId: string;
  /** A ticket of the organisation, created by its ADMIN, with its number (HD-YYYY-NNNNNN). */
  ticketId: string;
  ticketNumber: string;
  /** A chat its ADMIN started (the desk opened all day, an agent available). */
  chatId: string;
  /** The organisation's own webhook endpoint (switched off: it gets no events) and a failed delivery of it. */
  webhookEndpointId: string;
  webhookDeliveryId: string;
  adminToken: string;
  /** Unique text in A's message title, contact name and file name: finding it in an answer is a leak. */
  marker: string;
}

const userId = (email: string) => {
  const user = DEMO_USERS.find((u) => u.email === email);
  if (!user) throw new Error(`no demo user ${email}`);
  return user.id;
};

/** Builds an organisation's objects through the API as its ADMIN. */
export async function tenantObjects(
  server: TestServer,
  org: 'delinde' | 'zonnebloem',
  marker: string,
): Promise<TenantObjects> {
  const url = server.graphqlUrl;
  const organisation = DEMO_ORGANISATIONS[org === 'delinde' ? 0 : 1];
  if (!organisation) throw new Error('demo organisation missing');
  const adminEmail = `beheerder@${org}.example`;
  const adminToken = await login(url, adminEmail);
  const otherToken = await login(url, adminEmail);
  const contactEmail = `${marker.toLowerCase()}@${org}.example`;
  const contactId = await addConfirmedContact(url, server.dbUrl, adminToken, {
    firstName: marker,
    lastName: 'Contact',
    email: contactEmail,
    themes: ['SUB'],
  });
  const uploaded = await upload(server.url, adminToken, `${marker}.pdf`, tinyPdf(marker));
  if (uploaded.status !== 201) throw new Error(`upload failed: ${JSON.stringify(uploaded.body)}`);
  const sent = await gql(
    url,
    SEND,
    {
      input: {
        themeId: themeId('SUB'),
        title: `${marker} titel`,
        body: `${marker} tekst`,
        clientKey: key(),
        attachmentIds: [uploaded.body.id],
        contacts: {
          add: [
            { firstName: marker, lastName: 'Eenmalig', email: `eenmalig-${contactEmail}`, standard: false },
          ],
        },
      },
    },
    { token: adminToken },
  );
  const message = sent.data?.sendMessage.message;
  if (!message) throw new Error(`message not sent: ${JSON.stringify(sent.data ?? sent.errors)}`);
  const thread = await gql(
    url,
    graphql(`
      query WorldThreadContacts($r: String!) {
        thread(referenceNumber: $r) { id contacts { id standard } }
      }
    `),
    { r: message.referenceNumber },
    { token: adminToken },
  );
  const oneOff = thread.data?.thread.contacts.find((c) => !c.standard);
  const threadId = thread.data?.thread.id;
  if (!threadId) throw new Error(`no thread: ${JSON.stringify(thread.errors)}`);
  if (!oneOff) throw new Error('no one-off contact in the thread');
  const sessions = await gql(
    url,
    graphql(`
      query WorldSessions {
        mySessions { id current }
      }
    `),
    {},
    { token: otherToken },
  );
  const other = sessions.data?.mySessions.find((s) => !s.current);
  if (!other) throw new Error('no second session');
  // A mail of the organisation that failed for good (as a 550 leaves it): what retryFailedMail takes. Written
  // as FAILED from the start, so that no delivery of the test's own mails races with it.
  const [mail] = await ownerQuery<{ id: string }>(
    server.dbUrl,
    `INSERT INTO outbound_mail (id, organisation_id, recipient, language, template, subject, text_body, html_body,
                                message_id, status, attempts, last_error, failed_at)
     VALUES (gen_random_uuid(), $1, $2, 'nl', 'contact-confirmation', $3, $3, $3,
             '<' || gen_random_uuid() || '@loket.test>', 'FAILED', 1, '550 No such user', now())
     RETURNING id`,
    [organisation.id, `weg-${contactEmail}`, `${marker} mislukte mail`],
  );
  if (!mail) throw new Error('no outbound mail of the organisation');
  // A quarantined mail of the organisation, as the intake records one (its raw bytes are not stored here:
  // replaying it answers that it cannot be read).
  const [inbound] = await ownerQuery<{ id: string }>(
    server.dbUrl,
    `INSERT INTO inbound_mail (id, organisation_id, sender, message_key, message_id, envelope_from, recipients, subject,
                               status, reason, storage_key, size_bytes, sha256)
     VALUES (gen_random_uuid(), $1, $2, $3, $3, $2, '{helpdesk@loket.test}', $4, 'QUARANTINED', 'test',
             'inbound-mail/missing/' || gen_random_uuid(), 1, 'x')
     RETURNING id`,
    [organisation.id, adminEmail, `<${marker}-${org}@client.example>`, `${marker} ingekomen mail`],
  );
  if (!inbound) throw new Error('no inbound mail of the organisation');
  const keys = await departmentKeys(server);
  const created = await gql(
    url,
    graphql(`
      mutation WorldCreateTicket($input: CreateTicketInput!) {
        createTicket(input: $input) { errors { field code } privacyWarnings { kind } ticket { id number } }
      }
    `),
    {
      input: {
        clientKey: key(),
        subject: `${marker} ticket`,
        description: `${marker} vraag`,
        categoryId: keys.categoryId,
        supportTypeId: keys.supportTypeId,
      },
    },
    { token: adminToken },
  );
  const ticket = created.data?.createTicket.ticket;
  if (!ticket) throw new Error(`ticket not created: ${JSON.stringify(created.data ?? created.errors)}`);
  await openAllDay(server.dbUrl);
  await gql(
    url,
    graphql(`mutation WorldChatAgent { setChatAgentAvailable(available: true) }`),
    {},
    { token: await login(url, 'bart.desmet@zorg.example') },
  );
  const started = await gql(
    url,
    graphql(`
      mutation WorldStartChat($input: StartChatInput!) {
        startChat(input: $input) { errors { code } chat { id } }
      }
    `),
    { input: { clientKey: key(), question: `${marker} chat` } },
    { token: adminToken },
  );
  const chat = started.data?.startChat.chat;
  if (!chat) throw new Error(`chat not started: ${JSON.stringify(started.data ?? started.errors)}`);
  // Written as the owner, as the registration would have (the address check resolves names, which the
  // sandbox may not): switched off, so that the organisation's events make no deliveries meanwhile.
  const [hook] = await ownerQuery<{ id: string }>(
    server.dbUrl,
    `INSERT INTO webhook_endpoint (id, url, description, event_types, status, organisation_id)
     VALUES (gen_random_uuid(), $1, $2, '{ticket.created}', 'DISABLED', $3) RETURNING id`,
    [`https://hooks.${org}.example/${marker}`, `${marker} webhook`, organisation.id],
  );
  if (!hook) throw new Error('no webhook endpoint of the organisation');
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO webhook_secret (id, endpoint_id, secret, organisation_id)
     VALUES (gen_random_uuid(), $1, 'whsec_AAAA', $2)`,
    [hook.id, organisation.id],
  );
  const [delivery] = await ownerQuery<{ id: string }>(
    server.dbUrl,
    `INSERT INTO webhook_delivery (id, endpoint_id, event_type, body, status, attempts, finished_at, organisation_id)
     VALUES (gen_random_uuid(), $1, 'ticket.created', $2, 'FAILED', 1, now(), $3) RETURNING id`,
    [hook.id, JSON.stringify({ type: 'ticket.created', data: { marker } }), organisation.id],
  );
  if (!delivery) throw new Error('no webhook delivery of the organisation');
  return {
    organisationId: organisation.id,
    contactId,
    contactEmail,
    messageId: message.id,
    referenceNumber: message.referenceNumber,
    attachmentId: uploaded.body.id,
    threadContactId: oneOff.id,
    threadId: threadId,
    userId: userId(`medewerker@${org}.example`),
    sessionId: other.id,
    mailId: mail.id,
    inboundMailId: inbound.id,
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    chatId: chat.id,
    webhookEndpointId: hook.id,
    webhookDeliveryId: delivery.id,
    adminToken,
    marker,
  };
}

/**
 * Real ids of the department's ticket reference rows (generated by the migration), by the name of the key
 * that takes them: what a probe puts in such a key when it is about another one.
 */
export async function departmentKeys(server: TestServer) {
  const first = async (table: string, where = 'true') => {
    const [row] = await ownerQuery<{ id: string }>(
      server.dbUrl,
      `SELECT id FROM ${table} WHERE ${where} ORDER BY code LIMIT 1`,
    );
    if (!row) throw new Error(`no row in ${table}`);
    return row.id;
  };
  const labelId = await first('ticket_label', 'visible_to_customer');
  return {
    categoryId: await first('ticket_category', 'active'),
    supportTypeId: await first('ticket_support_type', 'active'),
    labelId,
    labelIds: labelId,
    queueId: await first('ticket_queue'),
  };
}

/** What A's ADMIN sees of A: compared before and after an attack to prove nothing changed. */
export async function readBackAsAdmin(server: TestServer, a: TenantObjects) {
  const variables = {
    org: a.organisationId,
    ref: a.referenceNumber,
    msg: a.messageId,
    contact: a.contactId,
    ticket: a.ticketId,
    hook: a.webhookEndpointId,
  };
  const parts = [
    `query($org: ID!) { organisation(id: $org) { id name externalNumber phone email websiteUrl updatedAt
      users { id email firstName lastName roles status language phone } } }`,
    `query($contact: ID!) { contactPerson(id: $contact) { id status updatedAt }
      contactPersons(first: 50) { totalCount edges { node { id email firstName lastName phone status language
        confirmedAt updatedAt themes { id } } } } }`,
    `query($msg: ID!) { message(id: $msg) { id title body attachments { id fileName sha256 } }
      messages(first: 50) { totalCount edges { node { id referenceNumber title body attachmentCount } } } }`,
    `query($ref: String!) { thread(referenceNumber: $ref) { id title messageCount assignedHandler { id }
      contacts { id email firstName lastName phone standard } } }`,
    `query($ticket: ID!) { ticket(id: $ticket) { id number status subject description requesterEmail channel
      updatedAt closeRequestedAt closedAt solution plannedVersion expectedResolutionOn postponedUntil notifyMe
      assignee { id } requester { id } queue { id } category { id } supportType { id } labels { id }
      mergedInto { id } previousTicket { id } participants { notify user { id } }
      entries { id kind body closeRequest attachments { id } } } }`,
    `query($org: ID!) { mySessions { id } tasks { id } organisationHistory(organisationId: $org, first: 50) { totalCount } }`,
    `query($hook: ID!) { webhookEndpoint(endpointId: $hook) { id url description eventTypes status consecutiveFailures
      deliveries(first: 10) { edges { node { id status attempts payload } } } } }`,
  ];
  const seen: Record<string, unknown> = {};
  for (const query of parts) {
    const used = Object.fromEntries(Object.entries(variables).filter(([k]) => query.includes(`$${k}`)));
    const result = await gql(server.graphqlUrl, query, used, { token: a.adminToken });
    if (result.errors) throw new Error(`read back failed: ${JSON.stringify(result.errors)}`);
    Object.assign(seen, result.data);
  }
  // The sessions come by last activity, which A's own requests move (a mutation re-reads its session,
  // touching last_seen_at at most once a minute): which sessions there are is what must not change.
  if (Array.isArray(seen.mySessions))
    seen.mySessions = [...(seen.mySessions as Array<{ id: string }>)].sort((x, y) =>
      x.id.localeCompare(y.id),
    );
  return seen;
}
