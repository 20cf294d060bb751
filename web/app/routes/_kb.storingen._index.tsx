// /storingen (003 §2: 'actuele storingen' and 'het laatste nieuws'): the outages, open and resolved, each
// with its timeline, and the news; and the Atom feed for those who follow them.
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '../components/empty-state';
import { KbNewsAndOutagesQuery } from '../graphql/knowledge-base.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { requestScope } from '../session.server';

export const meta = titled('kb.updates.title');

export const links: LinksFunction = () => [
  { rel: 'alternate', type: 'application/atom+xml', href: '/kennisbank/feed.xml', title: 'Atom' },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requestScope(request, context);
  const data = await scope.api(KbNewsAndOutagesQuery, { first: 20 });
  return {
    outages: data.outages.edges.map((e) => e.node),
    news: data.newsItems.edges.map((e) => e.node),
  };
}

export default function UpdatesPage() {
  const { outages, news } = useLoaderData<typeof loader>();
  const { t, date, dateTime } = useI18n();
  return (
    <>
      <h1>{t('kb.updates.title')}</h1>
      <p className="lead">{t('kb.updates.intro')}</p>
      <p>
        <a href="/kennisbank/feed.xml">{t('kb.feed')}</a>
      </p>
      <section aria-labelledby="kb-outages-title">
        <h2 id="kb-outages-title">{t('kb.outages.title')}</h2>
        {outages.length === 0 ? (
          <EmptyState title={t('kb.outages.empty')} />
        ) : (
          outages.map((outage) => (
            <article
              key={outage.id}
              id={`storing-${outage.id}`}
              className={`kb-outage${outage.status === 'RESOLVED' ? ' kb-outage-resolved' : ''}`}
              aria-labelledby={`storing-${outage.id}-title`}
            >
              <h3 id={`storing-${outage.id}-title`}>{outage.title}</h3>
              <p>
                <span className="kb-status">{t(`kb.status.${outage.status}`)}</span> ·{' '}
                {t('kb.outages.service', { service: outage.service })} ·{' '}
                {outage.endedAt
                  ? t('kb.outages.periodEnded', {
                      start: dateTime(outage.startedAt),
                      end: dateTime(outage.endedAt),
                    })
                  : t('kb.outages.period', { start: dateTime(outage.startedAt) })}
              </p>
              <h4 className="visually-hidden">{t('kb.outages.timeline')}</h4>
              <ol className="kb-timeline">
                {outage.updates.map((update) => (
                  <li key={update.id}>
                    <time dateTime={update.createdAt}>{dateTime(update.createdAt)}</time> —{' '}
                    <strong>{t(`kb.status.${update.status}`)}</strong>: {update.message}
                  </li>
                ))}
              </ol>
            </article>
          ))
        )}
      </section>
      <section aria-labelledby="kb-news-title">
        <h2 id="kb-news-title">{t('kb.news.title')}</h2>
        {news.length === 0 ? (
          <EmptyState title={t('kb.news.empty')} />
        ) : (
          <ul className="kb-results">
            {news.map((item) => (
              <li key={item.id}>
                <h3>
                  <Link to={`/nieuws/${item.slug}`}>{item.title}</Link>
                </h3>
                <p>{item.summary}</p>
                <p className="kb-meta">
                  {t('kb.news.published', { date: date(item.publishedAt ?? item.updatedAt) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
