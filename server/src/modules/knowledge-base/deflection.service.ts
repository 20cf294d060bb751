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

/** Staff: the totals since `since` (all time when null). */
export async function deflectionReport(ctx: Ctx, since: Date | null): Promise<DeflectionReport> {
  if (!isStaff(requireUser(ctx))) throw forbidden();
  const [row] = await queryRows<{ shown: number; avoided: number; tickets: number }>(
    await ctx.tx.manager(),
    `SELECT count(*) FILTER (WHERE cardinality(shown_article_ids) > 0)::int AS shown,
            count(*) FILTER (WHERE solved_article_id IS NOT NULL)::int AS avoided,
            count(*) FILTER (WHERE ticket_id IS NOT NULL AND cardinality(shown_article_ids) > 0)::int AS tickets
       FROM kb_deflection WHERE $1::timestamptz IS NULL OR created_at >= $1`,
    [since],
  );
  return {
    suggestionsShown: row?.shown ?? 0,
    ticketsAvoided: row?.avoided ?? 0,
    ticketsAfterSuggestions: row?.tickets ?? 0,
  };
}
