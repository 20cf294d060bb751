// GraphQL door to the knowledge base. Reading what is published is open to anonymous callers on purpose
// (003 §2: 'voor iedereen vrij toegankelijk'): those queries carry no @Authorized, and the services and
// the tables' policies limit them to published items. Editing and drafts: DEPARTMENT_ADMIN.
import {
  Arg,
  Authorized,
  Ctx as Context,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Subscription,
} from 'type-graphql';
import type { Ctx } from '../../context.js';
import { CursorScalar, DayScalar } from '../../graphql/scalars.js';
import { Topic } from '../../graphql/topics.js';
import { toUserErrors } from '../../graphql/user-error.js';
import { deflectionReport, recordDeflection } from './deflection.service.js';
import {
  DeflectionPayload,
  DeflectionReport,
  type KbItemKind,
  KnowledgeItem,
  KnowledgeItemConnection,
  KnowledgeItemPayload,
  KnowledgeSearchHitConnection,
  OpenOutageInput,
  Outage,
  OutageConnection,
  OutagePayload,
  RecordDeflectionInput,
  SaveKnowledgeItemInput,
  UpdateOutageInput,
} from './knowledge-base.types.js';
import { getItem, listItems, saveItem, searchArticles } from './knowledge-item.service.js';
import { getOutage, listOutages, openOutage, openOutages, updateOutage } from './outage.service.js';

const ARTICLE: KbItemKind = 'ARTICLE';
const NEWS: KbItemKind = 'NEWS';

@Resolver()
export class KnowledgeBaseResolver {
  @Query(() => KnowledgeItemConnection, {
    description:
      'Public: published articles, most recently updated first. drafts: true adds drafts (DEPARTMENT_ADMIN).',
  })
  knowledgeArticles(
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
    @Arg('category', () => String, { nullable: true }) category?: string,
    @Arg('drafts', () => Boolean, { nullable: true }) drafts?: boolean,
    @Arg('last', () => Int, { nullable: true }) last?: number,
    @Arg('before', () => CursorScalar, { nullable: true }) before?: string,
  ) {
    return listItems(ctx, { kind: ARTICLE, category, drafts }, { first, after, last, before });
  }

  @Query(() => KnowledgeItem, { description: 'Public: one published article (a draft: DEPARTMENT_ADMIN).' })
  knowledgeArticle(@Arg('slug') slug: string, @Context() ctx: Ctx): Promise<KnowledgeItem> {
    return getItem(ctx, ARTICLE, slug);
  }

  @Query(() => KnowledgeSearchHitConnection, {
    description:
      "Public: published articles matching the words, in the viewer's language (Dutch or English stemming), best first, with highlighted snippets.",
  })
  searchKnowledgeBase(
    @Arg('query') query: string,
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
    @Arg('last', () => Int, { nullable: true }) last?: number,
    @Arg('before', () => CursorScalar, { nullable: true }) before?: string,
  ) {
    return searchArticles(ctx, query, { first, after, last, before });
  }

  @Query(() => KnowledgeItemConnection, {
    description:
      'Public: published news, most recently updated first. drafts: true adds drafts (DEPARTMENT_ADMIN).',
  })
  newsItems(
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
    @Arg('drafts', () => Boolean, { nullable: true }) drafts?: boolean,
    @Arg('last', () => Int, { nullable: true }) last?: number,
    @Arg('before', () => CursorScalar, { nullable: true }) before?: string,
  ) {
    return listItems(ctx, { kind: NEWS, drafts }, { first, after, last, before });
  }

  @Query(() => KnowledgeItem, { description: 'Public: one published news item (a draft: DEPARTMENT_ADMIN).' })
  newsItem(@Arg('slug') slug: string, @Context() ctx: Ctx): Promise<KnowledgeItem> {
    return getItem(ctx, NEWS, slug);
  }

  @Query(() => [Outage], { description: 'Public: the outages not yet resolved (the banner), oldest first.' })
  openOutages(@Context() ctx: Ctx): Promise<Outage[]> {
    return openOutages(ctx);
  }

  @Query(() => OutageConnection, { description: 'Public: every outage, newest first.' })
  outages(
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => CursorScalar, { nullable: true }) after?: string,
    @Arg('last', () => Int, { nullable: true }) last?: number,
    @Arg('before', () => CursorScalar, { nullable: true }) before?: string,
  ) {
    return listOutages(ctx, { first, after, last, before });
  }

  @Query(() => Outage, { description: 'Public: one outage with its timeline.' })
  outage(@Arg('outageId', () => ID) outageId: string, @Context() ctx: Ctx): Promise<Outage> {
    return getOutage(ctx, outageId);
  }

  @Authorized()
  @Subscription(() => [Outage], {
    description: 'The open outages, whenever one is opened, updated or resolved (the live banner).',
    subscribe: ({ context }) => (context as Ctx).app.pubsub.subscribe(Topic.OutagesChanged),
  })
  openOutagesChanged(@Context() ctx: Ctx): Promise<Outage[]> {
    return openOutages(ctx);
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => KnowledgeItemPayload, {
    description: 'DEPARTMENT_ADMIN: create (no itemId) or change an article or news item.',
  })
  async saveKnowledgeItem(
    @Arg('input') input: SaveKnowledgeItemInput,
    @Context() ctx: Ctx,
  ): Promise<KnowledgeItemPayload> {
    const result = await saveItem(ctx, input);
    return result.ok
      ? { errors: [], item: result.value }
      : { errors: toUserErrors(ctx.lang, result.errors), item: null };
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => OutagePayload, { description: 'DEPARTMENT_ADMIN: open an outage (it shows as a banner).' })
  async openOutage(@Arg('input') input: OpenOutageInput, @Context() ctx: Ctx): Promise<OutagePayload> {
    const result = await openOutage(ctx, input);
    return result.ok
      ? { errors: [], outage: result.value }
      : { errors: toUserErrors(ctx.lang, result.errors), outage: null };
  }

  @Authorized('DEPARTMENT_ADMIN')
  @Mutation(() => OutagePayload, {
    description: "DEPARTMENT_ADMIN: add a step to an outage's timeline; RESOLVED ends it.",
  })
  async updateOutage(@Arg('input') input: UpdateOutageInput, @Context() ctx: Ctx): Promise<OutagePayload> {
    const result = await updateOutage(ctx, input);
    return result.ok
      ? { errors: [], outage: result.value }
      : { errors: toUserErrors(ctx.lang, result.errors), outage: null };
  }

  @Authorized()
  @Mutation(() => DeflectionPayload, {
    description:
      "An organisation's user: record the articles the new-ticket form suggested, and how it ended.",
  })
  async recordTicketDeflection(
    @Arg('input') input: RecordDeflectionInput,
    @Context() ctx: Ctx,
  ): Promise<DeflectionPayload> {
    const result = await recordDeflection(ctx, input);
    return result.ok
      ? { errors: [], recorded: true }
      : { errors: toUserErrors(ctx.lang, result.errors), recorded: false };
  }

  @Authorized('AGENT', 'DEPARTMENT_ADMIN')
  @Query(() => DeflectionReport, {
    description:
      'Staff: suggestions shown, tickets avoided and tickets filed anyway, and the articles that avoided most, in the period (since a moment and/or from and to days, inclusive, Brussels; all time when left out).',
  })
  ticketDeflectionReport(
    @Context() ctx: Ctx,
    @Arg('since', () => Date, { nullable: true }) since?: Date,
    @Arg('from', () => DayScalar, { nullable: true }) from?: string,
    @Arg('to', () => DayScalar, { nullable: true }) to?: string,
    @Arg('top', () => Int, { defaultValue: 10, description: 'How many top articles (0 to 50).' })
    top?: number,
  ): Promise<DeflectionReport> {
    return deflectionReport(ctx, { since: since ?? null, from: from ?? null, to: to ?? null }, top);
  }
}
