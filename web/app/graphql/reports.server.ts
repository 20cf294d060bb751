// GraphQL operations of the staff's report pages: the service levels per month, queue and support type, and
// the security incidents per organisation and year.
import { graphql } from './generated';

export const ServiceLevelReportQuery = graphql(`
  query ServiceLevelReport($from: Day!, $to: Day!) {
    securityIncidentCounts(from: $from, to: $to) {
      organisationId
      organisationName
      year
      incidents
      noticeSentAt
    }
    serviceLevelReport(from: $from, to: $to) {
      month
      queueCode
      queue
      supportTypeCode
      supportType
      created
      reactionMet
      reactionBreached
      reactionMetPercent
      medianReactionMinutes
      resolutionMet
      resolutionBreached
      resolutionMetPercent
      medianResolutionMinutes
    }
  }
`);
