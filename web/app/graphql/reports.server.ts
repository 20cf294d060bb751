// GraphQL operations of the staff's report pages: the service levels per month, queue and support type.
import { graphql } from './generated';

export const ServiceLevelReportQuery = graphql(`
  query ServiceLevelReport($from: Day!, $to: Day!) {
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
