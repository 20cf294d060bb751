// GraphQL operations of single sign-on the web's login routes send (decision 0028).
import { graphql } from './generated';

export const LoginOptionsQuery = graphql(`
  query LoginOptions {
    loginOptions {
      password
      singleSignOn {
        name
      }
    }
  }
`);

export const StartSingleSignOnMutation = graphql(`
  mutation StartSingleSignOn {
    startSingleSignOn {
      authorizationUrl
      state
      nonce
      codeVerifier
    }
  }
`);

export const CompleteSingleSignOnMutation = graphql(`
  mutation CompleteSingleSignOn($input: CompleteSingleSignOnInput!) {
    completeSingleSignOn(input: $input) {
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

export const SingleSignOutUrlQuery = graphql(`
  query SingleSignOutUrl {
    singleSignOutUrl
  }
`);
