// GraphQL operations of the organisation's ticket pages (the technical helpdesk): the overview with its
// views and filters, the lists a new ticket chooses from, creating one (also from 'Hulp nodig?'), a
// ticket with its conversation, and what a customer does on it (reply, ask to close, notifications).
import { graphql } from './generated';

graphql(`
  fragment TicketsOptionFields on TicketOption {
    id
    code
    name
  }
`);

graphql(`
  fragment TicketsListFields on Ticket {
    id
    number
    subject
    status
    updatedAt
    createdAt
    category {
      ...TicketsOptionFields
    }
    supportType {
      ...TicketsOptionFields
    }
    requester {
      id
      firstName
      lastName
      erased
    }
    requesterEmail
  }
`);

graphql(`
  fragment TicketEntryFields on TicketEntry {
    id
    kind
    body
    byStaff
    closeRequest
    createdAt
    author {
      id
      firstName
      lastName
      erased
    }
    event {
      type
      from
      to
      number
      fields
    }
    attachments {
      id
      fileName
      sizeBytes
      contentType
    }
  }
`);

graphql(`
  fragment TicketsDetailFields on Ticket {
    ...TicketsListFields
    description
    channel
    closeRequestedAt
    expectedResolutionDate
    priority
    postponedUntil
    plannedVersion
    solution
    resolvedAt
    closedAt
    notifyMe
    assignee {
      id
      firstName
      lastName
    }
    queue {
      id
      code
      name
      explanation
      expectedReaction
      nextMeetingOn
    }
    labels {
      ...TicketsOptionFields
    }
    previousTicket {
      id
      number
      subject
    }
    mergedInto {
      id
      number
      subject
    }
    entries {
      ...TicketEntryFields
    }
  }
`);

graphql(`
  fragment TicketsPayloadFields on TicketPayload {
    errors {
      ...UserErrorFields
    }
    ticket {
      id
      number
    }
  }
`);

export const TicketsListQuery = graphql(`
  query TicketsList(
    $view: TicketView!
    $sort: TicketSort!
    $filter: TicketFilterInput
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
  ) {
    tickets(view: $view, sort: $sort, filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      totalCountCapped
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          ...TicketsListFields
        }
      }
    }
    ticketCategories {
      ...TicketsOptionFields
    }
    ticketSupportTypes {
      ...TicketsOptionFields
    }
  }
`);

/** The categories and support types a new ticket chooses from (the form and 'Hulp nodig?'). */
export const TicketsOptionsQuery = graphql(`
  query TicketsOptions {
    ticketCategories {
      ...TicketsOptionFields
    }
    ticketSupportTypes {
      ...TicketsOptionFields
    }
  }
`);

export const TicketsByNumberQuery = graphql(`
  query TicketsByNumber($number: String!) {
    ticket(number: $number) {
      ...TicketsDetailFields
    }
  }
`);

export const TicketsCreateMutation = graphql(`
  mutation TicketsCreate($input: CreateTicketInput!) {
    createTicket(input: $input) {
      errors {
        ...UserErrorFields
      }
      privacyWarnings {
        ...PrivacyWarningFields
      }
      ticket {
        id
        number
      }
    }
  }
`);

export const TicketsReplyMutation = graphql(`
  mutation TicketsReply($input: TicketReplyInput!) {
    replyToTicket(input: $input) {
      ...TicketsPayloadFields
    }
  }
`);

export const TicketsRequestCloseMutation = graphql(`
  mutation TicketsRequestClose($input: TicketReplyInput!) {
    requestTicketClose(input: $input) {
      ...TicketsPayloadFields
    }
  }
`);

export const TicketsNotificationsMutation = graphql(`
  mutation TicketsNotifications($ticketId: ID!, $notify: Boolean!) {
    setTicketNotifications(ticketId: $ticketId, notify: $notify) {
      ...TicketsPayloadFields
    }
  }
`);
