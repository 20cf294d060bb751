// A real HAProxy (Debian's package) in front of the test's processes, on free loopback ports, with a config
// generated here: round robin per request, no sticky sessions, WebSocket upgrades tunnelled, health checks
// on /readyz, and a TCP frontend for the mail intake. Each answer names the instance that gave it
// (X-Loket-Instance): that is how the tests know where a request or a socket landed. The bench's runs through
// the proxy (bench/run.mjs --instances N) start it too; its types are in haproxy.d.mts.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const HAPROXY = '/usr/sbin/haproxy';
/** The response header carrying the name of the instance that answered. */
export const INSTANCE_HEADER = 'x-loket-instance';

/** SMTP as plain TCP to the mail intake. */
const smtpFrontend = (smtpPort, mailInPort) => `
frontend smtp
  mode tcp
  timeout client 60s
  bind 127.0.0.1:${smtpPort}
  default_backend mail_in

backend mail_in
  mode tcp
  timeout server 60s
  server mail-in 127.0.0.1:${mailInPort} check
`;

function config({ apiPort, api, smtpPort, mailInPort, checks = true }) {
  return `global
  # The bench's fan-out runs hold thousands of open sockets (two descriptors each, within a 20k limit).
  maxconn 8000

defaults
  mode http
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  # Open WebSockets (graphql-ws pings well within this).
  timeout tunnel 1h
  # A request whose connection was refused (an instance just killed) goes to another instance. Only
  # connection failures are retried: a request an instance may have run is never sent twice.
  retries 3
  option redispatch 1

frontend api
  bind 127.0.0.1:${apiPort}
  default_backend loket

backend loket
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
${
  checks
    ? `  # A refused check (a killed instance) counts at once, a slow one (a loaded machine) only after 3 s;
  # three failures in a row take an instance out, two successes bring it back.
  timeout check 3s
  default-server check inter 400ms fall 3 rise 2
`
    : ''
}  http-response set-header X-Loket-Instance %[srv_name]
${api.map((b) => `  server ${b.name} 127.0.0.1:${b.port}`).join('\n')}
${smtpPort && mailInPort ? smtpFrontend(smtpPort, mailInPort) : ''}`;
}

/** Starts HAProxy in the foreground; resolves once its API frontend accepts connections. */
export async function startHaproxy(options) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loket-haproxy-'));
  const file = path.join(dir, 'haproxy.cfg');
  writeFileSync(file, config(options));
  const child = spawn(HAPROXY, ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (c) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c) => {
    out += c.toString();
  });
  const exited = new Promise((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${options.apiPort}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited:\n${out}`);
    if (await fetch(`${url}/healthz`).catch(() => null)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`haproxy did not answer:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { child, url, smtpPort: options.smtpPort, output: () => out, stop };
}

/** Resolves once requests through the proxy at `url` were answered by each of `names` (its checks saw them). */
export async function untilServing(url, names) {
  const seen = new Set();
  const deadline = Date.now() + 30_000;
  while (!names.every((n) => seen.has(n))) {
    if (Date.now() > deadline)
      throw new Error(`the proxy did not reach ${names.filter((n) => !seen.has(n))}`);
    const response = await fetch(`${url}/readyz`).catch(() => null);
    const name = response?.headers.get(INSTANCE_HEADER);
    if (name) seen.add(name);
    else await new Promise((r) => setTimeout(r, 50));
  }
}
