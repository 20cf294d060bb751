// GraphQL shapes of the knowledge base: articles and news (KnowledgeItem), search hits with their
// highlighted snippet, outages with their timeline, the inputs of the department's editors, and the
// deflection report.
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { ConnectionType } from '../../graphql/relay.js';
import { UserError } from '../../graphql/user-error.js';

const KB_ITEM_KINDS = ['ARTICLE', 'NEWS'] as const;
export type KbItemKind = (typeof KB_ITEM_KINDS)[number];
const KbItemKindEnum = graphqlEnum(KB_ITEM_KINDS, {
  name: 'KnowledgeItemKind',
  description: 'ARTICLE: a solution or explanation; NEWS: a dated announcement.',
});

const KB_ITEM_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type KbItemStatus = (typeof KB_ITEM_STATUSES)[number];
const KbItemStatusEnum = graphqlEnum(KB_ITEM_STATUSES, {
  name: 'KnowledgeItemStatus',
  description: 'DRAFT: seen by the department admins only; PUBLISHED: readable by anyone, logged in or not.',
});

const OUTAGE_STATUSES = ['INVESTIGATING', 'IDENTIFIED', 'RESOLVED'] as const;
export type OutageStatus = (typeof OUTAGE_STATUSES)[number];
const OutageStatusEnum = graphqlEnum(OUTAGE_STATUSES, {
  name: 'OutageStatus',
  description: 'An outage is open until RESOLVED; open outages show as a banner on every page.',
});

@ObjectType({ description: 'An article or news item of the public knowledge base.' })
export class KnowledgeItem {
  @Field(() => ID) id!: string;
  @Field(() => KbItemKindEnum) kind!: KbItemKind;
  @Field({ description: 'The address: /kennisbank/<slug> or /nieuws/<slug>.' }) slug!: string;
  @Field(() => KbItemStatusEnum) status!: KbItemStatus;
  @Field() category!: string;
  @Field(() => [String]) tags!: string[];
  @Field({ description: "The title in the viewer's language." }) title!: string;
  @Field({
    description:
      "The body in the viewer's language as HTML rendered from its Markdown: raw HTML is escaped and links other than http(s), mailto and relative ones are dropped.",
  })
  bodyHtml!: string;
  @Field({ description: "A plain-text opening of the body in the viewer's language." }) summary!: string;
  @Field({ description: 'The Markdown sources, for editing.' }) titleNl!: string;
  @Field() titleEn!: string;
  @Field() bodyNl!: string;
  @Field() bodyEn!: string;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field() updatedAt!: Date;
}

export const KnowledgeItemConnection = ConnectionType(KnowledgeItem, 'KnowledgeItem');

@ObjectType({ description: 'A piece of a search snippet; `match` marks the words that matched.' })
export class SnippetPart {
  @Field() text!: string;
  @Field() match!: boolean;
}

@ObjectType({ description: 'An article that matches a search, best first.' })
export class KnowledgeSearchHit {
  @Field(() => KnowledgeItem) item!: KnowledgeItem;
  @Field(() => [SnippetPart], { description: 'Where the words matched, in plain text.' })
  snippet!: SnippetPart[];
  @Field({ description: 'The full-text rank (higher is better).' }) rank!: number;
}

export const KnowledgeSearchHitConnection = ConnectionType(KnowledgeSearchHit, 'KnowledgeSearchHit');

@ObjectType({ description: "A step in an outage's timeline." })
export class OutageUpdate {
  @Field(() => ID) id!: string;
  @Field(() => OutageStatusEnum) status!: OutageStatus;
  @Field({ description: "In the viewer's language." }) message!: string;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'A disruption of a service (storing), public.' })
export class Outage {
  @Field(() => ID) id!: string;
  @Field({ description: "In the viewer's language." }) title!: string;
  @Field() titleNl!: string;
  @Field() titleEn!: string;
  @Field({ description: 'The affected service.' }) service!: string;
  @Field(() => OutageStatusEnum) status!: OutageStatus;
  @Field() startedAt!: Date;
  @Field(() => Date, { nullable: true }) endedAt!: Date | null;
  @Field() updatedAt!: Date;
  @Field(() => [OutageUpdate], { description: 'Oldest first.' }) updates!: OutageUpdate[];
}

export const OutageConnection = ConnectionType(Outage, 'Outage');

@InputType({ description: 'A new article or news item (no itemId), or changes to one.' })
export class SaveKnowledgeItemInput {
  @Field(() => ID, { nullable: true }) itemId?: string | null;
  @Field(() => KbItemKindEnum) kind!: KbItemKind;
  @Field() slug!: string;
  @Field(() => KbItemStatusEnum) status!: KbItemStatus;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field() titleNl!: string;
  @Field() titleEn!: string;
  @Field({ description: 'Markdown.' }) bodyNl!: string;
  @Field({ description: 'Markdown.' }) bodyEn!: string;
}

@ObjectType()
export class KnowledgeItemPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => KnowledgeItem, { nullable: true }) item!: KnowledgeItem | null;
}

@InputType()
export class OpenOutageInput {
  @Field() titleNl!: string;
  @Field() titleEn!: string;
  @Field() service!: string;
  @Field(() => OutageStatusEnum, { nullable: true, description: 'INVESTIGATING unless told.' })
  status?: OutageStatus | null;
  @Field() messageNl!: string;
  @Field() messageEn!: string;
}

@InputType({ description: 'A new step in the timeline; RESOLVED closes the outage (its end is now).' })
export class UpdateOutageInput {
  @Field(() => ID) outageId!: string;
  @Field(() => OutageStatusEnum) status!: OutageStatus;
  @Field() messageNl!: string;
  @Field() messageEn!: string;
}

@ObjectType()
export class OutagePayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field(() => Outage, { nullable: true }) outage!: Outage | null;
}

@InputType({
  description:
    'What the new-ticket form suggested for a subject: with ticketId when a ticket followed, with solvedArticleId when the user said an article solved the question (a ticket avoided).',
})
export class RecordDeflectionInput {
  @Field() query!: string;
  @Field(() => [ID]) shownArticleIds!: string[];
  @Field(() => ID, { nullable: true }) ticketId?: string | null;
  @Field(() => ID, { nullable: true }) solvedArticleId?: string | null;
}

@ObjectType()
export class DeflectionPayload {
  @Field(() => [UserError]) errors!: UserError[];
  @Field({ description: 'Whether it was recorded (no errors).' }) recorded!: boolean;
}

@ObjectType({ description: "An article that users said solved their question ('dit loste mijn vraag op')." })
export class DeflectingArticle {
  @Field(() => ID) articleId!: string;
  @Field() slug!: string;
  @Field({ description: "In the viewer's language." }) title!: string;
  @Field(() => Int) ticketsAvoided!: number;
}

@ObjectType({
  description: 'Staff: how well the knowledge base answers questions before they become tickets.',
})
export class DeflectionReport {
  @Field(() => Int, { description: 'Subjects for which the ticket form suggested articles.' })
  suggestionsShown!: number;
  @Field(() => Int, { description: "'This solved my question': tickets avoided." }) ticketsAvoided!: number;
  @Field(() => Int, { description: 'Tickets filed after articles were suggested.' })
  ticketsAfterSuggestions!: number;
  @Field(() => [DeflectingArticle], {
    description: "The articles that avoided the most tickets in the period, most first ('top', default 10).",
  })
  topArticles!: DeflectingArticle[];
}
