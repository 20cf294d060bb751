// GraphQL operations of the webhook pages (decision 0037): the department's (/beheer/webhooks) and an
// organisation's own (/organisation/webhooks); the API decides whose endpoints the caller reaches.
import { graphql } from './generated';

graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    eventTypes
    status
    disabledAt
    disabledReason
    consecutiveFailures
    createdAt
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints($first: Int, $after: Cursor) {
    webhookEndpoints(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...WebhookEndpointFields
        }
      }
    }
  }
`);

export const WebhookEventTypesQuery = graphql(`
  query WebhookEventTypes {
    webhookEventTypes
  }
`);

export const WebhookEndpointQuery = graphql(`
  query WebhookEndpoint($id: ID!, $first: Int, $after: Cursor) {
    webhookEventTypes
    webhookEndpoint(endpointId: $id) {
      ...WebhookEndpointFields
      deliveries(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            eventType
            status
            attempts
            createdAt
            finishedAt
            log {
              attemptedAt
              statusCode
              latencyMs
              responseExcerpt
              error
            }
          }
        }
      }
    }
  }
`);

export const CreateWebhookEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      errors {
        field
        code
        message
      }
      endpoint {
        id
      }
      secret
    }
  }
`);

export const UpdateWebhookEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      errors {
        field
        code
        message
      }
      endpoint {
        id
      }
    }
  }
`);

export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      errors {
        field
        code
        message
      }
      secret
    }
  }
`);

export const DeleteWebhookEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(endpointId: $id)
  }
`);

export const ReplayWebhookDeliveryMutation = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(deliveryId: $id) {
      id
      status
    }
  }
`);
