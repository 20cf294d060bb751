// /kennisbank/feed.xml: the Atom feed of the news and the outages (each outage's entry is updated with
// every step of its timeline), in the visitor's language, for feed readers.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { KbNewsAndOutagesQuery } from '../graphql/knowledge-base.server';
import { i18nFor } from '../i18n/messages.server';
import { atomFeed } from '../knowledge-base/atom.server';
import { requestScope } from '../session.server';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requestScope(request, context);
  const { t } = i18nFor(scope.language);
  const origin = context.config.publicUrl.replace(/\/+$/, '');
  const data = await scope.api(KbNewsAndOutagesQuery, { first: 20 });
  const news = data.newsItems.edges.map(({ node }) => ({
    id: `${origin}/nieuws/${node.slug}`,
    title: node.title,
    link: `${origin}/nieuws/${node.slug}`,
    updated: node.updatedAt,
    summary: node.summary,
  }));
  const outages = data.outages.edges.map(({ node }) => {
    const latest = node.updates.at(-1);
    return {
      id: `${origin}/storingen#storing-${node.id}`,
      title: `${t(`kb.status.${node.status}`)}: ${node.title} (${node.service})`,
      link: `${origin}/storingen#storing-${node.id}`,
      updated: latest?.createdAt ?? node.startedAt,
      summary: latest?.message ?? '',
    };
  });
  const body = atomFeed({
    id: `${origin}/kennisbank/feed.xml`,
    title: t('kb.feed.title'),
    link: `${origin}/storingen`,
    entries: [...outages, ...news].sort((a, b) => (a.updated < b.updated ? 1 : -1)),
  });
  return new Response(body, {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=60' },
  });
}
