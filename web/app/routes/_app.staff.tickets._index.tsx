// /staff/tickets: the technical helpdesk's queue view for department staff. A sidebar with the views
// (Mijn tickets, Niet toegewezen, Alle tickets) and the queues with their open counts; a table of the
// tickets narrowed by a GET form (status, queue, type, category, organisation, assignee, label, service
// level, sort, search by number or words), 20 a page with Vorige / Volgende. Counts and list follow live
// changes, a ticket turning at risk or breached too (the SLA timer announces it on the queue topic).
import { type LinksFunction, type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react';
import { EmptyState } from '../components/empty-state';
import { Field, SelectField } from '../components/field';
import { API_MAX_PAGE_SIZE, ApiError } from '../graphql/api.server';
import type { StaffTicketsQueryVariables } from '../graphql/generated/graphql';
import { StaffTicketOptionsQuery, StaffTicketsQuery } from '../graphql/staff-tickets.server';
import { useI18n } from '../i18n/i18n';
import { fullName } from '../messages/format';
import { titled } from '../meta';
import { requireStaff } from '../staff/staff.server';
import { queueHref } from '../staff-tickets/queue-href';
import {
  isFiltered,
  isPersonalView,
  queueFilter,
  readQueueParams,
  withDefaultView,
} from '../staff-tickets/queue-params.server';
import { QueueSidebar } from '../staff-tickets/queue-sidebar';
import staffTicketsCss from '../staff-tickets/staff-tickets.css?url';
import { TicketTable } from '../staff-tickets/ticket-table';
import { SLA_STATES, SORTS, STATUSES } from '../staff-tickets/ticket-values';
import { useLiveTickets } from '../staff-tickets/use-live-tickets';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: staffTicketsCss }];

export const meta = titled('staffTickets.list.title');

const PAGE_SIZE = 20;
const FORM = 'tickets';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const url = new URL(request.url);
  const options = await scope.api(StaffTicketOptionsQuery, { organisations: API_MAX_PAGE_SIZE });
  // Someone who works helpdesk queues (set under /beheer/medewerkers) starts on 'Mijn wachtrijen'.
  const worksQueues = options.ticketQueueCounts.some((c) => c.worksHere);
  const params = withDefaultView(readQueueParams(url), worksQueues);
  const page: StaffTicketsQueryVariables = params.before
    ? { sort: params.sort, last: PAGE_SIZE, before: params.before }
    : { sort: params.sort, first: PAGE_SIZE, after: params.after || null };
  const [list] = await Promise.all([
    scope.api(StaffTicketsQuery, { ...page, filter: queueFilter(params) }).catch((error) => {
      // A cursor that is not one (edited or from an old page): start at the first page.
      if ((params.after || params.before) && error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
        url.searchParams.delete('after');
        url.searchParams.delete('before');
        throw redirect(`${url.pathname}${url.search}`);
      }
      throw error;
    }),
  ]);
  const staff = new Map<string, string>();
  for (const team of options.teams)
    for (const handler of team.handlers) staff.set(handler.id, fullName(handler));
  return {
    params,
    worksQueues,
    personalView: isPersonalView(params),
    filtered: isFiltered(params),
    list: list.staffTickets,
    counts: options.ticketQueueCounts,
    categories: options.ticketCategories,
    types: options.ticketSupportTypes,
    labels: options.ticketLabels,
    organisations: options.organisations.edges.map((edge) => edge.node),
    staff: [...staff].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export default function StaffTicketsPage() {
  const data = useLoaderData<typeof loader>();
  const { params, list } = data;
  const { t } = useI18n();
  const { search } = useLocation();
  useLiveTickets({ text: t('staffTickets.live') });

  const tickets = list.edges.map((edge) => edge.node);
  const count = list.totalCount ?? tickets.length;
  const heading = params.queue
    ? (data.counts.find((c) => c.queue.id === params.queue)?.queue.name ?? t('staffTickets.list.title'))
    : params.view === 'mine'
      ? t('staffTickets.view.mine')
      : params.view === 'unassigned'
        ? t('staffTickets.view.unassigned')
        : params.view === 'queues'
          ? t('staffTickets.view.queues')
          : t('staffTickets.view.all');

  return (
    <>
      <div className="staff-page-heading">
        <h1>{t('staffTickets.list.title')}</h1>
        <Link to="/staff/tickets/new" className="button button-secondary">
          {t('staffTickets.list.new')}
        </Link>
      </div>
      <p className="lead">{t('staffTickets.list.intro')}</p>

      <div className="staff-ticket-layout">
        <QueueSidebar
          counts={data.counts}
          view={params.view}
          queue={params.queue}
          worksQueues={data.worksQueues}
        />
        <div className="staff-ticket-main">
          <h2 className="staff-ticket-view-title">{heading}</h2>
          <section className="staff-filters" aria-labelledby="ticket-filters-title">
            <h3 id="ticket-filters-title" className="staff-filters-title">
              {t('staffTickets.filters')}
            </h3>
            {/* Keyed by the address, so "Filters wissen" and paging show the filters in force. */}
            <Form method="get" key={search} className="staff-filters-form">
              {params.view ? <input type="hidden" name="view" value={params.view} /> : null}
              <Field
                form={FORM}
                name="q"
                type="search"
                label={t('staffTickets.filter.search')}
                hint={t('staffTickets.filter.search.hint')}
                defaultValue={params.q}
                required={false}
                spellCheck={false}
              />
              <SelectField
                form={FORM}
                name="status"
                label={t('staffTickets.filter.status')}
                defaultValue={params.status}
              >
                <option value="">{t('staffTickets.filter.status.open')}</option>
                <option value="all">{t('staffTickets.filter.status.all')}</option>
                {STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`tickets.status.${status}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                form={FORM}
                name="queue"
                label={t('staffTickets.filter.queue')}
                defaultValue={params.queue}
              >
                <option value="">{t('staffTickets.filter.queue.all')}</option>
                {data.counts.map((c) => (
                  <option key={c.queue.id} value={c.queue.id}>
                    {c.queue.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                form={FORM}
                name="type"
                label={t('staffTickets.filter.type')}
                defaultValue={params.type}
              >
                <option value="">{t('staffTickets.filter.type.all')}</option>
                {data.types.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                form={FORM}
                name="category"
                label={t('staffTickets.filter.category')}
                defaultValue={params.category}
              >
                <option value="">{t('staffTickets.filter.category.all')}</option>
                {data.categories.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.active ? option.name : t('staffTickets.category.inactive', { name: option.name })}
                  </option>
                ))}
              </SelectField>
              <SelectField
                form={FORM}
                name="organisation"
                label={t('staffTickets.filter.organisation')}
                defaultValue={params.organisation}
              >
                <option value="">{t('staffTickets.filter.organisation.all')}</option>
                {data.organisations.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </SelectField>
              {data.personalView ? null : (
                <SelectField
                  form={FORM}
                  name="assignee"
                  label={t('staffTickets.filter.assignee')}
                  defaultValue={params.assignee}
                >
                  <option value="">{t('staffTickets.filter.assignee.any')}</option>
                  {data.staff.map((person) => (
                    <option key={person.id} value={person.id}>
                      {person.name}
                    </option>
                  ))}
                </SelectField>
              )}
              <SelectField
                form={FORM}
                name="label"
                label={t('staffTickets.filter.label')}
                defaultValue={params.label}
              >
                <option value="">{t('staffTickets.filter.label.all')}</option>
                {data.labels.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                form={FORM}
                name="sla"
                label={t('staffTickets.filter.sla')}
                defaultValue={params.sla}
              >
                <option value="">{t('staffTickets.filter.sla.all')}</option>
                {SLA_STATES.map((state) => (
                  <option key={state} value={state}>
                    {t(`staffTickets.sla.${state}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField
                form={FORM}
                name="sort"
                label={t('staffTickets.filter.sort')}
                defaultValue={params.sort}
              >
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`staffTickets.sort.${sort}`)}
                  </option>
                ))}
              </SelectField>
              <div className="form-actions staff-filters-wide">
                <button type="submit" className="button button-primary">
                  {t('staffTickets.filter.submit')}
                </button>
                {data.filtered ? (
                  <Link to={queueHref('', { view: params.view, queue: params.queue })}>
                    {t('staffTickets.filter.clear')}
                  </Link>
                ) : null}
              </div>
            </Form>
          </section>

          {tickets.length > 0 ? (
            <>
              <p className="staff-list-count">
                {count === 1 && !list.totalCountCapped
                  ? t('staffTickets.count.one')
                  : t('staffTickets.count', { count: list.totalCountCapped ? `${count}+` : count })}
              </p>
              <TicketTable tickets={tickets} caption={`${t('staffTickets.caption')}: ${heading}`} />
            </>
          ) : (
            <EmptyState title={t('staffTickets.empty')}>
              <p>{t('staffTickets.empty.next')}</p>
            </EmptyState>
          )}

          {list.pageInfo.hasPreviousPage || list.pageInfo.hasNextPage ? (
            <nav className="staff-pagination" aria-label={t('staffTickets.pagination')}>
              {list.pageInfo.hasPreviousPage && list.pageInfo.startCursor ? (
                <Link to={queueHref(search, { after: '', before: list.pageInfo.startCursor })}>
                  {t('staffTickets.previous')}
                </Link>
              ) : null}
              {list.pageInfo.hasNextPage && list.pageInfo.endCursor ? (
                <Link
                  to={queueHref(search, { before: '', after: list.pageInfo.endCursor })}
                  className="staff-pagination-next"
                >
                  {t('staffTickets.next')}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </div>
      </div>
    </>
  );
}
