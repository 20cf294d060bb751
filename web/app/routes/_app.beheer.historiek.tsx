// /beheer/historiek (DEPARTMENT_ADMIN): who changed what in the administration, when, and each field's
// old and new value; newest first, 20 a page, filtered by kind (a GET form: works without JavaScript).
import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { Form, useLoaderData, useLocation } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { EmptyState } from '../components/empty-state';
import { SelectField } from '../components/field';
import { AdminHistoryQuery, AdminThemesQuery } from '../graphql/administration.server';
import { ApiError } from '../graphql/api.server';
import type { AdminHistoryKind } from '../graphql/generated/graphql';
import { StaffUserNamesQuery } from '../graphql/staff-users.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { type HistoryEvent, HistoryTable } from '../organisation/history-table';
import { Pager } from '../organisation/pager';
import { PAGE_SIZE, readTrail } from '../organisation/paging';

export const meta = titled('admin.history.title');

const KINDS = [
  'ORGANISATION',
  'THEME',
  'TEAM',
  'STAFF',
  'TICKET_SETTINGS',
  'KNOWLEDGE_BASE',
  'WEBHOOK',
] as const satisfies readonly AdminHistoryKind[];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const url = new URL(request.url);
  const kind = KINDS.find((k) => k === url.searchParams.get('kind')) ?? null;
  const trail = readTrail(url.searchParams);
  try {
    const { adminHistory } = await scope.api(AdminHistoryQuery, {
      kind,
      first: PAGE_SIZE,
      after: trail.at(-1) ?? null,
    });
    const { themes, teams } = await scope.api(AdminThemesQuery);
    const events: HistoryEvent[] = adminHistory.edges.map((edge) => edge.node);
    // The organisation, theme or team an event is about names it in the 'What' column.
    const names: Record<string, string> = Object.fromEntries(
      [...themes, ...teams].map((item) => [item.id, item.name]),
    );
    for (const { node } of adminHistory.edges)
      if (node.organisation) names[node.organisation.id] = node.organisation.name;
    // The staff users the page's events are about, by name (one query for the page).
    const staffIds = [
      ...new Set(
        adminHistory.edges.flatMap(({ node }) =>
          node.entityType === 'staff-user' && node.entityId ? [node.entityId] : [],
        ),
      ),
    ];
    if (staffIds.length > 0) {
      const { staffUsers } = await scope.api(StaffUserNamesQuery, { ids: staffIds });
      for (const { node } of staffUsers.edges) names[node.id] = `${node.firstName} ${node.lastName}`;
    }
    return { kind, events, names, totalCount: adminHistory.totalCount ?? 0, pageInfo: adminHistory.pageInfo };
  } catch (error) {
    if (trail.length > 0 && error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
      url.searchParams.delete('pages');
      throw redirect(`${url.pathname}${url.search}`);
    }
    throw error;
  }
}

export default function AdminHistoryPage() {
  const { kind, events, names, totalCount, pageInfo } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const location = useLocation();
  return (
    <>
      <h1>{t('admin.history.title')}</h1>
      <p>{t('admin.history.intro')}</p>
      <Form method="get" className="staff-search-form" key={location.search}>
        <SelectField
          form="history"
          name="kind"
          label={t('admin.history.kind')}
          optional
          defaultValue={kind ?? ''}
        >
          <option value="">{t('admin.history.kind.all')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`admin.history.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-secondary">
          {t('admin.history.filter')}
        </button>
      </Form>
      {events.length === 0 ? (
        <EmptyState title={t('admin.history.empty')}>
          <p>{t('admin.history.empty.next')}</p>
        </EmptyState>
      ) : (
        <>
          <HistoryTable events={events} names={names} caption={t('admin.history.caption')} />
          <Pager totalCount={totalCount} endCursor={pageInfo.endCursor} hasNextPage={pageInfo.hasNextPage} />
        </>
      )}
    </>
  );
}
