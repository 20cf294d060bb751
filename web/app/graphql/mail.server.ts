// GraphQL operations of the staff's failed mails page: the newest mails that finally failed, and a retry.
import { graphql } from './generated';

export const FailedMailsQuery = graphql(`
  query FailedMails {
    failedMails {
      id
      recipient
      subject
      organisationName
      reason
      attempts
      failedAt
    }
  }
`);

export const RetryFailedMailMutation = graphql(`
  mutation RetryFailedMail($id: ID!) {
    retryFailedMail(id: $id)
  }
`);

export const HeldMailsQuery = graphql(`
  query HeldMails($status: InboundMailStatus!, $first: Int, $after: Cursor, $organisations: Int) {
    inboundMails(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage }
      edges {
        cursor
        node { id status reason sender subject receivedAt sizeBytes downloadPath }
      }
    }
    organisations(first: $organisations) {
      edges { node { id name } }
    }
  }
`);

export const ReplayInboundMailMutation = graphql(`
  mutation ReplayInboundMail($input: ReplayInboundMailInput!) {
    replayInboundMail(input: $input) { errors { field code message } inboundMail { id ticketNumber } }
  }
`);

export const DiscardInboundMailMutation = graphql(`
  mutation DiscardInboundMail($input: DiscardInboundMailInput!) {
    discardInboundMail(input: $input) { errors { field code message } inboundMail { id } }
  }
`);
