// Ticket deflection: the new-ticket form suggests articles while a tenant user types the subject; what
// was shown is recorded with how it ended (a ticket, or 'this solved my question': a ticket avoided), and
// staff read the totals.
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../context.js';
import { queryRows } from '../../db/query.js';
import { failed, forbidden, ok, type Result } from '../../domain/errors.js';
import { FieldErrors } from '../../domain/validate.js';
import { isStaff, requireUser } from '../../domain/viewer.js';
import { getTicket } from '../tickets/ticket.service.js';
import type { DeflectionReport } from './knowledge-base.types.js';
import { publishedArticleIds } from './knowledge-item.service.js';

const QUERY_MAX = 200;
const SHOWN_MAX = 20;

export interface DeflectionInput {
  query: string;
  shownArticleIds: string[];
  ticketId?: string | null;
  solvedArticleId?: string | null;
}

/** Records what the form suggested to the viewer (a tenant user); unknown or draft articles are left out. */
export async function recordDeflection(ctx: Ctx, input: DeflectionInput): Promise<Result<boolean>> {
  const viewer = requireUser(ctx);
  if (viewer.organisationId === null) throw forbidden();
  const errors = new FieldErrors();
  const query = errors.required('query', input.query, QUERY_MAX);
  const ticket = input.ticketId ? await getTicket(ctx, { id: input.ticketId }) : null;
  const asked = [
    ...input.shownArticleIds.slice(0, SHOWN_MAX),
    ...(input.solvedArticleId ? [input.solvedArticleId] : []),
  ];
  const published = await publishedArticleIds(ctx, asked);
  if (input.solvedArticleId && !published.has(input.solvedArticleId))
    errors.add('solvedArticleId', 'KB_ARTICLE_UNKNOWN');
  if (errors.has()) return failed(errors.list);
  const shown = input.shownArticleIds.slice(0, SHOWN_MAX).filter((id) => published.has(id));
  await (await ctx.tx.manager()).query(
    `INSERT INTO kb_deflection (id, organisation_id, user_id, query, shown_article_ids, ticket_id, solved_article_id)
     VALUES ($1, $2, $3, $4, $5::uuid[], $6, $7)`,
    [
      randomUUID(),
      viewer.organisationId,
      viewer.userId,
      query,
      [...new Set(shown)],
      ticket?.id ?? null,
      input.solvedArticleId ?? null,
    ],
  );
  return ok(true);
}

/** The period of a deflection report: since a moment, and/or from and to days (inclusive, Brussels). */
export interface DeflectionPeriod {
  since?: Date | null;
  from?: string | null;
  to?: string | null;
}

const TOP_ARTICLES_MAX = 50;

/**
 * Staff: the totals in the period (all time when it is empty) and the articles that avoided the most
 * tickets ('dit loste mijn vraag op'), `top` of them (1 to 50), titles in the viewer's language.
 */
export async function deflectionReport(
  ctx: Ctx,
  period: DeflectionPeriod,
  top = 10,
): Promise<DeflectionReport> {
  if (!isStaff(requireUser(ctx))) throw forbidden();
  const em = await ctx.tx.manager();
  const where = `($1::timestamptz IS NULL OR d.created_at >= $1)
      AND ($2::date IS NULL OR d.created_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/Brussels')
      AND ($3::date IS NULL OR d.created_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/Brussels')`;
  const params = [period.since ?? null, period.from ?? null, period.to ?? null];
  const [row] = await queryRows<{ shown: number; avoided: number; tickets: number }>(
    em,
    `SELECT count(*) FILTER (WHERE cardinality(d.shown_article_ids) > 0)::int AS shown,
            count(*) FILTER (WHERE d.solved_article_id IS NOT NULL)::int AS avoided,
            count(*) FILTER (WHERE d.ticket_id IS NOT NULL AND cardinality(d.shown_article_ids) > 0)::int AS tickets
       FROM kb_deflection d WHERE ${where}`,
    params,
  );
  const limit = Math.min(Math.max(Math.trunc(top) || 0, 0), TOP_ARTICLES_MAX);
  const title = ctx.lang === 'en' ? 'i.title_en' : 'i.title_nl';
  const topArticles =
    limit === 0
      ? []
      : await queryRows<{ articleId: string; slug: string; title: string; ticketsAvoided: number }>(
          em,
          `SELECT i.id AS "articleId", i.slug, ${title} AS title, count(*)::int AS "ticketsAvoided"
             FROM kb_deflection d JOIN kb_item i ON i.id = d.solved_article_id
            WHERE ${where}
            GROUP BY i.id ORDER BY count(*) DESC, ${title}, i.id LIMIT ${limit}`,
          params,
        );
  return {
    suggestionsShown: row?.shown ?? 0,
    ticketsAvoided: row?.avoided ?? 0,
    ticketsAfterSuggestions: row?.tickets ?? 0,
    topArticles,
  };
}
