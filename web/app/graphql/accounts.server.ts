// GraphQL operations of accounts the web's loaders and actions send: viewer, login, passwords, profile;
// and the fragments every form's answer shares (field errors, privacy warnings).
import { graphql } from './generated';

graphql(`
  fragment UserErrorFields on UserError {
    field
    code
    message
  }
`);

graphql(`
  fragment PrivacyWarningFields on PrivacyWarning {
    field
    kind
    masked
    message
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      email
      firstName
      lastName
      phone
      language
      roles
      isStaff
      organisation {
        id
        name
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      errors {
        ...UserErrorFields
      }
      user {
        id
        language
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: TokenPasswordInput!) {
    resetPassword(input: $input) {
      ok
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      ok
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: TokenPasswordInput!) {
    acceptInvitation(input: $input) {
      token
      expiresAt
      errors {
        ...UserErrorFields
      }
      user {
        id
        language
      }
    }
  }
`);

export const SessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastSeenAt
      expiresAt
      userAgent
      ip
      current
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      errors {
        ...UserErrorFields
      }
      user {
        id
        firstName
        lastName
        email
        phone
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ok
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetLanguageMutation = graphql(`
  mutation SetLanguage($language: Language!) {
    setLanguage(language: $language) {
      errors {
        ...UserErrorFields
      }
      user {
        id
        language
      }
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);
