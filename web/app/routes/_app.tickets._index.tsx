// /tickets: the organisation's tickets at the technical helpdesk. Views as tabs (links, each its own
// address): Openstaande tickets (the default, '003'), Mijn tickets and, for MEMBER_PLUS and ADMIN, Alle
// tickets of the organisation ('001'); search by number or keyword, filters on status, category and
// support type, sort by last change, number or status; 20 a page with 'Vorige' / 'Volgende'.
import type { LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { EmptyState } from '../components/empty-state';
import { PlusIcon } from '../components/icons';
import { useI18n } from '../i18n/i18n';
import { KeysetPager } from '../lists/keyset-pager';
import messagesCss from '../messages/messages.css?url';
import { countText } from '../messages/plural';
import { titled } from '../meta';
import { requireViewer } from '../session.server';
import { loadTicketList } from '../tickets/list.server';
import {
  activeFilters,
  PAGE_SIZE,
  readTicketListParams,
  ticketListSearch,
  viewsFor,
} from '../tickets/list-params';
import { TicketFilters } from '../tickets/ticket-filters';
import { TicketTable } from '../tickets/ticket-table';
import ticketsCss from '../tickets/tickets.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: messagesCss },
  { rel: 'stylesheet', href: ticketsCss },
];

export const meta = titled('tickets.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireViewer(request, context);
  // Department staff work on tickets in their own queue view.
  if (scope.viewer.isStaff) throw redirect('/staff/tickets');
  const views = viewsFor(scope.viewer.roles);
  const params = readTicketListParams(new URL(request.url).searchParams, views);
  const page = await loadTicketList(scope, params);
  return { views, params, page };
}

let focusAfterPaging = false;

export default function TicketsPage() {
  const { views, params, page } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const summary = useRef<HTMLParagraphElement>(null);
  const filtered = activeFilters(params.filters) > 0;
  const viewLabel = t(`tickets.view.${params.view}`);
  const first = page.rows[0]?.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when another page of rows is shown
  useEffect(() => {
    if (!focusAfterPaging) return;
    focusAfterPaging = false;
    summary.current?.focus();
  }, [first, page.page]);

  return (
    <>
      <div className="page-heading">
        <h1>{t('tickets.title')}</h1>
        <Link to="/tickets/new" className="button button-primary">
          <PlusIcon />
          {t('tickets.new.open')}
        </Link>
      </div>
      <p className="lead">{t('tickets.intro')}</p>
      <nav className="msg-tabs" aria-label={t('tickets.view.label')}>
        <ul>
          {views.map((view) => (
            <li key={view}>
              <Link
                to={`/tickets${ticketListSearch({ ...params, view }, { after: null, before: null, page: null })}`}
                aria-current={view === params.view ? 'page' : undefined}
                className="msg-tab"
                preventScrollReset
              >
                {t(`tickets.view.${view}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="tab-panel" aria-labelledby="view-title">
        <h2 id="view-title" className="visually-hidden">
          {viewLabel}
        </h2>
        <p className="muted">{t(`tickets.view.${params.view}.intro`)}</p>
        <TicketFilters params={params} categories={page.categories} supportTypes={page.supportTypes} />
        <p className="list-summary" ref={summary} tabIndex={-1}>
          {countText(
            t,
            filtered ? 'tickets.list.found' : 'tickets.list.total',
            page.total,
            {},
            page.totalCapped,
          )}
        </p>
        {page.rows.length > 0 ? (
          <TicketTable rows={page.rows} caption={viewLabel} showRequester={params.view === 'ALL'} />
        ) : filtered ? (
          <EmptyState title={t('tickets.list.noMatch')}>
            <p>{t('tickets.list.noMatch.body')}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t(`tickets.list.empty.${params.view}`)}>
            <p>{t('tickets.list.empty.body')}</p>
            <p>
              <Link to="/tickets/new">{t('tickets.new.open')}</Link>
            </p>
          </EmptyState>
        )}
        <KeysetPager
          page={page}
          pageSize={PAGE_SIZE}
          label={t('tickets.paging.label', { list: viewLabel })}
          search={(changes) => ticketListSearch(params, changes)}
          onPage={() => {
            focusAfterPaging = true;
          }}
        />
      </section>
    </>
  );
}
