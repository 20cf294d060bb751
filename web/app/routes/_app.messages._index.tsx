// /messages (Mijn berichten): 'Ontvangen berichten' and 'Verstuurde berichten' as two tabs (links, so
// each is its own address and works without JavaScript), each 5 a page with 'Vorige' / 'Volgende',
// filters on every column that stay when switching tabs (the manual's tip: filter both on a reference
// number), unread messages marked in words and icon, and 'Stuur nieuw bericht'. New messages appear live.
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { PlusIcon } from '../components/icons';
import { useI18n } from '../i18n/i18n';
import { useLiveMessages } from '../live/use-live-messages';
import { loadHelp } from '../messages/help.server';
import { HelpWidget } from '../messages/help-widget';
import { loadMessageList } from '../messages/list.server';
import { type Box, listSearch, readListParams } from '../messages/list-params';
import { MessageList } from '../messages/message-list';
import messagesCss from '../messages/messages.css?url';
import { titled } from '../meta';
import { requireViewer } from '../session.server';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: messagesCss }];

export const meta = titled('msg.list.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  // Department staff read the organisations' messages in their own inbox.
  if (scope.viewer.isStaff) throw redirect('/staff');
  const params = readListParams(new URL(request.url).searchParams);
  const [page, help] = await Promise.all([
    loadMessageList(scope, params, params.box === 'sent' ? 'OUTBOUND' : 'INBOUND'),
    loadHelp(scope),
  ]);
  return { params, page, help };
}

export default function MessagesPage() {
  const { params, page, help } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  useLiveMessages({
    describe: (message) =>
      message.direction === 'OUTBOUND' ? t('msg.live.sentByColleague', { title: message.title }) : null,
  });
  const { counts } = page;
  const tabs: Array<{ box: Box; label: string; count: string }> = [
    {
      box: 'received',
      label: t('msg.box.received'),
      count:
        counts.unreadInbound > 0
          ? t('msg.box.receivedCount', { count: counts.inbound, unread: counts.unreadInbound })
          : String(counts.inbound),
    },
    { box: 'sent', label: t('msg.box.sent'), count: String(counts.outbound) },
  ];
  const current = tabs.find((tab) => tab.box === params.box) ?? tabs[0];
  return (
    <>
      <div className="page-heading">
        <h1>{t('msg.list.title')}</h1>
        <Link to="/messages/new" className="button button-primary">
          <PlusIcon />
          {t('msg.new.open')}
        </Link>
      </div>
      <p className="lead">{t('msg.list.intro')}</p>
      <nav className="msg-tabs" aria-label={t('msg.box.label')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.box}>
              <Link
                to={`/messages${listSearch({ ...params, box: tab.box }, { after: null, before: null, page: null })}`}
                aria-current={tab.box === params.box ? 'page' : undefined}
                className="msg-tab"
                preventScrollReset
              >
                {tab.label} <span className="msg-tab-count">({tab.count})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="tab-panel" aria-labelledby="box-title">
        <h2 id="box-title" className="visually-hidden">
          {current?.label}
        </h2>
        <MessageList
          id={params.box}
          mode={params.box}
          params={params}
          page={page}
          filterOptions={{ themes: page.themes }}
          caption={current?.label ?? ''}
          empty={
            params.box === 'received'
              ? {
                  title: t('msg.list.empty.received'),
                  body: <p>{t('msg.list.empty.received.body')}</p>,
                }
              : {
                  title: t('msg.list.empty.sent'),
                  body: (
                    <p>
                      <Link to="/messages/new">{t('msg.new.open')}</Link>
                    </p>
                  ),
                }
          }
        />
      </section>
      <HelpWidget teams={help.teams} email={help.email} ticketOptions={help.ticketOptions} folded />
    </>
  );
}
