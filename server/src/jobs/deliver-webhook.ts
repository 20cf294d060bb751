// The deliver_webhook job: one signed POST of one delivery (Standard Webhooks headers), in a system-scoped
// transaction holding the delivery's row lock, so that two jobs for it never send at once. Every attempt
// is logged (status, latency, an excerpt of the answer); a failure schedules the next attempt with
// exponential backoff in the same transaction, and an endpoint failing too often in a row is disabled and
// its owner mailed (an organisation's endpoint: that organisation's active Beheerders). The address is checked again here, after DNS resolution (webhook-address.ts).
import http from 'node:http';
import https from 'node:https';
import type { Task } from 'graphile-worker';
import type { EntityManager } from 'typeorm';
import type { Config } from '../config.js';
import { queryRows } from '../db/query.js';
import { inScope } from '../db/scope.js';
import { isUuid } from '../domain/validate.js';
import { publishEvent } from '../graphql/pubsub.js';
import { Topic } from '../graphql/topics.js';
import type { Language } from '../i18n/language.js';
import { queueMail } from '../mail/outbox.js';
import { webhookDisabledMail } from '../mail/webhook-mails.js';
import { recordAudit } from '../modules/audit/audit.service.js';
import {
  checkedLookup,
  InternalAddressRefused,
  literalProblem,
  parseEndpointUrl,
} from '../modules/webhooks/webhook-address.js';
import { webhookHeaders } from '../modules/webhooks/webhook-signature.js';
import type { DeliveryServices } from './deliver-mail.js';

export const DELIVER_WEBHOOK = 'deliver_webhook';

/** How much of an answer's body the log keeps. */
const EXCERPT_BYTES = 1024;
/** The longest wait between two attempts. */
const MAX_BACKOFF_SECONDS = 6 * 3600;

/** What one attempt gave: an HTTP answer, or an error before there was one. */
type AttemptResult =
  | { statusCode: number; excerpt: string; latencyMs: number }
  | { error: string; refused: boolean; latencyMs: number };

const succeeded = (r: AttemptResult) => 'statusCode' in r && r.statusCode >= 200 && r.statusCode < 300;

/** The wait before attempt `attempt + 1`: base × 2^(attempt−1), capped, with up to a fifth added at random. */
function backoffSeconds(base: number, attempt: number, random: () => number = Math.random): number {
  const plain = Math.min(MAX_BACKOFF_SECONDS, base * 2 ** (attempt - 1));
  return plain * (1 + random() / 5);
}

/** POSTs `body` to `target` with `headers`; never throws. */
function post(
  target: URL,
  body: string,
  headers: Record<string, string>,
  config: Config['webhooks'],
): Promise<AttemptResult> {
  const started = performance.now();
  const latencyMs = () => Math.round(performance.now() - started);
  const literal = literalProblem(target, config.allowPrivate);
  if (literal) return Promise.resolve({ error: literal.message, refused: true, latencyMs: 0 });
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = (target.protocol === 'https:' ? https : http).request(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Loket-Webhooks/1',
        },
        lookup: checkedLookup(config.allowPrivate),
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        const done = () =>
          settle({
            statusCode: response.statusCode ?? 0,
            excerpt: Buffer.concat(chunks).toString('utf8'),
            latencyMs: latencyMs(),
          });
        response.on('data', (chunk: Buffer) => {
          if (kept < EXCERPT_BYTES) {
            chunks.push(chunk.subarray(0, EXCERPT_BYTES - kept));
            kept += Math.min(chunk.length, EXCERPT_BYTES - kept);
          }
          // The rest is not needed: stop reading a long answer.
          if (kept >= EXCERPT_BYTES) {
            done();
            response.destroy();
          }
        });
        response.on('end', done);
        response.on('error', (error) =>
          settle({ error: error.message, refused: false, latencyMs: latencyMs() }),
        );
      },
    );
    const timer = setTimeout(
      () => request.destroy(new Error(`no answer within ${config.timeoutMs} ms`)),
      config.timeoutMs,
    );
    request.on('error', (error) =>
      settle({
        error: error.message,
        refused: error instanceof InternalAddressRefused,
        latencyMs: latencyMs(),
      }),
    );
    request.end(body);
  });
}

interface DeliveryRow {
  id: string;
  body: string;
  status: string;
  attempts: number;
  endpoint_id: string;
  url: string;
  endpoint_status: string;
  owner_user_id: string | null;
  /** Null: a department endpoint. */
  organisation_id: string | null;
}

type WebhookOutcome = 'succeeded' | 'retried' | 'failed' | 'refused' | 'done';

/** Makes one attempt of delivery `id`; the outcome and its log are committed before this resolves. */
async function deliverWebhook(app: DeliveryServices, id: string): Promise<WebhookOutcome> {
  const config = app.config.webhooks;
  return inScope(app.dataSource, { kind: 'system' }, async (em) => {
    const [delivery] = await queryRows<DeliveryRow>(
      em,
      `SELECT d.id, d.body, d.status, d.attempts, e.id AS endpoint_id, e.url, e.status AS endpoint_status, e.owner_user_id,
              e.organisation_id
         FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
        WHERE d.id = $1 FOR UPDATE OF d`,
      [id],
    );
    if (delivery?.status !== 'PENDING') return 'done';
    if (delivery.endpoint_status !== 'ACTIVE') {
      await logAttempt(em, delivery, {
        error: 'not sent: the endpoint is disabled',
        refused: false,
        latencyMs: 0,
      });
      await em.query(
        `UPDATE webhook_delivery SET status = 'FAILED', finished_at = clock_timestamp() WHERE id = $1`,
        [id],
      );
      return 'failed';
    }
    const secrets = await queryRows<{ secret: string }>(
      em,
      `SELECT secret FROM webhook_secret WHERE endpoint_id = $1 AND (expires_at IS NULL OR expires_at > now())
        ORDER BY created_at DESC, id`,
      [delivery.endpoint_id],
    );
    const parsed = parseEndpointUrl(delivery.url, config.allowPrivate);
    const result: AttemptResult =
      'problem' in parsed
        ? { error: `refused: ${parsed.problem}`, refused: true, latencyMs: 0 }
        : await post(
            parsed.url,
            delivery.body,
            webhookHeaders(
              secrets.map((s) => s.secret),
              delivery.id,
              Math.floor(Date.now() / 1000),
              delivery.body,
            ),
            config,
          );
    await logAttempt(em, delivery, result);
    const attempts = delivery.attempts + 1;
    if (succeeded(result)) {
      await em.query(
        `UPDATE webhook_delivery SET status = 'SUCCEEDED', attempts = $2, finished_at = clock_timestamp() WHERE id = $1`,
        [id, attempts],
      );
      await em.query('UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = $1', [
        delivery.endpoint_id,
      ]);
      return 'succeeded';
    }
    const final = attempts >= config.maxAttempts;
    await em.query(
      `UPDATE webhook_delivery SET attempts = $2,
              status = CASE WHEN $3 THEN 'FAILED' ELSE 'PENDING' END,
              finished_at = CASE WHEN $3 THEN clock_timestamp() END
        WHERE id = $1`,
      [id, attempts, final],
    );
    const [endpoint] = await queryRows<{ consecutive_failures: number }>(
      em,
      'UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1 WHERE id = $1 RETURNING consecutive_failures',
      [delivery.endpoint_id],
    );
    const failures = endpoint?.consecutive_failures ?? 0;
    if (failures >= config.disableAfterFailures) {
      await disable(app, em, delivery, failures, describe(result));
      // No further attempt: it waits, FAILED, for a replay once the endpoint is on again.
      if (!final)
        await em.query(
          `UPDATE webhook_delivery SET status = 'FAILED', finished_at = clock_timestamp() WHERE id = $1`,
          [id],
        );
      return 'failed';
    }
    if (!final)
      await em.query('SELECT webhook_delivery_enqueue($1, now() + make_interval(secs => $2))', [
        id,
        backoffSeconds(config.retryBaseSeconds, attempts),
      ]);
    if ('refused' in result && result.refused) return 'refused';
    return final ? 'failed' : 'retried';
  });
}

function describe(result: AttemptResult): string {
  return 'statusCode' in result
    ? `HTTP ${result.statusCode}${result.excerpt ? `: ${result.excerpt.slice(0, 200)}` : ''}`
    : result.error;
}

async function logAttempt(em: EntityManager, delivery: DeliveryRow, result: AttemptResult): Promise<void> {
  await em.query(
    `INSERT INTO webhook_attempt (id, delivery_id, status_code, latency_ms, response_excerpt, error, organisation_id)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6)`,
    [
      delivery.id,
      'statusCode' in result ? result.statusCode : null,
      result.latencyMs,
      'statusCode' in result ? result.excerpt : null,
      'error' in result ? result.error.slice(0, 2000) : null,
      delivery.organisation_id,
    ],
  );
}

/** Stops calling the endpoint: DISABLED, audited, its owner mailed, every process's cache told on commit. */
async function disable(
  app: DeliveryServices,
  em: EntityManager,
  delivery: DeliveryRow,
  failures: number,
  lastError: string,
): Promise<void> {
  const reason = `${failures} failed attempts in a row; last: ${lastError}`.slice(0, 2000);
  const changed = await queryRows<{ id: string }>(
    em,
    `UPDATE webhook_endpoint SET status = 'DISABLED', disabled_at = now(), disabled_reason = $2, updated_at = now()
      WHERE id = $1 AND status = 'ACTIVE' RETURNING id`,
    [delivery.endpoint_id, reason],
  );
  if (changed.length === 0) return;
  await recordAudit(em, {
    organisationId: delivery.organisation_id,
    actorUserId: null,
    action: 'webhook.disabled',
    entityType: 'webhook_endpoint',
    entityId: delivery.endpoint_id,
    changes: [{ field: 'status', old: 'ACTIVE', new: 'DISABLED' }],
  });
  await publishEvent(em, Topic.WebhooksChanged, { endpointId: delivery.endpoint_id });
  app.log.warn({ endpointId: delivery.endpoint_id, failures }, 'webhook endpoint disabled after failing');
  // The department's endpoint: the administrator who registered it. An organisation's: its active
  // Beheerders, whoever registered it (they manage its endpoints together).
  const owners = await queryRows<{ email: string; language: Language; organisation_id: string | null }>(
    em,
    delivery.organisation_id === null
      ? `SELECT email, language, organisation_id FROM app_user WHERE id = $1 AND status = 'ACTIVE'`
      : `SELECT email, language, organisation_id FROM app_user
          WHERE organisation_id = $1 AND status = 'ACTIVE' AND 'ADMIN' = ANY (roles) ORDER BY email`,
    [delivery.organisation_id ?? delivery.owner_user_id],
  );
  for (const owner of owners)
    await queueMail(em, app.config.publicUrl, {
      organisationId: owner.organisation_id,
      to: owner.email,
      language: owner.language,
      template: 'webhook-disabled',
      content: webhookDisabledMail(owner.language, { url: delivery.url, failures, lastError }),
    });
}

/** The graphile-worker task; a delivery's own failures are handled above (retried by a new job). */
export function deliverWebhookTask(app: DeliveryServices): Task {
  return async (payload, helpers) => {
    const id = (payload as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !isUuid(id)) {
      helpers.logger.error('deliver_webhook job without a delivery id; dropped', { payload });
      return;
    }
    const outcome = await deliverWebhook(app, id);
    if (outcome !== 'done') app.metrics.webhookAttempts.inc({ outcome });
    app.log
      .child({ component: 'webhook', deliveryId: id, job: helpers.job.id })
      .info({ outcome }, 'webhook attempt');
  };
}
