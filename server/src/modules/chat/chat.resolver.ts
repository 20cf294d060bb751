// GraphQL door to the office-hours chat: the offer, the customer's running chat, the staff's live list,
// start / take / write / end, and one subscription per side. Thin: the rules are in chat.service.ts.
import {
  Arg,
  Authorized,
  Ctx as Context,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Subscription,
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import type { Result } from '../../domain/errors.js';
import { isStaff } from '../../domain/viewer.js';
import { Parent } from '../../graphql/parent.js';
import { Topic } from '../../graphql/topics.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { User } from '../accounts/account.types.js';
import { Organisation } from '../organisations/organisation.types.js';
import {
  type ChatRow,
  chatMessages,
  chatTicketNumber,
  currentChatHours,
  endChat,
  getChat,
  isChatAgentAvailable,
  runningChat,
  sendChatMessage,
  setChatAgentAvailable,
  staffChats,
  startChat,
  takeChat,
} from './chat.service.js';
import type { ChatChangedEvent } from './chat.topics.js';
import {
  Chat,
  ChatAvailability,
  ChatMessage,
  ChatPayload,
  EndChatInput,
  SendChatMessageInput,
  StartChatInput,
} from './chat.types.js';
import { chatOffered } from './chat-hours.js';
import { customerPresent, untilCustomerLeaves } from './chat-presence.js';

const STAFF = ['AGENT', 'DEPARTMENT_ADMIN'] as const;

const asChat = (row: ChatRow) => Object.assign(new Chat(), row);

function payload(ctx: Ctx, result: Result<ChatRow>): ChatPayload {
  return result.ok
    ? { errors: [], chat: asChat(result.value) }
    : { errors: toUserErrors(ctx.lang, result.errors), chat: null };
}

@Resolver(() => Chat)
export class ChatResolver {
  @Authorized()
  @Query(() => ChatAvailability, { description: 'Whether the chat is offered now, and when the desk opens.' })
  async chatAvailability(@Context() ctx: Ctx): Promise<ChatAvailability> {
    const hours = await currentChatHours(ctx);
    return { ...hours, offered: chatOffered(hours) };
  }

  @Authorized()
  @Query(() => Chat, { nullable: true, description: 'Organisation user: your chat that has not ended yet.' })
  async runningChat(@Context() ctx: Ctx): Promise<Chat | null> {
    const chat = await runningChat(ctx);
    return chat ? asChat(chat) : null;
  }

  @Authorized()
  @Query(() => Chat, { description: 'A chat of yours (staff: any); NOT_FOUND otherwise.' })
  async chat(@Context() ctx: Ctx, @Arg('id', () => ID) id: string): Promise<Chat> {
    return asChat(await getChat(ctx, id));
  }

  @Authorized(...STAFF)
  @Query(() => [Chat], { description: 'Staff: chats waiting for an agent (oldest first), then your own.' })
  async staffChats(@Context() ctx: Ctx): Promise<Chat[]> {
    return (await staffChats(ctx)).map(asChat);
  }

  @Authorized(...STAFF)
  @Query(() => Boolean, { description: 'Staff: whether you take chats now.' })
  chatAgentAvailable(@Context() ctx: Ctx): Promise<boolean> {
    return isChatAgentAvailable(ctx);
  }

  @Authorized(...STAFF)
  @Mutation(() => Boolean, { description: 'Staff: say whether you take chats now.' })
  setChatAgentAvailable(@Context() ctx: Ctx, @Arg('available') available: boolean): Promise<boolean> {
    return setChatAgentAvailable(ctx, available);
  }

  @Authorized()
  @Mutation(() => ChatPayload, {
    description: 'Organisation user: start a chat (refused outside business hours or with no agent).',
  })
  async startChat(
    @Context() ctx: Ctx,
    @Arg('input', () => StartChatInput) input: StartChatInput,
  ): Promise<ChatPayload> {
    return payload(ctx, await startChat(ctx, input));
  }

  @Authorized(...STAFF)
  @Mutation(() => ChatPayload, { description: 'Staff: take a waiting chat.' })
  async takeChat(@Context() ctx: Ctx, @Arg('chatId', () => ID) chatId: string): Promise<ChatPayload> {
    return payload(ctx, await takeChat(ctx, chatId));
  }

  @Authorized()
  @Mutation(() => ChatPayload, { description: 'Write in a chat: its customer, or the agent who took it.' })
  async sendChatMessage(
    @Context() ctx: Ctx,
    @Arg('input', () => SendChatMessageInput) input: SendChatMessageInput,
  ): Promise<ChatPayload> {
    return payload(ctx, await sendChatMessage(ctx, input));
  }

  @Authorized()
  @Mutation(() => ChatPayload, {
    description: 'End the chat: it is registered as a ticket (channel CHAT) with the transcript.',
  })
  async endChat(
    @Context() ctx: Ctx,
    @Arg('input', () => EndChatInput) input: EndChatInput,
  ): Promise<ChatPayload> {
    return payload(ctx, await endChat(ctx, input));
  }

  @Authorized()
  @Subscription(() => Chat, {
    description: 'One chat as it changes (taken, a message, ended); its customer and staff only.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Ctx;
      const { id } = args as { id: string };
      // NOT_FOUND up front for a chat one may not see.
      const chat = await getChat(ctx, id);
      const events = ctx.app.pubsub.subscribe(
        Topic.ChatChanged,
        (e) => e.chatId === chat.id && e.organisationId === chat.organisationId,
      );
      // The customer following a running chat: present now, gone when the last of these streams ends.
      if (ctx.viewer.kind !== 'user' || chat.customerId !== ctx.viewer.userId || chat.status === 'ENDED')
        return events;
      await customerPresent(ctx, chat.id);
      return untilCustomerLeaves(ctx.app, chat.id, events);
    },
  })
  async chatUpdated(
    @Parent() event: ChatChangedEvent,
    @Context() ctx: Ctx,
    @Arg('id', () => ID) _id: string,
  ): Promise<Chat> {
    return asChat(await getChat(ctx, event.chatId));
  }

  @Authorized(...STAFF)
  @Subscription(() => [Chat], {
    description: 'Staff: the waiting chats and your own, whenever a chat starts, is taken or ends.',
    subscribe: ({ context }) => {
      const { viewer, app } = context as Ctx;
      const staff = isStaff(viewer);
      return app.pubsub.subscribe(Topic.ChatQueueChanged, () => staff);
    },
  })
  async staffChatsChanged(@Context() ctx: Ctx): Promise<Chat[]> {
    return (await staffChats(ctx)).map(asChat);
  }

  @FieldResolver(() => [ChatMessage], { description: 'Oldest first.' })
  async messages(@Parent() chat: Chat, @Context() ctx: Ctx): Promise<ChatMessage[]> {
    const rows = await chatMessages(ctx, chat);
    return rows.map((m) => Object.assign(new ChatMessage(), m));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The ticket the chat became, once ended.' })
  ticketNumber(@Parent() chat: Chat, @Context() ctx: Ctx): Promise<string | null> {
    return chatTicketNumber(ctx, chat);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Staff: who asks.' })
  customer(@Parent() chat: Chat, @Context() ctx: Ctx): Promise<User | null> {
    return ctx.loaders.user.load(chat.customerId) as Promise<User | null>;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Parent() chat: Chat, @Context() ctx: Ctx): Promise<Organisation | null> {
    return ctx.loaders.organisation.load(chat.organisationId) as Promise<Organisation | null>;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The agent's first name (customers see no more of the department).",
  })
  async agentName(@Parent() chat: Chat, @Context() ctx: Ctx): Promise<string | null> {
    if (!chat.agentId) return null;
    const agent = await ctx.loaders.user.load(chat.agentId).catch(() => null);
    return agent?.firstName ?? null;
  }
}

@Resolver(() => ChatMessage)
export class ChatMessageResolver {
  @FieldResolver({ description: 'Written by you.' })
  mine(@Parent() m: ChatMessage, @Context() ctx: Ctx): boolean {
    return ctx.viewer.kind === 'user' && m.authorId === ctx.viewer.userId;
  }
}
