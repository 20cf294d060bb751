// The process's Prometheus metrics: one registry per running Loket (tests start several in one process),
// the counters and histograms the code paths update, and the gauges read only when /metrics is scraped.
// Updating a metric is a few map look-ups; nothing here runs per field or adds a promise to a request.
import client from 'prom-client';

/** How a GraphQL operation ended: answered without errors, with errors, or refused before it ran. */
export type OperationOutcome = 'ok' | 'error' | 'rejected';
export type OperationTransport = 'http' | 'ws';
export type OperationType = 'query' | 'mutation' | 'subscription' | 'unknown';

/** Distinct operation names kept as label values; further names count as `(other)`. */
const MAX_OPERATION_NAMES = 200;
/** A name as GraphQL allows it, of a sensible length: anything else is not a label value. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

const ANONYMOUS_OPERATION = '(anonymous)';
const OTHER_OPERATION = '(other)';

export class Metrics {
  readonly registry = new client.Registry();
  private readonly operationNames = new Set<string>();

  readonly operations = new client.Histogram({
    name: 'loket_graphql_operation_duration_seconds',
    help: 'GraphQL operations by transport, type, operation name and outcome; _count counts them',
    labelNames: ['transport', 'type', 'operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  readonly pubsubEvents = new client.Counter({
    name: 'loket_pubsub_events_total',
    help: 'Live events heard on the LISTEN connection, by topic',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });

  readonly pubsubReconnects = new client.Counter({
    name: 'loket_pubsub_reconnects_total',
    help: 'Times the LISTEN connection was lost and made again (subscribers resync each time)',
    registers: [this.registry],
  });

  readonly mails = new client.Counter({
    name: 'loket_mail_deliveries_total',
    help: 'Mail delivery attempts by this process: sent, kept (no SMTP_URL), retried (failed, will retry), failed (for good)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly subscriptionsOpen = new client.Gauge({
    name: 'loket_subscriptions_open',
    help: 'GraphQL subscriptions live on this instance (over WebSocket)',
    registers: [this.registry],
  });

  readonly webhookAttempts = new client.Counter({
    name: 'loket_webhook_attempts_total',
    help: 'Webhook delivery attempts by this process: succeeded, retried, failed (for good), refused (internal address)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly intakeMails = new client.Counter({
    name: 'loket_mail_intake_total',
    help: 'Mails the email intake took, by source (smtp, imap) and outcome: ticket, reply, ignored, to_link, quarantined, discarded, duplicate, refused, deferred, too_large, failed',
    labelNames: ['source', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly retentionDeleted = new client.Counter({
    name: 'loket_retention_deleted_total',
    help: 'Rows deleted by the nightly retention job: threads, tickets, inbound mails, files, webhook deliveries',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });

  /**
   * The operation's label: its name when the document gave it one (a name the client merely claimed is not
   * used), the first MAX_OPERATION_NAMES distinct names only, so that clients cannot grow the series.
   */
  operationLabel(name: string | undefined): string {
    if (name === undefined) return ANONYMOUS_OPERATION;
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES || !OPERATION_NAME.test(name)) return OTHER_OPERATION;
    this.operationNames.add(name);
    return name;
  }

  /** Records one GraphQL operation that took from `startedAt` (performance.now()) until now. */
  observeOperation(
    transport: OperationTransport,
    type: OperationType,
    name: string | undefined,
    outcome: OperationOutcome,
    startedAt: number,
  ): void {
    this.operations.observe(
      { transport, type, operation: this.operationLabel(name), outcome },
      (performance.now() - startedAt) / 1000,
    );
  }

  /** `stream`, counted in `loket_subscriptions_open` until it ends or is returned (once). */
  trackSubscription<T>(stream: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
    const gauge = this.subscriptionsOpen;
    gauge.inc();
    let open = true;
    const close = () => {
      if (open) gauge.dec();
      open = false;
    };
    return {
      async next() {
        const item = await stream.next();
        if (item.done) close();
        return item;
      },
      async return(value?: unknown) {
        close();
        return (await stream.return?.(value)) ?? { value: undefined, done: true };
      },
      async throw(error?: unknown) {
        close();
        if (stream.throw) return stream.throw(error);
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Adds a gauge whose value is read at scrape time (and only then). */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    collect: (gauge: client.Gauge<L>) => void | Promise<void>,
  ): void {
    new client.Gauge<L>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
  }

  /** Node.js process metrics (CPU, memory, event loop lag, GC, handles), prefixed `loket_`. */
  collectProcessMetrics(): void {
    client.collectDefaultMetrics({ register: this.registry, prefix: 'loket_' });
  }

  /** The text a Prometheus server reads. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
