// /nieuws/<slug>: one published news item (a draft only for the department's admins).
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { KbNewsItemQuery } from '../graphql/knowledge-base.server';
import { useI18n } from '../i18n/i18n';
import { titledBy } from '../meta';
import { requestScope } from '../session.server';

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requestScope(request, context);
  const { newsItem } = await scope.api(KbNewsItemQuery, { slug: params.slug ?? '' });
  return { item: newsItem };
}

export const meta = titledBy<{ item: { title: string } }>(
  'kb.article.title',
  (data) => ({ title: data.item.title }),
  'kb.news.title',
);

export default function NewsPage() {
  const { item } = useLoaderData<typeof loader>();
  const { t, date } = useI18n();
  return (
    <article>
      <p className="back-link">
        <Link to="/storingen">
          <span aria-hidden="true">← </span>
          {t('kb.news.back')}
        </Link>
      </p>
      <h1>{item.title}</h1>
      <p className="kb-meta">{t('kb.news.published', { date: date(item.publishedAt ?? item.updatedAt) })}</p>
      <div
        className="kb-article-body"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the API renders Markdown with raw HTML escaped and unsafe links dropped (server markdown.ts).
        dangerouslySetInnerHTML={{ __html: item.bodyHtml }}
      />
    </article>
  );
}
