// GraphQL door to webhooks: the department's administrators register the department's endpoints, an
// organisation's Beheerder (ADMIN) its own organisation's (decision 0037); each reads its endpoints'
// delivery log and replays deliveries. The service decides whose endpoints a viewer reaches.
import {
  Arg,
  Authorized,
  Ctx as Context,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import { Parent } from '../../graphql/parent.js';
import { CursorScalar } from '../../graphql/scalars.js';
import { toUserErrors } from '../../graphql/user-error.js';
import * as webhooks from './webhook.service.js';
import {
  CreateWebhookEndpointInput,
  RotateWebhookSecretInput,
  UpdateWebhookEndpointInput,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookEndpoint,
  WebhookEndpointConnection,
  WebhookEndpointPayload,
  WebhookEventTypeEnum,
} from './webhook.types.js';
import type { WebhookEventName } from './webhook-events.js';

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Authorized('DEPARTMENT_ADMIN', 'ADMIN')
  @Query(() => WebhookEndpointConnection, {
    description:
      "DEPARTMENT_ADMIN: the department's webhook endpoints; an organisation's ADMIN: its organisation's.",
  })
  webhookEndpoints(
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
  ) {
    return webhooks.listEndpoints(ctx, { first, after: after ?? null });
  }

  @Authorized('DEPARTMENT_ADMIN', 'ADMIN')
  @Query(() => [WebhookEventTypeEnum], {
    description:
      "The event types the viewer's endpoints may ask for: an organisation's endpoints get its own events only.",
  })
  webhookEventTypes(@Context() ctx: Ctx): WebhookEventName[] {
    return webhooks.allowedEventTypes(ctx);
  }

  @Authorized('DEPARTMENT_ADMIN', 'ADMIN')
  @Query(() => WebhookEndpoint, {
    description: "DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): one webhook endpoint.",
  })
  webhookEndpoint(
    @Arg('endpointId', () => ID) endpointId: string,
    @Context() ctx: Ctx,
  ): Promise<WebhookEndpoint> {
    return webhooks.getEndpoint(ctx, endpointId);
  }

  @FieldResolver(() => WebhookDeliveryConnection, {
    description: 'The delivery log, newest first: each event sent, its status and every attempt.',
  })
  deliveries(
    @Parent() endpoint: WebhookEndpoint,
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
  ) {
    return webhooks.listDeliveries(ctx, endpoint.id, { first, after: after ?? null });
  }

  @Authorized('DEPARTMENT_ADMIN', 'ADMIN')
  @Mutation(() => WebhookEndpointPayload, {
    description:
      "DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): register an endpoint; the payload carries its signing secret, once.",
  })
  async createWebhookEndpoint(
    @Arg('input') input: CreateWebhookEndpointInput,
    @Context() ctx: Ctx,
  ): Promise<WebhookEndpointPayload> {
    const result = await webhooks.createEndpoint(ctx, input);
    return result.ok
      ? { errors: [], endpoint: result.value.endpoint, secret: result.value.secret }
      : { errors: toUserErrors(ctx.lang, result.errors), endpoint: null, secret: null };
  }

  @Authorized('DEPARTMENT_ADMIN', 'ADMIN')
  @Mutation(() => WebhookEndpointPayload, {
    description:
      "DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): change an endpoint, or switch it off or on again.",
  })
  async updateWebhookEndpoint(
    @Arg('input') input: UpdateWebhookEndpointInput,
    @Context() ctx: Ctx,
  ): Promise<WebhookEndpointPayload> {
    const result = await webhooks.updateEndpoint(ctx, input);
    return result.ok
      ? { errors: [], endpoint: result.value, secret: null }
      : { errors: toUserErrors(ctx.lang, result.errors), endpoint: null, secret: null };
  }

  @Authorized('DEPARTMENT_ADMIN', 'ADMIN')
  @Mutation(() => WebhookEndpointPayload, {
    description:
      "DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): a new signing secret (in the payload, once); the previous one keeps signing for a while.",
  })
  async rotateWebhookSecret(
    @Arg('input') input: RotateWebhookSecretInput,
    @Context() ctx: Ctx,
  ): Promise<WebhookEndpointPayload> {
    const result = await webhooks.rotateSecret(ctx, input);
    return result.ok
      ? { errors: [], endpoint: result.value.endpoint, secret: result.value.secret }
      : { errors: toUserErrors(ctx.lang, result.errors), endpoint: null, secret: null };
  }

  @Authorized('DEPARTMENT_ADMIN', 'ADMIN')
  @Mutation(() => Boolean, {
    description:
      "DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): remove an endpoint with its delivery log.",
  })
  async deleteWebhookEndpoint(
    @Arg('endpointId', () => ID) endpointId: string,
    @Context() ctx: Ctx,
  ): Promise<boolean> {
    await webhooks.deleteEndpoint(ctx, endpointId);
    return true;
  }

  @Authorized('DEPARTMENT_ADMIN', 'ADMIN')
  @Mutation(() => WebhookDelivery, {
    description:
      "DEPARTMENT_ADMIN or an organisation's ADMIN (own endpoints): send a finished delivery again (same webhook-id and body).",
  })
  replayWebhookDelivery(
    @Arg('deliveryId', () => ID) deliveryId: string,
    @Context() ctx: Ctx,
  ): Promise<WebhookDelivery> {
    return webhooks.replayDelivery(ctx, deliveryId);
  }
}
