// GraphQL door to the tickets module: thin; authorise, call the services, map results.
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
import type { Result } from '../../domain/errors.js';
import { isStaff } from '../../domain/viewer.js';
import { attachmentStorage } from '../../files/storage.js';
import { Parent } from '../../graphql/parent.js';
import { CursorScalar, DayScalar } from '../../graphql/scalars.js';
import { selectedFields, selectedFieldsAt } from '../../graphql/selection.js';
import { Topic } from '../../graphql/topics.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { errorMessage } from '../../i18n/messages.js';
import { User } from '../accounts/account.types.js';
import { MailRateLimit } from '../accounts/rate-limits.js';
import { Attachment } from '../messages/message.types.js';
import { Organisation } from '../organisations/organisation.types.js';
import { localDate } from '../sla/business-time.js';
import type { SlaState as SlaStateValue } from '../sla/sla-clock.js';
import { ticketLoaders } from './ticket.loaders.js';
import type { TicketEvent, TicketRow } from './ticket.rows.js';
import {
  customerTickets,
  getTicket,
  queueCounts,
  referenceList,
  staffTickets,
  ticketEntries,
} from './ticket.service.js';
import type { TicketUpdatedEvent } from './ticket.topics.js';
import {
  CreateTicketInput,
  CreateTicketPayload,
  RegisterTicketInput,
  SetTicketStatusInput,
  SlaState,
  StaffTicketFilterInput,
  Ticket,
  TicketConnection,
  TicketEntry,
  TicketEventData,
  TicketFilterInput,
  TicketOption,
  TicketParticipant,
  TicketPayload,
  TicketQueue,
  TicketQueueCount,
  TicketReplyInput,
  TicketSort,
  TicketStatus,
  TicketView,
  UpdateTicketDetailsInput,
} from './ticket.types.js';
import type { PageParts } from './ticket-page.js';
import { allowedMoves } from './ticket-status.js';
import {
  addTicketNote,
  addTicketParticipant,
  assignTicket,
  type CreateResult,
  createTicket,
  mergeTicket,
  moveTicketQueue,
  registerTicket,
  removeTicketAttachment,
  replyToTicket,
  setTicketLabels,
  setTicketNotifications,
  setTicketStatus,
  updateTicketDetails,
} from './ticket-work.service.js';

function payload(ctx: Ctx, result: Result<TicketRow>): TicketPayload {
  return result.ok
    ? { errors: [], ticket: result.value as Ticket }
    : { errors: toUserErrors(ctx.lang, result.errors), ticket: null };
}

function createPayload(ctx: Ctx, result: CreateResult): CreateTicketPayload {
  if (result.ok) return { errors: [], privacyWarnings: [], ticket: result.value as Ticket };
  return {
    errors: toUserErrors(ctx.lang, result.errors),
    privacyWarnings: result.privacyWarnings.map((w) => ({
      ...w,
      message: errorMessage(ctx.lang, `PRIVACY_${w.kind}`, { masked: w.masked }),
    })),
    ticket: null,
  } as CreateTicketPayload;
}

const STAFF = ['AGENT', 'DEPARTMENT_ADMIN'] as const;

/** What a ticket list reads in its page's statement: the count and the relations the operation selects. */
function pageParts(info: GraphQLResolveInfo): PageParts {
  const list = selectedFields(info);
  const row = selectedFieldsAt(info, ['edges', 'node']);
  return {
    count: list.has('totalCount') || list.has('totalCountCapped'),
    organisation: row.has('organisation'),
    queue: row.has('queue'),
  };
}

@Resolver(() => Ticket)
export class TicketResolver {
  @Authorized()
  @Query(() => Ticket, {
    description: 'A ticket by number or id; NOT_FOUND when it does not exist or you may not see it.',
  })
  ticket(
    @Context() ctx: Ctx,
    @Arg('number', () => String, { nullable: true }) number?: string,
    @Arg('id', () => ID, { nullable: true }) id?: string,
  ): Promise<Ticket> {
    return getTicket(ctx, { id, number }) as Promise<Ticket>;
  }

  @Authorized()
  @Query(() => TicketConnection, {
    description: "The organisation's tickets you may see: a MEMBER their own and those they take part in.",
  })
  tickets(
    @Context() ctx: Ctx,
    @Info() info: GraphQLResolveInfo,
    @Arg('view', () => TicketView, { defaultValue: TicketView.OPEN }) view: TicketView,
    @Arg('filter', () => TicketFilterInput, { nullable: true }) filter?: TicketFilterInput,
    @Arg('sort', () => TicketSort, { defaultValue: TicketSort.UPDATED }) sort?: TicketSort,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
    @Arg('last', () => Int, { nullable: true }) last?: number,
    @Arg('before', () => CursorScalar, { nullable: true }) before?: string,
  ) {
    return customerTickets(
      ctx,
      view,
      filter ?? {},
      sort ?? TicketSort.UPDATED,
      { first, after, last, before },
      pageParts(info),
    );
  }

  @Authorized(...STAFF)
  @Query(() => TicketConnection, { description: 'Staff: every ticket, by queue, assignee and filters.' })
  staffTickets(
    @Context() ctx: Ctx,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => StaffTicketFilterInput, { nullable: true }) filter?: StaffTicketFilterInput,
    @Arg('sort', () => TicketSort, { defaultValue: TicketSort.UPDATED }) sort?: TicketSort,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
    @Arg('last', () => Int, { nullable: true }) last?: number,
    @Arg('before', () => CursorScalar, { nullable: true }) before?: string,
  ) {
    return staffTickets(
      ctx,
      filter ?? {},
      sort ?? TicketSort.UPDATED,
      { first, after, last, before },
      pageParts(info),
    );
  }

  @Authorized(...STAFF)
  @Query(() => [TicketQueueCount], { description: 'Staff: every queue with its number of open tickets.' })
  ticketQueueCounts(@Context() ctx: Ctx) {
    return queueCounts(ctx);
  }

  @Authorized()
  @Query(() => [TicketOption], {
    description:
      'The categories a ticket can have (mandatory on a new ticket): the active ones in their order; staff may ask for the inactive ones too (last).',
  })
  ticketCategories(
    @Context() ctx: Ctx,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
  ) {
    return referenceList(ctx, 'ticket_category', includeInactive);
  }

  @Authorized()
  @Query(() => [TicketOption], { description: 'The support types (reference 003).' })
  ticketSupportTypes(@Context() ctx: Ctx) {
    return referenceList(ctx, 'ticket_support_type');
  }

  @Authorized()
  @Query(() => [TicketOption], { description: 'Labels: staff see all, organisations those shown to them.' })
  ticketLabels(@Context() ctx: Ctx) {
    return referenceList(ctx, 'ticket_label');
  }

  // --- fields

  @FieldResolver(() => TicketOption)
  async category(@Parent() t: Ticket, @Context() ctx: Ctx) {
    return (await ticketLoaders(ctx).references()).categories.get(t.categoryId);
  }

  @FieldResolver(() => TicketOption)
  async supportType(@Parent() t: Ticket, @Context() ctx: Ctx) {
    return (await ticketLoaders(ctx).references()).supportTypes.get(t.supportTypeId);
  }

  @FieldResolver(() => TicketQueue, { description: 'With the explanation for the customer.' })
  queue(@Parent() t: Ticket, @Context() ctx: Ctx) {
    return ticketLoaders(ctx).queue.load(t.queueId);
  }

  @FieldResolver(() => [TicketOption], { description: 'Organisations see only labels shown to customers.' })
  labels(@Parent() t: Ticket, @Context() ctx: Ctx) {
    return ticketLoaders(ctx).labels.load(t.id);
  }

  @FieldResolver(() => Organisation)
  async organisation(@Parent() t: Ticket, @Context() ctx: Ctx): Promise<Organisation> {
    return (await ctx.loaders.organisation.load(t.organisationId)) as Organisation;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null for a requester known only by address.' })
  requester(@Parent() t: Ticket, @Context() ctx: Ctx): Promise<User | null> {
    return t.requesterId
      ? (ctx.loaders.user.load(t.requesterId) as Promise<User | null>)
      : Promise.resolve(null);
  }

  @FieldResolver(() => User, { nullable: true })
  assignee(@Parent() t: Ticket, @Context() ctx: Ctx): Promise<User | null> {
    return t.assigneeId
      ? (ctx.loaders.user.load(t.assigneeId) as Promise<User | null>)
      : Promise.resolve(null);
  }

  @FieldResolver(() => Ticket, { nullable: true, description: 'The ticket this duplicate was merged into.' })
  async mergedInto(@Parent() t: Ticket, @Context() ctx: Ctx): Promise<Ticket | null> {
    if (!t.mergedIntoId) return null;
    return (getTicket(ctx, { id: t.mergedIntoId }) as Promise<Ticket>).catch(() => null);
  }

  @FieldResolver(() => Ticket, { nullable: true, description: 'The closed ticket this one follows up on.' })
  async previousTicket(@Parent() t: Ticket, @Context() ctx: Ctx): Promise<Ticket | null> {
    if (!t.previousTicketId) return null;
    return (getTicket(ctx, { id: t.previousTicketId }) as Promise<Ticket>).catch(() => null);
  }

  @FieldResolver(() => [TicketEntry], { description: 'Oldest first; internal notes only for staff.' })
  entries(@Parent() t: Ticket, @Context() ctx: Ctx) {
    return ticketEntries(ctx, t as unknown as TicketRow);
  }

  @FieldResolver(() => [TicketParticipant])
  participants(@Parent() t: Ticket, @Context() ctx: Ctx) {
    return ticketLoaders(ctx).participants.load(t.id);
  }

  @FieldResolver(() => Boolean, { description: 'You receive its mails (false after "Geen meldingen meer").' })
  async notifyMe(@Parent() t: Ticket, @Context() ctx: Ctx): Promise<boolean> {
    const me = ctx.viewer.kind === 'user' ? ctx.viewer.userId : '';
    const mine = (await ticketLoaders(ctx).participants.load(t.id)).find((p) => p.userId === me);
    return mine?.notify ?? false;
  }

  @FieldResolver(() => [TicketStatus], { description: 'The statuses staff may set from here.' })
  allowedStatuses(@Parent() t: Ticket, @Context() ctx: Ctx): TicketStatus[] {
    return isStaff(ctx.viewer) ? (allowedMoves(t.status, 'STAFF') as TicketStatus[]) : [];
  }

  @FieldResolver(() => SlaState, {
    nullable: true,
    description:
      'Staff: the service level of the targets still running (a paused resolution keeps its state). Null for organisations and when no target runs.',
  })
  slaState(@Parent() t: Ticket, @Context() ctx: Ctx): SlaStateValue | null {
    return isStaff(ctx.viewer) ? t.slaState : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Staff: business minutes the resolution clock stood still in pauses that ended (a running pause counts once it ends). Null for organisations.',
  })
  clockPausedMinutes(@Parent() t: Ticket, @Context() ctx: Ctx): number | null {
    return isStaff(ctx.viewer) ? t.clockPausedMinutes : null;
  }

  @FieldResolver(() => DayScalar, {
    nullable: true,
    description:
      "What the customer may expect (003): the agent's expectedResolutionOn when set, else the day the resolution is due; null while the clock is paused or without target.",
  })
  expectedResolutionDate(@Parent() t: Ticket): string | null {
    if (t.expectedResolutionOn) return t.expectedResolutionOn;
    if (!t.resolutionDueAt || t.clockPaused || t.status === 'RESOLVED' || t.status === 'CLOSED') return null;
    return localDate(t.resolutionDueAt, 'Europe/Brussels');
  }

  // --- mutations

  @Authorized('ADMIN', 'MEMBER', 'MEMBER_PLUS')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => CreateTicketPayload, { description: "A new ticket ('Verstuur ticket' or 'Hulp nodig?')." })
  async createTicket(@Arg('input') input: CreateTicketInput, @Context() ctx: Ctx) {
    return createPayload(ctx, await createTicket(ctx, input));
  }

  @Authorized(...STAFF)
  @UseMiddleware(MailRateLimit)
  @Mutation(() => CreateTicketPayload, { description: 'Staff: register a ticket taken by phone or mail.' })
  async registerTicket(@Arg('input') input: RegisterTicketInput, @Context() ctx: Ctx) {
    return createPayload(ctx, await registerTicket(ctx, input));
  }

  @Authorized()
  @UseMiddleware(MailRateLimit)
  @Mutation(() => TicketPayload, { description: 'A public reply, by either side.' })
  async replyToTicket(@Arg('input') input: TicketReplyInput, @Context() ctx: Ctx) {
    return payload(ctx, await replyToTicket(ctx, input));
  }

  @Authorized('ADMIN', 'MEMBER', 'MEMBER_PLUS')
  @UseMiddleware(MailRateLimit)
  @Mutation(() => TicketPayload, {
    description: "Ask to close the ticket; the body gives the reason ('000').",
  })
  async requestTicketClose(@Arg('input') input: TicketReplyInput, @Context() ctx: Ctx) {
    return payload(ctx, await replyToTicket(ctx, { ...input, closeRequest: true }));
  }

  @Authorized(...STAFF)
  @Mutation(() => TicketPayload, { description: 'Staff: an internal note, never shown to the organisation.' })
  async addTicketNote(@Arg('input') input: TicketReplyInput, @Context() ctx: Ctx) {
    return payload(ctx, await addTicketNote(ctx, input));
  }

  @Authorized(...STAFF)
  @UseMiddleware(MailRateLimit)
  @Mutation(() => TicketPayload, {
    description: 'Staff: set the status (see TicketStatus and allowedStatuses).',
  })
  async setTicketStatus(@Arg('input') input: SetTicketStatusInput, @Context() ctx: Ctx) {
    return payload(ctx, await setTicketStatus(ctx, input));
  }

  @Authorized(...STAFF)
  @Mutation(() => TicketPayload, { description: 'Staff: assign to a staff member (null: unassign).' })
  async assignTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('assigneeId', () => ID, { nullable: true }) assigneeId: string | null,
    @Context() ctx: Ctx,
  ) {
    return payload(ctx, await assignTicket(ctx, { ticketId, assigneeId: assigneeId ?? null }));
  }

  @Authorized(...STAFF)
  @Mutation(() => TicketPayload, { description: 'Staff: move the ticket to another queue.' })
  async moveTicketQueue(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('queueId', () => ID) queueId: string,
    @Context() ctx: Ctx,
  ) {
    return payload(ctx, await moveTicketQueue(ctx, { ticketId, queueId }));
  }

  @Authorized(...STAFF)
  @Mutation(() => TicketPayload, { description: 'Staff: category, type, planned version, expected date.' })
  async updateTicketDetails(@Arg('input') input: UpdateTicketDetailsInput, @Context() ctx: Ctx) {
    return payload(ctx, await updateTicketDetails(ctx, input));
  }

  @Authorized(...STAFF)
  @Mutation(() => TicketPayload, {
    description:
      "Staff: remove a ticket's attachment with a reason ('002' §3, privacy incident): the file and the raw mail it came with are erased from storage; the timeline shows the removal and the reason.",
  })
  async removeTicketAttachment(
    @Arg('attachmentId', () => ID) attachmentId: string,
    @Arg('reason') reason: string,
    @Context() ctx: Ctx,
  ) {
    return payload(
      ctx,
      await removeTicketAttachment(ctx, attachmentStorage(ctx.app.config), { attachmentId, reason }),
    );
  }

  @Authorized(...STAFF)
  @Mutation(() => TicketPayload, { description: "Staff: the ticket's labels (replaces them)." })
  async setTicketLabels(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('labelIds', () => [ID]) labelIds: string[],
    @Context() ctx: Ctx,
  ) {
    return payload(ctx, await setTicketLabels(ctx, { ticketId, labelIds }));
  }

  @Authorized()
  @Mutation(() => TicketPayload, {
    description: "Your mails of this ticket on or off ('Geen meldingen meer').",
  })
  async setTicketNotifications(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('notify') notify: boolean,
    @Context() ctx: Ctx,
  ) {
    return payload(ctx, await setTicketNotifications(ctx, { ticketId, notify }));
  }

  @Authorized()
  @Mutation(() => TicketPayload, {
    description: 'Adds a colleague (or, staff, a staff member) to the ticket.',
  })
  async addTicketParticipant(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('userId', () => ID) userId: string,
    @Context() ctx: Ctx,
  ) {
    return payload(ctx, await addTicketParticipant(ctx, { ticketId, userId }));
  }

  @Authorized(...STAFF)
  @UseMiddleware(MailRateLimit)
  @Mutation(() => TicketPayload, {
    description: 'Staff: merge a duplicate into another ticket of the same organisation; returns the target.',
  })
  async mergeTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('intoTicketId', () => ID) intoTicketId: string,
    @Context() ctx: Ctx,
  ) {
    return payload(ctx, await mergeTicket(ctx, { ticketId, intoTicketId }));
  }

  // --- live

  @Authorized()
  @Subscription(() => Ticket, {
    description: 'One ticket as it changes (entry, status, assignment); re-read under your own rights.',
    subscribe: async ({ args, context }) => {
      const ctx = context as Ctx;
      const { viewer, app } = ctx;
      const { id } = args as { id: string };
      // NOT_FOUND up front for a ticket one may not see: not even the fact that it changes is told.
      await getTicket(ctx, { id });
      const organisationId = viewer.kind === 'user' ? viewer.organisationId : null;
      const staff = isStaff(viewer);
      return app.pubsub.subscribe(Topic.TicketUpdated, (e) => {
        if (e.ticketId !== id) return false;
        if (staff) return true;
        return !e.internal && organisationId !== null && e.organisationId === organisationId;
      });
    },
  })
  ticketUpdated(
    @Parent() event: TicketUpdatedEvent,
    @Context() ctx: Ctx,
    @Arg('id', () => ID) _id: string,
  ): Promise<Ticket> {
    return getTicket(ctx, { id: event.ticketId }) as Promise<Ticket>;
  }

  @Authorized(...STAFF)
  @Subscription(() => [TicketQueueCount], {
    description: 'Staff: the queue counts, whenever tickets enter, leave or change in a queue.',
    subscribe: ({ context }) => {
      const { viewer, app } = context as Ctx;
      const staff = isStaff(viewer);
      return app.pubsub.subscribe(Topic.TicketQueueChanged, () => staff);
    },
  })
  ticketQueueChanged(@Context() ctx: Ctx) {
    return queueCounts(ctx);
  }
}

@Resolver(() => TicketOption)
export class TicketOptionResolver {
  @FieldResolver(() => String, { description: "Name in the viewer's language." })
  name(@Parent() o: TicketOption, @Context() ctx: Ctx): string {
    return ctx.lang === 'en' ? o.nameEn : o.nameNl;
  }
}

@Resolver(() => TicketQueue)
export class TicketQueueResolver {
  @FieldResolver(() => String, { description: "Name in the viewer's language." })
  name(@Parent() q: TicketQueue, @Context() ctx: Ctx): string {
    return ctx.lang === 'en' ? q.nameEn : q.nameNl;
  }

  @FieldResolver(() => String, {
    description: 'What the queue means for the customer (shown on the ticket).',
  })
  explanation(@Parent() q: TicketQueue, @Context() ctx: Ctx): string {
    return ctx.lang === 'en' ? q.explanationEn : q.explanationNl;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The reaction the customer may expect.' })
  expectedReaction(@Parent() q: TicketQueue, @Context() ctx: Ctx): string | null {
    return ctx.lang === 'en' ? q.expectedReactionEn : q.expectedReactionNl;
  }
}

@Resolver(() => TicketEntry)
export class TicketEntryResolver {
  @FieldResolver(() => User, { nullable: true })
  author(@Parent() e: TicketEntry, @Context() ctx: Ctx): Promise<User | null> {
    return e.authorId ? (ctx.loaders.user.load(e.authorId) as Promise<User | null>) : Promise.resolve(null);
  }

  @FieldResolver(() => [Attachment], { description: 'Files (download: GET /attachments/:id).' })
  attachments(@Parent() e: TicketEntry, @Context() ctx: Ctx): Promise<Attachment[]> {
    return ticketLoaders(ctx).attachments.load(e.id);
  }

  @FieldResolver(() => TicketEventData, { nullable: true, description: 'Set for EVENT entries.' })
  event(@Parent() e: TicketEntry): TicketEventData | null {
    const event = e.event as TicketEvent | null;
    if (!event) return null;
    return {
      type: event.type,
      from: 'from' in event ? event.from : null,
      to: 'to' in event ? event.to : null,
      number: 'number' in event ? event.number : null,
      fields: 'fields' in event ? event.fields : null,
      fileName: 'fileName' in event ? event.fileName : null,
      reason: 'reason' in event ? event.reason : null,
    };
  }
}

@Resolver(() => TicketParticipant)
export class TicketParticipantResolver {
  @FieldResolver(() => User)
  async user(@Parent() p: TicketParticipant, @Context() ctx: Ctx): Promise<User> {
    return (await ctx.loaders.user.load(p.userId)) as User;
  }
}
