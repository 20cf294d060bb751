// The retention page's API (decision 0038) against a real server and database: the retention overview
// (periods and what the next run would delete), legal holds on threads and tickets with a reason (refused
// for AGENT and tenants, validated in nl and en, audited, listed page by page, readable by staff), the
// hold keeping a thread and a ticket from the retention run, and the last run's result.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentStorage } from '../../server/src/files/storage.js';
import { applyRetention } from '../../server/src/modules/privacy/retention.service.js';
import { graphql } from '../graphql/generated/gql.js';
import { createContact, createOrganisation, createUser, type TestUser, unique } from '../utils/factories.js';
import { errorCode, gql, login } from '../utils/graphql.js';
import { ownerQuery } from '../utils/mailbox.js';
import { key, sendWithAttachments, themeId } from '../utils/messages.js';
import { startTestServer, type TestServer } from '../utils/server.js';

const OVERVIEW = graphql(`
  query RetentionPageOverview {
    retentionOverview {
      themes { id code name retentionDays due held }
      queues { id code name retentionDays due held }
    }
    lastRetentionRun { startedAt finishedAt threads tickets inboundMails files webhookDeliveries exports }
  }
`);
const HOLDS = graphql(`
  query RetentionPageHolds($first: Int, $after: Cursor) {
    legalHolds(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { record id label title organisationName onHold reason heldAt heldByName } }
    }
  }
`);
const HOLD_OF = graphql(`
  query RetentionPageHoldOf($record: LegalHoldRecord!, $key: String!) {
    legalHold(record: $record, key: $key) { record id label onHold reason heldByName }
  }
`);
const CHANGE = graphql(`
  mutation RetentionPageChangeHold($input: ChangeLegalHoldInput!) {
    changeLegalHold(input: $input) {
      errors { field code message }
      legalHold { id onHold reason heldByName }
    }
  }
`);
const PERIOD = graphql(`
  mutation RetentionPagePeriod($input: SetRetentionPeriodInput!) {
    setRetentionPeriod(input: $input) { ok errors { field code message } }
  }
`);
const CREATE_TICKET = graphql(`
  mutation RetentionPageCreateTicket($input: CreateTicketInput!) {
    createTicket(input: $input) { errors { code } ticket { id number } }
  }
`);

let server: TestServer;
let dataDir: string;
let departmentAdmin: string;
let englishAdmin: string;
let agent: string;
let member: TestUser;
let tenantAdmin: TestUser;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'loket-retention-'));
  server = await startTestServer({ DATA_DIR: dataDir });
  const englishEmail = `admin-${unique()}@zorg.example`;
  await ownerQuery(
    server.dbUrl,
    `INSERT INTO app_user (id, organisation_id, email, first_name, last_name, roles, status, password_hash, language)
     SELECT $1, NULL, $2, 'Ann', 'Admin', ARRAY['DEPARTMENT_ADMIN'], 'ACTIVE', password_hash, 'en'
       FROM app_user WHERE email = 'beheer@zorg.example'`,
    [randomUUID(), englishEmail],
  );
  const organisation = await createOrganisation(server);
  [departmentAdmin, englishAdmin, agent, member, tenantAdmin] = await Promise.all([
    login(server.graphqlUrl, 'beheer@zorg.example'),
    login(server.graphqlUrl, englishEmail),
    login(server.graphqlUrl, 'bart.desmet@zorg.example'),
    createUser(server, organisation),
    createUser(server, organisation, { roles: ['ADMIN'] }),
  ]);
  // Sending a message needs a confirmed contact for its theme.
  await createContact(server, tenantAdmin, ['SUB']);
});

afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** A new 'Subsidies' thread of the member; its id and reference number. */
async function thread(): Promise<{ id: string; reference: string }> {
  const sent = await sendWithAttachments(server.graphqlUrl, member.token, []);
  expect(sent.errors).toEqual([]);
  const [row] = await ownerQuery<{ id: string; reference_number: string }>(
    server.dbUrl,
    'SELECT t.id, t.reference_number FROM message_thread t JOIN message m ON m.thread_id = t.id WHERE m.id = $1',
    [sent.message?.id],
  );
  if (!row) throw new Error('no thread');
  return { id: row.id, reference: row.reference_number };
}

/** A new ticket of the member; its id, number and queue. */
async function ticket(): Promise<{ id: string; number: string; queueId: string }> {
  const [category] = await ownerQuery<{ id: string }>(server.dbUrl, 'SELECT id FROM ticket_category LIMIT 1');
  const [type] = await ownerQuery<{ id: string }>(server.dbUrl, 'SELECT id FROM ticket_support_type LIMIT 1');
  const created = await gql(
    server.graphqlUrl,
    CREATE_TICKET,
    {
      input: {
        clientKey: key(),
        subject: `Bewaring ${unique()}`,
        description: 'Het werkt niet',
        categoryId: category?.id ?? '',
        supportTypeId: type?.id ?? '',
        attachmentIds: [],
      },
    },
    { token: member.token },
  );
  const made = created.data?.createTicket.ticket;
  if (!made) throw new Error(`no ticket: ${JSON.stringify(created)}`);
  const [row] = await ownerQuery<{ queue_id: string }>(
    server.dbUrl,
    'SELECT queue_id FROM ticket WHERE id = $1',
    [made.id],
  );
  return { id: made.id, number: made.number, queueId: row?.queue_id ?? '' };
}

const hold = (
  token: string,
  input: { record: 'THREAD' | 'TICKET'; id: string; hold: boolean; reason: string },
) => gql(server.graphqlUrl, CHANGE, { input }, { token });

describe('who may use it', () => {
  it('refuses AGENT and tenant users the page and the changes; staff read a hold, tenants do not', async () => {
    const { id, reference } = await thread();
    for (const token of [agent, member.token, tenantAdmin.token]) {
      expect(errorCode(await gql(server.graphqlUrl, OVERVIEW, {}, { token }))).toBe('FORBIDDEN');
      expect(errorCode(await gql(server.graphqlUrl, HOLDS, {}, { token }))).toBe('FORBIDDEN');
      expect(
        errorCode(await hold(token, { record: 'THREAD', id, hold: true, reason: 'Rechtszaak lopend' })),
      ).toBe('FORBIDDEN');
    }
    const [row] = await ownerQuery<{ legal_hold: boolean }>(
      server.dbUrl,
      'SELECT legal_hold FROM message_thread WHERE id = $1',
      [id],
    );
    expect(row?.legal_hold).toBe(false);
    const read = await gql(
      server.graphqlUrl,
      HOLD_OF,
      { record: 'THREAD', key: reference },
      { token: agent },
    );
    expect(read.data?.legalHold).toMatchObject({ id, label: reference, onHold: false });
    for (const token of [member.token, tenantAdmin.token])
      expect(
        errorCode(await gql(server.graphqlUrl, HOLD_OF, { record: 'THREAD', key: reference }, { token })),
      ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await gql(server.graphqlUrl, HOLD_OF, { record: 'TICKET', key: 'HD-0000-000000' }, { token: agent }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('legal holds with a reason', () => {
  it('refuses a hold without a reason or with one too long, in nl and en; nothing is saved', async () => {
    const { id } = await thread();
    const dutch = await hold(departmentAdmin, { record: 'THREAD', id, hold: true, reason: '  ' });
    expect(dutch.data?.changeLegalHold).toEqual({
      legalHold: null,
      errors: [
        {
          field: 'reason',
          code: 'LEGAL_HOLD_REASON_REQUIRED',
          message: 'Geef de reden op (minstens 3 tekens): ze komt in de historiek.',
        },
      ],
    });
    const english = await hold(englishAdmin, { record: 'THREAD', id, hold: true, reason: 'x'.repeat(501) });
    expect(english.data?.changeLegalHold.errors).toEqual([
      {
        field: 'reason',
        code: 'TOO_LONG',
        message: 'Use at most 500 characters.',
      },
    ]);
    const [row] = await ownerQuery<{ legal_hold: boolean; legal_hold_reason: string | null }>(
      server.dbUrl,
      'SELECT legal_hold, legal_hold_reason FROM message_thread WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ legal_hold: false, legal_hold_reason: null });
    expect(
      errorCode(
        await hold(departmentAdmin, { record: 'TICKET', id: randomUUID(), hold: true, reason: 'Klacht' }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await hold(departmentAdmin, { record: 'TICKET', id: 'geen-id', hold: true, reason: 'Klacht' }),
      ),
    ).toBe('NOT_FOUND');
  });

  it('sets and lifts a hold with its reason, audited before and after, and lists what is on hold page by page', async () => {
    const first = await thread();
    const second = await ticket();
    const set = await hold(departmentAdmin, {
      record: 'THREAD',
      id: first.id,
      hold: true,
      reason: 'Klacht bij de ombudsman',
    });
    expect(set.data?.changeLegalHold).toMatchObject({
      errors: [],
      legalHold: { id: first.id, onHold: true, reason: 'Klacht bij de ombudsman' },
    });
    expect(set.data?.changeLegalHold.legalHold?.heldByName).toBeTruthy();
    await hold(departmentAdmin, {
      record: 'TICKET',
      id: second.id,
      hold: true,
      reason: 'Gerechtelijk onderzoek',
    });

    const audit = await ownerQuery<{ action: string; entity_type: string; changes: unknown }>(
      server.dbUrl,
      `SELECT action, entity_type, changes FROM audit_event WHERE entity_id = $1 ORDER BY created_at`,
      [first.id],
    );
    expect(audit).toEqual([
      {
        action: 'legal_hold.set',
        entity_type: 'message_thread',
        changes: [
          { field: 'legalHold', old: 'false', new: 'true' },
          { field: 'legalHoldReason', old: null, new: 'Klacht bij de ombudsman' },
        ],
      },
    ]);

    // Newest hold first, one a page.
    const page1 = await gql(server.graphqlUrl, HOLDS, { first: 1 }, { token: departmentAdmin });
    expect(page1.data?.legalHolds.totalCount).toBeGreaterThanOrEqual(2);
    expect(page1.data?.legalHolds.edges.map((e) => e.node.id)).toEqual([second.id]);
    expect(page1.data?.legalHolds.edges[0]?.node).toMatchObject({
      record: 'TICKET',
      label: second.number,
      reason: 'Gerechtelijk onderzoek',
    });
    const page2 = await gql(
      server.graphqlUrl,
      HOLDS,
      { first: 1, after: page1.data?.legalHolds.pageInfo.endCursor },
      { token: departmentAdmin },
    );
    expect(page2.data?.legalHolds.edges.map((e) => e.node.id)).toEqual([first.id]);

    // Staff see it on the thread's page.
    const read = await gql(
      server.graphqlUrl,
      HOLD_OF,
      { record: 'THREAD', key: first.reference },
      { token: agent },
    );
    expect(read.data?.legalHold).toMatchObject({ onHold: true, reason: 'Klacht bij de ombudsman' });

    const lifted = await hold(departmentAdmin, {
      record: 'THREAD',
      id: first.id,
      hold: false,
      reason: 'Klacht afgehandeld',
    });
    expect(lifted.data?.changeLegalHold.legalHold).toMatchObject({
      onHold: false,
      reason: 'Klacht afgehandeld',
    });
    const [last] = await ownerQuery<{ action: string; changes: unknown }>(
      server.dbUrl,
      `SELECT action, changes FROM audit_event WHERE entity_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [first.id],
    );
    expect(last).toEqual({
      action: 'legal_hold.lifted',
      changes: [
        { field: 'legalHold', old: 'true', new: 'false' },
        { field: 'legalHoldReason', old: 'Klacht bij de ombudsman', new: 'Klacht afgehandeld' },
      ],
    });
    const after = await gql(server.graphqlUrl, HOLDS, { first: 100 }, { token: departmentAdmin });
    expect(after.data?.legalHolds.edges.map((e) => e.node.id)).not.toContain(first.id);
  });
});

describe('retention overview and run', () => {
  it('refuses a retention period out of range in en too', async () => {
    const refused = await gql(
      server.graphqlUrl,
      PERIOD,
      { input: { target: 'THEME', id: themeId('SUB'), retentionDays: 40000 } },
      { token: englishAdmin },
    );
    expect(refused.data?.setRetentionPeriod.errors).toEqual([
      {
        field: 'retentionDays',
        code: 'RETENTION_DAYS_RANGE',
        message: 'Enter a retention period between 1 and 36500 days, or leave it empty to keep everything.',
      },
    ]);
  });

  it('shows what the next run would delete; the run spares a held thread and ticket and is recorded', async () => {
    const threads = [await thread(), await thread()];
    const tickets = [await ticket(), await ticket()];
    await ownerQuery(
      server.dbUrl,
      `UPDATE message_thread SET last_message_at = now() - interval '400 days' WHERE id = ANY($1::uuid[])`,
      [threads.map((t) => t.id)],
    );
    await ownerQuery(
      server.dbUrl,
      `UPDATE ticket SET status = 'CLOSED', closed_at = now() - interval '400 days' WHERE id = ANY($1::uuid[])`,
      [tickets.map((t) => t.id)],
    );
    const queueId = tickets[0]?.queueId ?? '';
    for (const input of [
      { target: 'THEME' as const, id: themeId('SUB'), retentionDays: 365 },
      { target: 'QUEUE' as const, id: queueId, retentionDays: 365 },
    ]) {
      const set = await gql(server.graphqlUrl, PERIOD, { input }, { token: departmentAdmin });
      expect(set.data?.setRetentionPeriod.ok).toBe(true);
    }
    for (const [record, id] of [
      ['THREAD', threads[1]?.id],
      ['TICKET', tickets[1]?.id],
    ] as const) {
      const held = await hold(departmentAdmin, {
        record,
        id: id ?? '',
        hold: true,
        reason: 'Lopend dossier',
      });
      expect(held.data?.changeLegalHold.errors).toEqual([]);
    }

    const before = await gql(server.graphqlUrl, OVERVIEW, {}, { token: departmentAdmin });
    const theme = before.data?.retentionOverview.themes.find((t) => t.code === 'SUB');
    const queue = before.data?.retentionOverview.queues.find((q) => q.id === queueId);
    expect(theme).toMatchObject({ retentionDays: 365, due: 1, name: 'Subsidies' });
    expect(theme?.held).toBeGreaterThanOrEqual(1);
    expect(queue).toMatchObject({ retentionDays: 365, due: 1 });
    expect(before.data?.lastRetentionRun).toBeNull();
    const english = await gql(server.graphqlUrl, OVERVIEW, {}, { token: englishAdmin });
    expect(english.data?.retentionOverview.themes.find((t) => t.code === 'KWA')?.name).toBe('Quality');

    const counts = await applyRetention(server.app, attachmentStorage(server.app.config));
    expect(counts).toMatchObject({ threads: 1, tickets: 1 });
    const left = await ownerQuery<{ id: string }>(
      server.dbUrl,
      `SELECT id FROM message_thread WHERE id = ANY($1::uuid[]) UNION ALL SELECT id FROM ticket WHERE id = ANY($2::uuid[])`,
      [threads.map((t) => t.id), tickets.map((t) => t.id)],
    );
    expect(left.map((r) => r.id).sort()).toEqual([threads[1]?.id, tickets[1]?.id].sort());

    const after = await gql(server.graphqlUrl, OVERVIEW, {}, { token: departmentAdmin });
    expect(after.data?.retentionOverview.themes.find((t) => t.code === 'SUB')?.due).toBe(0);
    expect(after.data?.lastRetentionRun).toMatchObject({ threads: 1, tickets: 1 });
    expect(Date.parse(after.data?.lastRetentionRun?.finishedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });
});
