// /beheer/medewerkers (DEPARTMENT_ADMIN): the department's staff by name with role, status, teams and
// helpdesk queues, searched by name or email and filtered by role and status (a GET form), 20 a page;
// 'Medewerker uitnodigen' invites one.
import { data, type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { STAFF_ROLES, STAFF_STATUSES } from '../admin/staff-roles';
import { EmptyState } from '../components/empty-state';
import { Field, SelectField } from '../components/field';
import { Notice } from '../components/notice';
import { takeFlash } from '../flash.server';
import { ApiError } from '../graphql/api.server';
import { StaffUsersQuery } from '../graphql/staff-users.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { Pager } from '../organisation/pager';
import { PAGE_SIZE, readTrail } from '../organisation/paging';
import { textParam } from '../query-params';
import { useFlashed } from '../use-flashed';

export const meta = titled('admin.staff.title');

const FORM = 'admin-staff';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const url = new URL(request.url);
  const search = textParam(url.searchParams.get('search'));
  const role = STAFF_ROLES.find((r) => r === url.searchParams.get('role')) ?? null;
  const status = STAFF_STATUSES.find((s) => s === url.searchParams.get('status')) ?? null;
  const trail = readTrail(url.searchParams);
  try {
    const { staffUsers } = await scope.api(StaffUsersQuery, {
      search: search || null,
      role,
      status,
      first: PAGE_SIZE,
      after: trail.at(-1) ?? null,
    });
    const { flash, headers } = takeFlash(request, context);
    return data(
      {
        search,
        role,
        status,
        staffUsers,
        viewerId: scope.viewer.id,
        notice: flash?.notice === 'admin.staff.invited' ? ('admin.staff.invited' as const) : null,
      },
      { headers },
    );
  } catch (error) {
    // A cursor from an old or edited address: start again at the first page.
    if (trail.length > 0 && error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
      url.searchParams.delete('pages');
      throw redirect(`${url.pathname}${url.search}`);
    }
    throw error;
  }
}

export default function AdminStaffPage() {
  const { search, role, status, staffUsers, notice: flashed } = useLoaderData<typeof loader>();
  const notice = useFlashed(flashed);
  const { t } = useI18n();
  const location = useLocation();
  const rows = staffUsers.edges.map((edge) => edge.node);
  const total = staffUsers.totalCount ?? 0;
  const none = <span className="muted">{t('admin.staff.nothing')}</span>;
  return (
    <>
      <div className="section-head">
        <h1>{t('admin.staff.title')}</h1>
        <Link to="/beheer/medewerkers/nieuw" className="button button-primary">
          <span aria-hidden="true">+</span> {t('admin.staff.invite')}
        </Link>
      </div>
      {notice ? (
        <Notice kind="success">
          <p>{t(notice)}</p>
        </Notice>
      ) : null}
      <p>{t('admin.staff.intro')}</p>
      <Form method="get" className="staff-search-form" role="search" key={location.search}>
        <Field
          form={FORM}
          name="search"
          type="search"
          label={t('admin.staff.search')}
          hint={t('admin.staff.search.hint')}
          defaultValue={search}
          required={false}
        />
        <SelectField
          form={FORM}
          name="role"
          label={t('admin.staff.filter.role')}
          optional
          defaultValue={role ?? ''}
        >
          <option value="">{t('admin.staff.filter.role.all')}</option>
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`admin.staff.role.${r}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          form={FORM}
          name="status"
          label={t('admin.staff.filter.status')}
          optional
          defaultValue={status ?? ''}
        >
          <option value="">{t('admin.staff.filter.status.all')}</option>
          {STAFF_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`admin.staff.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button-secondary">
          {t('admin.staff.search.submit')}
        </button>
      </Form>
      {rows.length > 0 ? (
        <>
          <p className="result-count">
            {total === 1 ? t('admin.staff.count.one') : t('admin.staff.count', { count: total })}
          </p>
          <table className="table table-cards">
            <caption className="visually-hidden">{t('admin.staff.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.staff.col.name')}</th>
                <th scope="col">{t('admin.staff.col.email')}</th>
                <th scope="col">{t('admin.staff.col.role')}</th>
                <th scope="col">{t('admin.staff.col.status')}</th>
                <th scope="col">{t('admin.staff.col.teams')}</th>
                <th scope="col">{t('admin.staff.col.queues')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    <Link to={`/beheer/medewerkers/${user.id}`}>
                      {user.firstName} {user.lastName}
                    </Link>
                  </th>
                  <td data-label={t('admin.staff.col.email')}>{user.email}</td>
                  <td data-label={t('admin.staff.col.role')}>{t(`admin.staff.role.${user.role}`)}</td>
                  <td data-label={t('admin.staff.col.status')}>{t(`admin.staff.status.${user.status}`)}</td>
                  <td data-label={t('admin.staff.col.teams')}>
                    {user.teams.length > 0 ? user.teams.map((team) => team.name).join(', ') : none}
                  </td>
                  <td data-label={t('admin.staff.col.queues')}>
                    {user.queues.length > 0 ? user.queues.map((queue) => queue.name).join(', ') : none}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <EmptyState title={t('admin.staff.none')}>
          <p>{t('admin.staff.none.next')}</p>
        </EmptyState>
      )}
      <Pager
        totalCount={total}
        endCursor={staffUsers.pageInfo.endCursor}
        hasNextPage={staffUsers.pageInfo.hasNextPage}
      />
    </>
  );
}
