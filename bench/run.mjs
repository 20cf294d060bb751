// `npm run bench`: the quick profile (under five minutes on two cores): the 100k-message dataset (built once
// and kept), SQL statements per request, inbox load side by side with PostGraphile and raw node-postgres,
// thread / filtered / send load, query plans, and subscription fan-out against a plain ws broadcast.
// `npm run bench -- --full`: the same on 1M messages with longer runs and more subscribers, plus the scale
// runs on 100k, 1M and 10M messages. See bench/README.md for every option.
// Writes bench/results/<date>[-<label>].md and .json, and the query plans under bench/results/plans/.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { count, parseArgs, short } from './lib/args.mjs';
import { adminUrl, databaseUrl, datasetInfo, withClient } from './lib/db.mjs';
import { cleanFixtures, prepareFixtures, threadsOfSizes } from './lib/fixtures.mjs';
import {
  ROOT,
  startBroadcastProcess,
  startLoketProcess,
  startPostgraphileProcess,
  startRawProcess,
} from './lib/processes.mjs';
import { report } from './lib/report.mjs';
import { scaleScenarios } from './lib/scale.mjs';
import { requests } from './lib/scenarios.mjs';
import { countStatements } from './lib/statements.mjs';
import { medianTail, tailLine } from './lib/tail.mjs';
import { fanout } from './load/fanout.mjs';
import { httpLoad } from './load/http.mjs';
import { scaleOut } from './load/instances.mjs';

const options = parseArgs();
const full = options.full === true;
const profile = full ? 'full' : 'quick';
const list = (value, fallback) =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()) : fallback;
const config = {
  profile,
  /** Dataset of the side-by-side, statement and fan-out runs. */
  main: count(options.main, full ? 1_000_000 : 100_000),
  /** Datasets of the scale runs (the main one included). */
  sizes: list(options.sizes, full ? ['100k', '1M', '10M'] : ['100k']).map((s) => count(s)),
  seconds: count(options.seconds, full ? 20 : 5),
  /** Alternating rounds of the side-by-side inbox run. */
  rounds: count(options.rounds, full ? 3 : 3),
  warmup: count(options.warmup, full ? 5 : 2),
  connections: count(options.connections, 50),
  sendConnections: count(options['send-connections'], 20),
  subscribers: list(options.subscribers, full ? ['1000', '5000', '10000'] : ['1000', '5000']).map((s) =>
    count(s),
  ),
  twoInstanceSubscribers: count(options['two-instance-subscribers'], full ? 5000 : 1000),
  events: count(options.events, full ? 20 : 10),
  rate: Number(options.rate ?? 1),
  only: list(options.only, ['statements', 'inbox', 'other', 'scale', 'fanout', 'instances']),
  /** Loket instances behind HAProxy in the scale-out runs, compared with one (0: no such runs). */
  instances: count(options.instances, 0),
  label: typeof options.label === 'string' ? options.label : full ? 'full' : '',
  seed: count(options.seed, 42),
};
/** Organisations per dataset size: 100 per 100k messages, so the largest grows with the set. */
const orgsFor = (messages) => Math.max(10, Math.round(messages / 1000));
const databaseFor = (messages) => `loket_bench_${short(messages).toLowerCase()}`;
const admin = adminUrl();
const startedAt = new Date();
const log = (line) => console.log(line);
const wants = (part) => config.only.includes(part);

/** The median of each measure over rounds, the tail's too (RSS: the last; peak: the highest; errors: the sum). */
function medianRun(runs) {
  const med = (key) => {
    const values = runs.map((r) => r[key]).sort((a, b) => a - b);
    const mid = Math.floor(values.length / 2);
    return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  };
  return {
    requestsPerSecond: med('requestsPerSecond'),
    p50: med('p50'),
    p99: med('p99'),
    tail: medianTail(runs.map((r) => r.tail)),
    mean: med('mean'),
    serverCpuMs: med('serverCpuMs'),
    databaseCpuMs: runs[0].databaseCpuMs == null ? null : med('databaseCpuMs'),
    requests: runs.reduce((a, r) => a + r.requests, 0),
    errors: runs.reduce((a, r) => a + r.errors, 0),
    firstError: runs.find((r) => r.firstError)?.firstError ?? null,
    rss: runs.at(-1).rss,
    peakRss: Math.max(...runs.map((r) => r.peakRss)),
    connections: runs[0].connections,
    seconds: runs.reduce((a, r) => a + r.seconds, 0),
  };
}

async function ensureDataset(messages) {
  // Imported here, not at the top: the generator uses the compiled server, which main() builds first (a
  // fresh clone has no server/dist).
  const { GENERATOR_VERSION, generateDataset } = await import('./lib/dataset.mjs');
  const database = databaseFor(messages);
  const orgs = orgsFor(messages);
  const info = await datasetInfo(admin, database).catch(() => null);
  if (
    info &&
    info.generator === GENERATOR_VERSION &&
    info.messages === messages &&
    info.orgs === orgs &&
    info.seed === config.seed &&
    !options['new-data']
  ) {
    log(`dataset ${database}: reusing (${info.messages} messages, ${info.orgs} organisations)`);
    return { database, info, reused: true };
  }
  log(`dataset ${database}: generating ${messages} messages for ${orgs} organisations`);
  const generated = await generateDataset({ admin, database, orgs, messages, seed: config.seed, log });
  log(`dataset ${database}: ${generated.seconds} s`);
  return { database, info: generated, reused: false };
}

async function environment(database) {
  return withClient(databaseUrl(admin, database), async (c) => {
    const settings = await c.query(
      `SELECT name, setting, unit FROM pg_settings
        WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_connections', 'jit')`,
    );
    const version = await c.query('SHOW server_version');
    let commit = 'unknown';
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
      const dirty = execFileSync('git', ['status', '--porcelain', 'server', 'migrations'], { cwd: ROOT })
        .toString()
        .trim();
      if (dirty) commit += ' + uncommitted server changes';
    } catch {}
    return {
      node: process.version,
      postgres: version.rows[0].server_version,
      settings: Object.fromEntries(settings.rows.map((r) => [r.name, `${r.setting}${r.unit ?? ''}`])),
      cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
      memory: `${Math.round(os.totalmem() / 1024 ** 3)} GB`,
      commit,
      loadBefore: os.loadavg()[0],
    };
  });
}

async function main() {
  if (!options['skip-build']) {
    log('building the server');
    execFileSync('npm', ['run', 'build', '-w', 'server'], { cwd: ROOT, stdio: 'inherit' });
  }
  const results = { config, startedAt: startedAt.toISOString(), datasets: {}, scale: {} };
  const day = startedAt.toISOString().slice(0, 10);
  const name = config.label ? `${day}-${config.label}` : day;
  const planRoot = path.join(ROOT, 'bench/results/plans', name);

  const main = await ensureDataset(config.main);
  results.datasets[config.main] = main.info;
  results.environment = await environment(main.database);
  const ownerUrl = databaseUrl(admin, main.database);
  const fixtures = await prepareFixtures(ownerUrl, { tenants: 200, staff: 20 });
  const since = new Date();
  try {
    if (wants('statements')) {
      log('statements per request');
      const threads = await threadsOfSizes(ownerUrl, fixtures);
      const servers = {
        loket: await startLoketProcess(admin, main.database, {}, { count: true }),
        postgraphile: await startPostgraphileProcess(admin, main.database, { count: true }),
        raw: await startRawProcess(admin, main.database, { count: true }),
      };
      try {
        results.statements = await countStatements({
          servers,
          threads,
          staff: fixtures.admin,
          session: {
            ...fixtures.largest.sessions[0],
            organisation_id: fixtures.largest.organisationId,
            top_theme_id: fixtures.largest.topThemeId,
          },
        });
      } finally {
        for (const s of Object.values(servers)) await s.stop();
      }
    }

    if (wants('inbox')) {
      // All contestants stay up; rounds alternate between them, so that the machine's other load (it is
      // shared) falls on each alike. Reported: the median of the rounds.
      const servers = {
        loket: await startLoketProcess(admin, main.database),
        postgraphile: await startPostgraphileProcess(admin, main.database),
        raw: await startRawProcess(admin, main.database),
      };
      servers['raw SELECT only'] = servers.raw;
      // The web app's own list page, sent whole and as a trusted document's hash (decision 0039).
      servers['loket, web list, document'] = servers.loket;
      servers['loket, web list, hash'] = servers.loket;
      const rounds = {};
      try {
        for (let round = 1; round <= config.rounds; round++) {
          for (const contestant of Object.keys(servers)) {
            const build = requests.inbox[contestant];
            const r = await httpLoad({
              server: servers[contestant],
              sessions: fixtures.tenants,
              build: (s) => build(s, 20),
              connections: config.connections,
              seconds: config.seconds,
              // The first round also warms the JIT of every code path.
              warmupSeconds: round === 1 ? config.warmup + 3 : config.warmup,
            });
            log(
              `a inbox, round ${round}, ${contestant}: ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (${tailLine(r.tail)}), ${r.errors} errors`,
            );
            rounds[contestant] = [...(rounds[contestant] ?? []), r];
          }
        }
      } finally {
        await servers.loket.stop();
        await servers.postgraphile.stop();
        await servers.raw.stop();
      }
      results.inbox = Object.entries(rounds).map(([contestant, runs]) => ({
        contestant,
        ...medianRun(runs),
        rounds: runs,
      }));
    }

    if (wants('other')) {
      results.other = [];
      const server = await startLoketProcess(admin, main.database);
      try {
        const scenarios = [
          ['b thread', (s, _n, random) => requests.thread(s, random), config.connections],
          ['c filtered inbox', (s) => requests.filtered(s, 20), config.connections],
          ['d send message', (s, n) => requests.send(s, n), config.sendConnections],
        ];
        for (const [scenario, build, connections] of scenarios) {
          log(scenario);
          const sessions = scenario.startsWith('d')
            ? fixtures.tenants.filter((s) => s.send_theme_id)
            : fixtures.tenants;
          const r = await httpLoad({
            server,
            sessions,
            build,
            connections,
            seconds: config.seconds,
            warmupSeconds: config.warmup,
          });
          log(
            `  ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms (${tailLine(r.tail)}), ${r.errors} errors`,
          );
          results.other.push({ scenario, ...r });
        }
      } finally {
        await server.stop();
      }
    }

    if (wants('scale')) {
      log(`plans and timings on ${short(config.main)}`);
      const server = await startLoketProcess(admin, main.database, {}, { count: true });
      try {
        results.scale[config.main] = {
          queries: await scaleScenarios({
            server,
            admin,
            database: main.database,
            fixtures,
            planDir: path.join(planRoot, short(config.main)),
          }),
        };
      } finally {
        await server.stop();
      }
    }

    if (wants('fanout')) {
      results.fanout = [];
      for (const subscribers of config.subscribers) {
        for (const [mode, start] of [
          ['plain', () => startBroadcastProcess(admin, main.database)],
          ['graphql-ws', () => startLoketProcess(admin, main.database)],
        ]) {
          log(`e fan-out: ${subscribers} subscribers, ${mode === 'plain' ? 'plain ws broadcast' : 'Loket'}`);
          const server = await start();
          try {
            const r = await fanout({
              mode,
              servers: [server],
              ownerUrl,
              fixtures,
              subscribers,
              events: config.events,
              ratePerSecond: config.rate,
              log,
            });
            log(
              `  p50 ${r.p50?.toFixed(0)} ms, p99 ${r.p99?.toFixed(0)} ms (${tailLine(r.tail)}), ${(r.memoryPerSubscriber / 1024).toFixed(1)} KB/subscriber, ${r.delivered}/${r.expected} delivered`,
            );
            results.fanout.push({ scenario: 'e', ...r });
          } finally {
            await server.stop();
          }
        }
      }
      log(
        `f fan-out across two instances: ${config.twoInstanceSubscribers} subscribers, sent through the first`,
      );
      const a = await startLoketProcess(admin, main.database);
      const b = await startLoketProcess(admin, main.database);
      try {
        const r = await fanout({
          mode: 'graphql-ws',
          servers: [a, b],
          ownerUrl,
          fixtures,
          subscribers: config.twoInstanceSubscribers,
          events: config.events,
          ratePerSecond: config.rate,
          via: 'api',
          log,
        });
        log(
          `  p50 ${r.p50?.toFixed(0)} ms, p99 ${r.p99?.toFixed(0)} ms, ${r.delivered}/${r.expected} delivered`,
        );
        results.fanout.push({ scenario: 'f', ...r });
      } finally {
        await a.stop();
        await b.stop();
      }
    }

    if (wants('instances') && config.instances > 1) {
      results.instances = await scaleOut({
        admin,
        database: main.database,
        ownerUrl,
        fixtures,
        instances: config.instances,
        config,
        log,
      });
    }
  } finally {
    await cleanFixtures(ownerUrl, fixtures, since);
  }

  // Scale runs on the other datasets: plans and timings, and (a) and (c) under load.
  if (wants('scale')) {
    for (const messages of config.sizes) {
      const data = messages === config.main ? main : await ensureDataset(messages);
      results.datasets[messages] = data.info;
      const url = databaseUrl(admin, data.database);
      const fx = await prepareFixtures(url, { tenants: 200, staff: 20 });
      const fxSince = new Date();
      const server = await startLoketProcess(admin, data.database, {}, { count: true });
      try {
        if (messages !== config.main) {
          log(`plans and timings on ${short(messages)}`);
          results.scale[messages] = {
            queries: await scaleScenarios({
              server,
              admin,
              database: data.database,
              fixtures: fx,
              planDir: path.join(planRoot, short(messages)),
            }),
          };
        }
        if (full) {
          log(`a and c under load on ${short(messages)}`);
          results.scale[messages] ??= {};
          results.scale[messages].load = {};
          for (const [scenario, build] of [
            ['a inbox', (s) => requests.inbox.loket(s, 20)],
            ['c filtered inbox', (s) => requests.filtered(s, 20)],
          ]) {
            const r = await httpLoad({
              server,
              sessions: fx.tenants,
              build,
              connections: config.connections,
              seconds: config.seconds,
              warmupSeconds: config.warmup,
            });
            log(`  ${scenario}: ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms`);
            results.scale[messages].load[scenario] = r;
          }
        }
      } finally {
        await server.stop();
        await cleanFixtures(url, fx, fxSince);
      }
    }
  }

  results.finishedAt = new Date().toISOString();
  results.environment.loadAfter = os.loadavg()[0];
  const dir = path.join(ROOT, 'bench/results');
  await mkdir(dir, { recursive: true });
  // The measurements first: a report that fails to render loses nothing measured.
  await writeFile(path.join(dir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = report(results, { planDir: path.relative(dir, planRoot) });
  await writeFile(path.join(dir, `${name}.md`), markdown);
  log(`\nwritten bench/results/${name}.md (${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
