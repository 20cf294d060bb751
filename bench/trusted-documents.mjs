// `node bench/trusted-documents.mjs [--rounds 5] [--seconds 5] [--connections 10] [--label …]`: what a
// trusted document's hash saves against sending the same document whole (decision 0039). One Loket (the
// compiled server: `npm run build -w server` first) on the 100k dataset of `npm run bench` (built by it),
// and two of the web app's operations — `Viewer` (the smallest, where the request's overhead weighs most)
// and `MessagesList` (the inbox page) — each sent as the document's text and as its hash, in alternating
// rounds; reported: the median over rounds of req/s, p50/p99 and the CPU per request of the server and its
// PostgreSQL backends, with the load average before and after. Writes bench/results/<date>-<label>.md/.json.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import manifest from '../web/app/graphql/generated/persisted-documents.json' with { type: 'json' };
import { count, parseArgs } from './lib/args.mjs';
import { adminUrl, databaseUrl } from './lib/db.mjs';
import { cleanFixtures, prepareFixtures } from './lib/fixtures.mjs';
import { ROOT, startLoketProcess } from './lib/processes.mjs';
import { medianTail, TAIL_HEADERS, tailCells } from './lib/tail.mjs';
import { httpLoad } from './load/http.mjs';

const options = parseArgs();
const config = {
  rounds: count(options.rounds, 5),
  seconds: count(options.seconds, 5),
  warmup: count(options.warmup, 2),
  connections: count(options.connections, 10),
  label: typeof options.label === 'string' ? options.label : 'trusted-documents-cpu',
  database: typeof options.db === 'string' ? options.db : 'loket_bench_100k',
};
const admin = adminUrl();
const log = (line) => console.log(line);

const trusted = (operation) => {
  const found = Object.entries(manifest).find(([, text]) => text.includes(operation));
  if (!found) throw new Error(`no trusted document has ${operation}`);
  return found;
};
const OPERATIONS = {
  Viewer: { document: trusted('query Viewer {'), variables: {} },
  MessagesList: {
    document: trusted('query MessagesList('),
    variables: { first: 20, filter: { direction: 'INBOUND' } },
  },
};

const bearer = (token) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });
const contestants = Object.entries(OPERATIONS).flatMap(([name, { document, variables }]) => {
  const [hash, text] = document;
  return [
    [`${name}, document`, () => JSON.stringify({ query: text, variables })],
    [
      `${name}, hash`,
      () => JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables }),
    ],
  ].map(([label, body]) => [label, (s) => ({ path: '/graphql', headers: bearer(s.token), body: body() })]);
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  const startedAt = new Date();
  const ownerUrl = databaseUrl(admin, config.database);
  const fixtures = await prepareFixtures(ownerUrl, { tenants: 200, staff: 20 });
  const loadBefore = os.loadavg()[0];
  const server = await startLoketProcess(admin, config.database);
  const runs = {};
  try {
    for (let round = 1; round <= config.rounds; round++) {
      for (const [label, build] of contestants) {
        const r = await httpLoad({
          server,
          sessions: fixtures.tenants,
          build,
          connections: config.connections,
          seconds: config.seconds,
          warmupSeconds: round === 1 ? config.warmup + 3 : config.warmup,
        });
        log(
          `round ${round}, ${label}: ${r.requestsPerSecond.toFixed(0)} req/s, p99 ${r.p99} ms, ` +
            `${r.serverCpuMs.toFixed(2)} + ${r.databaseCpuMs?.toFixed(2)} ms CPU/request, ${r.errors} errors, load ${os.loadavg()[0].toFixed(1)}`,
        );
        runs[label] = [...(runs[label] ?? []), r];
      }
    }
  } finally {
    await server.stop();
    await cleanFixtures(ownerUrl, fixtures, startedAt);
  }
  const loadAfter = os.loadavg()[0];
  const rows = Object.entries(runs).map(([label, rs]) => ({
    label,
    requestsPerSecond: median(rs.map((r) => r.requestsPerSecond)),
    p50: median(rs.map((r) => r.p50)),
    p99: median(rs.map((r) => r.p99)),
    tail: medianTail(rs.map((r) => r.tail)),
    serverCpuMs: median(rs.map((r) => r.serverCpuMs)),
    databaseCpuMs: median(rs.map((r) => r.databaseCpuMs ?? 0)),
    requests: rs.reduce((a, r) => a + r.requests, 0),
    errors: rs.reduce((a, r) => a + r.errors, 0),
    rounds: rs,
  }));
  const day = startedAt.toISOString().slice(0, 10);
  const name = `${day}-${config.label}`;
  const dir = path.join(ROOT, 'bench/results');
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, `${name}.json`),
    `${JSON.stringify({ config, startedAt, loadBefore, loadAfter, rows }, null, 2)}\n`,
  );
  const markdown = [
    `# Trusted documents: hash against whole document (${day})`,
    '',
    `\`node bench/trusted-documents.mjs\` on ${config.database}: one Loket, ${config.connections} connections, ` +
      `${config.rounds} alternating rounds of ${config.seconds} s (median reported), load average ` +
      `${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after on ${os.cpus().length} cores.`,
    '',
    `| operation, sent as | req/s | p50 | p99 | ${TAIL_HEADERS.join(' | ')} | CPU per request: server + database | requests | errors |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${tailCells(r.tail).join(' | ')} | ` +
        `${r.serverCpuMs.toFixed(2)} + ${r.databaseCpuMs.toFixed(2)} ms | ${r.requests} | ${r.errors} |`,
    ),
    '',
  ].join('\n');
  await writeFile(path.join(dir, `${name}.md`), markdown);
  log(`written bench/results/${name}.md`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
