// GraphQL shapes of the tickets module. Texts with a Dutch and an English version are resolved in the
// viewer's language by the resolvers (ticket.resolver.ts).
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { MaxLength } from '../../graphql/input-rules.js';
import { ConnectionType } from '../../graphql/relay.js';
import { DayScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { PrivacyWarning } from '../messages/message.types.js';
import { SLA_STATES, type SlaState as SlaStateValue } from '../sla/sla-clock.js';
import { TICKET_PRIORITIES, type TicketPriority } from './ticket.rows.js';
import { SOLUTION_MAX } from './ticket-status.js';
import { BODY_MAX, DESCRIPTION_MAX, SUBJECT_MAX } from './ticket-work.service.js';

export enum TicketStatus {
  NEW = 'NEW',
  ANSWERED = 'ANSWERED',
  OPEN = 'OPEN',
  POSTPONED = 'POSTPONED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'Nieuw, Beantwoord, Open, Uitgesteld, Opgelost, Gesloten (reference 002 §4).',
});

export enum TicketChannel {
  PORTAL = 'PORTAL',
  WIDGET = 'WIDGET',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  CHAT = 'CHAT',
}
registerEnumType(TicketChannel, { name: 'TicketChannel', description: 'How the ticket came in.' });

export enum CustomerTicketChannel {
  PORTAL = 'PORTAL',
  WIDGET = 'WIDGET',
}
registerEnumType(CustomerTicketChannel, { name: 'CustomerTicketChannel' });

export enum StaffTicketChannel {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
}
registerEnumType(StaffTicketChannel, { name: 'StaffTicketChannel' });

export enum TicketView {
  MINE = 'MINE',
  OPEN = 'OPEN',
  ALL = 'ALL',
}
registerEnumType(TicketView, {
  name: 'TicketView',
  description:
    'Mijn tickets, Openstaande tickets (not yet resolved), Alle tickets — within what your role sees.',
});

export enum TicketSort {
  UPDATED = 'UPDATED',
  NUMBER = 'NUMBER',
  STATUS = 'STATUS',
  SLA = 'SLA',
}
registerEnumType(TicketSort, {
  name: 'TicketSort',
  description:
    'UPDATED and NUMBER newest first. SLA (staff): breached, at risk, on track, then without target; customers get UPDATED.',
});

export const TicketPriorityEnum = graphqlEnum(TICKET_PRIORITIES, {
  name: 'TicketPriority',
  description: 'Laag, Normaal (default), Hoog, Kritiek.',
});

export const SlaState = graphqlEnum(SLA_STATES, {
  name: 'SlaState',
  description:
    'Service level of the targets still running: at risk when less than 20 % (configurable) is left.',
});

export enum TicketEntryKind {
  REPLY = 'REPLY',
  NOTE = 'NOTE',
  EVENT = 'EVENT',
}
registerEnumType(TicketEntryKind, {
  name: 'TicketEntryKind',
  description: 'A public reply, an internal note (staff only) or a timeline event.',
});

@ObjectType({ description: 'A ticket of the technical helpdesk. Subject and description are plain text.' })
export class Ticket {
  @Field(() => ID) id!: string;
  @Field({ description: 'E.g. HD-2026-000123.' }) number!: string;
  @Field(() => TicketChannel) channel!: TicketChannel;
  @Field() subject!: string;
  @Field() description!: string;
  @Field(() => TicketStatus) status!: TicketStatus;
  @Field() requesterEmail!: string;
  @Field(() => String, { nullable: true, description: 'Version the solution is planned in (queue Gepland).' })
  plannedVersion!: string | null;
  @Field(() => DayScalar, { nullable: true }) expectedResolutionOn!: string | null;
  @Field(() => DayScalar, { nullable: true, description: 'Uitgesteld: waiting for the customer until.' })
  postponedUntil!: string | null;
  @Field(() => String, { nullable: true }) solution!: string | null;
  @Field(() => Date, { nullable: true, description: 'The customer asked to close it.' })
  closeRequestedAt!: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Date, { nullable: true }) firstResponseAt!: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Service level: answer due (filled by the SLA clock).' })
  firstResponseDueAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Service level: resolution due (paused time not counted).',
  })
  resolutionDueAt!: Date | null;
  slaState!: SlaStateValue | null;
  @Field(() => TicketPriorityEnum, { description: 'Set by staff; shown to the customer too.' })
  priority!: TicketPriority;
  @Field({ description: 'The resolution clock stands still (Uitgesteld, Wacht op reactie, Opgelost).' })
  clockPaused!: boolean;
  clockPausedMinutes!: number;
  organisationId!: string;
  requesterId!: string | null;
  categoryId!: string;
  supportTypeId!: string;
  queueId!: string;
  assigneeId!: string | null;
  mergedIntoId!: string | null;
  previousTicketId!: string | null;
  participantUserIds!: string[];
}

@ObjectType({ description: 'A category, support type or label.' })
export class TicketOption {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field({
    description: 'Offered on new tickets; an inactive category still shows on the tickets that have it.',
  })
  active!: boolean;
  nameNl!: string;
  nameEn!: string;
}

@ObjectType({ description: 'A queue (afdeling, reference 002 §4).' })
export class TicketQueue {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field(() => DayScalar, { nullable: true, description: 'Functioneel overleg: the next meeting.' })
  nextMeetingOn!: string | null;
  @Field({ description: 'New tickets start here (Helpdesk).' }) isDefault!: boolean;
  nameNl!: string;
  nameEn!: string;
  explanationNl!: string;
  explanationEn!: string;
  expectedReactionNl!: string | null;
  expectedReactionEn!: string | null;
}

@ObjectType()
export class TicketQueueCount {
  @Field(() => TicketQueue) queue!: TicketQueue;
  @Field(() => Int, { description: 'Tickets in the queue not yet resolved or closed.' }) openCount!: number;
  @Field({ description: 'Whether you work this queue (set by a DEPARTMENT_ADMIN under staff users).' })
  worksHere!: boolean;
}

@ObjectType({ description: 'What a timeline event records; which fields are set depends on `type`.' })
export class TicketEventData {
  @Field({
    description:
      'CREATED, STATUS, QUEUE, ASSIGNED, MERGED_INTO, MERGED_FROM, DETAILS, CATEGORY (from and to: category ids) or ATTACHMENT_REMOVED.',
  })
  type!: string;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => String, { nullable: true, description: 'The other ticket of a merge.' }) number!:
    | string
    | null;
  @Field(() => [String], { nullable: true }) fields!: string[] | null;
  @Field(() => String, { nullable: true, description: 'ATTACHMENT_REMOVED: the file that was removed.' })
  fileName!: string | null;
  @Field(() => String, { nullable: true, description: 'ATTACHMENT_REMOVED: why (shown to the customer).' })
  reason!: string | null;
}

@ObjectType({ description: 'One entry of the conversation and timeline. Bodies are plain text.' })
export class TicketEntry {
  @Field(() => ID) id!: string;
  @Field(() => TicketEntryKind) kind!: TicketEntryKind;
  @Field({ description: 'Written by department staff.' }) byStaff!: boolean;
  @Field() body!: string;
  @Field({ description: "The customer's request to close the ticket; the body gives the reason." })
  closeRequest!: boolean;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true, description: 'The sender’s address of an entry that came by mail.' })
  authorEmail!: string | null;
  authorId!: string | null;
  event!: unknown;
}

@ObjectType()
export class TicketParticipant {
  @Field({ description: "Receives the ticket's mails ('Geen meldingen meer' switches this off)." })
  notify!: boolean;
  userId!: string;
}

@ObjectType()
export class TicketConnection extends ConnectionType(Ticket, 'Ticket') {}

@ObjectType()
export class TicketPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => Ticket, { nullable: true }) ticket!: Ticket | null;
}

@ObjectType()
export class CreateTicketPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => [PrivacyWarning], {
    description:
      'Personal data found: send again with acknowledgePrivacyWarning to create the ticket anyway.',
  })
  privacyWarnings!: PrivacyWarning[];
  @Field(() => Ticket, { nullable: true }) ticket!: Ticket | null;
}

@InputType({ description: 'Filters of the ticket lists; all optional, combined with AND.' })
export class TicketFilterInput {
  @Field(() => [TicketStatus], { nullable: true }) statuses?: TicketStatus[] | null;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => ID, { nullable: true }) supportTypeId?: string | null;
  @Field(() => String, { nullable: true, description: 'A ticket number, or keywords (Dutch full text).' })
  search?: string | null;
}

@InputType()
export class StaffTicketFilterInput extends TicketFilterInput {
  @Field(() => ID, { nullable: true }) queueId?: string | null;
  @Field(() => ID, { nullable: true }) assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Assigned to me.' }) mine?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'In the queues I work (Mijn wachtrijen).' })
  myQueues?: boolean | null;
  @Field(() => Boolean, { nullable: true }) unassigned?: boolean | null;
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => ID, { nullable: true }) labelId?: string | null;
  @Field(() => [SlaState], { nullable: true, description: 'Only tickets in these service-level states.' })
  slaStates?: SlaStateValue[] | null;
}

@InputType()
export class CreateTicketInput {
  @Field({ description: 'Generated by the client per form: a double submit creates one ticket.' })
  clientKey!: string;
  @Field() @MaxLength(SUBJECT_MAX) subject!: string;
  @Field() @MaxLength(DESCRIPTION_MAX) description!: string;
  @Field(() => ID) categoryId!: string;
  @Field(() => ID) supportTypeId!: string;
  @Field(() => CustomerTicketChannel, { nullable: true, description: 'Default PORTAL.' })
  channel?: CustomerTicketChannel | null;
  @Field(() => ID, { nullable: true, description: 'The closed ticket this one follows up on.' })
  previousTicketId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Your uploads (POST /attachments), several allowed.' })
  attachmentIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) acknowledgePrivacyWarning?: boolean | null;
}

@InputType()
export class RegisterTicketInput {
  @Field() clientKey!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => ID, { nullable: true, description: 'A user of the organisation; else requesterEmail.' })
  requesterId?: string | null;
  @Field(() => String, { nullable: true }) requesterEmail?: string | null;
  @Field(() => StaffTicketChannel) channel!: StaffTicketChannel;
  @Field() @MaxLength(SUBJECT_MAX) subject!: string;
  @Field() @MaxLength(DESCRIPTION_MAX) description!: string;
  @Field(() => ID) categoryId!: string;
  @Field(() => ID) supportTypeId!: string;
  @Field(() => ID, { nullable: true }) previousTicketId?: string | null;
}

@InputType()
export class TicketReplyInput {
  @Field(() => ID) ticketId!: string;
  @Field() clientKey!: string;
  @Field() @MaxLength(BODY_MAX) body!: string;
  @Field(() => [ID], { nullable: true, description: 'Your uploads (POST /attachments).' })
  attachmentIds?: string[] | null;
}

@InputType()
export class SetTicketStatusInput {
  @Field(() => ID) ticketId!: string;
  @Field(() => TicketStatus) status!: TicketStatus;
  @Field(() => DayScalar, { nullable: true, description: 'Required for POSTPONED: a day after today.' })
  postponedUntil?: string | null;
  @Field(() => String, { nullable: true, description: 'Required for RESOLVED: mailed to the requester.' })
  @MaxLength(SOLUTION_MAX)
  solution?: string | null;
}

@InputType()
export class UpdateTicketDetailsInput {
  @Field(() => ID) ticketId!: string;
  @Field(() => ID, { nullable: true }) categoryId?: string | null;
  @Field(() => ID, { nullable: true }) supportTypeId?: string | null;
  @Field(() => String, { nullable: true, description: 'Empty clears it.' }) plannedVersion?: string | null;
  @Field(() => DayScalar, { nullable: true, description: 'Null clears it; leave out to keep it.' })
  expectedResolutionOn?: string | null;
  @Field(() => TicketPriorityEnum, {
    nullable: true,
    description: 'A new priority recomputes the resolution target where it depends on it (Problem).',
  })
  priority?: TicketPriority | null;
}
