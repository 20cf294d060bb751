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
