// GraphQL shapes of the service-level report (names in the viewer's language, resolved by sla.resolver.ts).
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { NamedRow } from '../tickets/ticket.rows.js';
import { TicketOption } from '../tickets/ticket.types.js';

@ObjectType({
  description: 'Service levels of the tickets created in one month, in one queue, of one support type.',
})
export class ServiceLevelReportRow {
  @Field({ description: 'YYYY-MM (Brussels time).' }) month!: string;
  @Field() queueCode!: string;
  @Field() supportTypeCode!: string;
  @Field(() => Int) created!: number;
  @Field(() => Int) reactionMet!: number;
  @Field(() => Int) reactionBreached!: number;
  @Field(() => Float, { nullable: true, description: 'Met of met + breached, in %; null when none decided.' })
  reactionMetPercent!: number | null;
  @Field(() => Int) resolutionMet!: number;
  @Field(() => Int) resolutionBreached!: number;
  @Field(() => Float, { nullable: true }) resolutionMetPercent!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Median business minutes to the first public staff reply.',
  })
  medianReactionMinutes!: number | null;
  @Field(() => Int, { nullable: true, description: 'Median business minutes to Opgelost.' })
  medianResolutionMinutes!: number | null;
  queueNl!: string;
  queueEn!: string;
  supportTypeNl!: string;
  supportTypeEn!: string;
}

@ObjectType({
  description:
    "Tickets labelled as a security incident (Helpdesk or Helpdesk Light) of one organisation, by year of creation ('002' yearly review).",
})
export class SecurityIncidentCount {
  @Field(() => ID) organisationId!: string;
  @Field() organisationName!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) incidents!: number;
  @Field(() => Date, {
    nullable: true,
    description: "When the organisation's Beheerders were mailed that the year's threshold was reached.",
  })
  noticeSentAt!: Date | null;
}

@ObjectType({ description: 'Tickets of one category created in a period (issue 16).' })
export class TicketCategoryCount {
  @Field(() => TicketOption) category!: NamedRow;
  @Field(() => Int, { description: 'Created in the period (merged duplicates left out).' }) created!: number;
  @Field(() => Int, { description: 'Of those, not yet resolved or closed.' }) open!: number;
}
