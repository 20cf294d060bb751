// The webhook pages' loaders and actions, shared by the department's (/beheer/webhooks, DEPARTMENT_ADMIN)
// and an organisation's (/organisation/webhooks, its ADMIN; decision 0037): the route files only check
// who may enter and say where the pages live. The API decides whose endpoints a caller reaches (another
// organisation's is its NOT_FOUND, a 404 page).
import { type AppLoadContext, redirect } from '@remix-run/node';
import { z } from 'zod';
import { flashRedirect } from '../flash.server';
import { accepted, fields, intentOf, parseForm, rejected } from '../forms/form.server';
import type { WebhookEventType } from '../graphql/generated/graphql';
import {
  CreateWebhookEndpointMutation,
  DeleteWebhookEndpointMutation,
  ReplayWebhookDeliveryMutation,
  RotateWebhookSecretMutation,
  UpdateWebhookEndpointMutation,
  WebhookEndpointQuery,
  WebhookEndpointsQuery,
  WebhookEventTypesQuery,
} from '../graphql/webhooks.server';
import { i18nFor } from '../i18n/messages.server';
import { PAGE_SIZE, readTrail } from '../organisation/paging';
import { idParam } from '../query-params';
import type { RequestScope } from '../session.server';
import { DELETE_FORM, ENDPOINT_FORM, REPLAY_FORM, ROTATE_FORM, STATUS_FORM } from './forms';

/** Where the pages of one owner's endpoints live: '/beheer/webhooks' or '/organisation/webhooks'. */
export type WebhooksBase = '/beheer/webhooks' | '/organisation/webhooks';

type Scope = Pick<RequestScope, 'api' | 'language'>;

const ENDPOINT_FIELDS = {
  url: fields.required(),
  description: fields.text(),
  eventTypes: fields.list(),
};

const EVENT_TYPES = new Set<string>([
  'MESSAGE_CREATED',
  'THREAD_ASSIGNED',
  'TICKET_CREATED',
  'TICKET_UPDATED',
  'CONTACT_CONFIRMED',
] satisfies WebhookEventType[]);

/** Only known names go to the API (a hand-made form's other values are dropped; none left: the API says so). */
const eventTypesOf = (values: string[]) =>
  values.filter((value): value is WebhookEventType => EVENT_TYPES.has(value));

/** A cursor of the address that the API no longer takes: the first page instead of an error page. */
async function firstPageOnBadCursor<T>(url: URL, trail: string[], read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (trail.length > 0 && code === 'BAD_USER_INPUT') {
      url.searchParams.delete('pages');
      throw redirect(`${url.pathname}${url.search}`);
    }
    throw error;
  }
}

/** The owner's endpoints, paged as the address says. */
export async function loadEndpoints(scope: Scope, request: Request) {
  const url = new URL(request.url);
  const trail = readTrail(url.searchParams);
  const { webhookEndpoints } = await firstPageOnBadCursor(url, trail, () =>
    scope.api(WebhookEndpointsQuery, { first: PAGE_SIZE, after: trail.at(-1) ?? null }),
  );
  return {
    endpoints: webhookEndpoints.edges.map((edge) => edge.node),
    totalCount: webhookEndpoints.totalCount ?? 0,
    pageInfo: webhookEndpoints.pageInfo,
  };
}

export async function loadEventTypes(scope: Scope) {
  return (await scope.api(WebhookEventTypesQuery)).webhookEventTypes;
}

/** A new endpoint: refused with the input and each field's error; created: its secret, shown once. */
export async function createEndpoint(scope: Scope, request: Request) {
  const i18n = i18nFor(scope.language);
  const form = parseForm(await request.formData(), ENDPOINT_FIELDS, i18n);
  if (!form.ok) return rejected(ENDPOINT_FORM, form.errors, form.values);
  const { url, description, eventTypes } = form.data;
  const { createWebhookEndpoint: created } = await scope.api(CreateWebhookEndpointMutation, {
    input: { url, description, eventTypes: eventTypesOf(eventTypes) },
  });
  if (!created.endpoint || !created.secret) return rejected(ENDPOINT_FORM, created.errors, form.values);
  return accepted(ENDPOINT_FORM, i18n.t('webhooks.created'), {
    secret: created.secret,
    endpointId: created.endpoint.id,
  });
}

/** One endpoint with a page of its delivery log (newest first). */
export async function loadEndpoint(scope: Scope, request: Request, id: string) {
  // Not an id: the API's NOT_FOUND, without asking it.
  if (!idParam(id)) throw new Response('Not Found', { status: 404, statusText: 'Not Found' });
  const url = new URL(request.url);
  const trail = readTrail(url.searchParams);
  const data = await firstPageOnBadCursor(url, trail, () =>
    scope.api(WebhookEndpointQuery, { id, first: PAGE_SIZE, after: trail.at(-1) ?? null }),
  );
  const { deliveries, ...endpoint } = data.webhookEndpoint;
  return {
    endpoint,
    eventTypes: data.webhookEventTypes,
    deliveries: deliveries.edges.map((edge) => edge.node),
    deliveriesTotal: deliveries.totalCount ?? 0,
    deliveriesPageInfo: deliveries.pageInfo,
  };
}

const INTENTS = ['save', 'enable', 'disable', 'rotate', 'ask-delete', 'delete', 'replay'] as const;

const KEEP_FIELDS = { keepPreviousHours: fields.required() };
const HOURS = z.coerce.number().int().min(0).max(168);

/** The forms of an endpoint's page: edit, switch on/off, rotate the secret, delete (confirmed), replay. */
export async function endpointAction(
  scope: Scope,
  context: AppLoadContext,
  request: Request,
  id: string,
  base: WebhooksBase,
) {
  if (!idParam(id)) throw new Response('Not Found', { status: 404, statusText: 'Not Found' });
  const i18n = i18nFor(scope.language);
  const formData = await request.formData();
  const intent = intentOf(formData, INTENTS);
  switch (intent) {
    case 'enable':
    case 'disable': {
      await scope.api(UpdateWebhookEndpointMutation, {
        input: { endpointId: id, enabled: intent === 'enable' },
      });
      return accepted(STATUS_FORM, i18n.t(intent === 'enable' ? 'webhooks.enabled' : 'webhooks.disabled'));
    }
    case 'rotate': {
      const form = parseForm(formData, KEEP_FIELDS, i18n);
      const hours = form.ok ? HOURS.safeParse(form.data.keepPreviousHours) : null;
      if (!form.ok || !hours?.success)
        return rejected(
          ROTATE_FORM,
          [
            {
              field: 'keepPreviousHours',
              code: 'WEBHOOK_KEEP_HOURS_RANGE',
              message: i18n.t('webhooks.rotate.hours.invalid'),
            },
          ],
          form.values,
        );
      const { rotateWebhookSecret: rotated } = await scope.api(RotateWebhookSecretMutation, {
        input: { endpointId: id, keepPreviousHours: hours.data },
      });
      if (!rotated.secret) return rejected(ROTATE_FORM, rotated.errors, form.values);
      return accepted(ROTATE_FORM, i18n.t('webhooks.rotated', { hours: hours.data }), {
        secret: rotated.secret,
      });
    }
    case 'ask-delete':
      return accepted(DELETE_FORM, undefined, { confirmDelete: true });
    case 'delete':
      await scope.api(DeleteWebhookEndpointMutation, { id });
      return flashRedirect(context, base, { notice: 'webhooks.deleted' });
    case 'replay': {
      const deliveryId = idParam(String(formData.get('deliveryId') ?? ''));
      if (!deliveryId) throw new Response('Not Found', { status: 404, statusText: 'Not Found' });
      await scope.api(ReplayWebhookDeliveryMutation, { id: deliveryId });
      return accepted(REPLAY_FORM, i18n.t('webhooks.replayed'));
    }
    case 'save': {
      const form = parseForm(formData, ENDPOINT_FIELDS, i18n);
      if (!form.ok) return rejected(ENDPOINT_FORM, form.errors, form.values);
      const { url, description, eventTypes } = form.data;
      const { updateWebhookEndpoint: updated } = await scope.api(UpdateWebhookEndpointMutation, {
        input: { endpointId: id, url, description, eventTypes: eventTypesOf(eventTypes) },
      });
      if (!updated.endpoint) return rejected(ENDPOINT_FORM, updated.errors, form.values);
      return accepted(ENDPOINT_FORM, i18n.t('webhooks.saved'));
    }
  }
}
