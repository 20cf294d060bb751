// /kennisbank (003 §2): the public knowledge base. Without a search: every published article, most
// recently updated first; with ?q=: the articles matching the words (Dutch or English stemming after the
// page's language), best first, with the matched words highlighted. Both page with 'Vorige'/'Volgende'.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '../components/empty-state';
import { Field } from '../components/field';
import { KbArticlesQuery } from '../graphql/knowledge-base.server';
import { useI18n } from '../i18n/i18n';
import { SEARCH_MAX } from '../knowledge-base/search';
import { searchKnowledgeBase } from '../knowledge-base/search.server';
import { SearchResults } from '../knowledge-base/search-results';
import { readCursors } from '../lists/keyset';
import { loadKeysetPage } from '../lists/keyset-page.server';
import { KeysetPager } from '../lists/keyset-pager';
import { titled } from '../meta';
import { textParam } from '../query-params';
import { requestScope } from '../session.server';

export const meta = titled('kb.title');

const PAGE_SIZE = 10;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requestScope(request, context);
  const params = new URL(request.url).searchParams;
  const query = textParam(params.get('q'), SEARCH_MAX);
  const cursors = readCursors((name) => params.get(name) ?? '');
  if (query) {
    const { page } = await loadKeysetPage(
      (paging) => searchKnowledgeBase(scope, query, paging),
      (data) => data.searchKnowledgeBase,
      cursors,
      PAGE_SIZE,
    );
    return { query, hits: page, articles: null };
  }
  const { page } = await loadKeysetPage(
    (paging) => scope.api(KbArticlesQuery, paging),
    (data) => data.knowledgeArticles,
    cursors,
    PAGE_SIZE,
  );
  return { query, hits: null, articles: page };
}

export default function KnowledgeBasePage() {
  const { query, hits, articles } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  const page = hits ?? articles;
  const search = (changes: Record<string, string | null>) => {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, value] of Object.entries(changes)) if (value) params.set(name, value);
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  return (
    <>
      <h1>{t('kb.title')}</h1>
      <p className="lead">{t('kb.intro')}</p>
      <Form method="get" className="kb-search" role="search">
        <Field
          form="kb"
          name="q"
          type="search"
          label={t('kb.search.label')}
          hint={t('kb.search.hint')}
          defaultValue={query}
          maxLength={SEARCH_MAX}
          required={false}
        />
        <button type="submit" className="button">
          {t('kb.search.submit')}
        </button>
      </Form>
      <p>
        <Link to="/storingen">{t('kb.updates.link')}</Link>
      </p>
      {hits ? (
        <section aria-labelledby="kb-results-title">
          <h2 id="kb-results-title">{t('kb.search.results', { query })}</h2>
          {hits.rows.length === 0 ? (
            <EmptyState title={t('kb.search.none', { query })}>
              <p>{t('kb.search.none.next')}</p>
            </EmptyState>
          ) : (
            <SearchResults hits={hits.rows} />
          )}
        </section>
      ) : articles ? (
        <section aria-labelledby="kb-list-title">
          <h2 id="kb-list-title">{t('kb.list.title')}</h2>
          {articles.rows.length === 0 ? (
            <EmptyState title={t('kb.list.empty')} />
          ) : (
            <ul className="kb-results">
              {articles.rows.map((article) => (
                <li key={article.id}>
                  <h3>
                    <Link to={`/kennisbank/${article.slug}`}>{article.title}</Link>
                  </h3>
                  <p>{article.summary}</p>
                  <p className="kb-meta">
                    {article.category ? `${article.category} · ` : ''}
                    {t('kb.updated', { date: date(article.updatedAt) })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {page ? (
        <KeysetPager page={page} pageSize={PAGE_SIZE} label={t('kb.list.paging')} search={search} />
      ) : null}
    </>
  );
}
