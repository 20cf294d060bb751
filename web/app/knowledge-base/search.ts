// What the search pages and the ticket form share on both sides: a hit's shape and the longest query.
import type { KbSearchQuery } from '../graphql/generated/graphql';

export type SearchHit = KbSearchQuery['searchKnowledgeBase']['edges'][number]['node'];

/** Longest search the API takes (QUERY_MAX in the server's knowledge-item.service.ts). */
export const SEARCH_MAX = 200;
