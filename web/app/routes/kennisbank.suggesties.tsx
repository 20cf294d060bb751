// /kennisbank/suggesties?q=: the articles matching a ticket's subject as JSON, for the new-ticket form's
// suggestions while the user types (knowledge-base/use-suggestions.ts). Without JavaScript the form's
// 'search first' step reaches the same search through the ticket page's own loader.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { SEARCH_MAX } from '../knowledge-base/search';
import { searchKnowledgeBase } from '../knowledge-base/search.server';
import { SUGGESTIONS_SHOWN } from '../knowledge-base/ticket-suggestions';
import { textParam } from '../query-params';
import { requestScope } from '../session.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requestScope(request, context);
  const query = textParam(new URL(request.url).searchParams.get('q'), SEARCH_MAX);
  const hits = query
    ? (await searchKnowledgeBase(scope, query, { first: SUGGESTIONS_SHOWN })).searchKnowledgeBase.edges.map(
        (e) => e.node,
      )
    : [];
  return Response.json({ query, hits }, { headers: { 'cache-control': 'no-store' } });
}
