// `npm start`: builds what is stale, starts the GraphQL server (embedded PostgreSQL, migrations, demo data,
// mail worker) and then the web app, and prints the URLs and demo logins. Ctrl+C stops both gracefully;
// when either stops by itself, the other is stopped too and npm start exits non-zero.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_ARGS } from './server-node-args.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const env = { LOG_LEVEL: 'warn', ...process.env };
const apiPort = Number(env.PORT || 4000);
const webPort = Number(env.WEB_PORT || 3000);
const apiBase = `http://127.0.0.1:${apiPort}`;
// The web app calls the API server-side; point it at the port the API was given.
env.API_URL ??= `${apiBase}/graphql`;
// The email intake listens locally by default (decision 0018); MAIL_IN_PORT=0 picks a free port.
env.MAIL_IN_PORT ??= '2525';

/** Newest modification time of the files under `dirs` (0 when none exist). */
function newest(dirs) {
  let latest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p))
        if (entry !== 'node_modules' && entry !== 'dist' && entry !== 'build') walk(path.join(p, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  for (const dir of dirs) walk(path.join(root, dir));
  return latest;
}

function run(label, command, args) {
  process.stdout.write(`${label}...\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    process.stderr.write(`${label} failed.\n`);
    process.exit(result.status ?? 1);
  }
}

function buildIfStale() {
  const serverOut = path.join(root, 'server/dist/server/src/main.js');
  if (!existsSync(serverOut) || newest(['server/src', 'migrations']) > statSync(serverOut).mtimeMs) {
    run('Building the server', process.execPath, [
      path.join(root, 'node_modules/typescript/bin/tsc'),
      '-p',
      'server',
    ]);
  }
  const webOut = path.join(root, 'web/build/server/index.js');
  if (!existsSync(webOut) || newest(['web/app', 'schema']) > statSync(webOut).mtimeMs) {
    run('Building the web app', 'npm', ['run', 'build', '-w', 'web', '--silent']);
  }
}

async function waitFor(url, child, what) {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      process.stderr.write(
        `${what} stopped during start-up (${child.signalCode ?? `exit code ${child.exitCode}`}).\n`,
      );
      // The children already running (the API, when the web app failed) are stopped, not left behind.
      stopAll('SIGTERM');
      await Promise.all(
        children.map((c) => (c.exitCode === null && c.signalCode === null ? once(c, 'exit') : null)),
      );
      process.exit(1);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
}

buildIfStale();

const children = [];
function startChild(args, extraEnv = {}) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
  children.push(child);
  return child;
}

let stopping = false;
function stopAll(signal) {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nStopping Loket...\n');
  for (const child of [...children].reverse()) child.kill(signal);
}
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));

// The web app is the API's one proxy: it replaces X-Forwarded-For with the client address it determined
// (by its own TRUST_PROXY), so the API believes exactly one hop.
const api = startChild([...SERVER_NODE_ARGS, path.join(root, 'server/dist/server/src/main.js')], {
  TRUST_PROXY: '1',
});
await waitFor(`${apiBase}/readyz`, api, 'The GraphQL server');
const healthyAfter = ((Date.now() - started) / 1000).toFixed(1);
const web = startChild([path.join(root, 'web/server.mjs')]);
await waitFor(`http://127.0.0.1:${webPort}/healthz`, web, 'The web app');

const { demoLoginLines } = await import(path.join(root, 'server/dist/server/src/seed/demo-logins.js'));
const { loadConfig } = await import(path.join(root, 'server/dist/server/src/config.js'));
const { devMailboxUrl } = await import(path.join(root, 'server/dist/server/src/http/dev-mailbox.js'));
const mailbox = devMailboxUrl(loadConfig(env), `http://localhost:${apiPort}`);
const publicUrl = env.PUBLIC_URL || `http://localhost:${webPort}`;
const lines = [
  '',
  `Loket is running (GraphQL server healthy after ${healthyAfter} s).`,
  `  Web app (e-loket):    ${publicUrl}`,
  `  GraphQL API:          http://localhost:${apiPort}/graphql`,
  ...(mailbox ? [`  Development mailbox:  ${mailbox}  (no SMTP_URL: mails are kept here)`] : []),
  `  Email intake (SMTP):  ${env.MAIL_IN_HOST || '127.0.0.1'}:${env.MAIL_IN_PORT}  (to ${env.HELPDESK_ADDRESS || env.HELPDESK_EMAIL || 'helpdesk@zorg.example'})`,
  `  Data:                 ${env.DATABASE_URL ? 'DATABASE_URL' : `embedded PostgreSQL in ${path.resolve(env.DATA_DIR || '.data')}`}`,
  '',
  ...demoLoginLines(),
  '',
  'Press Ctrl+C to stop.',
  '',
];
process.stdout.write(lines.join('\n'));

// When one child ends by itself (it crashed, or was killed), stop the other and exit non-zero: a
// supervisor must see it, and a half-running Loket is no use.
const names = new Map([
  [api, 'The GraphQL server'],
  [web, 'The web app'],
]);
const exits = children.map(
  (child) => new Promise((resolve) => child.once('exit', (code, signal) => resolve({ child, code, signal }))),
);
const first = await Promise.race(exits);
const unexpected = !stopping;
stopAll('SIGTERM');
await Promise.all(exits);
if (unexpected) {
  const how = first.signal ? `was killed (${first.signal})` : `exited with code ${first.code}`;
  process.stderr.write(`${names.get(first.child)} ${how}; Loket stopped.\n`);
  process.exit(1);
}
process.exit(0);
