// GraphQL shapes of the Berichtenmodule.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { MaxLength } from '../../graphql/input-rules.js';
import { ConnectionType } from '../../graphql/relay.js';
import { DayScalar } from '../../graphql/scalars.js';
import { UserError } from '../../graphql/user-error.js';
import { BODY_MAX, DIRECTIONS, type Direction as DirectionValue } from './message.entity.js';
import { SENSITIVE_KINDS, type SensitiveKind } from './privacy-guard.js';

export const Direction = graphqlEnum(DIRECTIONS, {
  name: 'Direction',
  description:
    "INBOUND: department → organisation ('Ontvangen'); OUTBOUND: organisation → department ('Verstuurd').",
});
export type Direction = DirectionValue;

export enum RecipientKind {
  TEAM = 'TEAM',
  HANDLER = 'HANDLER',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(RecipientKind, { name: 'RecipientKind' });

export const SensitiveDataKind = graphqlEnum(SENSITIVE_KINDS, {
  name: 'SensitiveDataKind',
  description: 'Belgian national register number, Dutch BSN, or IBAN.',
});
export type SensitiveDataKind = SensitiveKind;

@ObjectType({ description: 'A message in a thread. The body is plain text: never render it as HTML.' })
export class Message {
  @Field(() => ID) id!: string;
  @Field() referenceNumber!: string;
  @Field(() => Direction) direction!: Direction;
  @Field() title!: string;
  @Field({ description: 'Plain text with line breaks.' }) body!: string;
  @Field() sentAt!: Date;
  /** The author's name (the sender line is a field resolver, worded in the viewer's language). */
  senderLabel!: string;
  senderTeamId!: string | null;
  @Field(() => Int) attachmentCount!: number;
  organisationId!: string;
  threadId!: string;
  themeId!: string;
  authorId!: string;
  addressedTeamId!: string | null;
  addressedHandlerId!: string | null;
  /** Set by list queries; otherwise loaded. */
  read?: boolean;
}

@ObjectType()
export class Attachment {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field({ description: 'Sniffed from the content.' }) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field() sha256!: string;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'A thread (Berichthistoriek): every message with the same reference number.' })
export class Thread {
  @Field(() => ID) id!: string;
  @Field() referenceNumber!: string;
  @Field() title!: string;
  @Field() createdAt!: Date;
  @Field() lastMessageAt!: Date;
  @Field(() => Int) messageCount!: number;
  organisationId!: string;
  themeId!: string;
  teamId!: string;
  assignedHandlerId!: string | null;
  lastDirection!: 'INBOUND' | 'OUTBOUND';
}

@ObjectType({ description: 'A contact notified of replies in a thread (Contactdetails).' })
export class ThreadContact {
  @Field(() => ID, { description: 'The contact person id (standard contact) or the one-off contact id.' })
  id!: string;
  @Field(() => ID, { nullable: true }) contactPersonId!: string | null;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field({ description: 'A standard contact of the theme (else: for this thread only).' }) standard!: boolean;
  @Field({ description: 'Receives notifications (standard contacts must have confirmed their address).' })
  confirmed!: boolean;
}

@ObjectType()
export class MessageCounts {
  @Field(() => Int) inbound!: number;
  @Field(() => Int) outbound!: number;
  @Field(() => Int) unreadInbound!: number;
}

@ObjectType({ description: 'Who received a sent message.' })
export class Recipient {
  @Field(() => RecipientKind) kind!: RecipientKind;
  @Field({ description: 'E.g. "Team Subsidies" or "An Peeters (Team Erkenning)".' }) name!: string;
  @Field(() => ID, { nullable: true }) teamId!: string | null;
  @Field(() => ID, { nullable: true }) handlerId!: string | null;
  @Field(() => ID, { nullable: true }) organisationId!: string | null;
}

@ObjectType({ description: 'Personal data found in a message: sending requires acknowledging it.' })
export class PrivacyWarning {
  @Field(() => SensitiveDataKind) kind!: SensitiveDataKind;
  @Field() field!: string;
  @Field({ description: 'The number found, mostly masked.' }) masked!: string;
  @Field({ description: "In the viewer's language." }) message!: string;
}

@ObjectType()
export class SendMessagePayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => [PrivacyWarning], {
    description: 'Not sent: acknowledge with acknowledgePrivacyWarning to send anyway.',
  })
  privacyWarnings!: PrivacyWarning[];
  @Field(() => Message, { nullable: true }) message!: Message | null;
  @Field(() => Recipient, { nullable: true }) recipient!: Recipient | null;
}

@ObjectType()
export class AssignThreadPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => Thread, { nullable: true }) thread!: Thread | null;
}

export const MessageConnection = ConnectionType(Message, 'Message');
export const ThreadConnection = ConnectionType(Thread, 'Thread');

@InputType({ description: 'Filters on every column of the message lists; all optional, combined with AND.' })
export class MessageFilterInput {
  @Field(() => Direction, { nullable: true }) direction?: Direction | null;
  @Field(() => String, { nullable: true, description: 'Part of the reference number.' }) referenceNumber?:
    | string
    | null;
  @Field(() => ID, { nullable: true }) themeId?: string | null;
  @Field(() => String, { nullable: true, description: 'Words in the title or the text.' }) text?:
    | string
    | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => DayScalar, { nullable: true, description: 'First day (Europe/Brussels).' }) sentFrom?:
    | string
    | null;
  @Field(() => DayScalar, { nullable: true, description: 'Last day (Europe/Brussels).' }) sentTo?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: "Part of the sender's name." }) sender?: string | null;
  @Field(() => String, {
    nullable: true,
    description: "Part of the addressee's name: the team (Dutch or English name) or the handler.",
  })
  recipient?: string | null;
  @Field(() => Boolean, { nullable: true }) hasAttachments?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'true: unread only; false: read only.' }) unread?:
    | boolean
    | null;
}

@InputType()
export class StaffInboxFilterInput {
  @Field(() => ID, { nullable: true, description: 'Default: your own teams.' }) teamId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Every team (read access is department-wide).' })
  allTeams?: boolean | null;
  @Field(() => ID, { nullable: true }) themeId?: string | null;
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The organisation wrote last.' }) unanswered?:
    | boolean
    | null;
  @Field(() => ID, { nullable: true }) assignedHandlerId?: string | null;
  @Field(() => Boolean, { nullable: true }) unassigned?: boolean | null;
  @Field(() => String, { nullable: true }) referenceNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'Words in the title or in any message of the thread.' })
  text?: string | null;
}

@InputType()
export class NewThreadContactInput {
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field({
    description: 'Also a standard contact of the theme (added to the contacts, confirmation mailed).',
  })
  standard!: boolean;
}

@InputType()
export class ThreadContactUpdateInput {
  @Field(() => ID) id!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
  @Field() email!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@InputType({ description: 'Changes to the Contactdetails, saved with the message.' })
export class ThreadContactChangesInput {
  @Field(() => [NewThreadContactInput], { nullable: true }) add?: NewThreadContactInput[] | null;
  @Field(() => [ThreadContactUpdateInput], { nullable: true }) update?: ThreadContactUpdateInput[] | null;
  @Field(() => [ID], { nullable: true, description: 'Removed from this thread only.' }) remove?:
    | string[]
    | null;
}

@InputType()
export class SendMessageInput {
  @Field({ description: 'Generated by the client once per message: a retry yields the same message.' })
  clientKey!: string;
  @Field(() => ID) themeId!: string;
  @Field() title!: string;
  @Field() @MaxLength(BODY_MAX) body!: string;
  @Field(() => [ID], { nullable: true }) attachmentIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: "A team picked in 'Hulp nodig?'." }) teamId?: string | null;
  @Field(() => ID, { nullable: true, description: "A handler picked in 'Hulp nodig?'." }) handlerId?:
    | string
    | null;
  @Field(() => ThreadContactChangesInput, { nullable: true }) contacts?: ThreadContactChangesInput | null;
  @Field(() => Boolean, { nullable: true }) acknowledgePrivacyWarning?: boolean | null;
}

@InputType()
export class ReplyInput {
  @Field() clientKey!: string;
  @Field() referenceNumber!: string;
  @Field() @MaxLength(BODY_MAX) body!: string;
  @Field(() => [ID], { nullable: true }) attachmentIds?: string[] | null;
  @Field(() => ThreadContactChangesInput, { nullable: true }) contacts?: ThreadContactChangesInput | null;
  @Field(() => Boolean, { nullable: true }) acknowledgePrivacyWarning?: boolean | null;
}

@InputType()
export class StaffSendMessageInput {
  @Field() clientKey!: string;
  @Field(() => ID) organisationId!: string;
  @Field(() => ID) themeId!: string;
  @Field() title!: string;
  @Field() @MaxLength(BODY_MAX) body!: string;
  @Field(() => [ID], { nullable: true }) attachmentIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) acknowledgePrivacyWarning?: boolean | null;
}
