// The production process layout without containers (deploy/compose.yaml): three GraphQL servers without a
// worker, two standalone workers and the standalone mail intake, on one PostgreSQL database, behind HAProxy.
// Every process is a compiled one (server/dist) of its own; all are stopped by stop(), also after a failure.
import { createServer } from 'node:net';
import WebSocket from 'ws';
import { MAIL_IN_ENV } from '../utils/mail-in.js';
import { type LoketProcess, startLoketProcess } from '../utils/server-process.js';
import { type Backend, type Haproxy, INSTANCE_HEADER, startHaproxy, untilServing } from './haproxy.mjs';

export const METRICS_TOKEN = 'scale-out-metrics-token-0123456789';

/** A port that was free a moment ago (HAProxy's config names the instances' ports before they start). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface Instance extends Backend {
  process: LoketProcess;
  /** Its own address, bypassing the proxy (only to read its metrics). */
  url: string;
}

export interface Cluster {
  dbUrl: string;
  proxy: Haproxy;
  /** The API through the proxy. */
  graphqlUrl: string;
  /** The proxy's SMTP port, to the mail intake. */
  smtpPort: number;
  wsUrl: string;
  instances: Instance[];
  workers: Array<{ process: LoketProcess; metricsUrl: string }>;
  mailIn: LoketProcess;
  /** Starts instance `name` again on its port (stopping it first if it still runs). */
  restart(name: string): Promise<Instance>;
  stop(): Promise<void>;
}

const alive = (p: LoketProcess) => p.child.exitCode === null && p.child.signalCode === null;

async function stopProcess(p: LoketProcess): Promise<void> {
  if (!alive(p)) return;
  p.child.kill('SIGTERM');
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 10_000);
  await p.exited;
  clearTimeout(timer);
}

/** Starts the whole layout on `dbUrl`; the workers deliver mail to `smtpUrl`. */
export async function startCluster(dbUrl: string, smtpUrl: string): Promise<Cluster> {
  const started: LoketProcess[] = [];
  let proxy: Haproxy | undefined;
  const stop = async () => {
    await proxy?.stop();
    await Promise.all(started.map(stopProcess));
  };
  try {
    const startInstance = async (name: string, port: number): Promise<Instance> => {
      const process = await startLoketProcess('main', dbUrl, {
        PORT: String(port),
        WORKER: 'off',
        DATABASE_POOL_SIZE: '5',
        METRICS_TOKEN,
        // HAProxy is the one hop in front.
        TRUST_PROXY: '1',
      });
      started.push(process);
      return { name, port, process, url: `http://127.0.0.1:${port}` };
    };
    const ports = await Promise.all([1, 2, 3].map(freePort));
    const instances = await Promise.all(ports.map((port, i) => startInstance(`server-${i + 1}`, port)));
    const workers = await Promise.all(
      [1, 2].map(async () => {
        const metricsPort = await freePort();
        const process = await startLoketProcess('worker-main', dbUrl, {
          SMTP_URL: smtpUrl,
          METRICS_PORT: String(metricsPort),
          METRICS_TOKEN,
        });
        started.push(process);
        return { process, metricsUrl: `http://127.0.0.1:${metricsPort}/metrics` };
      }),
    );
    const mailIn = await startLoketProcess('mail-in-main', dbUrl, { ...MAIL_IN_ENV, WORKER: 'off' });
    started.push(mailIn);
    const smtpPort = await freePort();
    proxy = await startHaproxy({
      apiPort: await freePort(),
      api: instances,
      smtpPort,
      mailInPort: Number(mailIn.ready),
    });
    const graphqlUrl = `${proxy.url}/graphql`;
    await untilServing(
      proxy.url,
      instances.map((i) => i.name),
    );
    return {
      dbUrl,
      proxy,
      graphqlUrl,
      smtpPort,
      wsUrl: graphqlUrl.replace(/^http/, 'ws'),
      instances,
      workers,
      mailIn,
      async restart(name) {
        const index = instances.findIndex((i) => i.name === name);
        const old = instances[index];
        if (!old) throw new Error(`no instance ${name}`);
        await stopProcess(old.process);
        const again = await startInstance(name, old.port);
        instances[index] = again;
        if (proxy) await untilServing(proxy.url, [name]);
        return again;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A gauge or counter's value in a Prometheus exposition (the sum over its series with these labels). */
export async function metricValue(url: string, name: string, labels = ''): Promise<number> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await response.text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || !line.includes(labels)) continue;
    const [series, value] = line.split(' ');
    if (series === name || series?.startsWith(`${name}{`)) sum += Number(value);
  }
  return sum;
}

/**
 * A WebSocket class for graphql-ws that reports the instance behind each connection it opens (HAProxy's
 * header on the 101 answer).
 */
export function socketReporting(onInstance: (name: string) => void) {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols);
      this.once('upgrade', (response) => onInstance(String(response.headers[INSTANCE_HEADER])));
    }
  };
}
