// GraphQL operations of the staff users' administration (/beheer/medewerkers, issue 16): the list, one
// user with the queues to choose from, inviting, the role, the queues, (de)activating, resending.
import { graphql } from './generated';

graphql(`
  fragment StaffUserFields on StaffUser {
    id
    email
    firstName
    lastName
    language
    role
    status
    teams {
      id
      name
    }
    queues {
      id
      name
    }
  }
`);

export const StaffUsersQuery = graphql(`
  query StaffUsers($search: String, $role: StaffRole, $status: UserStatus, $first: Int, $after: Cursor) {
    staffUsers(search: $search, role: $role, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...StaffUserFields
        }
      }
    }
  }
`);

export const StaffUserNamesQuery = graphql(`
  query StaffUserNames($ids: [ID!]) {
    staffUsers(ids: $ids, first: 100) {
      edges {
        node {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

export const StaffUserQuery = graphql(`
  query StaffUser($id: ID!) {
    staffUser(id: $id) {
      ...StaffUserFields
    }
    staffQueueChoices {
      id
      name
    }
  }
`);

export const InviteStaffUserMutation = graphql(`
  mutation InviteStaffUser($input: InviteStaffUserInput!) {
    inviteStaffUser(input: $input) {
      errors {
        field
        code
        message
      }
      staffUser {
        id
      }
    }
  }
`);

export const ChangeStaffRoleMutation = graphql(`
  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {
    changeStaffRole(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const SetStaffQueuesMutation = graphql(`
  mutation SetStaffQueues($input: SetStaffQueuesInput!) {
    setStaffQueues(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const DeactivateStaffUserMutation = graphql(`
  mutation DeactivateStaffUser($userId: ID!) {
    deactivateStaffUser(userId: $userId) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ReactivateStaffUserMutation = graphql(`
  mutation ReactivateStaffUser($userId: ID!) {
    reactivateStaffUser(userId: $userId) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const ResendStaffInvitationMutation = graphql(`
  mutation ResendStaffInvitation($userId: ID!) {
    resendStaffInvitation(userId: $userId) {
      id
    }
  }
`);
