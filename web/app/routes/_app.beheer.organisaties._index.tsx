// /beheer/organisaties (DEPARTMENT_ADMIN): every organisation by name with its numbers and whether it is
// active, searched by name or number, 20 a page; 'Nieuwe organisatie' creates one.
import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react';
import { requireDepartmentAdmin } from '../admin/admin.server';
import { EmptyState } from '../components/empty-state';
import { Field } from '../components/field';
import { AdminOrganisationsQuery } from '../graphql/administration.server';
import { ApiError } from '../graphql/api.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { Pager } from '../organisation/pager';
import { PAGE_SIZE, readTrail } from '../organisation/paging';
import { textParam } from '../query-params';

export const meta = titled('admin.organisations.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireDepartmentAdmin(request, context);
  const url = new URL(request.url);
  const search = textParam(url.searchParams.get('search'));
  const trail = readTrail(url.searchParams);
  try {
    const { organisations } = await scope.api(AdminOrganisationsQuery, {
      search: search || null,
      first: PAGE_SIZE,
      after: trail.at(-1) ?? null,
    });
    return { search, organisations };
  } catch (error) {
    // A cursor from an old or edited address: start again at the first page.
    if (trail.length > 0 && error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
      url.searchParams.delete('pages');
      throw redirect(`${url.pathname}${url.search}`);
    }
    throw error;
  }
}

export default function AdminOrganisationsPage() {
  const { search, organisations } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const location = useLocation();
  const rows = organisations.edges.map((edge) => edge.node);
  const notGiven = <span className="muted">{t('staff.organisation.notGiven')}</span>;
  return (
    <>
      <div className="section-head">
        <h1>{t('admin.organisations.title')}</h1>
        <Link to="/beheer/organisaties/nieuw" className="button button-primary">
          <span aria-hidden="true">+</span> {t('admin.organisations.new')}
        </Link>
      </div>
      <Form method="get" className="staff-search-form" role="search" key={location.search}>
        <Field
          form="admin-organisations"
          name="search"
          type="search"
          label={t('staff.organisations.search')}
          hint={t('staff.organisations.search.hint')}
          defaultValue={search}
          required={false}
        />
        <button type="submit" className="button button-secondary">
          {t('staff.organisations.search.submit')}
        </button>
      </Form>
      {rows.length > 0 ? (
        <table className="table table-cards">
          <caption className="visually-hidden">{t('staff.organisations.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.organisations.col.name')}</th>
              <th scope="col">{t('admin.organisations.field.enterpriseNumber')}</th>
              <th scope="col">{t('admin.organisations.field.recognitionNumber')}</th>
              <th scope="col">{t('admin.organisations.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((organisation) => (
              <tr key={organisation.id}>
                <th scope="row">
                  <Link to={`/beheer/organisaties/${organisation.id}`}>{organisation.name}</Link>
                </th>
                <td data-label={t('admin.organisations.field.enterpriseNumber')}>
                  {organisation.enterpriseNumber ?? notGiven}
                </td>
                <td data-label={t('admin.organisations.field.recognitionNumber')}>
                  {organisation.recognitionNumber ?? notGiven}
                </td>
                <td data-label={t('admin.organisations.status')}>
                  {organisation.deactivatedAt
                    ? t('admin.organisations.status.deactivated')
                    : t('admin.organisations.status.active')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <EmptyState
          title={search ? t('staff.organisations.empty', { search }) : t('staff.organisations.none')}
        >
          <p>{t('admin.organisations.none.next')}</p>
        </EmptyState>
      )}
      <Pager
        totalCount={organisations.totalCount ?? 0}
        endCursor={organisations.pageInfo.endCursor}
        hasNextPage={organisations.pageInfo.hasNextPage}
      />
    </>
  );
}
