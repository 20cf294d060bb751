// Events between server instances over PostgreSQL LISTEN/NOTIFY. `publish` runs inside the caller's
// transaction, so an event fires only when that transaction commits, and reaches every instance (this
// one included) that listens. Payloads carry ids only; subscribers re-read rows under their own scope.
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { Logger } from '../logger.js';
import type { Topic, TopicPayloads } from './topics.js';

const CHANNEL = 'loket_events';
/** A subscriber that stops reading keeps at most this many events; older ones are dropped. */
const MAX_BUFFERED = 1000;

interface Envelope {
  topic: string;
  payload: unknown;
}

type Listener = (payload: unknown, topic: string) => void;

export class PgPubSub {
  private client: pg.Client | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: 'loket-listen',
    });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { topic, payload } = JSON.parse(message.payload) as Envelope;
        for (const listener of this.listeners.get(topic) ?? []) listener(payload, topic);
      } catch (error) {
        this.log.error({ err: error }, 'malformed event');
      }
    });
    client.on('error', (error) => {
      if (this.stopped) return;
      this.log.warn({ err: error }, 'event listener connection lost; reconnecting');
      this.client = undefined;
      this.reconnectTimer = setTimeout(() => this.start().catch(() => this.scheduleReconnect()), 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.client = client;
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.reconnectTimer = setTimeout(() => this.start().catch(() => this.scheduleReconnect()), 2000);
  }

  /** Announces an event when the transaction behind `em` commits. */
  async publish<K extends Topic>(em: EntityManager, topic: K, payload: TopicPayloads[K]): Promise<void> {
    await em.query('SELECT pg_notify($1, $2)', [
      CHANNEL,
      JSON.stringify({ topic, payload } satisfies Envelope),
    ]);
  }

  /**
   * Listens to one topic or several in this process; `accept` filters (it gets the topic too). Call
   * `return()` (as graphql-ws does) to stop.
   */
  subscribe<K extends Topic>(
    topics: K | readonly K[],
    accept: (payload: TopicPayloads[K], topic: K) => boolean = () => true,
  ): AsyncIterableIterator<TopicPayloads[K]> {
    type T = TopicPayloads[K];
    const buffered: T[] = [];
    const waiting: Array<(result: IteratorResult<T>) => void> = [];
    let done = false;
    const listener: Listener = (raw, topic) => {
      const payload = raw as T;
      if (done || !accept(payload, topic as K)) return;
      const next = waiting.shift();
      if (next) next({ value: payload, done: false });
      else {
        buffered.push(payload);
        if (buffered.length > MAX_BUFFERED) buffered.shift();
      }
    };
    const names = typeof topics === 'string' ? [topics] : [...topics];
    for (const topic of names) {
      const set = this.listeners.get(topic) ?? new Set<Listener>();
      this.listeners.set(topic, set);
      set.add(listener);
    }
    const finish = (): Promise<IteratorResult<T>> => {
      if (!done) {
        done = true;
        for (const topic of names) {
          const set = this.listeners.get(topic);
          set?.delete(listener);
          if (set?.size === 0) this.listeners.delete(topic);
        }
        for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
      }
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (buffered.length > 0) return Promise.resolve({ value: buffered.shift() as T, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => waiting.push(resolve));
      },
      return: finish,
      throw: (error) => finish().then(() => Promise.reject(error)),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
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
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
