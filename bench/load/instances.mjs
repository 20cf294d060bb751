// Scale-out runs (`--instances N`): the inbox load (a) and the fan-out through HAProxy (the scale-out test's
// proxy, tests/scale/haproxy.mjs: round robin, no sticky sessions), in front of one Loket process and then of
// N, on the same dataset. The result is the ratio of the two: what adding instances buys on this machine.
import { startHaproxy, untilServing } from '../../tests/scale/haproxy.mjs';
import { freePort, startLoketProcess } from '../lib/processes.mjs';
import { requests } from '../lib/scenarios.mjs';
import { combineTails } from '../lib/tail.mjs';
import { fanout } from './fanout.mjs';
import { httpLoad } from './http.mjs';

/** One run behind the proxy in front of `count` instances. */
async function behindProxy(count, { admin, database, ownerUrl, fixtures, config, log }) {
  const servers = [];
  let proxy;
  try {
    for (let i = 0; i < count; i++) servers.push(await startLoketProcess(admin, database));
    const api = servers.map((s, i) => ({ name: `loket-${i + 1}`, port: Number(new URL(s.url).port) }));
    // No health checks: under the bench's load a slow /readyz would take an instance out (503s).
    proxy = await startHaproxy({ apiPort: await freePort(), api, checks: false });
    await untilServing(
      proxy.url,
      api.map((b) => b.name),
    );
    // What the load scripts need of "a server": its address (the proxy's), a process whose CPU is read
    // (HAProxy's), the memory of all instances together and their tail (counts added, the rest from the
    // worst instance).
    const front = {
      name: `haproxy → ${count}`,
      url: proxy.url,
      pid: proxy.child.pid,
      memory: () => {
        const each = servers.map((s) => s.memory());
        return { rss: each.reduce((a, m) => a + m.rss, 0), peak: each.reduce((a, m) => a + m.peak, 0) };
      },
      resetTail: () => Promise.all(servers.map((s) => s.resetTail())),
      tail: async () => combineTails(await Promise.all(servers.map((s) => s.tail()))),
    };
    log(`instances ${count}: a inbox through the proxy`);
    const inbox = await httpLoad({
      server: front,
      sessions: fixtures.tenants,
      build: (s) => requests.inbox.loket(s, 20),
      connections: config.connections,
      seconds: config.seconds,
      warmupSeconds: config.warmup + 3,
    });
    log(
      `  ${inbox.requestsPerSecond.toFixed(0)} req/s, p50 ${inbox.p50} ms, p99 ${inbox.p99} ms, ${inbox.errors} errors`,
    );
    log(`instances ${count}: fan-out, ${config.twoInstanceSubscribers} subscribers through the proxy`);
    const live = await fanout({
      mode: 'graphql-ws',
      servers: [front],
      ownerUrl,
      fixtures,
      subscribers: config.twoInstanceSubscribers,
      events: config.events,
      ratePerSecond: config.rate,
      via: 'api',
      log,
    });
    log(
      `  p50 ${live.p50?.toFixed(0)} ms, p99 ${live.p99?.toFixed(0)} ms, ${live.delivered}/${live.expected} delivered`,
    );
    const { rss } = front.memory();
    return { instances: count, inbox, fanout: { ...live, instances: count }, rss };
  } finally {
    await proxy?.stop();
    for (const s of servers) await s.stop();
  }
}

/** The runs for 1 and for `instances` instances. */
export async function scaleOut(options) {
  const one = await behindProxy(1, options);
  const many = await behindProxy(options.instances, options);
  return [one, many];
}
