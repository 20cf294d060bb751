// Helpers for tests that break the connections behind live events: polling, the server's LISTEN
// connections, and a graphql-ws client that reconnects (and counts its connections and close codes).
import type { Client } from 'graphql-ws';
import { wsClient } from './graphql.js';
import { ownerQuery } from './mailbox.js';

/** Polls `probe` every 20 ms until it answers true; fails after `ms`. */
export async function until(ms: number, probe: () => boolean | Promise<boolean>): Promise<void> {
  const start = Date.now();
  while (!(await probe())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Pids of the LISTEN connections (application_name 'loket-listen') on the database of `dbUrl`. */
export const listenPids = async (dbUrl: string): Promise<number[]> =>
  (
    await ownerQuery<{ pid: number }>(
      dbUrl,
      `SELECT pid FROM pg_stat_activity WHERE application_name = 'loket-listen' AND datname = current_database()`,
    )
  ).map((row) => row.pid);

/** A socket that reconnects quickly when closed, counting its connections and the close codes it got. */
export function reconnectingClient(
  wsUrl: string,
  token: string,
  retryAttempts = 50,
): { client: Client; connections: () => number; closes: number[] } {
  let connections = 0;
  const closes: number[] = [];
  const client = wsClient(wsUrl, token, {
    retryAttempts,
    retryWait: () => new Promise((r) => setTimeout(r, 50)),
    on: {
      connected: () => connections++,
      closed: (event) => closes.push((event as { code: number }).code),
    },
  });
  return { client, connections: () => connections, closes };
}
