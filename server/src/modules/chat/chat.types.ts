// GraphQL shapes of the office-hours chat.
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { MaxLength } from '../../graphql/input-rules.js';
import { UserError } from '../../graphql/user-error.js';
import {
  CHAT_END_REASONS,
  CHAT_MESSAGE_MAX,
  CHAT_STATUSES,
  type ChatEndReason as ChatEndReasonValue,
  type ChatStatus as ChatStatusValue,
} from './chat.service.js';

const ChatStatus = graphqlEnum(CHAT_STATUSES, {
  name: 'ChatStatus',
  description: 'WAITING for an agent, ACTIVE with one, ENDED (registered as a ticket).',
});

const ChatEndReason = graphqlEnum(CHAT_END_REASONS, {
  name: 'ChatEndReason',
  description:
    'Why the chat ended by itself: NOT_TAKEN (no agent took it in time), IDLE (nobody wrote), CUSTOMER_GONE (the customer left the page), DESK_CLOSED (the helpdesk closed).',
});

@ObjectType({ description: 'Whether the chat is offered now, and else when the desk opens.' })
export class ChatAvailability {
  @Field({ description: 'Within business hours (the helpdesk calendar).' }) open!: boolean;
  @Field({ description: 'At least one agent takes chats now.' }) agentsAvailable!: boolean;
  @Field({ description: 'A chat can be started now (open and an agent available).' }) offered!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the desk opens next (now while open).' })
  opensAt!: Date | null;
}

@ObjectType()
export class ChatMessage {
  @Field(() => ID) id!: string;
  @Field() body!: string;
  @Field({ description: 'Written by the agent.' }) byStaff!: boolean;
  @Field() createdAt!: Date;
  authorId!: string | null;
}

@ObjectType({ description: 'An office-hours chat between an organisation user and an agent.' })
export class Chat {
  @Field(() => ID) id!: string;
  @Field(() => ChatStatus) status!: ChatStatusValue;
  @Field({ description: 'The first line of the question.' }) subject!: string;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) takenAt!: Date | null;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field(() => ChatEndReason, { nullable: true, description: 'Set when the chat ended by itself.' })
  endReason!: ChatEndReasonValue | null;
  organisationId!: string;
  customerId!: string;
  agentId!: string | null;
  ticketId!: string | null;
}

@InputType()
export class StartChatInput {
  @Field({ description: 'Makes a retried start harmless.' }) clientKey!: string;
  @Field() @MaxLength(CHAT_MESSAGE_MAX) question!: string;
}

@InputType()
export class SendChatMessageInput {
  @Field(() => ID) chatId!: string;
  @Field() clientKey!: string;
  @Field() @MaxLength(CHAT_MESSAGE_MAX) body!: string;
}

@InputType()
export class EndChatInput {
  @Field(() => ID) chatId!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Agent: the chat solved the question (the ticket becomes Opgelost); else Nieuw.',
  })
  solved?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Agent, when solved: the solution.' })
  @MaxLength(CHAT_MESSAGE_MAX)
  solution?: string | null;
}

@ObjectType()
export class ChatPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => Chat, { nullable: true }) chat!: Chat | null;
}
