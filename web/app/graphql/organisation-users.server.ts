// GraphQL operations of Mijn organisatie › Gebruikers (ADMIN): the paged list, one user, inviting,
// resending the invitation, the role, deactivating and reactivating.
import { graphql } from './generated';

graphql(`
  fragment OrganisationUserFields on User {
    id
    firstName
    lastName
    email
    language
    status
    tenantRole
  }
`);

export const OrganisationUsersPageQuery = graphql(`
  query OrganisationUsersPage($first: Int, $after: Cursor) {
    organisationUsers(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OrganisationUserFields
        }
      }
    }
  }
`);

export const OrganisationUserQuery = graphql(`
  query OrganisationUser($id: ID!) {
    organisationUser(id: $id) {
      ...OrganisationUserFields
    }
  }
`);

export const InviteOrganisationUserMutation = graphql(`
  mutation InviteOrganisationUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      errors {
        ...UserErrorFields
      }
      user {
        id
      }
    }
  }
`);

export const ResendUserInvitationMutation = graphql(`
  mutation ResendUserInvitation($id: ID!) {
    resendInvitation(userId: $id) {
      id
    }
  }
`);

export const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      errors {
        ...UserErrorFields
      }
      user {
        id
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      errors {
        ...UserErrorFields
      }
      user {
        id
      }
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(userId: $id) {
      errors {
        ...UserErrorFields
      }
      user {
        id
      }
    }
  }
`);
