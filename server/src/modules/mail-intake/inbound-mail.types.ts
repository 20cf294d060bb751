// GraphQL types of staff's side of the email intake.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';
import { INBOUND_STATUSES } from './inbound-mail.service.js';

export const InboundMailStatus = graphqlEnum(INBOUND_STATUSES, {
  name: 'InboundMailStatus',
  description:
    'What a received mail became: TICKET (new ticket), REPLY (entry on a ticket), QUARANTINED (failed a check), TO_LINK (unknown sender, Te koppelen), IGNORED (automatic mail or bounce), DISCARDED (by staff).',
});

@ObjectType({ description: 'A mail the email intake received (staff only).' })
export class InboundMail {
  @Field(() => ID) id!: string;
  @Field(() => InboundMailStatus) status!: (typeof INBOUND_STATUSES)[number];
  @Field(() => String, { nullable: true, description: 'Why it is held, or how it was threaded.' })
  reason!: string | null;
  @Field({ description: 'The From address.' }) sender!: string;
  @Field() subject!: string;
  @Field(() => [String]) recipients!: string[];
  @Field() receivedAt!: Date;
  @Field(() => Int) sizeBytes!: number;
  @Field(() => ID, { nullable: true }) ticketId!: string | null;
  @Field(() => String, { nullable: true }) ticketNumber!: string | null;
  @Field(() => [String], { description: 'What the privacy guard found (kinds).' }) privacyFindings!: string[];
  @Field(() => String, { nullable: true, description: 'The label the privacy guard suggests (a code).' })
  suggestedLabel!: string | null;
  @Field({ description: 'Where staff download the raw mail (message/rfc822).' })
  downloadPath(): string {
    return `/inbound-mails/${this.id}/raw`;
  }
}

@ObjectType()
export class InboundMailConnection extends ConnectionType(InboundMail, 'InboundMail') {}

@InputType()
export class ReplayInboundMailInput {
  @Field(() => ID) id!: string;
  @Field(() => ID, {
    nullable: true,
    description: "Required when the sender's address is not known: the organisation the mail belongs to.",
  })
  organisationId?: string | null;
}

@InputType()
export class DiscardInboundMailInput {
  @Field(() => ID) id!: string;
  @Field() reason!: string;
}

@ObjectType()
export class InboundMailPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => InboundMail, { nullable: true }) inboundMail!: InboundMail | null;
}
