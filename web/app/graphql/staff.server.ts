// GraphQL operations of the department staff's pages the web's loaders and actions send: the inbox of
// threads across organisations, a thread with its assignment and replies, a new message to an
// organisation, and the organisation directory (data, users, contact persons, tasks, recent threads).
import { graphql } from './generated';

graphql(`
  fragment StaffThreadRow on Thread {
    id
    referenceNumber
    title
    unanswered
    lastMessageAt
    messageCount
    organisation {
      id
      name
    }
    theme {
      id
      name
    }
    team {
      id
      name
    }
    assignedHandler {
      id
      firstName
      lastName
    }
    latestMessage {
      id
      direction
      senderLabel
    }
  }
`);

graphql(`
  fragment StaffSendResult on SendMessagePayload {
    errors {
      ...UserErrorFields
    }
    privacyWarnings {
      ...PrivacyWarningFields
    }
    message {
      id
      referenceNumber
    }
    recipient {
      kind
      name
    }
  }
`);

export const StaffInboxQuery = graphql(`
  query StaffInbox($filter: StaffInboxFilterInput, $first: Int, $after: Cursor) {
    staffInbox(filter: $filter, first: $first, after: $after) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...StaffThreadRow
        }
      }
    }
  }
`);

/** What the inbox's filters offer: the teams with their handlers, the themes and the organisations. */
export const StaffInboxOptionsQuery = graphql(`
  query StaffInboxOptions($organisations: Int!) {
    teams {
      id
      name
      handlers {
        id
        firstName
        lastName
      }
    }
    themes {
      id
      name
    }
    organisations(first: $organisations) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const StaffOrganisationNameQuery = graphql(`
  query StaffOrganisationName($id: ID!) {
    organisation(id: $id) {
      id
      name
    }
  }
`);

export const StaffThreadQuery = graphql(`
  query StaffThread($referenceNumber: String!) {
    thread(referenceNumber: $referenceNumber) {
      id
      referenceNumber
      title
      unanswered
      createdAt
      lastMessageAt
      organisation {
        id
        name
        externalNumber
      }
      theme {
        id
        name
      }
      team {
        id
        name
        handlers {
          id
          firstName
          lastName
        }
      }
      assignedHandler {
        id
        firstName
        lastName
      }
      contacts {
        id
        firstName
        lastName
        email
        phone
        standard
        confirmed
      }
      messages {
        id
        direction
        senderLabel
        sentAt
        body
        attachments {
          id
          fileName
          sizeBytes
          contentType
        }
      }
    }
  }
`);

export const AssignThreadMutation = graphql(`
  mutation StaffAssignThread($referenceNumber: String!, $handlerId: ID) {
    assignThread(referenceNumber: $referenceNumber, handlerId: $handlerId) {
      errors {
        ...UserErrorFields
      }
      thread {
        id
        assignedHandler {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

export const StaffReplyMutation = graphql(`
  mutation StaffReply($input: ReplyInput!) {
    replyToThread(input: $input) {
      ...StaffSendResult
    }
  }
`);

export const StaffSendMutation = graphql(`
  mutation StaffSend($input: StaffSendMessageInput!) {
    sendMessageToOrganisation(input: $input) {
      ...StaffSendResult
    }
  }
`);

/** The organisation a new message goes to, with the themes it works with. */
export const StaffNewMessageOrganisationQuery = graphql(`
  query StaffNewMessageOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      externalNumber
      themes {
        id
        name
        team {
          id
          name
        }
      }
    }
    tasks(organisationId: $id) {
      id
      theme {
        id
        name
      }
    }
    teams {
      id
      handlers {
        id
      }
    }
  }
`);

export const StaffOrganisationsQuery = graphql(`
  query StaffOrganisations($search: String, $first: Int, $after: Cursor) {
    organisations(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          externalNumber
          email
          phone
        }
      }
    }
  }
`);

export const StaffOrganisationQuery = graphql(`
  query StaffOrganisation($id: ID!, $contacts: Int!) {
    organisation(id: $id) {
      id
      name
      externalNumber
      phone
      email
      websiteUrl
      updatedAt
      themes {
        id
        name
        team {
          id
          name
        }
      }
      users {
        id
        firstName
        lastName
        email
        roles
        status
      }
    }
    contactPersons(organisationId: $id, first: $contacts) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          firstName
          lastName
          email
          phone
          status
          hasAccess
          themes {
            id
            name
          }
        }
      }
    }
    tasks(organisationId: $id) {
      id
      message
      awaitingConfirmation
      theme {
        id
        name
      }
    }
  }
`);
