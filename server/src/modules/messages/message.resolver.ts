// GraphQL door to the Berichtenmodule: thin; authorise, call the services, map results.

import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx as Context,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Subscription,
  UseMiddleware,
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import { isStaff } from '../../domain/viewer.js';
import { Parent } from '../../graphql/parent.js';
import { CursorScalar } from '../../graphql/scalars.js';
import { selectedFields } from '../../graphql/selection.js';
import { Topic } from '../../graphql/topics.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { errorMessage } from '../../i18n/messages.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../lists/keyset.js';
import { User } from '../accounts/account.types.js';
import { MailRateLimit } from '../accounts/rate-limits.js';
import { Team, Theme } from '../department/department.types.js';
import { Organisation } from '../organisations/organisation.types.js';
import { erasedPersonName } from '../privacy/privacy.texts.js';
import {
  getMessage,
  listMessages,
  markThreadRead,
  messageCounts,
  organisationInScope,
  readThread,
} from './message.service.js';
import type { MessageAddedEvent, MessagesReadEvent } from './message.topics.js';
import {
  AssignThreadPayload,
  Attachment,
  Message,
  MessageConnection,
  MessageCounts,
  MessageFilterInput,
  Recipient,
  ReplyInput,
  SendMessageInput,
  SendMessagePayload,
  StaffInboxFilterInput,
  StaffSendMessageInput,
  Thread,
  ThreadConnection,
  ThreadContact,
} from './message.types.js';
import { replyToThread, type SendResult, sendMessage, sendToOrganisation } from './send.service.js';
import { assignThread, staffInbox } from './staff-inbox.service.js';
import { draftThreadContacts } from './thread-contacts.service.js';

/** What of a thread the operation selects that its own statement can read along. */
function threadParts(info: GraphQLResolveInfo) {
  const fields = selectedFields(info);
  return {
    messages: fields.has('messages') || fields.has('latestMessage'),
    contacts: fields.has('contacts'),
  };
}

function sendPayload(ctx: Ctx, result: SendResult): SendMessagePayload {
  if (result.ok) {
    const { message, recipient } = result.value;
    return {
      errors: [],
      privacyWarnings: [],
      message: message as Message,
      recipient: recipient as Recipient,
    };
  }
  return {
    errors: toUserErrors(ctx.lang, result.errors),
    privacyWarnings: result.privacyWarnings.map((w) => ({
      ...w,
      message: errorMessage(ctx.lang, `PRIVACY_${w.kind}`, { masked: w.masked }),
    })),
    message: null,
    recipient: null,
  } as SendMessagePayload;
}

@Resolver(() => Message)
export class MessageResolver {
  @Authorized()
  @Query(() => MessageConnection, {
    description: `The organisation's messages, newest first, a page at a time ('Volgende'/'Vorige'): ${DEFAULT_PAGE_SIZE} unless \`first\` or \`last\` asks for 1 to ${MAX_PAGE_SIZE}.`,
  })
  messages(
    @Context() ctx: Ctx,
    @Arg('filter', () => MessageFilterInput, { nullable: true }) filter?: MessageFilterInput,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
    @Arg('last', () => Int, { nullable: true }) last?: number,
    @Arg('before', () => CursorScalar, { nullable: true }) before?: string,
    @Arg('organisationId', () => ID, { nullable: true, description: 'Staff: whose messages.' })
    organisationId?: string,
  ) {
    const org = organisationInScope(ctx, organisationId);
    return listMessages(ctx, org, filter ?? {}, { first, after, last, before });
  }

  @Authorized()
  @Query(() => MessageCounts, { description: 'Counts for badges.' })
  messageCounts(
    @Context() ctx: Ctx,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId?: string,
  ): Promise<MessageCounts> {
    return messageCounts(ctx, organisationInScope(ctx, organisationId));
  }

  @Authorized()
  @Query(() => Message, { description: "NOT_FOUND for another organisation's message." })
  message(@Arg('id', () => ID) id: string, @Context() ctx: Ctx): Promise<Message> {
    return getMessage(ctx, id) as Promise<Message>;
  }

  @FieldResolver(() => Boolean, { description: 'Read by you.' })
  async read(@Parent() message: Message, @Context() ctx: Ctx): Promise<boolean> {
    return message.read ?? ctx.loaders.messageRead.load(message.id);
  }

  @FieldResolver(() => Theme)
  async theme(@Parent() message: Message, @Context() ctx: Ctx): Promise<Theme> {
    return (await ctx.loaders.theme.load(message.themeId)) as Theme;
  }

  @FieldResolver(() => User, { nullable: true })
  author(@Parent() message: Message, @Context() ctx: Ctx): Promise<User | null> {
    return ctx.loaders.user.load(message.authorId) as Promise<User | null>;
  }

  @FieldResolver(() => Organisation)
  async organisation(@Parent() message: Message, @Context() ctx: Ctx): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(message.organisationId)) as Organisation;
  }

  @FieldResolver(() => Thread)
  async thread(@Parent() message: Message, @Context() ctx: Ctx): Promise<Thread> {
    return (await ctx.loaders.thread.load(message.threadId)) as Thread;
  }

  @FieldResolver(() => [Attachment])
  attachments(@Parent() message: Message, @Context() ctx: Ctx): Promise<Attachment[]> {
    return message.attachmentCount === 0
      ? Promise.resolve([])
      : ctx.loaders.messageAttachments.load(message.id);
  }

  @FieldResolver(() => String, {
    description:
      'Who sent it, as shown in lists, in the viewer\'s language: "An Peeters (Recognition team)"; the department\'s name when no team.',
  })
  async senderLabel(@Parent() message: Message, @Context() ctx: Ctx): Promise<string> {
    // An erased author's stored label is a placeholder: worded in the viewer's language instead.
    const author = message.authorId ? await ctx.loaders.user.load(message.authorId) : null;
    const name = author?.erasedAt ? erasedPersonName[ctx.lang] : message.senderLabel;
    if (message.direction !== 'INBOUND') return name;
    const team = message.senderTeamId ? await ctx.loaders.team.load(message.senderTeamId) : null;
    const by = team ? (ctx.lang === 'en' ? team.nameEn : team.nameNl) : ctx.app.config.departmentName;
    return `${name} (${by})`;
  }

  @FieldResolver(() => Team, { nullable: true })
  addressedTeam(@Parent() message: Message, @Context() ctx: Ctx): Promise<Team | null> {
    return message.addressedTeamId ? ctx.loaders.team.load(message.addressedTeamId) : Promise.resolve(null);
  }

  @FieldResolver(() => User, { nullable: true })
  addressedHandler(@Parent() message: Message, @Context() ctx: Ctx): Promise<User | null> {
    return message.addressedHandlerId
      ? (ctx.loaders.user.load(message.addressedHandlerId) as Promise<User | null>)
      : Promise.resolve(null);
  }

  @Authorized()
  @UseMiddleware(MailRateLimit)
  @Mutation(() => SendMessagePayload, {
    description: "An organisation's new message ('Stuur nieuw bericht').",
  })
  async sendMessage(@Arg('input') input: SendMessageInput, @Context() ctx: Ctx): Promise<SendMessagePayload> {
    return sendPayload(ctx, await sendMessage(ctx, input));
  }

  @Authorized()
  @UseMiddleware(MailRateLimit)
  @Mutation(() => SendMessagePayload, {
    description: "A reply in a thread ('Beantwoorden'), by either side.",
  })
  async replyToThread(@Arg('input') input: ReplyInput, @Context() ctx: Ctx): Promise<SendMessagePayload> {
    return sendPayload(ctx, await replyToThread(ctx, input));
  }

  @Authorized('AGENT', 'DEPARTMENT_ADMIN')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => SendMessagePayload, { description: 'Staff: a new message to an organisation.' })
  async sendMessageToOrganisation(
    @Arg('input') input: StaffSendMessageInput,
    @Context() ctx: Ctx,
  ): Promise<SendMessagePayload> {
    return sendPayload(ctx, await sendToOrganisation(ctx, input));
  }

  @Authorized()
  @Subscription(() => Message, {
    description:
      "Messages as they are sent: an organisation's users get their organisation's (optionally of one theme or thread); staff get every team's or one team's.",
    subscribe: ({ args, context }) => {
      const { viewer, app } = context as Ctx;
      const { themeId, referenceNumber, teamId } = args as {
        themeId?: string;
        referenceNumber?: string;
        teamId?: string;
      };
      const organisationId = viewer.kind === 'user' ? viewer.organisationId : null;
      return app.pubsub.subscribe(Topic.MessageAdded, (e) => {
        if (organisationId !== null ? e.organisationId !== organisationId : !isStaff(viewer)) return false;
        if (themeId && e.themeId !== themeId) return false;
        if (referenceNumber && e.referenceNumber !== referenceNumber) return false;
        if (teamId && e.teamId !== teamId) return false;
        return true;
      });
    },
  })
  messageAdded(
    @Parent() event: MessageAddedEvent,
    @Context() ctx: Ctx,
    @Arg('themeId', () => ID, { nullable: true }) _themeId?: string,
    @Arg('referenceNumber', () => String, { nullable: true }) _referenceNumber?: string,
    @Arg('teamId', () => ID, { nullable: true }) _teamId?: string,
  ): Promise<Message> {
    // Re-read under the subscriber's own scope: a message it may not see is NOT_FOUND, never delivered.
    return getMessage(ctx, event.messageId) as Promise<Message>;
  }

  @Authorized()
  @Subscription(() => MessageCounts, {
    description: 'Your badge counts, whenever a message arrives for your organisation or you read messages.',
    subscribe: ({ context }) => {
      const { viewer, app } = context as Ctx;
      const userId = viewer.kind === 'user' ? viewer.userId : '';
      const organisationId = viewer.kind === 'user' ? viewer.organisationId : null;
      return app.pubsub.subscribe([Topic.MessageAdded, Topic.MessagesRead], (e, topic) =>
        topic === Topic.MessagesRead
          ? (e as MessagesReadEvent).userId === userId
          : organisationId !== null && e.organisationId === organisationId,
      );
    },
  })
  messageCountsChanged(@Context() ctx: Ctx): Promise<MessageCounts> {
    return messageCounts(ctx, organisationInScope(ctx, null));
  }
}

@Resolver(() => Thread)
export class ThreadResolver {
  @Authorized()
  @Query(() => Thread, {
    description: 'A thread by reference number (Berichthistoriek); NOT_FOUND for another organisation.',
  })
  thread(
    @Arg('referenceNumber') referenceNumber: string,
    @Context() ctx: Ctx,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Thread> {
    return readThread(ctx, referenceNumber, threadParts(info));
  }

  @Authorized()
  @Mutation(() => Thread, { description: 'Marks every message of the thread read for you (on opening it).' })
  markThreadRead(
    @Arg('referenceNumber') referenceNumber: string,
    @Context() ctx: Ctx,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Thread> {
    return markThreadRead(ctx, referenceNumber, threadParts(info));
  }

  @Authorized('AGENT', 'DEPARTMENT_ADMIN')
  @Query(() => ThreadConnection, {
    description: 'Staff: threads across organisations, latest activity first.',
  })
  staffInbox(
    @Context() ctx: Ctx,
    @Arg('filter', () => StaffInboxFilterInput, { nullable: true }) filter?: StaffInboxFilterInput,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
    @Arg('last', () => Int, { nullable: true }) last?: number,
    @Arg('before', () => CursorScalar, { nullable: true }) before?: string,
  ) {
    return staffInbox(ctx, filter ?? {}, { first, after, last, before });
  }

  @Authorized('AGENT', 'DEPARTMENT_ADMIN')
  @Mutation(() => AssignThreadPayload, {
    description: 'Staff: assign a thread to a handler of its team (null: unassign).',
  })
  async assignThread(
    @Arg('referenceNumber') referenceNumber: string,
    @Arg('handlerId', () => ID, { nullable: true }) handlerId: string | null,
    @Context() ctx: Ctx,
  ): Promise<AssignThreadPayload> {
    const result = await assignThread(ctx, referenceNumber, handlerId ?? null);
    return result.ok
      ? { errors: [], thread: result.value }
      : { errors: toUserErrors(ctx.lang, result.errors), thread: null };
  }

  @Authorized()
  @Query(() => [ThreadContact], {
    description: "The contacts a new message on this theme starts with: the theme's confirmed contacts.",
  })
  draftThreadContacts(
    @Arg('themeId', () => ID) themeId: string,
    @Context() ctx: Ctx,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId?: string,
  ): Promise<ThreadContact[]> {
    return draftThreadContacts(ctx, organisationInScope(ctx, organisationId), themeId);
  }

  @FieldResolver(() => [Message], { description: 'Every message of both directions, oldest first.' })
  messages(@Parent() thread: Thread, @Context() ctx: Ctx): Promise<Message[]> {
    return ctx.loaders.threadMessages.load(thread.id) as Promise<Message[]>;
  }

  @FieldResolver(() => [ThreadContact], { description: 'Who of the organisation is told of replies.' })
  contacts(@Parent() thread: Thread, @Context() ctx: Ctx): Promise<ThreadContact[]> {
    return ctx.loaders.threadContacts.load(thread.id);
  }

  @FieldResolver(() => Theme)
  async theme(@Parent() thread: Thread, @Context() ctx: Ctx): Promise<Theme> {
    return (await ctx.loaders.theme.load(thread.themeId)) as Theme;
  }

  @FieldResolver(() => Organisation)
  async organisation(@Parent() thread: Thread, @Context() ctx: Ctx): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(thread.organisationId)) as Organisation;
  }

  @FieldResolver(() => Team)
  async team(@Parent() thread: Thread, @Context() ctx: Ctx): Promise<Team> {
    return (await ctx.loaders.team.load(thread.teamId)) as Team;
  }

  @FieldResolver(() => User, { nullable: true })
  assignedHandler(@Parent() thread: Thread, @Context() ctx: Ctx): Promise<User | null> {
    return thread.assignedHandlerId
      ? (ctx.loaders.user.load(thread.assignedHandlerId) as Promise<User | null>)
      : Promise.resolve(null);
  }

  @FieldResolver(() => Boolean, { description: 'The organisation wrote last: the department has to answer.' })
  unanswered(@Parent() thread: Thread): boolean {
    return thread.lastDirection === 'OUTBOUND';
  }

  @FieldResolver(() => Message, { nullable: true })
  async latestMessage(@Parent() thread: Thread, @Context() ctx: Ctx): Promise<Message | null> {
    const messages = await ctx.loaders.threadMessages.load(thread.id);
    return (messages.at(-1) as Message | undefined) ?? null;
  }
}
