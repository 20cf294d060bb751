// GraphQL operations of the department staff's ticket pages (the technical helpdesk): the queue view
// with its counts and filters, a ticket with its conversation, notes and timeline, the work on a ticket
// (reply, note, status, queue, assignee, details, labels, participants, merge) and registering a ticket
// taken by phone or mail.
import { graphql } from './generated';

graphql(`
  fragment StaffTicketRow on Ticket {
    id
    number
    subject
    status
    priority
    updatedAt
    ...StaffTicketSla
    organisation {
      id
      name
    }
    queue {
      id
      name
    }
    assignee {
      id
      firstName
      lastName
    }
  }
`);

/** What the SLA column and the ticket page's service level need (sla-state.ts). */
graphql(`
  fragment StaffTicketSla on Ticket {
    slaState
    clockPaused
    firstResponseAt
    firstResponseDueAt
    resolvedAt
    resolutionDueAt
  }
`);

graphql(`
  fragment StaffTicketQueueCountFields on TicketQueueCount {
    openCount
    worksHere
    queue {
      id
      code
      name
    }
  }
`);

graphql(`
  fragment StaffTicketPayloadFields on TicketPayload {
    errors {
      ...UserErrorFields
    }
    ticket {
      id
      number
    }
  }
`);

export const StaffTicketsQuery = graphql(`
  query StaffTickets(
    $filter: StaffTicketFilterInput
    $sort: TicketSort!
    $first: Int
    $after: Cursor
    $last: Int
    $before: Cursor
  ) {
    staffTickets(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
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
          ...StaffTicketRow
        }
      }
    }
  }
`);

/** The sidebar's queues with their counts, and what the filters and controls offer. */
export const StaffTicketOptionsQuery = graphql(`
  query StaffTicketOptions($organisations: Int) {
    ticketQueueCounts {
      ...StaffTicketQueueCountFields
    }
    ticketCategories(includeInactive: true) {
      id
      name
      active
    }
    ticketSupportTypes {
      id
      name
    }
    ticketLabels {
      id
      name
    }
    teams {
      id
      handlers {
        id
        firstName
        lastName
      }
    }
    organisations(first: $organisations) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const StaffTicketQuery = graphql(`
  query StaffTicket($number: String!) {
    ticket(number: $number) {
      id
      number
      subject
      description
      status
      allowedStatuses
      channel
      createdAt
      updatedAt
      closeRequestedAt
      postponedUntil
      solution
      plannedVersion
      expectedResolutionOn
      priority
      ...StaffTicketSla
      clockPausedMinutes
      requesterEmail
      requester {
        id
        firstName
        lastName
        email
        erased
      }
      organisation {
        id
        name
        users {
          id
          firstName
          lastName
          status
        }
      }
      category {
        id
        name
      }
      supportType {
        id
        name
      }
      queue {
        id
        name
        explanation
      }
      assignee {
        id
        firstName
        lastName
      }
      labels {
        id
        name
      }
      participants {
        notify
        user {
          id
          firstName
          lastName
          email
          isStaff
        }
      }
      mergedInto {
        id
        number
      }
      previousTicket {
        id
        number
      }
      entries {
        ...TicketEntryFields
      }
    }
  }
`);

export const StaffTicketReplyMutation = graphql(`
  mutation StaffTicketReply($input: TicketReplyInput!) {
    replyToTicket(input: $input) {
      ...StaffTicketPayloadFields
    }
  }
`);

export const StaffTicketNoteMutation = graphql(`
  mutation StaffTicketNote($input: TicketReplyInput!) {
    addTicketNote(input: $input) {
      ...StaffTicketPayloadFields
    }
  }
`);

export const StaffTicketStatusMutation = graphql(`
  mutation StaffTicketStatus($input: SetTicketStatusInput!) {
    setTicketStatus(input: $input) {
      ...StaffTicketPayloadFields
    }
  }
`);

export const StaffTicketQueueMutation = graphql(`
  mutation StaffTicketQueue($ticketId: ID!, $queueId: ID!) {
    moveTicketQueue(ticketId: $ticketId, queueId: $queueId) {
      ...StaffTicketPayloadFields
    }
  }
`);

export const StaffTicketAssignMutation = graphql(`
  mutation StaffTicketAssign($ticketId: ID!, $assigneeId: ID) {
    assignTicket(ticketId: $ticketId, assigneeId: $assigneeId) {
      ...StaffTicketPayloadFields
    }
  }
`);

export const StaffTicketDetailsMutation = graphql(`
  mutation StaffTicketDetails($input: UpdateTicketDetailsInput!) {
    updateTicketDetails(input: $input) {
      ...StaffTicketPayloadFields
    }
  }
`);

export const StaffTicketLabelsMutation = graphql(`
  mutation StaffTicketLabels($ticketId: ID!, $labelIds: [ID!]!) {
    setTicketLabels(ticketId: $ticketId, labelIds: $labelIds) {
      ...StaffTicketPayloadFields
    }
  }
`);

export const StaffTicketParticipantMutation = graphql(`
  mutation StaffTicketParticipant($ticketId: ID!, $userId: ID!) {
    addTicketParticipant(ticketId: $ticketId, userId: $userId) {
      ...StaffTicketPayloadFields
    }
  }
`);

/** The merge's target by number (its confirm step shows it; merging needs its id). */
export const StaffTicketTargetQuery = graphql(`
  query StaffTicketTarget($number: String!) {
    ticket(number: $number) {
      id
      number
      subject
      status
      organisation {
        id
        name
      }
    }
  }
`);

export const StaffTicketMergeMutation = graphql(`
  mutation StaffTicketMerge($ticketId: ID!, $intoTicketId: ID!) {
    mergeTicket(ticketId: $ticketId, intoTicketId: $intoTicketId) {
      ...StaffTicketPayloadFields
    }
  }
`);

/** Register-by-phone: the organisations, and the chosen one's users. */
export const StaffTicketRegisterOptionsQuery = graphql(`
  query StaffTicketRegisterOptions($organisations: Int) {
    ticketCategories {
      id
      name
    }
    ticketSupportTypes {
      id
      name
    }
    organisations(first: $organisations) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const StaffTicketOrganisationUsersQuery = graphql(`
  query StaffTicketOrganisationUsers($id: ID!) {
    organisation(id: $id) {
      id
      name
      users {
        id
        firstName
        lastName
        email
        status
      }
    }
  }
`);

export const StaffRegisterTicketMutation = graphql(`
  mutation StaffRegisterTicket($input: RegisterTicketInput!) {
    registerTicket(input: $input) {
      errors {
        ...UserErrorFields
      }
      ticket {
        id
        number
      }
    }
  }
`);
