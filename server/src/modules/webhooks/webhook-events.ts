// The events webhooks carry and how a change announces one: `emitWebhook` in the transaction of the change
// inserts a delivery for each active endpoint that wants it (webhook_emit(), migration Webhooks), whose job
// is enqueued by the same transaction. Payloads carry ids and the few fields a receiver routes on: never
// message or note text. Which types any endpoint wants is cached per process (dropped on every endpoint
// change and LISTEN reconnect), so that a change nobody listens to costs no statement.
import type { EntityManager } from 'typeorm';
import type { PgPubSub } from '../../graphql/pubsub.js';
import { Topic } from '../../graphql/topics.js';

const WEBHOOK_EVENT_TYPES = [
  'message.created',
  'thread.assigned',
  'ticket.created',
  'ticket.updated',
  'contact.confirmed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * What an organisation's own endpoint may ask for: its own organisation's events (decision 0037). Not
 * thread.assigned, which names a staff member; webhook_tenant_event_types() in the database says the same.
 */
export const TENANT_WEBHOOK_EVENT_TYPES: ReadonlySet<string> = new Set<WebhookEventType>([
  'message.created',
  'ticket.created',
  'ticket.updated',
  'contact.confirmed',
]);

/** The same types as GraphQL enum values (a GraphQL name cannot hold a dot). */
export const WEBHOOK_EVENT_NAMES = [
  'MESSAGE_CREATED',
  'THREAD_ASSIGNED',
  'TICKET_CREATED',
  'TICKET_UPDATED',
  'CONTACT_CONFIRMED',
] as const;
export type WebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[number];

export const eventTypeOfName = (name: WebhookEventName): WebhookEventType =>
  name.toLowerCase().replace('_', '.') as WebhookEventType;
export const nameOfEventType = (type: string): WebhookEventName =>
  type.toUpperCase().replace('.', '_') as WebhookEventName;

/** The `data` of each event type (the payload is `{ type, timestamp, data }`). */
export interface WebhookEventData {
  'message.created': {
    messageId: string;
    threadId: string;
    referenceNumber: string;
    organisationId: string;
    themeId: string;
    direction: string;
  };
  'thread.assigned': {
    threadId: string;
    referenceNumber: string;
    organisationId: string;
    handlerId: string | null;
  };
  'ticket.created': { ticketId: string; number: string; organisationId: string; status: string };
  /**
   * Something changed on the ticket (read it for what). `internal`: only staff-visible parts (a note);
   * endpoints of organisations never get those events, nor the flag (webhook_emit()).
   */
  'ticket.updated': { ticketId: string; number: string; organisationId: string; internal: boolean };
  'contact.confirmed': { contactPersonId: string; organisationId: string };
}

/** The event types some active endpoint wants, read once and kept until an endpoint changes. */
class WantedTypes {
  private value: Promise<Set<string>> | undefined;

  constructor(pubsub: PgPubSub) {
    const events = pubsub.subscribe(Topic.WebhooksChanged);
    void (async () => {
      for await (const _ of events) this.value = undefined;
    })();
    pubsub.onReconnect(() => {
      this.value = undefined;
    });
  }

  forget(): void {
    this.value = undefined;
  }

  get(em: EntityManager): Promise<Set<string>> {
    if (this.value) return this.value;
    const loading = (
      em.query('SELECT webhook_event_types() AS types') as Promise<Array<{ types: string[] }>>
    ).then((rows) => new Set(rows[0]?.types ?? []));
    this.value = loading;
    // A failed read is not kept; nor is one that an endpoint change overtook (it dropped `value`).
    loading.catch(() => {
      if (this.value === loading) this.value = undefined;
    });
    return loading;
  }
}

const wanted = new WeakMap<PgPubSub, WantedTypes>();

/**
 * Starts this process's cache of wanted types on `pubsub`'s change events (once, at start-up, so that its
 * listener is there before any operation). Without it every event is offered to the database.
 */
export function watchWebhookTypes(pubsub: PgPubSub): void {
  if (!wanted.has(pubsub)) wanted.set(pubsub, new WantedTypes(pubsub));
}

/**
 * Drops this process's cache at once (the change's own event drops every process's on commit), so that
 * this instance's next event after the change sees it.
 */
export function forgetWantedTypes(pubsub: PgPubSub): void {
  wanted.get(pubsub)?.forget();
}

/**
 * Announces `type` to the endpoints that want it, when the transaction behind `em` commits. `pubsub`:
 * the process's event listener; unless `watchWebhookTypes` started its cache (the standalone worker has no
 * listener), every event is offered to the database.
 */
export async function emitWebhook<K extends WebhookEventType>(
  pubsub: PgPubSub | undefined,
  em: EntityManager,
  type: K,
  data: WebhookEventData[K],
): Promise<void> {
  const types = pubsub && wanted.get(pubsub);
  if (types && !(await types.get(em)).has(type)) return;
  await em.query('SELECT webhook_emit($1, $2)', [type, JSON.stringify(data)]);
}
