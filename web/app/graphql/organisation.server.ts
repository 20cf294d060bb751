// GraphQL operations of Mijn organisatie the web's loaders and actions send: the organisation's data,
// its contact persons (list, add, edit, remove, resend, invite), its tasks and its history, and the
// public confirmation of a contact person.
import { graphql } from './generated';

graphql(`
  fragment OrganisationFields on Organisation {
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
    }
  }
`);

graphql(`
  fragment ContactPersonFields on ContactPerson {
    id
    firstName
    lastName
    email
    phone
    language
    status
    confirmedAt
    hasAccess
    emailUndeliverable {
      reason
      since
    }
    themes {
      id
      name
    }
  }
`);

export const MyOrganisationQuery = graphql(`
  query MyOrganisation {
    myOrganisation {
      ...OrganisationFields
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      errors {
        ...UserErrorFields
      }
      organisation {
        ...OrganisationFields
      }
    }
  }
`);

export const ContactPersonsQuery = graphql(`
  query ContactPersons($filter: ContactPersonFilter, $first: Int, $after: Cursor) {
    contactPersons(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ContactPersonFields
        }
      }
    }
  }
`);

export const ContactPersonQuery = graphql(`
  query ContactPerson($id: ID!) {
    contactPerson(id: $id) {
      ...ContactPersonFields
    }
  }
`);

export const ContactsPageQuery = graphql(`
  query ContactsPage($filter: ContactPersonFilter, $first: Int, $after: Cursor) {
    contactPersons(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ContactPersonFields
        }
      }
    }
    all: contactPersons(first: 1) {
      totalCount
    }
    tasks {
      id
      kind
      message
      awaitingConfirmation
      contactPersonId
      theme {
        id
        name
      }
    }
  }
`);

export const AddContactPersonMutation = graphql(`
  mutation AddContactPerson($input: AddContactPersonInput!) {
    addContactPerson(input: $input) {
      errors {
        ...UserErrorFields
      }
      contactPerson {
        ...ContactPersonFields
      }
    }
  }
`);

export const UpdateContactPersonMutation = graphql(`
  mutation UpdateContactPerson($input: UpdateContactPersonInput!) {
    updateContactPerson(input: $input) {
      errors {
        ...UserErrorFields
      }
      contactPerson {
        ...ContactPersonFields
      }
    }
  }
`);

export const RemoveContactPersonMutation = graphql(`
  mutation RemoveContactPerson($id: ID!) {
    removeContactPerson(id: $id)
  }
`);

export const ResendContactConfirmationMutation = graphql(`
  mutation ResendContactConfirmation($id: ID!) {
    resendContactConfirmation(id: $id) {
      errors {
        ...UserErrorFields
      }
      contactPerson {
        ...ContactPersonFields
      }
    }
  }
`);

export const InviteContactPersonMutation = graphql(`
  mutation InviteContactPerson($id: ID!, $roles: [Role!]!) {
    inviteContactPerson(id: $id, roles: $roles) {
      errors {
        ...UserErrorFields
      }
      user {
        id
        email
        status
      }
    }
  }
`);

export const OrganisationHistoryQuery = graphql(`
  query OrganisationHistory($organisationId: ID!, $first: Int, $after: Cursor) {
    organisationHistory(organisationId: $organisationId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          entityType
          entityId
          createdAt
          actor {
            id
            firstName
            lastName
            isStaff
          }
          changes {
            field
            oldValue
            newValue
          }
        }
      }
    }
  }
`);

export const OrganisationUsersQuery = graphql(`
  query OrganisationUsers {
    myOrganisation {
      id
      users {
        id
        firstName
        lastName
      }
    }
  }
`);

export const ContactConfirmationLinkQuery = graphql(`
  query ContactConfirmationLink($token: String!) {
    contactConfirmationLink(token: $token) {
      status
      message
      organisationName
      themeNames
    }
  }
`);

export const ConfirmContactPersonMutation = graphql(`
  mutation ConfirmContactPerson($token: String!) {
    confirmContactPerson(token: $token) {
      status
      message
      organisationName
      themeNames
    }
  }
`);
