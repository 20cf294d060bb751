// GraphQL shapes of webhooks: endpoints, their deliveries and each delivery's attempts (the delivery log).
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { WEBHOOK_EVENT_NAMES, type WebhookEventName } from './webhook-events.js';

export const WebhookEventTypeEnum = graphqlEnum(WEBHOOK_EVENT_NAMES, {
  name: 'WebhookEventType',
  description:
    'What a webhook is told about; the payload\'s `type` is the lower-case dotted name (MESSAGE_CREATED: "message.created").',
});

const WEBHOOK_ENDPOINT_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type WebhookEndpointStatus = (typeof WEBHOOK_ENDPOINT_STATUSES)[number];
const WebhookEndpointStatusEnum = graphqlEnum(WEBHOOK_ENDPOINT_STATUSES, {
  name: 'WebhookEndpointStatus',
  description: 'DISABLED: switched off by hand, or after failing too often in a row.',
});

const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
const WebhookDeliveryStatusEnum = graphqlEnum(WEBHOOK_DELIVERY_STATUSES, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: waiting for its (next) attempt. FAILED: every attempt failed, or the endpoint was off.',
});

@ObjectType({ description: 'A receiver of events: a URL and the event types it wants.' })
export class WebhookEndpoint {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field() description!: string;
  @Field(() => [WebhookEventTypeEnum]) eventTypes!: WebhookEventName[];
  @Field(() => WebhookEndpointStatusEnum) status!: WebhookEndpointStatus;
  @Field(() => Date, { nullable: true }) disabledAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was disabled.' }) disabledReason!:
    | string
    | null;
  @Field(() => Int, {
    description: 'Failed attempts in a row; it is disabled at WEBHOOK_DISABLE_AFTER_FAILURES.',
  })
  consecutiveFailures!: number;
  @Field() createdAt!: Date;
}

export const WebhookEndpointConnection = ConnectionType(WebhookEndpoint, 'WebhookEndpoint');

@ObjectType({ description: 'One attempt of a delivery: what the receiver answered, or the error.' })
export class WebhookAttempt {
  @Field() attemptedAt!: Date;
  @Field(() => Int, { nullable: true, description: 'Null: no HTTP answer (see error).' }) statusCode!:
    | number
    | null;
  @Field(() => Int) latencyMs!: number;
  @Field(() => String, { nullable: true, description: 'The first KiB of the answer.' }) responseExcerpt!:
    | string
    | null;
  @Field(() => String, { nullable: true }) error!: string | null;
}

@ObjectType({ description: 'One event for one endpoint, with the log of its attempts.' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'Also the webhook-id header: the same on every attempt.' }) id!: string;
  @Field({ description: 'The payload type, e.g. message.created.' }) eventType!: string;
  @Field(() => WebhookDeliveryStatusEnum) status!: WebhookDeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field({ description: 'The JSON body sent (and signed).' }) payload!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => [WebhookAttempt], { description: 'Oldest first.' }) log!: WebhookAttempt[];
}

export const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');

@InputType()
export class CreateWebhookEndpointInput {
  @Field({ description: 'https://, publicly reachable.' }) url!: string;
  @Field(() => [WebhookEventTypeEnum]) eventTypes!: WebhookEventName[];
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID) endpointId!: string;
  @Field(() => String, { nullable: true }) url?: string | null;
  @Field(() => [WebhookEventTypeEnum], { nullable: true }) eventTypes?: WebhookEventName[] | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: switch it on again (its failure count starts over); false: switch it off.',
  })
  enabled?: boolean | null;
}

@InputType()
export class RotateWebhookSecretInput {
  @Field(() => ID) endpointId!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'How long the previous secret still signs too (hours, 0 to 168; default 24).',
  })
  keepPreviousHours?: number | null;
}

@ObjectType()
export class WebhookEndpointPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => WebhookEndpoint, { nullable: true }) endpoint!: WebhookEndpoint | null;
  @Field(() => String, {
    nullable: true,
    description: 'The new signing secret (whsec_…): shown once, on creation and rotation only.',
  })
  secret!: string | null;
}
