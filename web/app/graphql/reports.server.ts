// GraphQL operations of the staff's report pages: the service levels per month, queue and support type, and
// the security incidents per organisation and year, the tickets per category and the knowledge base's
// deflection (suggestions shown, tickets avoided, the articles that avoided most).
import { graphql } from './generated';

export const ServiceLevelReportQuery = graphql(`
  query ServiceLevelReport($from: Day!, $to: Day!) {
    ticketCategoryCounts(from: $from, to: $to) {
      category {
        id
        name
        active
      }
      created
      open
    }
    ticketDeflectionReport(from: $from, to: $to, top: 10) {
      suggestionsShown
      ticketsAvoided
      ticketsAfterSuggestions
      topArticles {
        articleId
        slug
        title
        ticketsAvoided
      }
    }
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
