// An organisation's own webhook endpoints (decision 0037) against a real HTTP receiver: its Beheerder
// registers them for its own organisation's events only; they get those events, signed, and never another
// organisation's, never a ticket's internal note (nor the `internal` flag); another organisation's ADMIN
// (and the department's administrator) cannot see or touch them, through the API or in PostgreSQL; the
// log, replay and rotation work as for the department; disabling after failures mails the organisation's
// Beheerders.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createContact,
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { key, SEND, themeId } from '../utils/messages.js';
import { inOperation, organisationViewer } from '../utils/operation.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { type Received, Receiver, signaturesValid } from '../utils/webhook-receiver.js';

const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret errors { field code message } endpoint { id url status eventTypes } }
}`;
const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) { errors { field code } endpoint { id status consecutiveFailures } }
}`;
const ROTATE = `mutation($input: RotateWebhookSecretInput!) {
  rotateWebhookSecret(input: $input) { secret errors { code } }
}`;
const REPLAY = 'mutation($id: ID!) { replayWebhookDelivery(deliveryId: $id) { id status } }';
const DELETE = 'mutation($id: ID!) { deleteWebhookEndpoint(endpointId: $id) }';
const ONE = `query($id: ID!) {
  webhookEndpoint(endpointId: $id) {
    id status consecutiveFailures
    deliveries(first: 20) { edges { node { id eventType status attempts payload
      log { statusCode latencyMs responseExcerpt error } } } }
  }
}`;
const LIST = '{ webhookEndpoints(first: 50) { totalCount edges { node { id url } } } }';

const receiver = new Receiver();
let server: TestServer;
let departmentAdmin: string;
let orgA: TestOrganisation;
let adminA: TestUser;
let secondAdminA: TestUser;
let memberA: TestUser;
let orgB: TestOrganisation;
let adminB: TestUser;
let memberB: TestUser;

beforeAll(async () => {
  await receiver.start();
  server = await startTestServer({
    WORKER: 'inline',
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_TIMEOUT_MS: '300',
    WEBHOOK_RETRY_BASE_SECONDS: '0.05',
    WEBHOOK_MAX_ATTEMPTS: '2',
    WEBHOOK_DISABLE_AFTER_FAILURES: '2',
  });
  departmentAdmin = await login(server.graphqlUrl, 'beheer@zorg.example');
  orgA = await createOrganisation(server);
  adminA = await createUser(server, orgA, { roles: ['ADMIN'] });
  secondAdminA = await createUser(server, orgA, { roles: ['ADMIN', 'MEMBER'] });
  memberA = await createUser(server, orgA);
  await createContact(server, adminA, ['ERK']);
  orgB = await createOrganisation(server);
  adminB = await createUser(server, orgB, { roles: ['ADMIN'] });
  memberB = await createUser(server, orgB);
  await createContact(server, adminB, ['ERK']);
}, 60_000);

afterAll(() => receiver.stop());

async function register(token: string, path: string, eventTypes: string[]) {
  const result = await gql(
    server.graphqlUrl,
    CREATE,
    { input: { url: receiver.url(path), eventTypes, description: path } },
    { token },
  );
  const payload = result.data?.createWebhookEndpoint;
  expect(payload?.errors).toEqual([]);
  return { id: payload.endpoint.id as string, secret: payload.secret as string };
}

async function send(token: string, title = 'Vraag over de erkenning') {
  const result = await gql(
    server.graphqlUrl,
    SEND,
    { input: { clientKey: key(), themeId: themeId('ERK'), title, body: 'Beste,\n\nKan u dit nakijken?' } },
    { token },
  );
  expect(result.data?.sendMessage.errors).toEqual([]);
  return result.data?.sendMessage.message as { id: string; referenceNumber: string };
}

async function createTicket(token: string, subject: string) {
  const lists = await gql(
    server.graphqlUrl,
    '{ ticketCategories { id } ticketSupportTypes { id } }',
    {},
    { token },
  );
  const created = await gql(
    server.graphqlUrl,
    `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } ticket { id number } } }`,
    {
      input: {
        clientKey: key(),
        subject,
        description: 'Sinds vanmorgen lukt het aanmelden niet.',
        categoryId: lists.data?.ticketCategories[0].id,
        supportTypeId: lists.data?.ticketSupportTypes[0].id,
      },
    },
    { token },
  );
  expect(created.data?.createTicket.errors).toEqual([]);
  return created.data?.createTicket.ticket as { id: string; number: string };
}

const endpointOf = async (token: string, id: string) =>
  (await gql(server.graphqlUrl, ONE, { id }, { token })).data?.webhookEndpoint;

describe('registration by an organisation', () => {
  it("is for the organisation's ADMIN, for its own organisation's event types only", async () => {
    const types = await gql(server.graphqlUrl, '{ webhookEventTypes }', {}, { token: adminA.token });
    expect(types.data?.webhookEventTypes).toEqual([
      'MESSAGE_CREATED',
      'TICKET_CREATED',
      'TICKET_UPDATED',
      'CONTACT_CONFIRMED',
    ]);
    const department = await gql(server.graphqlUrl, '{ webhookEventTypes }', {}, { token: departmentAdmin });
    expect(department.data?.webhookEventTypes).toContain('THREAD_ASSIGNED');

    const input = { url: receiver.url('/member'), eventTypes: ['MESSAGE_CREATED'] };
    const refused = await gql(server.graphqlUrl, CREATE, { input }, { token: memberA.token });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const list = await gql(server.graphqlUrl, LIST, {}, { token: memberA.token });
    expect(errorCode(list)).toBe('FORBIDDEN');

    const staffOnly = await gql(
      server.graphqlUrl,
      CREATE,
      { input: { url: receiver.url('/assigned'), eventTypes: ['THREAD_ASSIGNED'] } },
      { token: adminA.token },
    );
    expect(staffOnly.data?.createWebhookEndpoint).toMatchObject({
      endpoint: null,
      errors: [
        {
          field: 'eventTypes',
          code: 'WEBHOOK_EVENT_TYPE_NOT_OWN',
          message: expect.stringContaining('uw organisatie'),
        },
      ],
    });
    const [audit] = await ownerQuery(
      server.dbUrl,
      `SELECT count(*)::int AS n FROM webhook_endpoint WHERE url = $1`,
      [receiver.url('/assigned')],
    );
    expect(audit).toEqual({ n: 0 });

    const own = await register(adminA.token, '/registered', ['CONTACT_CONFIRMED']);
    const [row] = await ownerQuery(
      server.dbUrl,
      `SELECT e.organisation_id, e.owner_user_id, a.organisation_id AS audit_org, a.action
         FROM webhook_endpoint e JOIN audit_event a ON a.entity_id = e.id WHERE e.id = $1`,
      [own.id],
    );
    expect(row).toEqual({
      organisation_id: orgA.id,
      owner_user_id: adminA.id,
      audit_org: orgA.id,
      action: 'webhook.created',
    });
    await gql(server.graphqlUrl, DELETE, { id: own.id }, { token: adminA.token });
  });
});

describe("an organisation's endpoint", () => {
  it("gets its own organisation's messages and tickets, signed, and nothing of another organisation", async () => {
    const endpoint = await register(adminA.token, '/a-events', [
      'MESSAGE_CREATED',
      'TICKET_CREATED',
      'TICKET_UPDATED',
    ]);
    const department = await register(departmentAdmin, '/department-events', ['TICKET_UPDATED']);
    const ofB = await send(memberB.token, 'Bericht van B');
    await createTicket(memberB.token, 'Ticket van B');
    const ofA = await send(memberA.token, 'Bericht van A');
    const ticket = await createTicket(memberA.token, 'Ticket van A');
    // A staff note on A's ticket: the department's endpoint hears of it, A's never.
    const note = await gql(
      server.graphqlUrl,
      `mutation($input: TicketReplyInput!) { addTicketNote(input: $input) { errors { code } } }`,
      { input: { ticketId: ticket.id, clientKey: key(), body: 'Interne notitie: geheim' } },
      { token: departmentAdmin },
    );
    expect(note.data?.addTicketNote.errors).toEqual([]);
    await vi.waitFor(() => expect(receiver.received('/department-events').length).toBeGreaterThanOrEqual(1), {
      timeout: 10_000,
    });
    // A public answer on A's ticket: both hear of it; A's payload has no `internal` flag.
    const reply = await gql(
      server.graphqlUrl,
      `mutation($input: TicketReplyInput!) { replyToTicket(input: $input) { errors { code } } }`,
      { input: { ticketId: ticket.id, clientKey: key(), body: 'Publiek antwoord' } },
      { token: departmentAdmin },
    );
    expect(reply.data?.replyToTicket.errors).toEqual([]);

    await vi.waitFor(() => expect(receiver.received('/a-events')).toHaveLength(3), { timeout: 10_000 });
    await vi.waitFor(() => expect(receiver.received('/department-events').length).toBeGreaterThanOrEqual(2), {
      timeout: 10_000,
    });
    const requests = receiver.received('/a-events');
    for (const request of requests) expect(signaturesValid(endpoint.secret, request)).toBe(true);
    const payloads = requests.map((r) => JSON.parse(r.body));
    expect(payloads.map((p) => p.type).sort()).toEqual([
      'message.created',
      'ticket.created',
      'ticket.updated',
    ]);
    for (const p of payloads) expect(p.data.organisationId).toBe(orgA.id);
    expect(payloads.find((p) => p.type === 'message.created').data.messageId).toBe(ofA.id);
    expect(payloads.find((p) => p.type === 'ticket.updated').data).toEqual({
      ticketId: ticket.id,
      number: ticket.number,
      organisationId: orgA.id,
    });
    for (const r of requests) {
      expect(r.body).not.toContain(ofB.referenceNumber);
      expect(r.body).not.toMatch(/internal|geheim|Interne/);
    }
    // The department's endpoint does hear of the note, flagged.
    const departmentPayloads = receiver.received('/department-events').map((r) => JSON.parse(r.body));
    expect(departmentPayloads.map((p) => p.data.internal).sort()).toEqual([false, true]);

    // No delivery row of A's endpoint was ever made for B's events or for the note.
    const [rows] = await ownerQuery(
      server.dbUrl,
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE organisation_id = $2)::int AS own
         FROM webhook_delivery WHERE endpoint_id = $1`,
      [endpoint.id, orgA.id],
    );
    expect(rows).toEqual({ n: 3, own: 3 });
    for (const id of [endpoint.id]) await gql(server.graphqlUrl, DELETE, { id }, { token: adminA.token });
    await gql(server.graphqlUrl, DELETE, { id: department.id }, { token: departmentAdmin });
  });

  it('keeps a delivery log, replays a delivery and signs with both secrets while one is rotated out', async () => {
    const endpoint = await register(adminA.token, '/a-log', ['MESSAGE_CREATED']);
    receiver.answer('/a-log', { status: 500, body: 'even geduld' });
    await send(memberA.token);
    await vi.waitFor(
      async () => {
        const node = (await endpointOf(adminA.token, endpoint.id)).deliveries.edges[0]?.node;
        expect(node?.status).toBe('SUCCEEDED');
      },
      { timeout: 10_000, interval: 100 },
    );
    const delivery = (await endpointOf(adminA.token, endpoint.id)).deliveries.edges[0].node;
    expect(delivery.log).toEqual([
      expect.objectContaining({ statusCode: 500, responseExcerpt: 'even geduld' }),
      expect.objectContaining({ statusCode: 200, responseExcerpt: 'ok' }),
    ]);
    const rotated = await gql(
      server.graphqlUrl,
      ROTATE,
      { input: { endpointId: endpoint.id, keepPreviousHours: 2 } },
      { token: adminA.token },
    );
    const secret = rotated.data?.rotateWebhookSecret.secret as string;
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(endpoint.secret);
    const replayed = await gql(server.graphqlUrl, REPLAY, { id: delivery.id }, { token: adminA.token });
    expect(replayed.data?.replayWebhookDelivery).toEqual({ id: delivery.id, status: 'PENDING' });
    await vi.waitFor(() => expect(receiver.received('/a-log')).toHaveLength(3), { timeout: 10_000 });
    const last = receiver.received('/a-log')[2] as Received;
    expect(last.headers['webhook-id']).toBe(delivery.id);
    expect((last.headers['webhook-signature'] as string).split(' ')).toHaveLength(2);
    expect(signaturesValid(secret, last)).toBe(true);
    expect(signaturesValid(endpoint.secret, last)).toBe(true);
    const audits = await ownerQuery(
      server.dbUrl,
      `SELECT action FROM audit_event WHERE organisation_id = $1 AND entity_id IN ($2, $3) ORDER BY created_at, action`,
      [orgA.id, endpoint.id, delivery.id],
    );
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['webhook.created', 'webhook.secret-rotated', 'webhook.replayed']),
    );
    await gql(server.graphqlUrl, DELETE, { id: endpoint.id }, { token: adminA.token });
  });

  it("is disabled after failing too often in a row, and the organisation's Beheerders are mailed", async () => {
    const endpoint = await register(secondAdminA.token, '/a-broken', ['MESSAGE_CREATED']);
    receiver.answer('/a-broken', ...Array.from({ length: 10 }, () => ({ status: 503 })));
    await send(memberA.token);
    await vi.waitFor(
      async () => expect((await endpointOf(adminA.token, endpoint.id)).status).toBe('DISABLED'),
      {
        timeout: 10_000,
        interval: 100,
      },
    );
    await vi.waitFor(async () => {
      const mails = await ownerQuery(
        server.dbUrl,
        `SELECT recipient, organisation_id FROM outbound_mail WHERE template = 'webhook-disabled' ORDER BY recipient`,
      );
      expect(mails).toEqual(
        [adminA.email, secondAdminA.email]
          .sort()
          .map((recipient) => ({ recipient, organisation_id: orgA.id })),
      );
    });
    const [audit] = await ownerQuery(
      server.dbUrl,
      `SELECT organisation_id FROM audit_event WHERE entity_id = $1 AND action = 'webhook.disabled'`,
      [endpoint.id],
    );
    expect(audit).toEqual({ organisation_id: orgA.id });
    receiver.reset('/a-broken');
    const on = await gql(
      server.graphqlUrl,
      UPDATE,
      { input: { endpointId: endpoint.id, enabled: true } },
      { token: adminA.token },
    );
    expect(on.data?.updateWebhookEndpoint.endpoint).toMatchObject({
      status: 'ACTIVE',
      consecutiveFailures: 0,
    });
    await gql(server.graphqlUrl, DELETE, { id: endpoint.id }, { token: adminA.token });
  });
});

describe('isolation', () => {
  it("another organisation's ADMIN and the department see nothing of A's endpoints and can touch none", async () => {
    const endpoint = await register(adminA.token, '/a-private', ['MESSAGE_CREATED']);
    const departmentEndpoint = await register(departmentAdmin, '/department-private', ['MESSAGE_CREATED']);
    await send(memberA.token);
    await vi.waitFor(() => expect(receiver.received('/a-private').length).toBeGreaterThanOrEqual(1), {
      timeout: 10_000,
    });
    const [delivery] = await ownerQuery(
      server.dbUrl,
      'SELECT id FROM webhook_delivery WHERE endpoint_id = $1',
      [endpoint.id],
    );

    const listB = await gql(server.graphqlUrl, LIST, {}, { token: adminB.token });
    expect(listB.data?.webhookEndpoints).toEqual({ totalCount: 0, edges: [] });
    const listA = await gql(server.graphqlUrl, LIST, {}, { token: adminA.token });
    expect(listA.data?.webhookEndpoints.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      endpoint.id,
    ]);
    const listDepartment = await gql(server.graphqlUrl, LIST, {}, { token: departmentAdmin });
    const departmentIds = listDepartment.data?.webhookEndpoints.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(departmentIds).toContain(departmentEndpoint.id);
    expect(departmentIds).not.toContain(endpoint.id);

    for (const token of [adminB.token, departmentAdmin]) {
      const calls: Array<[string, Record<string, unknown>]> = [
        [ONE, { id: endpoint.id }],
        [UPDATE, { input: { endpointId: endpoint.id, enabled: false } }],
        [ROTATE, { input: { endpointId: endpoint.id } }],
        [REPLAY, { id: delivery.id }],
        [DELETE, { id: endpoint.id }],
      ];
      for (const [document, variables] of calls) {
        const result = await gql(server.graphqlUrl, document, variables, { token });
        expect({ document, code: errorCode(result) }).toEqual({ document, code: 'NOT_FOUND' });
      }
    }
    // A's ADMIN cannot reach the department's endpoint either.
    expect(
      errorCode(await gql(server.graphqlUrl, ONE, { id: departmentEndpoint.id }, { token: adminA.token })),
    ).toBe('NOT_FOUND');
    const after = await endpointOf(adminA.token, endpoint.id);
    expect(after.status).toBe('ACTIVE');

    // Row-level security: B's ADMIN and A's MEMBER read no webhook row of A even without the service's filter.
    for (const [organisation, roles] of [
      [orgB, ['ADMIN']],
      [orgA, ['MEMBER']],
    ] as const) {
      const viewer = await organisationViewer(server, organisation, [...roles]);
      const counts = await inOperation(server.app, viewer, async (ctx) => {
        const em = await ctx.tx.manager();
        const rows = (await em.query(
          `SELECT (SELECT count(*) FROM webhook_endpoint)::int AS endpoints,
                  (SELECT count(*) FROM webhook_secret)::int AS secrets,
                  (SELECT count(*) FROM webhook_delivery)::int AS deliveries,
                  (SELECT count(*) FROM webhook_attempt)::int AS attempts`,
        )) as Array<Record<string, number>>;
        return rows[0];
      });
      expect(counts).toEqual({ endpoints: 0, secrets: 0, deliveries: 0, attempts: 0 });
    }
    await gql(server.graphqlUrl, DELETE, { id: endpoint.id }, { token: adminA.token });
    await gql(server.graphqlUrl, DELETE, { id: departmentEndpoint.id }, { token: departmentAdmin });
  });
});
