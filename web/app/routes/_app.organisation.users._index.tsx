// /organisation/users › Gebruikers (ADMIN): the organisation's users with role and status, by name,
// paged, with the way to invite one and to manage each.
import { data, type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { EmptyState } from '../components/empty-state';
import { Notice } from '../components/notice';
import { type Flash, takeFlash } from '../flash.server';
import { ApiError } from '../graphql/api.server';
import { OrganisationUsersPageQuery } from '../graphql/organisation-users.server';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { titled } from '../meta';
import { requireOrganisationAdmin } from '../organisation/organisation.server';
import { Pager } from '../organisation/pager';
import { PAGE_SIZE, readTrail } from '../organisation/paging';
import { UsersTable } from '../organisation/users-table';
import { useFlashed } from '../use-flashed';

export const meta = titled('users.tab');

const NOTICES: Partial<Record<Flash['notice'], MessageKey>> = {
  'user.invited': 'users.notice.invited',
  'user.roleChanged': 'users.notice.roleChanged',
  'user.deactivated': 'users.notice.deactivated',
  'user.reactivated': 'users.notice.reactivated',
  'user.invitationResent': 'users.notice.invitationResent',
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { scope } = await requireOrganisationAdmin(request, context);
  const url = new URL(request.url);
  const trail = readTrail(url.searchParams);
  let page: Awaited<ReturnType<typeof load>>;
  try {
    page = await load();
  } catch (error) {
    // A cursor from an old or edited address: start again at the first page.
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && trail.length > 0)
      throw redirect(url.pathname);
    throw error;
  }
  function load() {
    return scope.api(OrganisationUsersPageQuery, { first: PAGE_SIZE, after: trail.at(-1) ?? null });
  }
  const { flash, headers } = takeFlash(request, context);
  return data(
    {
      viewerId: scope.viewer.id,
      users: page.organisationUsers.edges.map((edge) => edge.node),
      totalCount: page.organisationUsers.totalCount ?? 0,
      pageInfo: page.organisationUsers.pageInfo,
      notice: (flash && NOTICES[flash.notice]) ?? null,
    },
    { headers },
  );
}

export default function UsersPage() {
  const { viewerId, users, totalCount, pageInfo, notice: flashed } = useLoaderData<typeof loader>();
  const notice = useFlashed(flashed);
  const { t } = useI18n();
  return (
    <section aria-labelledby="users-title">
      <div className="section-head">
        <h2 id="users-title">{t('users.tab')}</h2>
        <Link to="/organisation/users/new" className="button button-primary">
          <span aria-hidden="true">+</span> {t('users.invite')}
        </Link>
      </div>
      {notice ? (
        <Notice kind="success">
          <p>{t(notice)}</p>
        </Notice>
      ) : null}
      <p>{t('users.intro')}</p>
      {users.length > 0 ? (
        <>
          <p className="result-count">
            {totalCount === 1 ? t('users.count.one') : t('users.count', { count: totalCount })}
          </p>
          <UsersTable users={users} viewerId={viewerId} />
          <Pager totalCount={totalCount} endCursor={pageInfo.endCursor} hasNextPage={pageInfo.hasNextPage} />
        </>
      ) : (
        <EmptyState title={t('users.empty')}>
          <p>
            <Link to="/organisation/users/new">{t('users.invite')}</Link>
          </p>
        </EmptyState>
      )}
    </section>
  );
}
