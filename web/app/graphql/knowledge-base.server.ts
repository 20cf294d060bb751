// GraphQL operations of the knowledge base: the public pages (articles, search, news, outages, the
// banner), the ticket form's suggestions and their record, and the administration's editing.
import { graphql } from './generated';

export const KbArticlesQuery = graphql(`
  query KbArticles($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    knowledgeArticles(first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { id slug title summary category tags updatedAt } }
      pageInfo { hasNextPage hasPreviousPage }
    }
  }
`);

export const KbSearchQuery = graphql(`
  query KbSearch($query: String!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    searchKnowledgeBase(query: $query, first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { item { id slug title category updatedAt } snippet { text match } } }
      pageInfo { hasNextPage hasPreviousPage }
    }
  }
`);

export const KbArticleQuery = graphql(`
  query KbArticle($slug: String!) {
    knowledgeArticle(slug: $slug) { id slug title bodyHtml category tags status updatedAt }
  }
`);

export const KbNewsItemQuery = graphql(`
  query KbNewsItem($slug: String!) {
    newsItem(slug: $slug) { id slug title bodyHtml status publishedAt updatedAt }
  }
`);

export const KbNewsAndOutagesQuery = graphql(`
  query KbNewsAndOutages($first: Int) {
    newsItems(first: $first) { edges { node { id slug title summary publishedAt updatedAt } } }
    outages(first: $first) {
      edges { node { id title service status startedAt endedAt updates { id status message createdAt } } }
    }
  }
`);

export const KbOpenOutagesQuery = graphql(`
  query KbOpenOutages { openOutages { id title service status startedAt } }
`);

export const KbRecordDeflectionMutation = graphql(`
  mutation KbRecordDeflection($input: RecordDeflectionInput!) {
    recordTicketDeflection(input: $input) { recorded errors { field code message } }
  }
`);

// The lists of /beheer/kennisbank, each paged on its own ('Vorige' / 'Volgende').
export const KbAdminArticlesQuery = graphql(`
  query KbAdminArticles($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    knowledgeArticles(first: $first, after: $after, last: $last, before: $before, drafts: true) {
      pageInfo { hasNextPage hasPreviousPage }
      edges { cursor node { id slug title status updatedAt } }
    }
  }
`);

export const KbAdminNewsQuery = graphql(`
  query KbAdminNews($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    newsItems(first: $first, after: $after, last: $last, before: $before, drafts: true) {
      pageInfo { hasNextPage hasPreviousPage }
      edges { cursor node { id slug title status updatedAt } }
    }
  }
`);

export const KbAdminOutagesQuery = graphql(`
  query KbAdminOutages($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    outages(first: $first, after: $after, last: $last, before: $before) {
      pageInfo { hasNextPage hasPreviousPage }
      edges { cursor node { id title service status startedAt endedAt } }
    }
  }
`);

export const KbAdminItemQuery = graphql(`
  query KbAdminItem($slug: String!, $news: Boolean!) {
    knowledgeArticle(slug: $slug) @skip(if: $news) {
      id kind slug status category tags titleNl titleEn bodyNl bodyEn
    }
    newsItem(slug: $slug) @include(if: $news) {
      id kind slug status category tags titleNl titleEn bodyNl bodyEn
    }
  }
`);

export const KbSaveItemMutation = graphql(`
  mutation KbSaveItem($input: SaveKnowledgeItemInput!) {
    saveKnowledgeItem(input: $input) { errors { field code message } item { id slug } }
  }
`);

export const KbOpenOutageMutation = graphql(`
  mutation KbOpenOutage($input: OpenOutageInput!) {
    openOutage(input: $input) { errors { field code message } outage { id } }
  }
`);

export const KbUpdateOutageMutation = graphql(`
  mutation KbUpdateOutage($input: UpdateOutageInput!) {
    updateOutage(input: $input) { errors { field code message } outage { id } }
  }
`);
