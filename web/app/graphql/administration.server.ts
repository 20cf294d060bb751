// GraphQL operations of the administration (/beheer, issue 16): organisations (list, one, create, edit,
// deactivate, reactivate, invite a Beheerder), the department's themes, and the history of changes.
import { graphql } from './generated';

graphql(`
  fragment AdminOrganisationFields on Organisation {
    id
    name
    enterpriseNumber
    recognitionNumber
    phone
    email
    websiteUrl
    deactivatedAt
    themes {
      id
      name
    }
  }
`);

export const AdminOrganisationsQuery = graphql(`
  query AdminOrganisations($search: String, $first: Int, $after: Cursor) {
    organisations(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminOrganisationFields
        }
      }
    }
  }
`);

export const AdminOrganisationQuery = graphql(`
  query AdminOrganisation($id: ID!) {
    organisation(id: $id) {
      ...AdminOrganisationFields
      users {
        id
        firstName
        lastName
        email
        roles
        status
      }
    }
    themes {
      id
      name
    }
  }
`);

export const AdminThemesQuery = graphql(`
  query AdminThemes {
    themes {
      id
      name
    }
    teams {
      id
      name
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation AdminCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      errors {
        ...UserErrorFields
      }
      organisation {
        id
        name
      }
    }
  }
`);

export const AdminUpdateOrganisationMutation = graphql(`
  mutation AdminUpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      errors {
        ...UserErrorFields
      }
      organisation {
        id
      }
    }
  }
`);

export const DeactivateOrganisationMutation = graphql(`
  mutation AdminDeactivateOrganisation($id: ID!) {
    deactivateOrganisation(id: $id) {
      id
    }
  }
`);

export const ReactivateOrganisationMutation = graphql(`
  mutation AdminReactivateOrganisation($id: ID!) {
    reactivateOrganisation(id: $id) {
      id
    }
  }
`);

export const InviteOrganisationAdminMutation = graphql(`
  mutation AdminInviteOrganisationAdmin($input: InviteOrganisationAdminInput!) {
    inviteOrganisationAdmin(input: $input) {
      errors {
        ...UserErrorFields
      }
      user {
        id
        email
      }
    }
  }
`);

export const AdminHistoryQuery = graphql(`
  query AdminHistory($kind: AdminHistoryKind, $first: Int, $after: Cursor) {
    adminHistory(kind: $kind, first: $first, after: $after) {
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
          organisation {
            id
            name
          }
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
