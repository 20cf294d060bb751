// /themes/:themeId (Themapagina): the theme's messages of both directions in one list, 5 a page, with
// the In/Uit filter besides the filters of Mijn berichten; 'Stuur nieuw bericht' for this theme; and,
// while the theme has no confirmed contact person, the task that says so. Updates live.
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { PlusIcon } from '../components/icons';
import { Notice } from '../components/notice';
import { MessagesThemeTasksQuery } from '../graphql/messages.server';
import { useI18n } from '../i18n/i18n';
import { useLiveMessages } from '../live/use-live-messages';
import { loadHelp } from '../messages/help.server';
import { HelpWidget } from '../messages/help-widget';
import { loadMessageList } from '../messages/list.server';
import { listSearch, readListParams } from '../messages/list-params';
import { MessageList } from '../messages/message-list';
import messagesCss from '../messages/messages.css?url';
import { titledBy } from '../meta';
import { UUID } from '../query-params';
import { requireViewer } from '../session.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: messagesCss }];

export const meta = titledBy<{ theme: { name: string } }>(
  'msg.theme.metaTitle',
  (data) => ({ theme: data.theme.name }),
  'msg.theme.fallbackTitle',
);

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  if (scope.viewer.isStaff) throw redirect('/staff');
  const themeId = params.themeId ?? '';
  if (!UUID.test(themeId)) throw new Response('Not Found', { status: 404, statusText: 'Not Found' });
  const list = readListParams(new URL(request.url).searchParams);
  const direction =
    list.filters.direction === 'in' ? 'INBOUND' : list.filters.direction === 'out' ? 'OUTBOUND' : null;
  const [page, { tasks }, help] = await Promise.all([
    loadMessageList(scope, list, direction, themeId),
    scope.api(MessagesThemeTasksQuery),
    loadHelp(scope, themeId),
  ]);
  // Only the organisation's own themes have a page.
  const theme = page.themes.find((th) => th.id === themeId);
  if (!theme) throw new Response('Not Found', { status: 404, statusText: 'Not Found' });
  const task = tasks.find((tk) => tk.theme.id === themeId) ?? null;
  return { theme, params: list, page, task, help };
}

export default function ThemePage() {
  const { theme, params, page, task, help } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  useLiveMessages({
    themeId: theme.id,
    tasks: true,
    describe: (message) =>
      message.direction === 'OUTBOUND' ? t('msg.live.sentByColleague', { title: message.title }) : null,
  });
  const newHref = `/messages/new?themeId=${encodeURIComponent(theme.id)}`;
  return (
    <>
      <p className="back-link">
        <Link to="/">
          <span aria-hidden="true">← </span>
          {t('msg.theme.back')}
        </Link>
      </p>
      <div className="page-heading">
        <h1>{t('msg.theme.title', { theme: theme.name })}</h1>
        <Link to={newHref} className="button button-primary">
          <PlusIcon />
          {t('msg.new.open')}
        </Link>
      </div>
      <p className="lead">{t('msg.theme.intro', { theme: theme.name })}</p>
      {task ? (
        <Notice kind="warning" live={false}>
          <p>{task.message}</p>
          <p>
            <Link to="/organisation/contacts">{t('home.tasks.action')}</Link>
          </p>
        </Notice>
      ) : null}
      <section aria-labelledby="theme-messages-title">
        <h2 id="theme-messages-title">{t('msg.theme.messages')}</h2>
        <nav className="msg-tabs direction-switch" aria-label={t('msg.theme.direction.label')}>
          <ul>
            {(
              [
                ['', 'msg.filter.direction.all'],
                ['in', 'msg.filter.direction.in'],
                ['out', 'msg.filter.direction.out'],
              ] as const
            ).map(([value, label]) => (
              <li key={value || 'all'}>
                <Link
                  to={`/themes/${encodeURIComponent(theme.id)}${listSearch(
                    params,
                    { direction: value || null, after: null, before: null, page: null },
                    { withBox: false },
                  )}`}
                  aria-current={params.filters.direction === value ? 'page' : undefined}
                  className="msg-tab"
                  preventScrollReset
                >
                  {t(label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <MessageList
          id="theme"
          mode="theme"
          params={params}
          page={page}
          filterOptions={{ themePage: true, themes: page.themes }}
          caption={t('msg.theme.messages')}
          empty={{
            title: t('msg.theme.empty', { theme: theme.name }),
            body: (
              <p>
                <Link to={newHref}>{t('msg.new.open')}</Link>
              </p>
            ),
          }}
        />
      </section>
      <HelpWidget teams={help.teams} email={help.email} ticketOptions={help.ticketOptions} folded />
    </>
  );
}
