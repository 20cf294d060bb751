// /kennisbank/<slug>: one published article (a draft only for the department's admins), its Markdown
// rendered by the API as sanitised HTML. ?opgelost=1 (after 'this solved my question' on the ticket form)
// thanks the user; otherwise the page offers a ticket when the article did not help.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams } from '@remix-run/react';
import { Notice } from '../components/notice';
import { KbArticleQuery } from '../graphql/knowledge-base.server';
import { useI18n } from '../i18n/i18n';
import { titledBy } from '../meta';
import { requestScope } from '../session.server';

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requestScope(request, context);
  const { knowledgeArticle } = await scope.api(KbArticleQuery, { slug: params.slug ?? '' });
  return { article: knowledgeArticle, loggedIn: scope.viewer !== null && !scope.viewer.isStaff };
}

export const meta = titledBy<{ article: { title: string } }>(
  'kb.article.title',
  (data) => ({ title: data.article.title }),
  'kb.title',
);

export default function ArticlePage() {
  const { article, loggedIn } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t, date } = useI18n();
  return (
    <article>
      <p className="back-link">
        <Link to="/kennisbank">
          <span aria-hidden="true">← </span>
          {t('kb.article.back')}
        </Link>
      </p>
      {params.get('opgelost') === '1' ? (
        <Notice kind="success">
          <p>{t('kb.article.solved')}</p>
        </Notice>
      ) : null}
      <h1>{article.title}</h1>
      <p className="kb-meta">
        {article.category ? `${article.category} · ` : ''}
        {t('kb.updated', { date: date(article.updatedAt) })}
        {article.tags.length > 0 ? ` · ${t('kb.tags')}: ${article.tags.join(', ')}` : ''}
      </p>
      <div
        className="kb-article-body"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders Markdown with raw HTML escaped and unsafe links dropped (server markdown.ts).
        dangerouslySetInnerHTML={{ __html: article.bodyHtml }}
      />
      {loggedIn ? (
        <aside className="kb-aside" aria-label={t('kb.article.notSolved')}>
          <p>
            {t('kb.article.notSolved')} <Link to="/tickets/new">{t('kb.article.newTicket')}</Link>
          </p>
        </aside>
      ) : null}
    </article>
  );
}
