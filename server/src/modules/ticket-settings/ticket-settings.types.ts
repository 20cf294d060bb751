// GraphQL shapes of the ticket settings (DEPARTMENT_ADMIN, /beheer/tickets): support types and their
// targets, queues, the department's business calendar with its closing days, the themes' unread reminders.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DayScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import type { TicketPriority } from '../tickets/ticket.rows.js';
import { TicketPriorityEnum } from '../tickets/ticket.types.js';

@ObjectType()
export class PriorityTarget {
  @Field(() => TicketPriorityEnum) priority!: TicketPriority;
  @Field(() => Int, { description: 'Business minutes.' }) minutes!: number;
}

@InputType()
export class PriorityTargetInput {
  @Field(() => TicketPriorityEnum) priority!: TicketPriority;
  @Field(() => Int) minutes!: number;
}

@ObjectType({ description: 'A support type with its service-level targets (business minutes).' })
export class SupportTypeSettings {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field(() => Int, {
    nullable: true,
    description: "Reaction target; null: 'op afspraak' (no automatic target).",
  })
  reactionMinutes!: number | null;
  @Field(() => Int, { nullable: true, description: "Resolution target; null: 'op afspraak'." })
  resolutionMinutes!: number | null;
  @Field({ description: 'Counted 24/7 (Major incident) rather than in the office calendar.' })
  alwaysOpen!: boolean;
  @Field(() => [PriorityTarget], {
    description:
      "Resolution per ticket priority ('by priority', Problem), used when resolutionMinutes is null.",
  })
  resolutionByPriority!: PriorityTarget[];
}

@ObjectType({ description: 'A queue with what the customer is told and its automation.' })
export class QueueSettings {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field() explanationNl!: string;
  @Field() explanationEn!: string;
  @Field(() => String, { nullable: true }) expectedReactionNl!: string | null;
  @Field(() => String, { nullable: true }) expectedReactionEn!: string | null;
  @Field(() => Int, {
    description: 'Beantwoord without a customer reaction this many days becomes Opgelost.',
  })
  autoResolveAfterDays!: number;
  @Field({ description: 'The resolution clock pauses while a ticket is in this queue.' })
  pausesClock!: boolean;
}

@ObjectType({ description: 'Opening hours on one weekday (local time of the calendar).' })
export class OpeningHours {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' }) weekday!: number;
  @Field({ description: 'HH:MM' }) opensAt!: string;
  @Field({ description: 'HH:MM' }) closesAt!: string;
}

@ObjectType({ description: 'An extra closing day: one date, or the same day every year.' })
export class ClosingDay {
  @Field(() => ID) id!: string;
  @Field(() => DayScalar, { nullable: true }) onDate!: string | null;
  @Field(() => String, { nullable: true, description: 'MM-DD, every year.' }) everyYearOn!: string | null;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
}

@ObjectType({ description: "The department's office calendar (Belgian public holidays are always closed)." })
export class CalendarSettings {
  @Field(() => ID) id!: string;
  @Field() timeZone!: string;
  @Field(() => [OpeningHours], { description: 'Weekday order; a weekday without hours is closed.' })
  week!: OpeningHours[];
  @Field(() => [ClosingDay], { description: 'Dates first (in order), then the yearly days.' })
  closingDays!: ClosingDay[];
}

@ObjectType({ description: 'A theme and its reminder of unread e-loket messages.' })
export class ThemeReminderSettings {
  @Field(() => ID) id!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field(() => Int, { nullable: true, description: 'Business days before a reminder; null: no reminders.' })
  unreadReminderDays!: number | null;
}

@ObjectType({ description: 'A ticket category (decision 0036): what customers choose on a new ticket.' })
export class CategorySettings {
  @Field(() => ID) id!: string;
  @Field({ description: 'Stable, made from the English name when created.' }) code!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field(() => Int, { description: 'Lower first on the ticket form.' }) position!: number;
  @Field({ description: 'Offered on new tickets; an inactive one still shows on the tickets that have it.' })
  active!: boolean;
  @Field(() => Int, { description: 'Tickets with this category (one in use cannot be removed).' })
  ticketCount!: number;
}

@ObjectType()
export class TicketSettings {
  @Field(() => [SupportTypeSettings]) supportTypes!: SupportTypeSettings[];
  @Field(() => [QueueSettings]) queues!: QueueSettings[];
  @Field(() => CalendarSettings) calendar!: CalendarSettings;
  @Field(() => [ThemeReminderSettings]) themes!: ThemeReminderSettings[];
  @Field(() => [CategorySettings], { description: 'All categories, active and inactive, in their order.' })
  categories!: CategorySettings[];
}

@ObjectType({ description: 'The settings after the change; null (and errors) when nothing was saved.' })
export class TicketSettingsPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => TicketSettings, { nullable: true }) settings!: TicketSettings | null;
}

@InputType()
export class SupportTypeTargetsInput {
  @Field(() => ID) supportTypeId!: string;
  @Field(() => Int, { nullable: true, description: "Business minutes; null: 'op afspraak'." })
  reactionMinutes?: number | null;
  @Field(() => Int, { nullable: true }) resolutionMinutes?: number | null;
  @Field(() => [PriorityTargetInput], {
    nullable: true,
    description: 'Resolution per priority (replaces them; [] removes them); left out: kept.',
  })
  resolutionByPriority?: PriorityTargetInput[] | null;
}

@InputType()
export class QueueSettingsInput {
  @Field(() => ID) queueId!: string;
  @Field() explanationNl!: string;
  @Field() explanationEn!: string;
  @Field(() => String, { nullable: true }) expectedReactionNl?: string | null;
  @Field(() => String, { nullable: true }) expectedReactionEn?: string | null;
  @Field(() => Int) autoResolveAfterDays!: number;
}

@InputType()
export class OpeningHoursInput {
  @Field(() => Int) weekday!: number;
  @Field() opensAt!: string;
  @Field() closesAt!: string;
}

@InputType({ description: 'The whole week: weekdays left out are closed.' })
export class CalendarInput {
  @Field() timeZone!: string;
  @Field(() => [OpeningHoursInput]) week!: OpeningHoursInput[];
}

@InputType({ description: 'Either `onDate` or `everyYearOn`.' })
export class ClosingDayInput {
  @Field(() => DayScalar, { nullable: true }) onDate?: string | null;
  @Field(() => String, { nullable: true, description: 'MM-DD' }) everyYearOn?: string | null;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
}

@InputType()
export class ThemeReminderInput {
  @Field(() => ID) themeId!: string;
  @Field(() => Int, { nullable: true, description: 'Business days; null: no reminders.' })
  unreadReminderDays?: number | null;
}

@InputType()
export class NewTicketCategoryInput {
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field(() => Int, { nullable: true, description: 'Lower first; left out: last.' }) position?: number | null;
}

@InputType()
export class TicketCategoryInput {
  @Field(() => ID) categoryId!: string;
  @Field() nameNl!: string;
  @Field() nameEn!: string;
  @Field(() => Int, { nullable: true, description: 'Lower first; left out: kept.' }) position?: number | null;
  @Field({ description: 'false: no longer offered on new tickets (tickets that have it keep it).' })
  active!: boolean;
}
