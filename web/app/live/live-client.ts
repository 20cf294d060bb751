// The browser's one graphql-ws connection: same-origin /graphql (the web server passes it on to the
// API with the session cookie), reconnecting with randomised exponential backoff after a drop, and
// reporting its state so the page can announce it.
import { type Client, createClient } from 'graphql-ws';
import type { TypedDocumentString } from '../graphql/generated/graphql';

export type LiveState = 'connecting' | 'connected' | 'reconnecting';

/** 4403: the API refused or ended the socket because the session is no longer valid. */
export const CLOSE_FORBIDDEN = 4403;

let client: Client | undefined;
let state: LiveState = 'connecting';
let everConnected = false;
const stateListeners = new Set<(state: LiveState) => void>();

function setState(next: LiveState) {
  if (next === state) return;
  state = next;
  for (const listener of stateListeners) listener(next);
}

function closeCode(value: unknown): number | undefined {
  return typeof value === 'object' && value !== null && 'code' in value
    ? Number((value as { code: unknown }).code)
    : undefined;
}

function wait(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function liveClient(): Client {
  if (client) return client;
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  client = createClient({
    url: `${scheme}://${window.location.host}/graphql`,
    retryAttempts: Number.POSITIVE_INFINITY,
    // 1 s, 2 s, 4 s ... capped at 30 s, each with jitter so that clients do not return all at once.
    retryWait: async (retries) => {
      await wait(Math.min(30_000, 1000 * 2 ** retries) * (0.5 + Math.random() / 2));
    },
    shouldRetry: (event) => closeCode(event) !== CLOSE_FORBIDDEN,
    keepAlive: 25_000,
    on: {
      connecting: () => setState(everConnected ? 'reconnecting' : 'connecting'),
      connected: () => {
        everConnected = true;
        setState('connected');
      },
      closed: () => {
        if (everConnected) setState('reconnecting');
      },
    },
  });
  return client;
}

/** Follows the connection's state; returns the unsubscribe function. */
export function onLiveState(listener: (state: LiveState) => void): () => void {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}

/**
 * Calls `callback` each time the connection is back after a drop, including the API closing it to say
 * that events may have been missed (1012, after its own database listener reconnected): what the page
 * shows is to be read again. Returns the unsubscribe function.
 */
export function onLiveResync(callback: () => void): () => void {
  let dropped = false;
  return onLiveState((next) => {
    if (next === 'reconnecting') dropped = true;
    else if (next === 'connected' && dropped) {
      dropped = false;
      callback();
    }
  });
}

export interface LiveHandlers<TResult> {
  next(data: TResult): void;
  /** The subscription ended for good; `code` is the WebSocket close code when the socket was closed. */
  error?(code: number | undefined): void;
}

/** Opens a subscription; returns the function that ends it. */
export function subscribeLive<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  handlers: LiveHandlers<TResult>,
  variables?: TVariables,
): () => void {
  return liveClient().subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> | undefined },
    {
      next: (value) => {
        if (value.data) handlers.next(value.data);
      },
      error: (error) => handlers.error?.(closeCode(error)),
      complete: () => undefined,
    },
  );
}
