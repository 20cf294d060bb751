// A small GraphQL client for tests: real HTTP (fetch) and real WebSocket (graphql-ws).
import { type Client, createClient } from 'graphql-ws';
import { vi } from 'vitest';
import WebSocket from 'ws';
import { Topic } from '../../server/src/graphql/topics.js';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';

export interface GqlResult<T = Record<string, any>> {
  data: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string } }>;
  status: number;
  headers: Headers;
}

export interface GqlOptions {
  token?: string;
  headers?: Record<string, string>;
}

export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: GqlOptions = {},
): Promise<GqlResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GqlResult['errors'] };
  return { data: body.data ?? null, errors: body.errors, status: response.status, headers: response.headers };
}

/** The error code of the first error, e.g. NOT_FOUND. */
export const errorCode = (result: GqlResult) => result.errors?.[0]?.extensions?.code;

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { token errors { field code message } user { id email roles } }
}`;

/** Logs in and returns the session token (throws when the login fails). */
export async function login(
  url: string,
  email: string,
  password = DEMO_PASSWORD,
  headers?: Record<string, string>,
) {
  const result = await gql(url, LOGIN, { input: { email, password } }, { headers });
  const token = result.data?.login?.token as string | undefined;
  if (!token) throw new Error(`login of ${email} failed: ${JSON.stringify(result.errors ?? result.data)}`);
  return token;
}

/** A graphql-ws client authenticated with `token` in connection_init. */
export function wsClient(
  url: string,
  token: string | undefined,
  extra: Partial<Parameters<typeof createClient>[0]> = {},
): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authToken: token } : {},
    retryAttempts: 0,
    lazy: true,
    ...extra,
  });
}

/** Subscribes and collects events; `next()` waits for the following one. */
export function collect<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: T[] = [];
  const waiters: Array<(value: T) => void> = [];
  let error: unknown;
  let completed = false;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        const event = value as T;
        const waiter = waiters.shift();
        if (waiter) waiter(event);
        else events.push(event);
      },
      error: (e) => {
        error = e;
      },
      complete: () => {
        completed = true;
      },
    },
  );
  return {
    dispose,
    get error() {
      return error;
    },
    get completed() {
      return completed;
    },
    next(timeoutMs = 5000): Promise<T> {
      const queued = events.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no event within timeout')), timeoutMs);
        waiters.push((value) => {
          clearTimeout(timer);
          resolve(value);
        });
      });
    },
    /** Events received and not yet taken by next(). */
    pending: events,
  };
}

/** The pubsub topic each subscription field listens to (collectLive() waits for a listener on it). */
const TOPIC_OF: Record<string, Topic> = {
  messageAdded: Topic.MessageAdded,
  messageCountsChanged: Topic.MessagesRead,
  tasksChanged: Topic.TasksChanged,
  mySessionRevoked: Topic.SessionRevoked,
  ticketUpdated: Topic.TicketUpdated,
  ticketQueueChanged: Topic.TicketQueueChanged,
};

function topicOf(query: string): string {
  const field = /subscription[^{]*\{\s*(\w+)/.exec(query)?.[1] ?? '';
  const topic = TOPIC_OF[field];
  if (!topic) throw new Error(`collectLive: no topic known for the subscription field '${field}'`);
  return topic;
}

/** What collectLive() needs of a server: its pubsub (RunningLoket has it). */
interface Listening {
  app: { pubsub: { listenerCount(topic: string): number } };
}

/** Per client, each topic's listener count before its first collectLive(): what disposeLive() waits for. */
const listenersBefore = new WeakMap<Client, Map<string, number>>();

/**
 * Subscribes like collect() and resolves once the server listens for the subscription's events (its pubsub
 * holds one more listener on the field's topic), so that nothing published afterwards is missed.
 */
export async function collectLive<T = any>(
  server: Listening,
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
) {
  const pubsub = server.app.pubsub;
  const topic = topicOf(query);
  const before = pubsub.listenerCount(topic);
  const seen = listenersBefore.get(client) ?? new Map<string, number>();
  listenersBefore.set(client, seen);
  if (!seen.has(topic)) seen.set(topic, before);
  const events = collect<T>(client, query, variables);
  await vi.waitFor(
    () => {
      if (events.error) throw new Error(`the subscription failed: ${JSON.stringify(events.error)}`);
      if (pubsub.listenerCount(topic) <= before) throw new Error(`the server does not listen yet: ${query}`);
    },
    { timeout: 5000, interval: 10 },
  );
  return events;
}

/**
 * Closes clients subscribed with collectLive() and waits until the server has let go of their listeners,
 * so that the next collectLive() counts from a settled server.
 */
export async function disposeLive(server: Listening, clients: Client[]): Promise<void> {
  const targets = new Map<string, number>();
  for (const client of clients)
    for (const [topic, before] of listenersBefore.get(client) ?? [])
      targets.set(topic, Math.min(before, targets.get(topic) ?? before));
  await Promise.all(clients.map((c) => c.dispose()));
  await vi.waitFor(
    () => {
      for (const [topic, target] of targets) {
        const count = server.app.pubsub.listenerCount(topic);
        if (count > target)
          throw new Error(`the server still holds ${count} listeners on ${topic}, not ${target}`);
      }
    },
    { timeout: 5000, interval: 10 },
  );
}
