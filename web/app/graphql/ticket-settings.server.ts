// GraphQL operations of the ticket settings pages (/beheer/tickets, DEPARTMENT_ADMIN): read them all,
// change a support type's targets, a queue's texts and auto-resolve period, a theme's unread reminder,
// the office calendar and its closing days; add, change and remove ticket categories.
import { graphql } from './generated';

export const TicketSettingsQuery = graphql(`
  query TicketSettings {
    ticketSettings {
      supportTypes {
        id
        code
        nameNl
        nameEn
        reactionMinutes
        resolutionMinutes
        resolutionByPriority {
          priority
          minutes
        }
        alwaysOpen
      }
      queues {
        id
        code
        nameNl
        nameEn
        explanationNl
        explanationEn
        expectedReactionNl
        expectedReactionEn
        autoResolveAfterDays
      }
      themes {
        id
        nameNl
        nameEn
        unreadReminderDays
      }
      categories {
        id
        code
        nameNl
        nameEn
        position
        active
        ticketCount
      }
      calendar {
        id
        timeZone
        week {
          weekday
          opensAt
          closesAt
        }
        closingDays {
          id
          onDate
          everyYearOn
          nameNl
          nameEn
        }
      }
    }
  }
`);

export const UpdateSupportTypeTargetsMutation = graphql(`
  mutation UpdateSupportTypeTargets($input: SupportTypeTargetsInput!) {
    updateSupportTypeTargets(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateQueueSettingsMutation = graphql(`
  mutation UpdateQueueSettings($input: QueueSettingsInput!) {
    updateQueueSettings(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateThemeReminderMutation = graphql(`
  mutation UpdateThemeReminder($input: ThemeReminderInput!) {
    updateThemeReminder(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateBusinessCalendarMutation = graphql(`
  mutation UpdateBusinessCalendar($input: CalendarInput!) {
    updateBusinessCalendar(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const AddClosingDayMutation = graphql(`
  mutation AddClosingDay($input: ClosingDayInput!) {
    addClosingDay(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const RemoveClosingDayMutation = graphql(`
  mutation RemoveClosingDay($id: ID!) {
    removeClosingDay(closingDayId: $id) {
      calendar {
        id
      }
    }
  }
`);

export const CreateTicketCategoryMutation = graphql(`
  mutation CreateTicketCategory($input: NewTicketCategoryInput!) {
    createTicketCategory(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const UpdateTicketCategoryMutation = graphql(`
  mutation UpdateTicketCategory($input: TicketCategoryInput!) {
    updateTicketCategory(input: $input) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const RemoveTicketCategoryMutation = graphql(`
  mutation RemoveTicketCategory($id: ID!) {
    removeTicketCategory(categoryId: $id) {
      errors {
        field
        code
        message
      }
    }
  }
`);
