// Webhook endpoints of an owner: the department's (managed by a DEPARTMENT_ADMIN) or one organisation's
// (managed by its Beheerder, ADMIN; decision 0037). Registering (the address checked against SSRF),
// changing, switching on and off, rotating the signing secret, removing; the delivery log and replaying a
// delivery. Every statement names the owner, so that nobody reaches another owner's endpoints (row-level
// security repeats it). Every change is audited and announced, so that each process's cache of wanted
// event types follows (webhook-events.ts).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { type FieldError, failed, forbidden, notFound, ok, type Result } from '../../domain/errors.js';
import { FieldErrors, isUuid } from '../../domain/validate.js';
import { hasRole, requireUser, type UserViewer } from '../../domain/viewer.js';
import { Topic } from '../../graphql/topics.js';
import {
  type Connection,
  cappedCountSql,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetOrderAndLimit,
  keysetPage,
  type PageArgs,
  withCappedTotal,
} from '../../lists/keyset.js';
import { diffFields, recordAudit } from '../audit/audit.service.js';
import type {
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEndpointStatus,
} from './webhook.types.js';
import { checkEndpointUrl } from './webhook-address.js';
import {
  eventTypeOfName,
  forgetWantedTypes,
  nameOfEventType,
  TENANT_WEBHOOK_EVENT_TYPES,
  WEBHOOK_EVENT_NAMES,
  type WebhookEventName,
} from './webhook-events.js';
import { newWebhookSecret } from './webhook-signature.js';

const URL_MAX = 2000;
const DESCRIPTION_MAX = 200;
/** How long a rotated-out secret keeps signing unless the input says otherwise. */
const KEEP_PREVIOUS_HOURS = 24;
const KEEP_PREVIOUS_HOURS_MAX = 168;

interface EndpointRow {
  id: string;
  url: string;
  description: string;
  event_types: string[];
  status: WebhookEndpointStatus;
  disabled_at: Date | null;
  disabled_reason: string | null;
  consecutive_failures: number;
  created_at: Date;
  created_at_key: string;
}

const ENDPOINT_COLUMNS = `id, url, description, event_types, status, disabled_at, disabled_reason,
  consecutive_failures, created_at, created_at::text AS created_at_key`;

const toEndpoint = (r: EndpointRow): WebhookEndpoint => ({
  id: r.id,
  url: r.url,
  description: r.description,
  eventTypes: r.event_types.map(nameOfEventType),
  status: r.status,
  disabledAt: r.disabled_at,
  disabledReason: r.disabled_reason,
  consecutiveFailures: r.consecutive_failures,
  createdAt: r.created_at,
});

/** Who manages webhooks, and whose: `organisationId` null for the department's endpoints. */
interface WebhookAdmin {
  viewer: UserViewer;
  organisationId: string | null;
}

/**
 * A DEPARTMENT_ADMIN manages the department's endpoints, an organisation's ADMIN its own organisation's;
 * anyone else logged in is FORBIDDEN.
 */
function requireWebhookAdmin(ctx: Ctx): WebhookAdmin {
  const viewer = requireUser(ctx);
  if (viewer.organisationId === null) {
    if (!hasRole(viewer, 'DEPARTMENT_ADMIN')) throw forbidden();
    return { viewer, organisationId: null };
  }
  if (!hasRole(viewer, 'ADMIN')) throw forbidden();
  return { viewer, organisationId: viewer.organisationId };
}

/** The event types the viewer's endpoints may ask for: an organisation's endpoints get its own events only. */
export function allowedEventTypes(ctx: Ctx): WebhookEventName[] {
  const { organisationId } = requireWebhookAdmin(ctx);
  return WEBHOOK_EVENT_NAMES.filter(
    (name) => organisationId === null || TENANT_WEBHOOK_EVENT_TYPES.has(eventTypeOfName(name)),
  );
}

/** Tells every process (this one at once) that the endpoints changed. */
async function announce(ctx: Ctx, em: EntityManager, endpointId: string): Promise<void> {
  forgetWantedTypes(ctx.app.pubsub);
  await ctx.app.pubsub.publish(em, Topic.WebhooksChanged, { endpointId });
}

/** The owner's endpoint `id`; another owner's is NOT_FOUND, as an unknown one. */
async function findEndpoint(
  em: EntityManager,
  owner: WebhookAdmin,
  id: string,
  lock = false,
): Promise<EndpointRow> {
  if (!isUuid(id)) throw notFound('webhook endpoint');
  const [row] = await queryRows<EndpointRow>(
    em,
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint
      WHERE id = $1 AND organisation_id IS NOT DISTINCT FROM $2::uuid ${lock ? 'FOR UPDATE' : ''}`,
    [id, owner.organisationId],
  );
  if (!row) throw notFound('webhook endpoint');
  return row;
}

export async function getEndpoint(ctx: Ctx, id: string): Promise<WebhookEndpoint> {
  const owner = requireWebhookAdmin(ctx);
  return toEndpoint(await findEndpoint(await ctx.tx.manager(), owner, id));
}

const ENDPOINT_ORDER: KeysetOrder = {
  key: [
    ['created_at', 'timestamp'],
    ['id', 'uuid'],
  ],
  descending: false,
};

/** The owner's endpoints (the department's, or the viewer's organisation's), oldest first. */
export async function listEndpoints(ctx: Ctx, args: PageArgs): Promise<Connection<WebhookEndpoint>> {
  const owner = requireWebhookAdmin(ctx);
  const page = keysetPage(args, ENDPOINT_ORDER);
  const params: unknown[] = [owner.organisationId];
  const after = keysetCondition(page, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  const em = await ctx.tx.manager();
  const rows = await queryRows<EndpointRow>(
    em,
    `SELECT ${ENDPOINT_COLUMNS} FROM webhook_endpoint
      WHERE organisation_id IS NOT DISTINCT FROM $1::uuid ${after ? `AND ${after}` : ''}
      ${keysetOrderAndLimit(page)}`,
    params,
  );
  const connection = keysetConnection(rows, page, (r) => [r.created_at_key, r.id]);
  return withCappedTotal(
    { ...connection, edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toEndpoint(e.node) })) },
    async (limit) => {
      const [row] = await queryRows<{ n: number }>(
        em,
        cappedCountSql('FROM webhook_endpoint WHERE organisation_id IS NOT DISTINCT FROM $1::uuid', '$2'),
        [owner.organisationId, limit],
      );
      return row?.n ?? 0;
    },
  );
}

/** Checks a URL as typed: FieldErrors for the `url` field; the trimmed URL when it may be used. */
async function checkUrl(ctx: Ctx, errors: FieldErrors, value: string | null | undefined): Promise<string> {
  const url = errors.required('url', value, URL_MAX);
  if (errors.has('url')) return url;
  const problem = await checkEndpointUrl(url, ctx.app.config.webhooks.allowPrivate);
  if (problem) errors.add('url', problem);
  return url;
}

function checkEventTypes(
  owner: WebhookAdmin,
  errors: FieldErrors,
  names: readonly WebhookEventName[],
): string[] {
  if (names.length === 0) errors.add('eventTypes', 'WEBHOOK_EVENT_TYPES_REQUIRED');
  const types = [...new Set(names)].map(eventTypeOfName);
  if (owner.organisationId !== null && types.some((type) => !TENANT_WEBHOOK_EVENT_TYPES.has(type)))
    errors.add('eventTypes', 'WEBHOOK_EVENT_TYPE_NOT_OWN');
  return types;
}

export interface NewEndpoint {
  url: string;
  eventTypes: WebhookEventName[];
  description?: string | null;
}

/** Registers an endpoint with a fresh secret, returned once. */
export async function createEndpoint(
  ctx: Ctx,
  input: NewEndpoint,
): Promise<Result<{ endpoint: WebhookEndpoint; secret: string }>> {
  const owner = requireWebhookAdmin(ctx);
  const { viewer, organisationId } = owner;
  const errors = new FieldErrors();
  const url = await checkUrl(ctx, errors, input.url);
  const eventTypes = checkEventTypes(owner, errors, input.eventTypes);
  const description = errors.optional('description', input.description, DESCRIPTION_MAX) ?? '';
  if (errors.has()) return failed(errors.list);
  const em = await ctx.tx.manager();
  const id = randomUUID();
  const secret = newWebhookSecret();
  await em.query(
    `INSERT INTO webhook_endpoint (id, url, description, event_types, owner_user_id, organisation_id)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [id, url, description, eventTypes, viewer.userId, organisationId],
  );
  await em.query(
    'INSERT INTO webhook_secret (id, endpoint_id, secret, organisation_id) VALUES ($1, $2, $3, $4)',
    [randomUUID(), id, secret, organisationId],
  );
  await recordAudit(em, {
    organisationId,
    actorUserId: viewer.userId,
    action: 'webhook.created',
    entityType: 'webhook_endpoint',
    entityId: id,
    changes: [
      { field: 'url', old: null, new: url },
      { field: 'eventTypes', old: null, new: eventTypes.join(', ') },
    ],
  });
  await announce(ctx, em, id);
  return ok({ endpoint: toEndpoint(await findEndpoint(em, owner, id)), secret });
}

export interface EndpointChanges {
  endpointId: string;
  url?: string | null;
  eventTypes?: WebhookEventName[] | null;
  description?: string | null;
  enabled?: boolean | null;
}

/** Changes an endpoint; `enabled: true` switches it on again with its failure count reset. */
export async function updateEndpoint(ctx: Ctx, input: EndpointChanges): Promise<Result<WebhookEndpoint>> {
  const owner = requireWebhookAdmin(ctx);
  const { viewer, organisationId } = owner;
  const em = await ctx.tx.manager();
  const before = await findEndpoint(em, owner, input.endpointId, true);
  const errors = new FieldErrors();
  const url = input.url == null ? before.url : await checkUrl(ctx, errors, input.url);
  const eventTypes =
    input.eventTypes == null ? before.event_types : checkEventTypes(owner, errors, input.eventTypes);
  const description =
    input.description === undefined
      ? before.description
      : (errors.optional('description', input.description, DESCRIPTION_MAX) ?? '');
  if (errors.has()) return failed(errors.list);
  const status: WebhookEndpointStatus =
    input.enabled == null ? before.status : input.enabled ? 'ACTIVE' : 'DISABLED';
  const switchedOn = status === 'ACTIVE' && before.status === 'DISABLED';
  const switchedOff = status === 'DISABLED' && before.status === 'ACTIVE';
  await em.query(
    `UPDATE webhook_endpoint SET url = $2, event_types = $3, description = $4, status = $5, updated_at = now(),
            consecutive_failures = CASE WHEN $6 THEN 0 ELSE consecutive_failures END,
            disabled_at = CASE WHEN $6 THEN NULL WHEN $7 THEN now() ELSE disabled_at END,
            disabled_reason = CASE WHEN $6 THEN NULL WHEN $7 THEN 'switched off by an administrator' ELSE disabled_reason END
      WHERE id = $1`,
    [before.id, url, eventTypes, description, status, switchedOn, switchedOff],
  );
  const changes = diffFields(
    {
      url: before.url,
      eventTypes: before.event_types,
      description: before.description,
      status: before.status,
    },
    { url, eventTypes, description, status },
    ['url', 'eventTypes', 'description', 'status'],
  );
  if (changes.length > 0)
    await recordAudit(em, {
      organisationId,
      actorUserId: viewer.userId,
      action: 'webhook.updated',
      entityType: 'webhook_endpoint',
      entityId: before.id,
      changes,
    });
  await announce(ctx, em, before.id);
  return ok(toEndpoint(await findEndpoint(em, owner, before.id)));
}

/** A new current secret; the previous one keeps signing for `keepPreviousHours` (receivers switch over). */
export async function rotateSecret(
  ctx: Ctx,
  input: { endpointId: string; keepPreviousHours?: number | null },
): Promise<Result<{ endpoint: WebhookEndpoint; secret: string }>> {
  const owner = requireWebhookAdmin(ctx);
  const { viewer, organisationId } = owner;
  const em = await ctx.tx.manager();
  const endpoint = await findEndpoint(em, owner, input.endpointId, true);
  const hours = input.keepPreviousHours ?? KEEP_PREVIOUS_HOURS;
  if (!Number.isInteger(hours) || hours < 0 || hours > KEEP_PREVIOUS_HOURS_MAX) {
    const errors: FieldError[] = [
      {
        field: 'keepPreviousHours',
        code: 'WEBHOOK_KEEP_HOURS_RANGE',
        params: { max: KEEP_PREVIOUS_HOURS_MAX },
      },
    ];
    return failed(errors);
  }
  await em.query(
    `UPDATE webhook_secret SET expires_at = now() + make_interval(hours => $2)
      WHERE endpoint_id = $1 AND (expires_at IS NULL OR expires_at > now() + make_interval(hours => $2))`,
    [endpoint.id, hours],
  );
  const secret = newWebhookSecret();
  await em.query(
    'INSERT INTO webhook_secret (id, endpoint_id, secret, organisation_id) VALUES ($1, $2, $3, $4)',
    [randomUUID(), endpoint.id, secret, organisationId],
  );
  await recordAudit(em, {
    organisationId,
    actorUserId: viewer.userId,
    action: 'webhook.secret-rotated',
    entityType: 'webhook_endpoint',
    entityId: endpoint.id,
  });
  return ok({ endpoint: toEndpoint(endpoint), secret });
}

/** Removes an endpoint with its secrets and delivery log. */
export async function deleteEndpoint(ctx: Ctx, id: string): Promise<void> {
  const owner = requireWebhookAdmin(ctx);
  const { viewer, organisationId } = owner;
  const em = await ctx.tx.manager();
  const endpoint = await findEndpoint(em, owner, id, true);
  await em.query('DELETE FROM webhook_endpoint WHERE id = $1', [endpoint.id]);
  await recordAudit(em, {
    organisationId,
    actorUserId: viewer.userId,
    action: 'webhook.deleted',
    entityType: 'webhook_endpoint',
    entityId: endpoint.id,
    changes: [{ field: 'url', old: endpoint.url, new: null }],
  });
  await announce(ctx, em, endpoint.id);
}

interface DeliveryRow {
  id: string;
  event_type: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  body: string;
  created_at: Date;
  created_at_key: string;
  finished_at: Date | null;
}

const DELIVERY_COLUMNS = `d.id, d.event_type, d.status, d.attempts, d.body, d.created_at,
  d.created_at::text AS created_at_key, d.finished_at`;

/** Newest first. */
const DELIVERY_ORDER: KeysetOrder = {
  key: [
    ['d.created_at', 'timestamp'],
    ['d.id', 'uuid'],
  ],
  descending: true,
};

/** The attempts of `deliveries`, read in one statement, attached to each. */
async function withLog(em: EntityManager, deliveries: DeliveryRow[]): Promise<WebhookDelivery[]> {
  const attempts = await queryRows<{
    delivery_id: string;
    attempted_at: Date;
    status_code: number | null;
    latency_ms: number;
    response_excerpt: string | null;
    error: string | null;
  }>(
    em,
    `SELECT delivery_id, attempted_at, status_code, latency_ms, response_excerpt, error FROM webhook_attempt
      WHERE delivery_id = ANY($1::uuid[]) ORDER BY attempted_at, id`,
    [deliveries.map((d) => d.id)],
  );
  const logs = new Map<string, WebhookAttempt[]>();
  for (const a of attempts) {
    const log = logs.get(a.delivery_id) ?? [];
    log.push({
      attemptedAt: a.attempted_at,
      statusCode: a.status_code,
      latencyMs: a.latency_ms,
      responseExcerpt: a.response_excerpt,
      error: a.error,
    });
    logs.set(a.delivery_id, log);
  }
  return deliveries.map((d) => ({
    id: d.id,
    eventType: d.event_type,
    status: d.status,
    attempts: d.attempts,
    payload: d.body,
    createdAt: d.created_at,
    finishedAt: d.finished_at,
    log: logs.get(d.id) ?? [],
  }));
}

/** An endpoint's deliveries, newest first, each with its attempts. */
export async function listDeliveries(
  ctx: Ctx,
  endpointId: string,
  args: PageArgs,
): Promise<Connection<WebhookDelivery>> {
  const owner = requireWebhookAdmin(ctx);
  const page = keysetPage(args, DELIVERY_ORDER);
  const em = await ctx.tx.manager();
  const params: unknown[] = [endpointId, owner.organisationId];
  const after = keysetCondition(page, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  const rows = await queryRows<DeliveryRow>(
    em,
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery d
      WHERE d.endpoint_id = $1 AND d.organisation_id IS NOT DISTINCT FROM $2::uuid ${after ? `AND ${after}` : ''}
      ${keysetOrderAndLimit(page)}`,
    params,
  );
  const connection = keysetConnection(rows, page, (r) => [r.created_at_key, r.id]);
  const nodes = await withLog(
    em,
    connection.edges.map((e) => e.node),
  );
  return withCappedTotal(
    {
      ...connection,
      edges: connection.edges.map((e, i) => ({ cursor: e.cursor, node: nodes[i] as WebhookDelivery })),
    },
    async (limit) => {
      const [row] = await queryRows<{ n: number }>(
        em,
        cappedCountSql(
          'FROM webhook_delivery d WHERE d.endpoint_id = $1 AND d.organisation_id IS NOT DISTINCT FROM $2::uuid',
          '$3',
        ),
        [endpointId, owner.organisationId, limit],
      );
      return row?.n ?? 0;
    },
  );
}

/** Sends a finished delivery again (same id and body, a new signature); a pending one is left as it is. */
export async function replayDelivery(ctx: Ctx, deliveryId: string): Promise<WebhookDelivery> {
  const { viewer, organisationId } = requireWebhookAdmin(ctx);
  if (!isUuid(deliveryId)) throw notFound('webhook delivery');
  const em = await ctx.tx.manager();
  const owned = 'd.id = $1 AND d.organisation_id IS NOT DISTINCT FROM $2::uuid';
  // The trigger webhook_delivery_replay enqueues its job.
  const replayed = await queryRows<{ endpoint_id: string }>(
    em,
    `UPDATE webhook_delivery d SET status = 'PENDING', attempts = 0, finished_at = NULL
      WHERE ${owned} AND d.status <> 'PENDING'
      RETURNING d.endpoint_id`,
    [deliveryId, organisationId],
  );
  const [row] = await queryRows<DeliveryRow>(
    em,
    `SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery d WHERE ${owned}`,
    [deliveryId, organisationId],
  );
  if (!row) throw notFound('webhook delivery');
  if (replayed.length > 0)
    await recordAudit(em, {
      organisationId,
      actorUserId: viewer.userId,
      action: 'webhook.replayed',
      entityType: 'webhook_delivery',
      entityId: deliveryId,
    });
  const [delivery] = await withLog(em, [row]);
  return delivery as WebhookDelivery;
}
