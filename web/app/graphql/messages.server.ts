// GraphQL operations of the Berichtenmodule the web's loaders and actions send: the start page (tasks,
// latest received messages, themes, teams for 'Hulp nodig?'), the message lists, a thread (opened, so
// marked read), the contacts a new message starts with, sending and replying.
import { graphql } from './generated';

graphql(`
  fragment MessagesListFields on Message {
    id
    referenceNumber
    title
    direction
    read
    sentAt
    senderLabel
    attachmentCount
    theme {
      id
      name
    }
    addressedTeam {
      id
      name
    }
    addressedHandler {
      id
      firstName
      lastName
    }
  }
`);

graphql(`
  fragment MessagesContactFields on ThreadContact {
    id
    contactPersonId
    firstName
    lastName
    email
    phone
    standard
    confirmed
  }
`);

graphql(`
  fragment MessagesSendPayload on SendMessagePayload {
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

export const MessagesStartPageQuery = graphql(`
  query MessagesStartPage($latest: Int!) {
    tasks {
      id
      kind
      message
      awaitingConfirmation
      theme {
        id
        name
      }
    }
    latest: messages(first: $latest, filter: { direction: INBOUND }) {
      totalCount
      edges {
        node {
          ...MessagesListFields
        }
      }
    }
    messageCounts {
      inbound
      unreadInbound
    }
    myOrganisation {
      id
      themes {
        id
        name
      }
    }
    teams {
      id
      name
      # Only the handlers offered in 'Hulp nodig?' (the administration's choice, decision 0034).
      handlers: helpHandlers {
        id
        firstName
        lastName
      }
    }
  }
`);

export const MessagesListQuery = graphql(`
  query MessagesList($filter: MessageFilterInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    messages(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
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
          ...MessagesListFields
        }
      }
    }
    messageCounts {
      inbound
      outbound
      unreadInbound
    }
    myOrganisation {
      id
      themes {
        id
        name
      }
    }
  }
`);

export const MessagesThemeTasksQuery = graphql(`
  query MessagesThemeTasks {
    tasks {
      id
      message
      awaitingConfirmation
      theme {
        id
      }
    }
  }
`);

/** Opening a thread marks it read for the viewer and reads it in the same call. */
export const MessagesOpenThreadMutation = graphql(`
  mutation MessagesOpenThread($referenceNumber: String!) {
    markThreadRead(referenceNumber: $referenceNumber) {
      id
      referenceNumber
      title
      theme {
        id
        name
      }
      team {
        id
        name
      }
      messages {
        id
        direction
        title
        body
        sentAt
        senderLabel
        addressedTeam {
          id
          name
        }
        addressedHandler {
          id
          firstName
          lastName
        }
        attachments {
          id
          fileName
          sizeBytes
          contentType
        }
      }
      contacts {
        ...MessagesContactFields
      }
    }
  }
`);

export const MessagesNewContextQuery = graphql(`
  query MessagesNewContext {
    myOrganisation {
      id
      themes {
        id
        name
        teamId
      }
    }
    teams {
      id
      name
      # Only the handlers offered in 'Hulp nodig?' (the administration's choice, decision 0034).
      handlers: helpHandlers {
        id
        firstName
        lastName
      }
    }
  }
`);

export const MessagesDraftContactsQuery = graphql(`
  query MessagesDraftContacts($themeId: ID!) {
    draftThreadContacts(themeId: $themeId) {
      ...MessagesContactFields
    }
  }
`);

export const MessagesSendMutation = graphql(`
  mutation MessagesSend($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...MessagesSendPayload
    }
  }
`);

export const MessagesReplyMutation = graphql(`
  mutation MessagesReply($input: ReplyInput!) {
    replyToThread(input: $input) {
      ...MessagesSendPayload
    }
  }
`);
