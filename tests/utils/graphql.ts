// A small GraphQL client for tests: real HTTP (fetch) and real WebSocket (graphql-ws). Documents written
// with `graphql(`…`)` (tests/graphql/generated, npm run codegen) type the variables and the result; a plain
// string still works for documents built at runtime (the security probes) and tests not converted yet.
import { type Client, createClient } from 'graphql-ws';
import { vi } from 'vitest';
import WebSocket from 'ws';
import { Topic } from '../../server/src/graphql/topics.js';
import { DEMO_PASSWORD } from '../../server/src/seed/demo.js';
import { graphql } from '../graphql/generated/gql.js';
import type { TypedDocumentString } from '../graphql/generated/graphql.js';

export interface GqlResult<T = Record<string, any>> {
  data: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string } }>;
  status: number;
  headers: Headers;
}

export interface GqlOptions {
  token?: string | null;
  headers?: Record<string, string>;
}

/** Sends a typed document: its variables are checked and its result typed. */
export async function gql<TResult, TVariables>(
  url: string,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options?: GqlOptions,
): Promise<GqlResult<TResult>>;
/** Sends a query string; the result is untyped unless `T` is given. */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  options?: GqlOptions,
): Promise<GqlResult<T>>;
export async function gql(
  url: string,
  query: string | TypedDocumentString<unknown, unknown>,
  variables: unknown = {},
  options: GqlOptions = {},
): Promise<GqlResult<unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: GqlResult['errors'] };
  return { data: body.data ?? null, errors: body.errors, status: response.status, headers: response.headers };
}

/** The error code of the first error, e.g. NOT_FOUND. */
export const errorCode = (result: GqlResult) => result.errors?.[0]?.extensions?.code;

export const LOGIN = graphql(`
  mutation TestLogin($input: LoginInput!) {
    login(input: $input) { token errors { field code message } user { id email roles } }
  }
`);

/** Logs in and returns the session token (throws when the login fails). */
export async function login(
  url: string,
  email: string,
  password = DEMO_PASSWORD,
  headers?: Record<string, string>,
) {
  const result = await gql(url, LOGIN, { input: { email, password } }, { headers });
  const token = result.data?.login.token;
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

/** The events of one subscription. */
export interface Collected<T> {
  dispose: () => void;
  readonly error: unknown;
  readonly completed: boolean;
  /** The next event (waiting up to `timeoutMs` for it). */
  next(timeoutMs?: number): Promise<T>;
  /** Events received and not yet taken by next(). */
  pending: T[];
}

/** What a subscription delivers for a typed document. */
export interface LiveEvent<TResult> {
  data?: TResult | null;
  errors?: GqlResult['errors'];
}

/** Subscribes and collects events; `next()` waits for the following one. */
export function collect<TResult, TVariables>(
  client: Client,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Collected<LiveEvent<TResult>>;
export function collect<T = any>(
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Collected<T>;
export function collect(
  client: Client,
  document: string | TypedDocumentString<unknown, unknown>,
  variables: unknown = {},
): Collected<unknown> {
  const query = document.toString();
  const events: unknown[] = [];
  const waiters: Array<(value: unknown) => void> = [];
  let error: unknown;
  let completed = false;
  const dispose = client.subscribe<unknown>(
    { query, variables: variables as Record<string, unknown> },
    {
      next: (value) => {
        const event = value;
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
    next(timeoutMs = 5000): Promise<unknown> {
      const queued = events.shift();
      if (queued !== undefined) return Promise.resolve(queued);
      return new Promise<unknown>((resolve, reject) => {
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
  chatUpdated: Topic.ChatChanged,
  staffChatsChanged: Topic.ChatQueueChanged,
  openOutagesChanged: Topic.OutagesChanged,
  quarantineCountChanged: Topic.QuarantineChanged,
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
export async function collectLive<TResult, TVariables>(
  server: Listening,
  client: Client,
  document: TypedDocumentString<TResult, TVariables>,
  variables?: TVariables,
): Promise<Collected<LiveEvent<TResult>>>;
export async function collectLive<T = any>(
  server: Listening,
  client: Client,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Collected<T>>;
export async function collectLive(
  server: Listening,
  client: Client,
  document: string | TypedDocumentString<unknown, unknown>,
  variables: Record<string, unknown> = {},
): Promise<Collected<unknown>> {
  const query = document.toString();
  const pubsub = server.app.pubsub;
  const topic = topicOf(query);
  const before = pubsub.listenerCount(topic);
  const seen = listenersBefore.get(client) ?? new Map<string, number>();
  listenersBefore.set(client, seen);
  if (!seen.has(topic)) seen.set(topic, before);
  const events = collect(client, query, variables);
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
