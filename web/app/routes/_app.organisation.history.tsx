// /organisation/history › Geschiedenis (ADMIN): who changed the organisation's data, contacts and users,
// when, which fields, old → new; newest first, paged. The API's events carry ids: the names come from
// the organisation's users and contacts, else from the event's own changes (a removed contact).
import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { EmptyState } from '../components/empty-state';
import { API_MAX_PAGE_SIZE, ApiError } from '../graphql/api.server';
import {
  ContactPersonsQuery,
  OrganisationHistoryQuery,
  OrganisationUsersQuery,
} from '../graphql/organisation.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { type HistoryEvent, HistoryTable } from '../organisation/history-table';
import { requireOrganisationAdmin } from '../organisation/organisation.server';
import { Pager } from '../organisation/pager';
import { PAGE_SIZE, readTrail } from '../organisation/paging';

export const meta = titled('history.tab');

function nameFromChanges(event: HistoryEvent): string | null {
  const value = (field: string) => {
    const change = event.changes.find((c) => c.field === field);
    return change ? (change.newValue ?? change.oldValue ?? '') : '';
  };
  const name = `${value('firstName')} ${value('lastName')}`.trim();
  return name || null;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { scope, organisation } = await requireOrganisationAdmin(request, context);
  const url = new URL(request.url);
  const trail = readTrail(url.searchParams);
  let history: Awaited<ReturnType<typeof load>>;
  try {
    history = await load();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && trail.length > 0)
      throw redirect(url.pathname);
    throw error;
  }
  function load() {
    return scope.api(OrganisationHistoryQuery, {
      organisationId: organisation.id,
      first: PAGE_SIZE,
      after: trail.at(-1) ?? null,
    });
  }
  const events: HistoryEvent[] = history.organisationHistory.edges.map((edge) => edge.node);
  const names: Record<string, string> = {};
  for (const event of [...events].reverse()) {
    const name = event.entityId ? nameFromChanges(event) : null;
    if (name && event.entityId) names[event.entityId] = name;
  }
  const [users, contacts] = [
    await scope.api(OrganisationUsersQuery),
    await scope.api(ContactPersonsQuery, { first: API_MAX_PAGE_SIZE }),
  ];
  for (const user of users.myOrganisation?.users ?? [])
    names[user.id] = `${user.firstName} ${user.lastName}`.trim();
  for (const { node } of contacts.contactPersons.edges)
    names[node.id] = `${node.firstName} ${node.lastName}`.trim();
  return {
    events,
    names,
    totalCount: history.organisationHistory.totalCount ?? 0,
    pageInfo: history.organisationHistory.pageInfo,
  };
}

export default function HistoryPage() {
  const { events, names, totalCount, pageInfo } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('history.tab')}</h2>
      <p>{t('history.intro')}</p>
      {events.length === 0 ? (
        <EmptyState title={t('history.empty')}>
          <p>{t('history.empty.next')}</p>
        </EmptyState>
      ) : (
        <>
          <HistoryTable events={events} names={names} />
          <Pager totalCount={totalCount} endCursor={pageInfo.endCursor} hasNextPage={pageInfo.hasNextPage} />
        </>
      )}
    </section>
  );
}
