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

export const RetentionPageQuery = graphql(`
  query RetentionPage($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    retentionOverview {
      themes { id code name retentionDays due held }
      queues { id code name retentionDays due held }
    }
    lastRetentionRun { startedAt finishedAt threads tickets inboundMails files webhookDeliveries exports }
    legalHolds(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage }
      edges {
        cursor
        node { record id label title organisationName reason heldAt heldByName }
      }
    }
  }
`);

export const SetRetentionPeriodMutation = graphql(`
  mutation SetRetentionPeriod($input: SetRetentionPeriodInput!) {
    setRetentionPeriod(input: $input) {
      ok
      errors {
        field
        code
        message
      }
    }
  }
`);

export const LegalHoldQuery = graphql(`
  query LegalHold($record: LegalHoldRecord!, $key: String!) {
    legalHold(record: $record, key: $key) { record id label title organisationName onHold reason heldAt heldByName }
  }
`);

export const ChangeLegalHoldMutation = graphql(`
  mutation ChangeLegalHold($input: ChangeLegalHoldInput!) {
    changeLegalHold(input: $input) {
      errors {
        field
        code
        message
      }
      legalHold { onHold }
    }
  }
`);
