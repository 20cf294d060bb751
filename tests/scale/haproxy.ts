// A real HAProxy (Debian's package) in front of the test's processes, on free loopback ports, with a config
// generated here: round robin per request, no sticky sessions, WebSocket upgrades tunnelled, health checks
// on /readyz, and a TCP frontend for the mail intake. Each answer names the instance that gave it
// (X-Loket-Instance): that is how the tests know where a request or a socket landed.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const HAPROXY = '/usr/sbin/haproxy';
/** The response header carrying the name of the instance that answered. */
export const INSTANCE_HEADER = 'x-loket-instance';

export interface Backend {
  name: string;
  port: number;
}

export interface Haproxy {
  child: ChildProcess;
  /** http://127.0.0.1:port of the API frontend. */
  url: string;
  /** The SMTP frontend's port (to the mail intake). */
  smtpPort: number;
  output(): string;
  stop(): Promise<void>;
}

function config(apiPort: number, api: Backend[], smtpPort: number, mailInPort: number): string {
  return `global
  maxconn 4096

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
  # A refused check (a killed instance) counts at once, a slow one (a loaded machine) only after 3 s;
  # three failures in a row take an instance out, two successes bring it back.
  timeout check 3s
  default-server check inter 400ms fall 3 rise 2
  http-response set-header X-Loket-Instance %[srv_name]
${api.map((b) => `  server ${b.name} 127.0.0.1:${b.port}`).join('\n')}

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
}

/** Starts HAProxy in the foreground; resolves once its API frontend accepts connections. */
export async function startHaproxy(options: {
  apiPort: number;
  api: Backend[];
  smtpPort: number;
  mailInPort: number;
}): Promise<Haproxy> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'loket-haproxy-'));
  const file = path.join(dir, 'haproxy.cfg');
  writeFileSync(file, config(options.apiPort, options.api, options.smtpPort, options.mailInPort));
  const child = spawn(HAPROXY, ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
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
