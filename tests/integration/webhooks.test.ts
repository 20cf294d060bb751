// Webhooks against a real HTTP receiver on 127.0.0.1: registration by a DEPARTMENT_ADMIN, signatures
// checked with the Standard Webhooks algorithm written from the spec (utils/webhook-receiver.ts), retries on a 500 and on a
// timeout, nothing sent for a rolled-back change, disabling after failures (with the owner's mail),
// secret rotation, replay, and the SSRF refusals at registration and at delivery.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sendToOrganisation } from '../../server/src/modules/messages/send.service.js';
import { DEMO_USERS } from '../../server/src/seed/demo.js';
import { createContact, createOrganisation, createUser, type TestUser } from '../utils/factories.js';
import { gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { key, SEND, themeId } from '../utils/messages.js';
import { inOperation, staffViewer } from '../utils/operation.js';
import { startTestServer, type TestServer } from '../utils/server.js';
import { type Received, Receiver, signaturesValid } from '../utils/webhook-receiver.js';

const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret errors { field code message } endpoint { id url status eventTypes } }
}`;
const UPDATE = `mutation($input: UpdateWebhookEndpointInput!) {
  updateWebhookEndpoint(input: $input) { errors { field code } endpoint { id status consecutiveFailures disabledReason } }
}`;
const DELIVERIES = `query($id: ID!) {
  webhookEndpoint(endpointId: $id) {
    status consecutiveFailures
    deliveries(first: 20) { edges { node { id eventType status attempts payload
      log { statusCode latencyMs responseExcerpt error } } } }
  }
}`;

const DEPARTMENT_ADMIN_ID = DEMO_USERS.find((u) => u.email === 'beheer@zorg.example')?.id ?? '';

const receiver = new Receiver();
let server: TestServer;
let departmentAdmin: string;
let member: TestUser;
const created: string[] = [];

beforeAll(async () => {
  await receiver.start();
  server = await startTestServer({
    WORKER: 'inline',
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_TIMEOUT_MS: '300',
    WEBHOOK_RETRY_BASE_SECONDS: '0.05',
    WEBHOOK_MAX_ATTEMPTS: '3',
    WEBHOOK_DISABLE_AFTER_FAILURES: '4',
  });
  departmentAdmin = await login(server.graphqlUrl, 'beheer@zorg.example');
  const organisation = await createOrganisation(server);
  // A message needs a confirmed contact person of its theme.
  await createContact(server, await createUser(server, organisation, { roles: ['ADMIN'] }), ['ERK']);
  member = await createUser(server, organisation);
});

afterAll(() => receiver.stop());

// Each test's endpoints go, so that the next test's events reach only its own.
afterEach(async () => {
  for (const id of created.splice(0))
    await gql(
      server.graphqlUrl,
      'mutation($id: ID!) { deleteWebhookEndpoint(endpointId: $id) }',
      { id },
      {
        token: departmentAdmin,
      },
    );
});

async function register(path: string, eventTypes: string[] = ['MESSAGE_CREATED']) {
  const result = await gql(
    server.graphqlUrl,
    CREATE,
    { input: { url: receiver.url(path), eventTypes, description: path } },
    { token: departmentAdmin },
  );
  const payload = result.data?.createWebhookEndpoint;
  expect(payload?.errors).toEqual([]);
  created.push(payload.endpoint.id);
  return { id: payload.endpoint.id as string, secret: payload.secret as string };
}

async function send(title = 'Vraag over de erkenning') {
  const result = await gql(
    server.graphqlUrl,
    SEND,
    { input: { clientKey: key(), themeId: themeId('ERK'), title, body: 'Beste,\n\nKan u dit nakijken?' } },
    { token: member.token },
  );
  expect(result.data?.sendMessage.errors).toEqual([]);
  return result.data?.sendMessage.message as { id: string; referenceNumber: string };
}

const deliveries = async (id: string) =>
  (await gql(server.graphqlUrl, DELIVERIES, { id }, { token: departmentAdmin })).data?.webhookEndpoint;

describe('registration', () => {
  it('is for DEPARTMENT_ADMINs only, and says what is wrong with an input', async () => {
    const input = { url: receiver.url('/nobody'), eventTypes: ['MESSAGE_CREATED'] };
    const agent = await login(server.graphqlUrl, 'an.peeters@zorg.example');
    for (const token of [agent, member.token]) {
      const refused = await gql(server.graphqlUrl, CREATE, { input }, { token });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const list = await gql(
        server.graphqlUrl,
        '{ webhookEndpoints { edges { node { id } } } }',
        {},
        { token },
      );
      expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const wrong = await gql(
      server.graphqlUrl,
      CREATE,
      { input: { url: 'ftp://example.org/hook', eventTypes: [] } },
      { token: departmentAdmin },
    );
    expect(wrong.data?.createWebhookEndpoint.errors).toEqual([
      expect.objectContaining({ field: 'url', code: 'WEBHOOK_URL_INVALID' }),
      expect.objectContaining({ field: 'eventTypes', code: 'WEBHOOK_EVENT_TYPES_REQUIRED' }),
    ]);
    const ok = await register('/registered');
    expect(ok.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const [audit] = await ownerQuery(
      server.dbUrl,
      `SELECT action, actor_user_id FROM audit_event WHERE entity_id = $1`,
      [ok.id],
    );
    expect(audit).toMatchObject({ action: 'webhook.created' });
  });
});

describe('delivery', () => {
  it('POSTs a signed message.created with ids only, and logs the answer', async () => {
    const endpoint = await register('/signed');
    const message = await send('Vertrouwelijke titel');
    await vi.waitFor(() => expect(receiver.received('/signed')).toHaveLength(1), { timeout: 10_000 });
    const [request] = receiver.received('/signed') as [Received];
    expect(signaturesValid(endpoint.secret, request)).toBe(true);
    expect(signaturesValid('whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', request)).toBe(false);
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    const payload = JSON.parse(request.body);
    expect(payload).toMatchObject({
      type: 'message.created',
      data: {
        messageId: message.id,
        referenceNumber: message.referenceNumber,
        organisationId: member.organisationId,
      },
    });
    expect(request.body).not.toContain('Vertrouwelijke');
    expect(request.body).not.toContain('nakijken');

    await vi.waitFor(async () => {
      const log = await deliveries(endpoint.id);
      expect(log.deliveries.edges[0].node).toMatchObject({
        id: request.headers['webhook-id'],
        eventType: 'message.created',
        status: 'SUCCEEDED',
        attempts: 1,
        log: [{ statusCode: 200, responseExcerpt: 'ok', error: null }],
      });
    });
  });

  it('retries after a 500 and after a timeout, with the same id, and succeeds', async () => {
    const endpoint = await register('/flaky');
    receiver.answer('/flaky', { status: 500, body: 'database down' }, 'hang');
    await send();
    await vi.waitFor(
      async () => {
        const log = await deliveries(endpoint.id);
        expect(log.deliveries.edges[0].node.status).toBe('SUCCEEDED');
      },
      { timeout: 15_000, interval: 100 },
    );
    const requests = receiver.received('/flaky');
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
    for (const r of requests) expect(signaturesValid(endpoint.secret, r)).toBe(true);
    const node = (await deliveries(endpoint.id)).deliveries.edges[0].node;
    expect(node.attempts).toBe(3);
    expect(node.log).toEqual([
      expect.objectContaining({ statusCode: 500, responseExcerpt: 'database down', error: null }),
      expect.objectContaining({ statusCode: null, error: 'no answer within 300 ms' }),
      expect.objectContaining({ statusCode: 200 }),
    ]);
    expect(node.log[1].latencyMs).toBeGreaterThanOrEqual(300);
  });

  it('sends nothing for a change that rolls back', async () => {
    const endpoint = await register('/rollback');
    const staff = staffViewer(DEPARTMENT_ADMIN_ID, ['DEPARTMENT_ADMIN', 'AGENT']);
    let deliveryId = '';
    await expect(
      inOperation(server.app, staff, async (ctx) => {
        const result = await sendToOrganisation(ctx, {
          clientKey: key(),
          organisationId: member.organisationId,
          themeId: themeId('ERK'),
          title: 'Teruggedraaid',
          body: 'Dit bericht wordt nooit bewaard.',
        });
        expect(result.ok).toBe(true);
        // The delivery exists inside the transaction...
        const rows = (await (
          await ctx.tx.manager()
        ).query('SELECT id FROM webhook_delivery WHERE endpoint_id = $1', [endpoint.id])) as Array<{
          id: string;
        }>;
        expect(rows).toHaveLength(1);
        deliveryId = rows[0]?.id ?? '';
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    // ...and neither it nor its job outlives the rollback; a later event still goes out.
    const [left] = await ownerQuery(
      server.dbUrl,
      `SELECT (SELECT count(*)::int FROM webhook_delivery WHERE id = $1) AS deliveries,
              (SELECT count(*)::int FROM graphile_worker._private_jobs WHERE payload ->> 'id' = $1::text) AS jobs`,
      [deliveryId],
    );
    expect(left).toEqual({ deliveries: 0, jobs: 0 });
    await send();
    await vi.waitFor(() => expect(receiver.received('/rollback')).toHaveLength(1), { timeout: 10_000 });
    expect(receiver.received('/rollback')[0]?.headers['webhook-id']).not.toBe(deliveryId);
  });

  it('disables an endpoint after failing too often in a row, mails its owner, and replays once it is back', async () => {
    const endpoint = await register('/broken');
    // Failing until it is repaired below. Two deliveries' attempts may be under way at once, so the one that
    // disables it may have a sibling in flight: at least 4 attempts, not exactly 4.
    receiver.answer('/broken', ...Array.from({ length: 20 }, () => ({ status: 503 })));
    await send('Eerste');
    await send('Tweede');
    await vi.waitFor(async () => expect((await deliveries(endpoint.id)).status).toBe('DISABLED'), {
      timeout: 15_000,
      interval: 100,
    });
    expect(receiver.received('/broken').length).toBeGreaterThanOrEqual(4);
    const disabled = await deliveries(endpoint.id);
    expect(disabled.consecutiveFailures).toBeGreaterThanOrEqual(4);
    // Nothing is attempted any more: every delivery is FAILED, waiting for a replay.
    await vi.waitFor(async () =>
      expect(
        (await deliveries(endpoint.id)).deliveries.edges.map(
          (e: { node: { status: string } }) => e.node.status,
        ),
      ).toEqual(['FAILED', 'FAILED']),
    );
    const [mail] = await ownerQuery(
      server.dbUrl,
      `SELECT recipient, subject, text_body FROM outbound_mail WHERE template = 'webhook-disabled' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(mail).toMatchObject({ recipient: 'beheer@zorg.example' });
    expect(mail.text_body).toContain(receiver.url('/broken'));
    const [audit] = await ownerQuery(
      server.dbUrl,
      `SELECT action FROM audit_event WHERE entity_id = $1 AND actor_user_id IS NULL`,
      [endpoint.id],
    );
    expect(audit).toEqual({ action: 'webhook.disabled' });

    // Off: new events make no delivery.
    await send('Derde');
    expect((await deliveries(endpoint.id)).deliveries.edges).toHaveLength(2);

    // Repaired, on again, and the failed deliveries replayed: both arrive.
    receiver.reset('/broken');
    const on = await gql(
      server.graphqlUrl,
      UPDATE,
      { input: { endpointId: endpoint.id, enabled: true } },
      {
        token: departmentAdmin,
      },
    );
    expect(on.data?.updateWebhookEndpoint.endpoint).toMatchObject({
      status: 'ACTIVE',
      consecutiveFailures: 0,
    });
    for (const edge of disabled.deliveries.edges) {
      const replayed = await gql(
        server.graphqlUrl,
        'mutation($id: ID!) { replayWebhookDelivery(deliveryId: $id) { status } }',
        { id: edge.node.id },
        { token: departmentAdmin },
      );
      expect(replayed.data?.replayWebhookDelivery.status).toBe('PENDING');
    }
    await vi.waitFor(
      async () => {
        const log = await deliveries(endpoint.id);
        expect(log.deliveries.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual([
          'SUCCEEDED',
          'SUCCEEDED',
        ]);
      },
      { timeout: 15_000, interval: 100 },
    );
  });

  it('signs with the old and the new secret while one is rotated out', async () => {
    const endpoint = await register('/rotated');
    const rotated = await gql(
      server.graphqlUrl,
      `mutation($input: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $input) { secret errors { code } } }`,
      { input: { endpointId: endpoint.id, keepPreviousHours: 1 } },
      { token: departmentAdmin },
    );
    const secret = rotated.data?.rotateWebhookSecret.secret as string;
    expect(secret).not.toBe(endpoint.secret);
    await send();
    await vi.waitFor(() => expect(receiver.received('/rotated')).toHaveLength(1), { timeout: 10_000 });
    const [request] = receiver.received('/rotated') as [Received];
    expect((request.headers['webhook-signature'] as string).split(' ')).toHaveLength(2);
    expect(signaturesValid(secret, request)).toBe(true);
    expect(signaturesValid(endpoint.secret, request)).toBe(true);
  });

  it('tells thread.assigned to an endpoint that wants it, and nothing else', async () => {
    await register('/assigned', ['THREAD_ASSIGNED']);
    const message = await send();
    const assigned = await gql(
      server.graphqlUrl,
      'mutation($ref: String!, $h: ID) { assignThread(referenceNumber: $ref, handlerId: $h) { errors { code } } }',
      { ref: message.referenceNumber, h: null },
      { token: departmentAdmin },
    );
    expect(assigned.data?.assignThread.errors).toEqual([]);
    await vi.waitFor(() => expect(receiver.received('/assigned')).toHaveLength(1), { timeout: 10_000 });
    expect(JSON.parse((receiver.received('/assigned')[0] as Received).body)).toMatchObject({
      type: 'thread.assigned',
      data: { referenceNumber: message.referenceNumber, handlerId: null },
    });
  });
});

describe('event types', () => {
  it('tells ticket.created, ticket.updated (a note: flagged internal, no text) and contact.confirmed', async () => {
    await register('/tickets', ['TICKET_CREATED', 'TICKET_UPDATED', 'CONTACT_CONFIRMED']);
    const lists = await gql(
      server.graphqlUrl,
      '{ ticketCategories { id } ticketSupportTypes { id } }',
      {},
      {
        token: member.token,
      },
    );
    const created = await gql(
      server.graphqlUrl,
      `mutation($input: CreateTicketInput!) { createTicket(input: $input) { errors { code } ticket { id number } } }`,
      {
        input: {
          clientKey: key(),
          subject: 'Kan niet aanmelden',
          description: 'Sinds vanmorgen lukt het aanmelden niet.',
          categoryId: lists.data?.ticketCategories[0].id,
          supportTypeId: lists.data?.ticketSupportTypes[0].id,
        },
      },
      { token: member.token },
    );
    expect(created.data?.createTicket.errors).toEqual([]);
    const ticket = created.data?.createTicket.ticket as { id: string; number: string };
    const note = await gql(
      server.graphqlUrl,
      `mutation($input: TicketReplyInput!) { addTicketNote(input: $input) { errors { code } } }`,
      { input: { ticketId: ticket.id, clientKey: key(), body: 'Interne notitie: geheim' } },
      { token: departmentAdmin },
    );
    expect(note.data?.addTicketNote.errors).toEqual([]);
    const admin = await createUser(server, await createOrganisation(server), { roles: ['ADMIN'] });
    const contact = await createContact(server, admin, ['ERK']);

    await vi.waitFor(() => expect(receiver.received('/tickets')).toHaveLength(3), { timeout: 10_000 });
    const payloads = receiver.received('/tickets').map((r) => JSON.parse(r.body));
    expect(payloads.map((p) => p.type).sort()).toEqual([
      'contact.confirmed',
      'ticket.created',
      'ticket.updated',
    ]);
    expect(payloads.find((p) => p.type === 'ticket.created').data).toEqual({
      ticketId: ticket.id,
      number: ticket.number,
      organisationId: member.organisationId,
      status: 'NEW',
    });
    expect(payloads.find((p) => p.type === 'ticket.updated').data).toEqual({
      ticketId: ticket.id,
      number: ticket.number,
      organisationId: member.organisationId,
      internal: true,
    });
    expect(payloads.find((p) => p.type === 'contact.confirmed').data).toEqual({
      contactPersonId: contact.id,
      organisationId: admin.organisationId,
    });
    for (const r of receiver.received('/tickets')) expect(r.body).not.toMatch(/geheim|aanmelden/);
  });
});

describe('SSRF protection (no WEBHOOK_ALLOW_PRIVATE)', () => {
  let strict: TestServer;
  let admin: string;

  beforeAll(async () => {
    strict = await startTestServer({ WORKER: 'inline', WEBHOOK_TIMEOUT_MS: '300' });
    admin = await login(strict.graphqlUrl, 'beheer@zorg.example');
  });

  it('refuses internal addresses and plain http at registration', async () => {
    const cases: Array<[string, string]> = [
      [`http://example.org/hook`, 'WEBHOOK_URL_NOT_HTTPS'],
      [`https://127.0.0.1:${receiver.port}/hook`, 'WEBHOOK_URL_INTERNAL'],
      [`https://localhost:${receiver.port}/hook`, 'WEBHOOK_URL_INTERNAL'],
      ['https://10.1.2.3/hook', 'WEBHOOK_URL_INTERNAL'],
      ['https://169.254.169.254/latest/meta-data', 'WEBHOOK_URL_INTERNAL'],
      ['https://[::1]/hook', 'WEBHOOK_URL_INTERNAL'],
      ['https://[::ffff:127.0.0.1]/hook', 'WEBHOOK_URL_INTERNAL'],
      ['https://192.168.1.10/hook', 'WEBHOOK_URL_INTERNAL'],
      ['https://no-such-host.invalid/hook', 'WEBHOOK_URL_UNRESOLVED'],
    ];
    for (const [url, code] of cases) {
      const result = await gql(
        strict.graphqlUrl,
        CREATE,
        { input: { url, eventTypes: ['MESSAGE_CREATED'] } },
        {
          token: admin,
        },
      );
      expect({ url, errors: result.data?.createWebhookEndpoint.errors }).toEqual({
        url,
        errors: [expect.objectContaining({ field: 'url', code })],
      });
    }
  });

  it('refuses at delivery a name that resolves to an internal address now', async () => {
    // As if DNS had changed since registration: the endpoint is written as the owner.
    const [endpoint] = await ownerQuery(
      strict.dbUrl,
      `INSERT INTO webhook_endpoint (id, url, event_types) VALUES (gen_random_uuid(), $1, '{contact.confirmed}') RETURNING id`,
      [`https://localhost:${receiver.port}/rebound`],
    );
    await ownerQuery(
      strict.dbUrl,
      `INSERT INTO webhook_secret (id, endpoint_id, secret) VALUES (gen_random_uuid(), $1, 'whsec_AAAA')`,
      [endpoint.id],
    );
    await ownerQuery(strict.dbUrl, `SELECT webhook_emit('contact.confirmed', '{}'::jsonb)`);
    await vi.waitFor(
      async () => {
        const [attempt] = await ownerQuery(
          strict.dbUrl,
          `SELECT a.status_code, a.error FROM webhook_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
            WHERE d.endpoint_id = $1`,
          [endpoint.id],
        );
        expect(attempt).toEqual({
          status_code: null,
          error: expect.stringMatching(
            /^refused: localhost resolves to the internal address (127\.0\.0\.1|::1)$/,
          ),
        });
      },
      { timeout: 10_000, interval: 100 },
    );
    expect(receiver.received('/rebound')).toEqual([]);
  });
});
