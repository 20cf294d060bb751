// Query plans and timings of the list SQL as Loket sends it: each scenario is requested once through the
// GraphQL API of a server with count-queries.mjs preloaded, the list statement it sent is taken from its
// recent queries, and then run again directly, as the application role in a transaction opened the way the
// server opened it (same scope and settings; row-level security applies): EXPLAIN (ANALYZE, BUFFERS) saved
// to a file, and the median and fastest of 21 runs.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { APP_PASSWORD, APP_USER, databaseUrl, withClient } from './db.mjs';
import { INBOX, SEARCH_WORD, STAFF_INBOX, staffInboxFilters } from './scenarios.mjs';
import { median } from './stats.mjs';

const cursorOf = (sentAt, id) => Buffer.from(JSON.stringify([sentAt, id]), 'utf8').toString('base64url');

/** What a scenario's statement looks like among the server's recent queries. */
const LIST_OF = {
  messages: (text) => /FROM message m/.test(text) && /ORDER BY m\.sent_at/.test(text),
  staffInbox: (text) => /FROM message_thread t/.test(text) && /ORDER BY t\.last_message_at/.test(text),
  staffInboxCount: (text) =>
    /^SELECT count\(\*\)::int AS n FROM \(\s*SELECT 1 FROM (message_thread t|message m\s)/.test(text),
};

async function listSqlOf(server, session, variables, { query = INBOX, field = 'messages', statement } = {}) {
  await server.queries(true); // drop older entries from view: we look for the newest list query
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const { recent } = await server.queries(true);
  const list = recent.filter((q) => LIST_OF[statement ?? field](q.text)).at(-1);
  if (!list) throw new Error(`${statement ?? field} statement not captured`);
  // How the server opened that transaction (its scope and settings), to run the statement the same way.
  const begin = recent
    .slice(0, recent.indexOf(list))
    .filter((q) => /^\s*(START TRANSACTION|BEGIN)/i.test(q.text))
    .at(-1);
  return { ...list, begin, rows: body.data[field].edges.length };
}

/**
 * Opens the transaction as the server did (its captured START TRANSACTION and scope), else the session's
 * scope: the staff scope for a session without organisation, the tenant's otherwise.
 */
async function inScope(appUrl, session, begin, work) {
  const client = new pg.Client({ connectionString: appUrl, application_name: 'bench-scale' });
  await client.connect();
  try {
    if (begin && begin.values.length === 0) await client.query(begin.text);
    else {
      await client.query('BEGIN');
      await client.query(
        `SELECT set_config('app.scope', $1, true), set_config('app.organisation_id', $2, true),
                set_config('app.user_id', $3, true)`,
        [session.organisation_id ? 'tenant' : 'staff', session.organisation_id ?? '', session.user_id],
      );
    }
    return await work(client);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}

export async function measure(appUrl, session, sql, planFile) {
  return inScope(appUrl, session, sql.begin, async (client) => {
    const times = [];
    for (let i = 0; i < 21; i++) {
      const start = process.hrtime.bigint();
      await client.query(sql.text, sql.values);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const explained = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
    const plan = explained.rows.map((r) => r['QUERY PLAN']).join('\n');
    await mkdir(path.dirname(planFile), { recursive: true });
    await writeFile(
      planFile,
      `-- in a transaction opened with: ${sql.begin?.text.replace(/\s+/g, ' ') ?? 'BEGIN and the tenant scope'}\n\n` +
        `${sql.text.trim()}\n\n-- parameters: ${JSON.stringify(sql.values)}\n\n${plan}\n`,
    );
    const buffers = /Buffers: shared hit=(\d+)(?: read=(\d+))?/.exec(plan);
    return {
      medianMs: median(times),
      minMs: Math.min(...times),
      executionMs: Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1]),
      planningMs: Number(/Planning Time: ([\d.]+)/.exec(plan)?.[1]),
      buffers: buffers ? Number(buffers[1]) + Number(buffers[2] ?? 0) : null,
      scan: /(Index Only Scan|Index Scan|Bitmap Heap Scan|Seq Scan)[^\n(]*/.exec(plan)?.[0]?.trim(),
      seqScan: /Seq Scan/.test(plan),
    };
  });
}

/**
 * Runs the scale scenarios against `database` with `server` (Loket, count: true). Plans go to `planDir`.
 * @returns {Promise<Array<{ scenario: string, detail: string, medianMs: number, executionMs: number, buffers: number }>>}
 */
export async function scaleScenarios({ server, admin, database, fixtures, planDir, depth = 100_000 }) {
  const ownerUrl = databaseUrl(admin, database);
  const appUrl = databaseUrl(admin, database, APP_USER, APP_PASSWORD);
  const largest = {
    token: fixtures.largest.sessions[0].token,
    organisation_id: fixtures.largest.organisationId,
    user_id: fixtures.largest.sessions[0].user_id,
  };
  const typical = fixtures.tenants[0];
  const facts = await withClient(ownerUrl, async (c) => {
    const size = (
      await c.query('SELECT count(*)::int AS n FROM message WHERE organisation_id = $1', [
        typical.organisation_id,
      ])
    ).rows[0].n;
    const themes = await c.query(
      `SELECT theme_id, count(*)::int AS n FROM message WHERE organisation_id = $1 AND direction = 'INBOUND'
        GROUP BY 1 ORDER BY 2, 1`,
      [largest.organisation_id],
    );
    const d = Math.max(0, Math.min(depth, fixtures.largest.messages - 40));
    const at = await c.query(
      `SELECT sent_at, id FROM message WHERE organisation_id = $1 ORDER BY sent_at DESC, id DESC OFFSET $2 LIMIT 1`,
      [largest.organisation_id, d],
    );
    return { typicalSize: size, rare: themes.rows[0], depth: d, at: at.rows[0] };
  });

  const scenarios = [
    {
      scenario: 'inbox, first page',
      detail: `largest organisation (${fixtures.largest.messages} messages)`,
      session: largest,
      variables: { first: 20, filter: { direction: 'INBOUND' } },
    },
    {
      scenario: 'inbox, first page',
      detail: `a random organisation (${facts.typicalSize} messages)`,
      session: typical,
      variables: { first: 20, filter: { direction: 'INBOUND' } },
    },
    {
      scenario: 'all messages, first page',
      detail: 'largest organisation',
      session: largest,
      variables: { first: 20 },
    },
    {
      scenario: 'all messages, keyset page',
      detail: `${facts.depth} rows deep (page ${Math.floor(facts.depth / 20) + 1})`,
      session: largest,
      variables: { first: 20, after: cursorOf(facts.at.sent_at.toISOString(), facts.at.id) },
    },
    {
      scenario: 'all messages, OFFSET page (for comparison)',
      detail: `${facts.depth} rows deep`,
      session: largest,
      variables: { first: 20 },
      offset: facts.depth,
    },
    {
      scenario: 'theme + direction, matching little',
      detail: `rarest theme of the largest organisation (${facts.rare?.n ?? 0} received)`,
      session: largest,
      variables: { first: 20, filter: { direction: 'INBOUND', themeId: facts.rare?.theme_id } },
    },
    {
      scenario: 'filtered: theme + text',
      detail: `largest organisation, main theme, "${SEARCH_WORD}"`,
      session: largest,
      variables: {
        first: 20,
        filter: { direction: 'INBOUND', themeId: fixtures.largest.topThemeId, text: SEARCH_WORD },
      },
    },
    {
      scenario: 'filtered: theme + text',
      detail: `a random organisation, main theme, "${SEARCH_WORD}"`,
      session: typical,
      variables: {
        first: 20,
        filter: { direction: 'INBOUND', themeId: typical.top_theme_id, text: SEARCH_WORD },
      },
    },
    {
      scenario: 'filtered: text only',
      detail: `largest organisation, "${SEARCH_WORD}"`,
      session: largest,
      variables: { first: 20, filter: { text: SEARCH_WORD } },
    },
  ];
  // The staff inbox across all organisations, as a DEPARTMENT_ADMIN (every team) in the staff scope; the
  // text search's capped count too, since the page asks for it and it reads as much as the list.
  const staff = { token: fixtures.admin.token, organisation_id: null, user_id: fixtures.admin.userId };
  const staffFilters = staffInboxFilters(fixtures.admin.themeId);
  const staffDetail = {
    'staff inbox': 'first page, all organisations',
    'staff filtered': 'most popular theme, unanswered',
    'staff theme + text': `most popular theme, "${SEARCH_WORD}"`,
    'staff text': `"${SEARCH_WORD}", all organisations`,
  };
  for (const [scenario, filter] of Object.entries(staffFilters)) {
    scenarios.push({
      scenario,
      detail: staffDetail[scenario],
      session: staff,
      variables: { first: 20, filter },
      capture: { query: STAFF_INBOX, field: 'staffInbox' },
    });
  }
  scenarios.push({
    scenario: 'staff text, count',
    detail: `up to 1,001 threads with "${SEARCH_WORD}"`,
    session: staff,
    variables: { first: 20, filter: staffFilters['staff text'] },
    capture: { query: STAFF_INBOX, field: 'staffInbox', statement: 'staffInboxCount' },
  });
  const results = [];
  for (const [i, s] of scenarios.entries()) {
    const sql = await listSqlOf(server, s.session, s.variables, s.capture);
    // OFFSET instead of the keyset: before the statement's (last) LIMIT.
    if (s.offset)
      sql.text = sql.text.replace(/LIMIT (\d+)(?![\s\S]*LIMIT)/, (_, n) => `OFFSET ${s.offset} LIMIT ${n}`);
    const file = path.join(
      planDir,
      `${String(i + 1).padStart(2, '0')}-${s.scenario.replace(/[^a-z]+/gi, '-').replace(/-+$/, '')}.txt`,
    );
    const measured = await measure(appUrl, s.session, sql, file);
    results.push({
      scenario: s.scenario,
      detail: s.detail,
      rows: sql.rows,
      plan: path.basename(file),
      ...measured,
    });
  }
  return results;
}
