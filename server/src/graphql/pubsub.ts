// Events between server instances over PostgreSQL LISTEN/NOTIFY. `publish` runs inside the caller's
// transaction, so an event fires only when that transaction commits, and reaches every instance (this
// one included) that listens. Payloads carry ids only; subscribers re-read rows under their own scope.
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics/metrics.js';
import type { Topic, TopicPayloads } from './topics.js';

const CHANNEL = 'loket_events';
/** A subscriber that stops reading keeps at most this many events; older ones are dropped. */
const MAX_BUFFERED = 1000;

interface Envelope {
  topic: string;
  payload: unknown;
}

type Listener = (payload: unknown, topic: string) => void;

/**
 * Announces an event when the transaction behind `em` commits; for code without a PgPubSub (the standalone
 * worker). Every instance's PgPubSub hears it.
 */
export async function publishEvent<K extends Topic>(
  em: EntityManager,
  topic: K,
  payload: TopicPayloads[K],
): Promise<void> {
  await em.query('SELECT pg_notify($1, $2)', [
    CHANNEL,
    JSON.stringify({ topic, payload } satisfies Envelope),
  ]);
}

/** Reconnect delays: the first retry after about RETRY_FIRST_MS, doubling up to RETRY_MAX_MS, each jittered. */
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 10_000;

/** The delay before reconnect attempt `attempt` (1, 2, …): exponential, with half of it random. */
function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/** A connected LISTEN client and the promise that settles, once, when it is lost. */
interface Connection {
  client: pg.Client;
  lost: Promise<unknown>;
}

/**
 * One LISTEN connection at a time. When it is lost (pg may emit `error` more than once for one loss, then
 * `end`), a single loop ends it and reconnects with jittered exponential backoff, logging each attempt.
 * Events committed while it was down were never heard: after a reconnect the `onReconnect` callbacks run,
 * so that caches drop what they hold and the WebSocket layer tells its clients to read again.
 */
export class PgPubSub {
  private connection: Connection | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly reconnectListeners = new Set<() => void>();
  private readonly stopping = new AbortController();
  private loop: Promise<void> | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
    private readonly metrics?: Metrics,
  ) {}

  /** Connects (throws when the database cannot be reached) and keeps the connection up until `stop()`. */
  async start(): Promise<void> {
    const connection = await this.connect();
    this.connection = connection;
    this.loop = this.keepConnected(connection);
  }

  /** Runs `callback` after each reconnect of the LISTEN connection; returns the function that removes it. */
  onReconnect(callback: () => void): () => void {
    this.reconnectListeners.add(callback);
    return () => this.reconnectListeners.delete(callback);
  }

  private async connect(): Promise<Connection> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: 'loket-listen',
    });
    // Settles on the first of `error` (possibly emitted twice) or `end`; the handler stays so that a
    // second `error` is not an unhandled one.
    const lost = new Promise<unknown>((resolve) => {
      client.on('error', resolve);
      client.on('end', () => resolve(new Error('connection ended')));
    });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { topic, payload } = JSON.parse(message.payload) as Envelope;
        const listeners = this.listeners.get(topic);
        // Only topics someone here listens to are labels: a stray NOTIFY cannot add series.
        this.metrics?.pubsubEvents.inc({ topic: listeners ? topic : '(unheard)' });
        for (const listener of listeners ?? []) listener(payload, topic);
      } catch (error) {
        this.log.error({ err: error }, 'malformed event');
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    return { client, lost };
  }

  /** The one reconnect loop: waits for the connection's loss, then reconnects until it succeeds. */
  private async keepConnected(first: Connection): Promise<void> {
    const signal = this.stopping.signal;
    const stopped = aborted(signal);
    let connection = first;
    while (!signal.aborted) {
      const error = await Promise.race([connection.lost, stopped]);
      this.connection = undefined;
      await connection.client.end().catch(() => undefined);
      if (signal.aborted) return;
      this.log.warn({ err: error }, 'event listener connection lost; reconnecting');
      for (let attempt = 1; ; attempt++) {
        const delayMs = retryDelayMs(attempt);
        this.log.warn({ attempt, delayMs }, 'event listener: reconnect attempt');
        if (!(await sleep(delayMs, signal))) return;
        try {
          connection = await this.connect();
          break;
        } catch (err) {
          this.log.warn({ err, attempt }, 'event listener: reconnect failed');
        }
      }
      if (signal.aborted) {
        await connection.client.end().catch(() => undefined);
        return;
      }
      this.connection = connection;
      this.metrics?.pubsubReconnects.inc();
      this.log.warn('event listener reconnected; events in the gap were missed, subscribers resync');
      for (const callback of this.reconnectListeners) {
        try {
          callback();
        } catch (err) {
          this.log.error({ err }, 'reconnect callback failed');
        }
      }
    }
  }

  /** Announces an event when the transaction behind `em` commits. */
  async publish<K extends Topic>(em: EntityManager, topic: K, payload: TopicPayloads[K]): Promise<void> {
    await publishEvent(em, topic, payload);
  }

  /**
   * Listens to one topic or several in this process; `accept` filters (it gets the topic too). Call
   * `return()` (as graphql-ws does) to stop.
   */
  subscribe<K extends Topic>(
    topics: K | readonly K[],
    accept: (payload: TopicPayloads[K], topic: K) => boolean = () => true,
  ): AsyncIterableIterator<TopicPayloads[K]> {
    return new TopicStream<TopicPayloads[K]>(
      this.listeners,
      typeof topics === 'string' ? [topics] : [...topics],
      accept as (payload: unknown, topic: string) => boolean,
    );
  }

  /** Number of live subscriptions in this process (for tests and metrics). */
  get subscriberCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  /** Live subscriptions to `topic` in this process: tests wait on it rather than sleeping. */
  listenerCount(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.loop;
    await this.connection?.client.end().catch(() => undefined);
    this.connection = undefined;
  }
}

/**
 * One subscriber's events, buffered until read. A class (its methods shared on the prototype, not closures
 * per subscriber): a server holds one per open subscription (decision 0041).
 */
class TopicStream<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  private waiting: Array<(result: IteratorResult<T>) => void> | undefined;
  private done = false;
  private readonly listener: Listener;

  constructor(
    private readonly listeners: Map<string, Set<Listener>>,
    private readonly topics: readonly string[],
    accept: (payload: unknown, topic: string) => boolean,
  ) {
    this.listener = (payload, topic) => {
      if (!this.done && accept(payload, topic)) this.push(payload as T);
    };
    for (const topic of topics) {
      const set = listeners.get(topic) ?? new Set<Listener>();
      listeners.set(topic, set);
      set.add(this.listener);
    }
  }

  private push(payload: T): void {
    const next = this.waiting?.shift();
    if (next) next({ value: payload, done: false });
    else {
      this.buffered.push(payload);
      if (this.buffered.length > MAX_BUFFERED) this.buffered.shift();
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length > 0) return Promise.resolve({ value: this.buffered.shift() as T, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting ??= [];
      this.waiting.push(resolve);
    });
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      for (const topic of this.topics) {
        const set = this.listeners.get(topic);
        set?.delete(this.listener);
        if (set?.size === 0) this.listeners.delete(topic);
      }
      for (const resolve of this.waiting?.splice(0) ?? []) resolve({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    return this.return().then(() => Promise.reject(error));
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/** Resolves when `signal` aborts. */
function aborted(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/** Waits `ms`; false when `signal` aborted first. */
async function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  try {
    await delay(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}
