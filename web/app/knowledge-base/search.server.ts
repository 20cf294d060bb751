// The knowledge base's search for loaders: the public page and the ticket form's suggestions share it.
import { ApiError } from '../graphql/api.server';
import type { KbSearchQuery } from '../graphql/generated/graphql';
import { KbSearchQuery as SearchDocument } from '../graphql/knowledge-base.server';
import type { Paging } from '../lists/keyset-page.server';
import type { RequestScope } from '../session.server';

/** One page of hits for `query`; a query the API refuses (too long) finds nothing. */
export async function searchKnowledgeBase(
  scope: Pick<RequestScope, 'api'>,
  query: string,
  paging: Paging,
): Promise<KbSearchQuery> {
  try {
    return await scope.api(SearchDocument, { query, ...paging });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT')
      return { searchKnowledgeBase: { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false } } };
    throw error;
  }
}
