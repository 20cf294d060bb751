// GraphQL operations of the privacy tools: one's own exports (Profiel) and the administration's privacy page.
import { graphql } from './generated';

export const MyExportsQuery = graphql(`
  query MyPersonalDataExports {
    myPersonalDataExports {
      id
      status
      createdAt
      readyAt
      downloadPath
    }
  }
`);

export const RequestExportMutation = graphql(`
  mutation RequestPersonalDataExport($input: RequestPersonalDataExportInput!) {
    requestPersonalDataExport(input: $input) {
      id
      status
    }
  }
`);

export const PrivacyPeopleQuery = graphql(`
  query PrivacyPeople($search: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    privacyPeople(search: $search, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage }
      edges {
        cursor
        node { kind id firstName lastName email organisationName legalHold erased }
      }
    }
  }
`);

export const ErasePersonMutation = graphql(`
  mutation ErasePerson($input: PersonInput!) {
    erasePerson(input: $input) {
      ok
      errors {
        field
        code
        message
      }
    }
  }
`);

export const SetLegalHoldMutation = graphql(`
  mutation SetLegalHold($input: SetLegalHoldInput!) {
    setLegalHold(input: $input)
  }
`);
