// Articles and news: lists and single items (published ones for everyone, drafts for the editors),
// ranked full-text search of published articles in the viewer's language, and saving (audited).
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { nullOnUniqueViolation } from '../../db/savepoint.js';
import { badInput, failed, forbidden, notFound, ok, type Result } from '../../domain/errors.js';
import { FieldErrors, isUuid } from '../../domain/validate.js';
import type { Language } from '../../i18n/language.js';
import {
  type Connection,
  type KeysetOrder,
  keysetCondition,
  keysetConnection,
  keysetOrderAndLimit,
  keysetPage,
  type PageArgs,
} from '../../lists/keyset.js';
import { diffFields, recordAudit } from '../audit/audit.service.js';
import { inLanguage, isEditor, requireEditor } from './knowledge-access.js';
import type {
  KbItemKind,
  KbItemStatus,
  KnowledgeItem,
  KnowledgeSearchHit,
  SnippetPart,
} from './knowledge-base.types.js';
import { markdownSummary, markdownToHtml } from './markdown.js';

interface ItemRow {
  id: string;
  kind: KbItemKind;
  slug: string;
  status: KbItemStatus;
  category: string;
  tags: string[];
  title_nl: string;
  title_en: string;
  body_nl: string;
  body_en: string;
  published_at: Date | null;
  updated_at: Date;
  updated_at_key: string;
}

const ITEM_COLUMNS = `i.id, i.kind, i.slug, i.status, i.category, i.tags, i.title_nl, i.title_en, i.body_nl,
  i.body_en, i.published_at, i.updated_at, i.updated_at::text AS updated_at_key`;

function toItem(row: ItemRow, lang: Language): KnowledgeItem {
  const body = inLanguage(lang, row.body_nl, row.body_en);
  return {
    id: row.id,
    kind: row.kind,
    slug: row.slug,
    status: row.status,
    category: row.category,
    tags: row.tags,
    title: inLanguage(lang, row.title_nl, row.title_en),
    bodyHtml: markdownToHtml(body),
    summary: markdownSummary(body),
    titleNl: row.title_nl,
    titleEn: row.title_en,
    bodyNl: row.body_nl,
    bodyEn: row.body_en,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

const LIST_ORDER: KeysetOrder = {
  key: [
    ['i.updated_at', 'timestamp'],
    ['i.id', 'uuid'],
  ],
  descending: true,
};

export interface ItemFilter {
  kind: KbItemKind;
  /** Drafts too (editors only). */
  drafts?: boolean | null;
  category?: string | null;
}

/** Articles or news, most recently updated first; published ones unless an editor asks for drafts too. */
export async function listItems(
  ctx: Ctx,
  filter: ItemFilter,
  args: PageArgs,
): Promise<Connection<KnowledgeItem>> {
  if (filter.drafts) requireEditor(ctx);
  const page = keysetPage(args, LIST_ORDER);
  const params: unknown[] = [filter.kind];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['i.kind = $1'];
  if (!filter.drafts) where.push(`i.status = 'PUBLISHED'`);
  if (filter.category?.trim()) where.push(`i.category = ${param(filter.category.trim())}`);
  const after = keysetCondition(page, param);
  if (after) where.push(after);
  const rows = await queryRows<ItemRow>(
    await ctx.tx.manager(),
    `SELECT ${ITEM_COLUMNS} FROM kb_item i WHERE ${where.join(' AND ')} ${keysetOrderAndLimit(page)}`,
    params,
  );
  const connection = keysetConnection(rows, page, (r) => [r.updated_at_key, r.id]);
  return {
    ...connection,
    edges: connection.edges.map((e) => ({ cursor: e.cursor, node: toItem(e.node, ctx.lang) })),
  };
}

/** One article or news item by its slug; a draft is NOT_FOUND except for editors. */
export async function getItem(ctx: Ctx, kind: KbItemKind, slug: string): Promise<KnowledgeItem> {
  const [row] = await queryRows<ItemRow>(
    await ctx.tx.manager(),
    `SELECT ${ITEM_COLUMNS} FROM kb_item i WHERE i.kind = $1 AND i.slug = $2`,
    [kind, slug],
  );
  if (!row || (row.status !== 'PUBLISHED' && !isEditor(ctx))) throw notFound('knowledge item');
  return toItem(row, ctx.lang);
}

/** The published articles among `ids` (unknown or draft ones are left out), for deflection records. */
export async function publishedArticleIds(ctx: Ctx, ids: readonly string[]): Promise<Set<string>> {
  const valid = ids.filter(isUuid);
  if (valid.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(
    await ctx.tx.manager(),
    `SELECT id FROM kb_item WHERE id = ANY ($1::uuid[]) AND kind = 'ARTICLE' AND status = 'PUBLISHED'`,
    [valid],
  );
  return new Set(rows.map((r) => r.id));
}

// ---------------------------------------------------------------------------------------------------
// Search

const QUERY_MAX = 200;
/** Snippet markers: private-use characters, which no typed text contains in practice. */
const MARK_START = '\uE000';
const MARK_END = '\uE001';

const SEARCH_ORDER: KeysetOrder = {
  key: [
    ['h.rank', 'number'],
    ['h.id', 'uuid'],
  ],
  descending: true,
};

/** ts_headline's output split at its markers into plain-text parts. */
function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [i, piece] of headline.split(MARK_START).entries()) {
    const [matched, rest] =
      i === 0 ? [null, piece] : [piece.split(MARK_END)[0] ?? '', piece.split(MARK_END).slice(1).join('')];
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

/**
 * Published articles matching `query` (web search syntax: words, "phrases", -not, or) in the viewer's
 * language, stemmed by PostgreSQL's `dutch` or `english` configuration, best first (weighted: title, then
 * tags and category, then body), each with a highlighted snippet.
 */
export async function searchArticles(
  ctx: Ctx,
  query: string,
  args: PageArgs,
): Promise<Connection<KnowledgeSearchHit>> {
  const text = query.trim();
  if (text.length > QUERY_MAX) throw badInput('query too long', 'TOO_LONG', { max: QUERY_MAX });
  const page = keysetPage(args, SEARCH_ORDER);
  if (!text) return keysetConnection<KnowledgeSearchHit>([], page, () => []);
  const nl = ctx.lang === 'nl';
  const config = nl ? 'dutch' : 'english';
  const vector = nl ? 'i.search_nl' : 'i.search_en';
  const params: unknown[] = [text];
  const after = keysetCondition(page, (value) => {
    params.push(value);
    return `$${params.length}`;
  });
  const reading = page.backwards ? 'ASC' : 'DESC';
  // The snippet is made for the page's rows only (ts_headline re-parses the text).
  const rows = await queryRows<ItemRow & { rank: number; headline: string }>(
    await ctx.tx.manager(),
    `WITH q AS (SELECT websearch_to_tsquery('${config}', $1) AS query),
     h AS (
       SELECT ${ITEM_COLUMNS}, ts_rank(${vector}, q.query)::float8 AS rank
         FROM kb_item i, q
        WHERE i.kind = 'ARTICLE' AND i.status = 'PUBLISHED' AND ${vector} @@ q.query
     ),
     page AS (SELECT * FROM h ${after ? `WHERE ${after}` : ''} ${keysetOrderAndLimit(page)})
     SELECT page.*, ts_headline('${config}',
              regexp_replace(${nl ? 'page.body_nl' : 'page.body_en'}, '\\]\\([^)]*\\)|[#*_\`>~|\\[\\]]', ' ', 'g'),
              q.query, 'StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "')
              AS headline
       FROM page, q ORDER BY page.rank ${reading}, page.id ${reading}`,
    params,
  );
  const connection = keysetConnection(rows, page, (r) => [r.rank, r.id]);
  return {
    ...connection,
    edges: connection.edges.map((e) => ({
      cursor: e.cursor,
      node: { item: toItem(e.node, ctx.lang), rank: e.node.rank, snippet: snippetParts(e.node.headline) },
    })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Editing

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MAX = 120;
const BODY_MAX = 50_000;
const TAGS_MAX = 10;
const TAG_LENGTH_MAX = 40;
const CATEGORY_MAX = 100;

export interface ItemInput {
  itemId?: string | null;
  kind: KbItemKind;
  slug: string;
  status: KbItemStatus;
  category?: string | null;
  tags?: string[] | null;
  titleNl: string;
  titleEn: string;
  bodyNl: string;
  bodyEn: string;
}

function checkTags(errors: FieldErrors, tags: readonly string[]): string[] {
  const clean = [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (clean.length > TAGS_MAX || clean.some((t) => t.length > TAG_LENGTH_MAX))
    errors.add('tags', 'KB_TOO_MANY_TAGS', { max: TAGS_MAX, length: TAG_LENGTH_MAX });
  return clean;
}

const AUDITED = ['slug', 'status', 'category', 'tags', 'title_nl', 'title_en', 'body_nl', 'body_en'] as const;

/** Creates (no itemId) or changes an article or news item; publishing sets its publication time once. */
export async function saveItem(ctx: Ctx, input: ItemInput): Promise<Result<KnowledgeItem>> {
  const viewer = requireEditor(ctx);
  const errors = new FieldErrors();
  const slug = errors.required('slug', input.slug?.toLowerCase(), SLUG_MAX);
  if (!errors.has('slug') && !SLUG.test(slug)) errors.add('slug', 'KB_SLUG_INVALID');
  const values = {
    slug,
    status: input.status,
    kind: input.kind,
    category: errors.optional('category', input.category, CATEGORY_MAX) ?? '',
    tags: checkTags(errors, input.tags ?? []),
    title_nl: errors.required('titleNl', input.titleNl),
    title_en: errors.required('titleEn', input.titleEn),
    body_nl: errors.required('bodyNl', input.bodyNl, BODY_MAX),
    body_en: errors.required('bodyEn', input.bodyEn, BODY_MAX),
  };
  const em = await ctx.tx.manager();
  let before: ItemRow | undefined;
  if (input.itemId) {
    if (!isUuid(input.itemId)) throw notFound('knowledge item');
    [before] = await queryRows<ItemRow>(
      em,
      `SELECT ${ITEM_COLUMNS} FROM kb_item i WHERE i.id = $1 FOR UPDATE`,
      [input.itemId],
    );
    if (!before) throw notFound('knowledge item');
  }
  if (errors.has()) return failed(errors.list);
  const id = before?.id ?? randomUUID();
  const fields = Object.keys(values) as Array<keyof typeof values>;
  const saved = await nullOnUniqueViolation(em, () =>
    before
      ? em.query(
          `UPDATE kb_item SET ${fields.map((f, i) => `${f} = $${i + 2}`).join(', ')}, updated_at = now(),
             published_at = CASE WHEN $3 = 'PUBLISHED' THEN coalesce(published_at, now()) END
           WHERE id = $1`,
          [id, ...fields.map((f) => values[f])],
        )
      : em.query(
          `INSERT INTO kb_item (id, ${fields.join(', ')}, published_at)
           VALUES ($1, ${fields.map((_, i) => `$${i + 2}`).join(', ')}, CASE WHEN $3 = 'PUBLISHED' THEN now() END)`,
          [id, ...fields.map((f) => values[f])],
        ),
  );
  if (saved === null) return failed([{ field: 'slug', code: 'KB_SLUG_TAKEN' }]);
  await recordAudit(em, {
    organisationId: null,
    actorUserId: viewer.userId,
    action: before ? 'knowledge-item.updated' : 'knowledge-item.created',
    entityType: 'kb_item',
    entityId: id,
    changes: before
      ? diffFields(before, values, AUDITED)
      : AUDITED.map((f) => ({ field: f, old: null, new: String(values[f]) })),
  });
  const [row] = await queryRows<ItemRow>(em, `SELECT ${ITEM_COLUMNS} FROM kb_item i WHERE i.id = $1`, [id]);
  if (!row) throw forbidden();
  return ok(toItem(row, ctx.lang));
}
