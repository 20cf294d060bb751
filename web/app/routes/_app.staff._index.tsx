// /staff (Inbox): the threads of the department across organisations, latest activity first, 20 a page,
// narrowed by a GET form (team, theme, organisation, assigned handler, unanswered, reference number,
// words in the title). New messages of the teams shown arrive live and are announced.
import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react';
import { useState } from 'react';
import { EmptyState } from '../components/empty-state';
import { Field, SelectField } from '../components/field';
import { API_MAX_PAGE_SIZE, ApiError } from '../graphql/api.server';
import { StaffInboxOptionsQuery, StaffInboxQuery, StaffOrganisationNameQuery } from '../graphql/staff.server';
import { useI18n } from '../i18n/i18n';
import { announce } from '../live/announce';
import { useLiveMessages } from '../live/use-live-messages';
import { fullName } from '../messages/format';
import { titled } from '../meta';
import {
  inboxFilter,
  isDepartmentAdmin,
  isFiltered,
  readInboxParams,
  requireStaff,
  teamsOf,
} from '../staff/staff.server';
import { ThreadTable } from '../staff/thread-table';

export const meta = titled('staff.inbox.title');

const PAGE_SIZE = 20;
const FORM = 'inbox';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const { viewer } = scope;
  const url = new URL(request.url);
  const params = readInboxParams(url);
  const [options, inbox] = await Promise.all([
    scope.api(StaffInboxOptionsQuery, { organisations: API_MAX_PAGE_SIZE }),
    scope
      .api(StaffInboxQuery, {
        filter: inboxFilter(params, viewer.id),
        first: PAGE_SIZE,
        after: params.after || null,
      })
      .catch((error: unknown) => {
        // A cursor that is not one (edited or from an old page): start at the first page.
        if (params.after && error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
          url.searchParams.delete('after');
          throw redirect(`${url.pathname}${url.search}`);
        }
        throw error;
      }),
  ]);
  const organisations = options.organisations.edges.map((edge) => edge.node);
  if (params.organisation && !organisations.some((o) => o.id === params.organisation)) {
    const chosen = await scope.api(StaffOrganisationNameQuery, { id: params.organisation }).catch((error) => {
      // An organisation that is gone simply finds nothing.
      if (error instanceof Response && error.status === 404) return null;
      throw error;
    });
    if (chosen) organisations.push(chosen.organisation);
  }
  const handlers = new Map<string, string>();
  for (const team of options.teams)
    for (const handler of team.handlers) handlers.set(handler.id, fullName(handler));
  const myTeams = teamsOf(viewer.id, options.teams);
  const admin = isDepartmentAdmin(viewer);
  return {
    params,
    filtered: isFiltered(params),
    inbox: inbox.staffInbox,
    teams: options.teams.map((team) => ({ id: team.id, name: team.name })),
    themes: options.themes,
    organisations,
    handlers: [...handlers].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    myTeamNames: options.teams.filter((team) => myTeams.includes(team.id)).map((team) => team.name),
    admin,
    /** The teams whose new messages this page shows: null for every team. */
    liveTeams: params.team ? [params.team] : admin ? null : myTeams,
  };
}

export default function InboxPage() {
  const data = useLoaderData<typeof loader>();
  const { params, inbox } = data;
  const { t } = useI18n();
  const location = useLocation();
  const [fresh, setFresh] = useState<ReadonlySet<string>>(() => new Set());

  useLiveMessages({
    teams: data.liveTeams,
    onMessage: (message) => {
      if (message.direction !== 'OUTBOUND') return;
      setFresh((previous) => new Set(previous).add(message.referenceNumber));
      announce(
        t('staff.inbox.live.new', {
          organisation: message.organisation.name,
          title: message.title,
          reference: message.referenceNumber,
        }),
      );
    },
  });

  const threads = inbox.edges.map((edge) => edge.node);
  const count = inbox.totalCount ?? threads.length;
  const pageLink = (after: string | null) => {
    const search = new URLSearchParams(location.search);
    if (after) search.set('after', after);
    else search.delete('after');
    const query = search.toString();
    return `/staff${query ? `?${query}` : ''}`;
  };

  return (
    <>
      <div className="staff-page-heading">
        <h1>{t('staff.inbox.title')}</h1>
        <Link to="/staff/messages/new" className="button button-secondary">
          {t('staff.inbox.newMessage')}
        </Link>
      </div>
      <p className="lead">
        {t('staff.inbox.intro')}
        {!data.admin && data.myTeamNames.length > 0
          ? ` ${t('staff.inbox.filter.team.hint', { teams: data.myTeamNames.join(', ') })}`
          : null}
      </p>

      <section className="staff-filters" aria-labelledby="inbox-filters-title">
        <h2 id="inbox-filters-title" className="staff-filters-title">
          {t('staff.inbox.filters')}
        </h2>
        {/* Keyed by the address, so "Filters wissen" and paging show the filters in force. */}
        <Form method="get" key={location.search} className="staff-filters-form">
          <SelectField
            form={FORM}
            name="team"
            label={t('staff.inbox.filter.team')}
            defaultValue={params.team}
          >
            <option value="">
              {t(data.admin ? 'staff.inbox.filter.team.all' : 'staff.inbox.filter.team.mine')}
            </option>
            {!data.admin && <option value="all">{t('staff.inbox.filter.team.all')}</option>}
            {data.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            form={FORM}
            name="theme"
            label={t('staff.inbox.filter.theme')}
            defaultValue={params.theme}
          >
            <option value="">{t('staff.inbox.filter.theme.all')}</option>
            {data.themes.map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            form={FORM}
            name="organisation"
            label={t('staff.inbox.filter.organisation')}
            defaultValue={params.organisation}
          >
            <option value="">{t('staff.inbox.filter.organisation.all')}</option>
            {data.organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            form={FORM}
            name="handler"
            label={t('staff.inbox.filter.handler')}
            defaultValue={params.handler}
          >
            <option value="">{t('staff.inbox.filter.handler.any')}</option>
            <option value="me">{t('staff.inbox.filter.handler.me')}</option>
            <option value="none">{t('staff.inbox.filter.handler.none')}</option>
            <optgroup label={t('staff.inbox.filter.handler.team')}>
              {data.handlers.map((handler) => (
                <option key={handler.id} value={handler.id}>
                  {handler.name}
                </option>
              ))}
            </optgroup>
          </SelectField>
          <Field
            form={FORM}
            name="reference"
            label={t('staff.inbox.filter.reference')}
            defaultValue={params.reference}
            required={false}
            spellCheck={false}
            autoComplete="off"
          />
          <Field
            form={FORM}
            name="text"
            type="search"
            label={t('staff.inbox.filter.text')}
            defaultValue={params.text}
            required={false}
          />
          <div className="staff-checkbox staff-filters-wide">
            <input
              type="checkbox"
              id={`${FORM}-unanswered`}
              name="unanswered"
              value="1"
              defaultChecked={params.unanswered}
            />
            <label htmlFor={`${FORM}-unanswered`}>{t('staff.inbox.filter.unanswered')}</label>
          </div>
          <div className="form-actions staff-filters-wide">
            <button type="submit" className="button button-primary">
              {t('staff.inbox.filter.submit')}
            </button>
            {data.filtered ? <Link to="/staff">{t('staff.inbox.filter.clear')}</Link> : null}
          </div>
        </Form>
      </section>

      {threads.length > 0 ? (
        <>
          <p className="staff-list-count">
            {count === 1 && !inbox.totalCountCapped
              ? t('staff.inbox.count.one')
              : t('staff.inbox.count', { count: inbox.totalCountCapped ? `${count}+` : count })}
          </p>
          <ThreadTable threads={threads} caption={t('staff.inbox.caption')} fresh={fresh} />
        </>
      ) : data.filtered || params.after ? (
        <EmptyState title={t('staff.inbox.empty.filtered')}>
          <p>{t('staff.inbox.empty.filtered.next')}</p>
          <p>
            <Link to="/staff">{t('staff.inbox.filter.clear')}</Link>
          </p>
        </EmptyState>
      ) : (
        <EmptyState title={t(data.admin ? 'staff.inbox.empty.all' : 'staff.inbox.empty')}>
          <p>{t('staff.inbox.empty.next')}</p>
          <p>
            <Link to="/staff/messages/new">{t('staff.inbox.newMessage')}</Link>
          </p>
        </EmptyState>
      )}

      {params.after || inbox.pageInfo.hasNextPage ? (
        <nav className="staff-pagination" aria-label={t('staff.inbox.pagination')}>
          {params.after ? <Link to={pageLink(null)}>{t('staff.inbox.first')}</Link> : null}
          {inbox.pageInfo.hasNextPage && inbox.pageInfo.endCursor ? (
            <Link to={pageLink(inbox.pageInfo.endCursor)} className="staff-pagination-next">
              {t('staff.inbox.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
