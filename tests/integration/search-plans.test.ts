// Text searches read their indexes under row-level security (decision 0031): the conditions the services
// build, explained as the application role in a tenant's and in the staff's scope. Sequential scans are
// switched off so that the planner picks an index whenever it may use one; on tables this small it would
// otherwise scan anyway. Before the match functions were LEAKPROOF these plans were sequential scans.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysetPage } from '../../server/src/lists/keyset.js';
import { walkedPageSql } from '../../server/src/lists/walked-page.js';
import { Conditions, messageTextMatch } from '../../server/src/modules/messages/message-filter.js';
import { threadTextExists, threadTextMatch } from '../../server/src/modules/messages/staff-inbox.service.js';
import { ticketTextMatch } from '../../server/src/modules/tickets/ticket.service.js';
import { ticketPageStatement } from '../../server/src/modules/tickets/ticket-page.js';
import { APP_USER } from '../setup/test-env.js';
import { testDatabase } from '../utils/server.js';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: await testDatabase() });
  await client.connect();
});
afterAll(() => client.end());

type Scope = { kind: 'tenant'; organisationId: string } | { kind: 'staff' };

/** The plan's nodes for `sql` with `params`, run as the application role in `scope`. */
async function planOf(scope: Scope, sql: string, params: unknown[]): Promise<PlanNode[]> {
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL ROLE ${client.escapeIdentifier(APP_USER)}`);
    await client.query(
      `SELECT set_config('app.scope', $1, true), set_config('app.organisation_id', $2, true),
              set_config('app.user_id', $3, true), set_config('app.roles', $4, true)`,
      [
        scope.kind,
        scope.kind === 'tenant' ? scope.organisationId : '',
        randomUUID(),
        scope.kind === 'tenant' ? 'ADMIN' : 'AGENT',
      ],
    );
    await client.query('SET LOCAL enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
      `EXPLAIN (FORMAT JSON) ${sql}`,
      params,
    );
    return nodesOf(rows[0]?.['QUERY PLAN'][0]?.Plan as PlanNode);
  } finally {
    await client.query('ROLLBACK');
  }
}

const scans = (nodes: PlanNode[], relation: string) =>
  nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === relation);
const indexes = (nodes: PlanNode[]) => nodes.map((n) => n['Index Name']).filter(Boolean);

const TENANT: Scope = { kind: 'tenant', organisationId: randomUUID() };
const STAFF: Scope = { kind: 'staff' };

describe('text searches under row-level security', () => {
  it('ticket keywords read the full-text indexes, for a customer and for staff (with the notes)', async () => {
    const customer = await planOf(TENANT, `SELECT t.id FROM ticket t WHERE ${ticketTextMatch('$1', false)}`, [
      'factuur niet ontvangen',
    ]);
    expect(scans(customer, 'ticket')).toEqual([]);
    expect(indexes(customer)).toContain('ticket_search_public_idx');

    const staff = await planOf(STAFF, `SELECT t.id FROM ticket t WHERE ${ticketTextMatch('$1', true)}`, [
      'factuur',
    ]);
    expect(scans(staff, 'ticket')).toEqual([]);
    expect(indexes(staff)).toEqual(
      expect.arrayContaining(['ticket_search_public_idx', 'ticket_search_notes_idx']),
    );
  });

  it("an organisation's message text filter reads the trigram index", async () => {
    const nodes = await planOf(TENANT, `SELECT m.id FROM message m WHERE ${messageTextMatch('$1')}`, [
      '%factuur%',
    ]);
    expect(scans(nodes, 'message')).toEqual([]);
    expect(indexes(nodes)).toContain('message_text_trgm_idx');
  });

  it("the staff inbox's text search across organisations reads the thread and message trigram indexes", async () => {
    const nodes = await planOf(STAFF, `SELECT t.id FROM message_thread t WHERE ${threadTextMatch('$1')}`, [
      '%factuur%',
    ]);
    expect(scans(nodes, 'message')).toEqual([]);
    expect(scans(nodes, 'message_thread')).toEqual([]);
    expect(indexes(nodes)).toEqual(
      expect.arrayContaining(['message_text_trgm_idx', 'message_thread_title_trgm_idx']),
    );
  });

  // Decision 0040: a page walks the list's ordered index first (stops after WALK rows) and asks the trigram
  // indexes only when that finds too little; both arms are in the plan, neither scans.
  it('a staff inbox text page walks the inbox order, with the trigram lookups as its fallback', async () => {
    const page = keysetPage(
      { first: 20 },
      {
        key: [
          ['t.last_message_at', 'timestamp'],
          ['t.id', 'uuid'],
        ],
        descending: true,
      },
    );
    const sql = walkedPageSql({
      from: 'message_thread t',
      alias: 't',
      columns: 't.id, t.last_message_at',
      walk: [],
      perRow: [threadTextExists('$1')],
      indexed: [threadTextMatch('$1')],
      page,
    });
    const nodes = await planOf(STAFF, sql, ['%factuur%']);
    expect(scans(nodes, 'message')).toEqual([]);
    expect(scans(nodes, 'message_thread')).toEqual([]);
    expect(indexes(nodes)).toEqual(
      expect.arrayContaining([
        'message_thread_staff_idx',
        'message_thread_idx',
        'message_text_trgm_idx',
        'message_thread_title_trgm_idx',
      ]),
    );
  });

  it("an organisation's text-only page walks its messages in order, with the trigram index as fallback", async () => {
    const page = keysetPage(
      { first: 20 },
      {
        key: [
          ['m.sent_at', 'timestamp'],
          ['m.id', 'uuid'],
        ],
        descending: true,
      },
    );
    const sql = walkedPageSql({
      from: 'message m',
      alias: 'm',
      columns: 'm.id, m.sent_at',
      walk: ['m.organisation_id = $2'],
      perRow: [messageTextMatch('$1')],
      indexed: [messageTextMatch('$1')],
      page,
    });
    if (TENANT.kind !== 'tenant') throw new Error('a tenant scope');
    const nodes = await planOf(TENANT, sql, ['%factuur%', TENANT.organisationId]);
    expect(scans(nodes, 'message')).toEqual([]);
    // The fallback's index depends on the organisation's size (on the test's few rows: the organisation's
    // own); that it may read the trigram index is the test above.
    expect(indexes(nodes)[0]).toBe('message_all_idx');
  });

  it("the staff's ticket page (list, capped count, queue) reads indexes: a queue, and keywords", async () => {
    const page = keysetPage(
      { first: 20 },
      {
        key: [
          ['t.updated_at', 'timestamp'],
          ['t.id', 'uuid'],
        ],
        descending: true,
      },
    );
    const parts = { count: true, organisation: false, queue: true };
    const queue = new Conditions();
    queue.add(`t.queue_id = ${queue.param(randomUUID())}`);
    const byQueue = ticketPageStatement(queue, queue.clone(), page, parts, null);
    const queueNodes = await planOf(STAFF, byQueue.sql, byQueue.params);
    expect(scans(queueNodes, 'ticket')).toEqual([]);
    // The count reads the queue's index only: it carries the row policy's columns (migration 1767800000000).
    expect(
      queueNodes.filter((n) => n['Node Type'] === 'Index Only Scan').map((n) => n['Index Name']),
    ).toEqual(['ticket_queue_idx']);

    const words = new Conditions();
    words.add(ticketTextMatch(words.param('legionella'), true));
    const search = ticketPageStatement(words, words.clone(), page, parts, null);
    const searchNodes = await planOf(STAFF, search.sql, search.params);
    expect(scans(searchNodes, 'ticket')).toEqual([]);
    // The capped count at least reads the full-text indexes (a count has no order to walk).
    expect(indexes(searchNodes)).toEqual(
      expect.arrayContaining(['ticket_search_public_idx', 'ticket_search_notes_idx']),
    );
  });
});
