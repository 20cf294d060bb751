// GraphQL door to webhooks: the department's administrators register endpoints, read the delivery log and
// replay deliveries.
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
} from './webhook.types.js';

@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => WebhookEndpointConnection, {
    description: "DEPARTMENT_ADMIN: the department's webhook endpoints.",
  })
  webhookEndpoints(
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
  ) {
    return webhooks.listEndpoints(ctx, { first, after: after ?? null });
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Query(() => WebhookEndpoint, { description: 'DEPARTMENT_ADMIN: one webhook endpoint.' })
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

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => WebhookEndpointPayload, {
    description: 'DEPARTMENT_ADMIN: register an endpoint; the payload carries its signing secret, once.',
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

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => WebhookEndpointPayload, {
    description: 'DEPARTMENT_ADMIN: change an endpoint, or switch it off or on again.',
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

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => WebhookEndpointPayload, {
    description:
      'DEPARTMENT_ADMIN: a new signing secret (in the payload, once); the previous one keeps signing for a while.',
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

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => Boolean, { description: 'DEPARTMENT_ADMIN: remove an endpoint with its delivery log.' })
  async deleteWebhookEndpoint(
    @Arg('endpointId', () => ID) endpointId: string,
    @Context() ctx: Ctx,
  ): Promise<boolean> {
    await webhooks.deleteEndpoint(ctx, endpointId);
    return true;
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => WebhookDelivery, {
    description: 'DEPARTMENT_ADMIN: send a finished delivery again (same webhook-id and body).',
  })
  replayWebhookDelivery(
    @Arg('deliveryId', () => ID) deliveryId: string,
    @Context() ctx: Ctx,
  ): Promise<WebhookDelivery> {
    return webhooks.replayDelivery(ctx, deliveryId);
  }
}
