// `npm run bench:tickets` (issue 13): the staff ticket queue view and the keyword search at 100k and 1M
// tickets. For each ticket dataset (bench/lib/tickets-dataset.mjs, built once and reused): SQL statements
// per request at page sizes 5, 20 and 100 (count-queries.mjs), the list and count statements Loket sends
// run again in the server's scope with EXPLAIN (ANALYZE, BUFFERS) (plans saved), and p50/p99 under
// autocannon load. Writes bench/results/<date>-tickets[-<label>].md and .json, plans under
// bench/results/plans/<date>-tickets[-<label>]/<dataset>/.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { count, parseArgs, short } from './lib/args.mjs';
import { APP_PASSWORD, APP_USER, adminUrl, databaseUrl, datasetInfo, withClient } from './lib/db.mjs';
import { insertSessions, newSession, removeBenchSessions } from './lib/fixtures.mjs';
import { ROOT, startLoketProcess } from './lib/processes.mjs';
import { measure } from './lib/scale.mjs';
import { PAGE_SIZES, perRequest } from './lib/statements.mjs';
import { httpLoad } from './load/http.mjs';

const options = parseArgs();
const list = (value, fallback) =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()) : fallback;
const config = {
  sizes: list(options.sizes, ['100k', '1M']).map((s) => count(s)),
  seconds: count(options.seconds, 10),
  warmup: count(options.warmup, 2),
  connections: count(options.connections, 20),
  /** The search scans every ticket (see bench/README.md): fewer connections, or it only times out. */
  searchConnections: count(options['search-connections'], 4),
  staff: count(options.staff, 20),
  seed: count(options.seed, 42),
  label: typeof options.label === 'string' ? `tickets-${options.label}` : 'tickets',
};
const admin = adminUrl();
const log = (line) => console.log(line);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

// The staff queue page's query (web/app/staff-tickets: StaffTickets with the StaffTicketRow fragment).
const STAFF_TICKETS = `query StaffTickets($filter: StaffTicketFilterInput, $first: Int) {
  staffTickets(filter: $filter, sort: UPDATED, first: $first) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      id number subject status updatedAt
      slaState clockPaused firstResponseAt firstResponseDueAt resolvedAt resolutionDueAt
      organisation { id name } queue { id name } assignee { id firstName lastName }
    } }
  }
}`;

const request = (session, filter, first) => ({
  path: '/graphql',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
  body: JSON.stringify({ query: STAFF_TICKETS, variables: { filter, first } }),
});

async function ensureDataset(tickets) {
  const { TICKET_GENERATOR_VERSION, generateTicketDataset } = await import('./lib/tickets-dataset.mjs');
  const database = `loket_bench_tickets_${short(tickets).toLowerCase()}`;
  const orgs = Math.max(10, Math.round(tickets / 1000));
  const info = await datasetInfo(admin, database).catch(() => null);
  if (
    info?.generator === TICKET_GENERATOR_VERSION &&
    info.tickets === tickets &&
    info.orgs === orgs &&
    info.seed === config.seed &&
    !options['new-data']
  ) {
    log(`dataset ${database}: reusing (${tickets} tickets, built in ${info.seconds} s)`);
    return { database, info, reused: true };
  }
  log(`dataset ${database}: generating ${tickets} tickets for ${orgs} organisations`);
  const generated = await generateTicketDataset({ admin, database, orgs, tickets, seed: config.seed, log });
  log(`dataset ${database}: ${generated.seconds} s`);
  return { database, info: generated, reused: false };
}

/** Staff sessions (the bench's own tokens), the busiest queue and how often the search word matches. */
async function prepare(ownerUrl, searchWord) {
  return withClient(ownerUrl, async (c) => {
    await removeBenchSessions(c);
    const staff = await c.query(
      `SELECT id FROM app_user WHERE organisation_id IS NULL AND status = 'ACTIVE' ORDER BY id LIMIT $1`,
      [config.staff],
    );
    const sessions = staff.rows.map((r) => ({ user_id: r.id, ...newSession(r.id, null) }));
    await insertSessions(c, sessions);
    const queue = await c.query(
      `SELECT q.id, q.code, count(*)::int AS n FROM ticket t JOIN ticket_queue q ON q.id = t.queue_id
        GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
    );
    const total = await c.query('SELECT count(*)::int AS n FROM ticket');
    const matches = await c.query(
      `SELECT count(*)::int AS n FROM ticket t
        WHERE t.search_public @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1))
           OR t.search_notes @@ (websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('simple', $1))`,
      [searchWord],
    );
    const entries = await c.query('SELECT count(*)::int AS n FROM ticket_entry');
    return {
      sessions: sessions.map(({ row: _row, ...s }) => s),
      queue: queue.rows[0],
      tickets: total.rows[0].n,
      entries: entries.rows[0].n,
      matches: matches.rows[0].n,
    };
  });
}

/** The statements one request sent (list, count), with the transaction's opening, from the server. */
async function statementsOf(server, session, filter) {
  await server.queries(true);
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', ...request(session, filter, 20) });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const { recent } = await server.queries(true);
  const beginBefore = (q) =>
    recent
      .slice(0, recent.indexOf(q))
      .filter((r) => /^\s*(START TRANSACTION|BEGIN)/i.test(r.text))
      .at(-1);
  const pick = (re) => {
    const q = recent.filter((r) => re.test(r.text)).at(-1);
    if (!q) throw new Error(`statement ${re} not captured`);
    return { ...q, begin: beginBefore(q) };
  };
  return {
    list: pick(/FROM ticket t\b[\s\S]*ORDER BY/),
    count: pick(/SELECT count\(\*\)::int AS n FROM \(SELECT 1 FROM ticket t\b/),
    rows: body.data.staffTickets.edges.length,
    totalCount: body.data.staffTickets.totalCount,
  };
}

function commit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return 'unknown';
  }
}

async function main() {
  const startedAt = new Date();
  const loadBefore = load();
  if (!options['skip-build'])
    execFileSync('npm', ['run', 'build', '-w', 'server'], { cwd: ROOT, stdio: 'inherit' });
  const { TICKET_SEARCH_WORD } = await import('./lib/tickets-dataset.mjs');
  const date = startedAt.toISOString().slice(0, 10);
  const name = `${date}-${config.label}`;
  const planRoot = path.join(ROOT, 'bench/results/plans', name);
  const pgVersion = await withClient(
    admin,
    async (c) => (await c.query('SHOW server_version')).rows[0].server_version,
  );
  const environment = {
    commit: commit(),
    node: process.version,
    postgres: pgVersion,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}`,
    loadBefore,
    startedAt: startedAt.toISOString(),
    config,
  };
  const results = [];
  for (const size of config.sizes) {
    const dataset = await ensureDataset(size);
    const ownerUrl = databaseUrl(admin, dataset.database);
    const appUrl = databaseUrl(admin, dataset.database, APP_USER, APP_PASSWORD);
    const facts = await prepare(ownerUrl, TICKET_SEARCH_WORD);
    const queueFilter = { queueId: facts.queue.id };
    const searchFilter = { search: TICKET_SEARCH_WORD };
    const scenarios = [
      { scenario: 'queue view', filter: queueFilter, file: 'queue', connections: config.connections },
      {
        scenario: 'keyword search',
        filter: searchFilter,
        file: 'search',
        connections: config.searchConnections,
      },
    ];
    const server = await startLoketProcess(admin, dataset.database, {}, { count: true });
    const result = {
      dataset: dataset.database,
      facts: { ...facts, sessions: undefined },
      datasetInfo: dataset.info,
    };
    try {
      const session = facts.sessions[0];
      result.statements = [];
      for (const s of scenarios)
        for (const pageSize of PAGE_SIZES)
          result.statements.push({
            scenario: s.scenario,
            size: pageSize,
            ...(await perRequest(server, () => request(session, s.filter, pageSize))),
          });
      result.plans = [];
      for (const s of scenarios) {
        const sql = await statementsOf(server, session, s.filter);
        for (const kind of ['list', 'count']) {
          const file = path.join(planRoot, dataset.database, `${s.file}-${kind}.sql`);
          const m = await measure(appUrl, session, sql[kind], file);
          result.plans.push({
            scenario: s.scenario,
            statement: kind,
            rows: sql.rows,
            totalCount: sql.totalCount,
            ...m,
            file: path.relative(ROOT, file),
          });
          log(`${dataset.database} ${s.scenario} ${kind}: ${m.medianMs.toFixed(2)} ms, ${m.scan}`);
        }
      }
      result.load = [];
      for (const s of scenarios) {
        const loadAvg = load();
        const r = await httpLoad({
          server,
          sessions: facts.sessions,
          build: (session) => request(session, s.filter, 20),
          connections: s.connections,
          seconds: config.seconds,
          warmupSeconds: config.warmup,
        });
        result.load.push({ scenario: s.scenario, loadBefore: loadAvg, loadAfter: load(), ...r });
        log(
          `${dataset.database} ${s.scenario}: ${r.requestsPerSecond} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`,
        );
      }
    } finally {
      await server.stop();
      await withClient(ownerUrl, removeBenchSessions);
    }
    results.push(result);
    // Written after each dataset, so that a long run leaves what it measured so far.
    await write(name, { ...environment, loadAfter: load() }, results, TICKET_SEARCH_WORD);
  }
}

async function write(name, environment, results, word) {
  const file = path.join(ROOT, 'bench/results', name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.json`, `${JSON.stringify({ environment, results }, null, 2)}\n`);
  await writeFile(`${file}.md`, markdown(environment, results, word));
  log(`written ${path.relative(ROOT, file)}.md`);
}

function markdown(env, results, word) {
  const lines = [
    `# Tickets: staff queue view and keyword search (${env.startedAt.slice(0, 10)})`,
    '',
    `\`npm run bench:tickets\` (bench/tickets.mjs), commit ${env.commit}, Node.js ${env.node}, PostgreSQL ${env.postgres},`,
    `${env.cpus}. Load average (1 / 5 / 15 min) before ${env.loadBefore}, after ${env.loadAfter}: the machine is shared.`,
    `Load runs: ${env.config.connections} connections (search: ${env.config.searchConnections}), ${env.config.seconds} s after ${env.config.warmup} s warm-up, page size 20,`,
    `${env.config.staff} staff sessions. Queue view: \`staffTickets(filter: {queueId}, first: N)\` of the busiest queue with`,
    `\`totalCount\` (as the staff page asks); search: \`staffTickets(filter: {search: "${word}"}, first: N)\`.`,
    '',
  ];
  for (const r of results) {
    const f = r.facts;
    lines.push(
      `## ${r.dataset}`,
      '',
      `${f.tickets} tickets, ${f.entries} entries, ${r.datasetInfo.orgs} organisations (built in ${r.datasetInfo.seconds} s);`,
      `busiest queue ${f.queue.code}: ${f.queue.n} tickets; "${word}" matches ${f.matches} tickets.`,
      '',
      '### Statements per request',
      '',
      '| scenario | page 5 | page 20 | page 100 |',
      '| --- | --- | --- | --- |',
    );
    for (const scenario of ['queue view', 'keyword search']) {
      const cells = r.statements
        .filter((s) => s.scenario === scenario)
        .map((s) => `${s.queries.toFixed(1)} (${s.statements.toFixed(1)})`);
      lines.push(`| ${scenario} | ${cells.join(' | ')} |`);
    }
    lines.push(
      '',
      'Round trips (statements), steady state after a first request of the session. A fraction above the whole',
      'number is the session lookup again: Loket caches a session 5 s, and three slow requests can outlast that.',
      '',
      '### Plans (the statement Loket sent, run again in its scope; 21 runs)',
      '',
      '| scenario | statement | median ms | fastest ms | execution ms | buffers | first scan | plan |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const p of r.plans)
      lines.push(
        `| ${p.scenario} | ${p.statement} | ${p.medianMs.toFixed(2)} | ${p.minMs.toFixed(2)} | ${p.executionMs} | ${p.buffers} | ${p.scan} | [${path.basename(p.file)}](${path.relative('bench/results', p.file)}) |`,
      );
    lines.push(
      '',
      '### Under load (page size 20)',
      '',
      '| scenario | connections | req/s | p50 ms | p99 ms | errors | server CPU ms/req | PostgreSQL CPU ms/req | load avg before → after |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const l of r.load)
      lines.push(
        `| ${l.scenario} | ${l.connections} | ${l.requests ? `${l.requestsPerSecond.toFixed(1)} (${l.requests} in all)` : 'none completed'} | ${l.requests ? l.p50 : '–'} | ${l.requests ? l.p99 : '–'} | ${l.errors} | ${l.serverCpuMs.toFixed(2)} | ${l.databaseCpuMs?.toFixed(2) ?? '–'} | ${l.loadBefore} → ${l.loadAfter} |`,
      );
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

await main();
