// /staff/organisations (Organisaties): every organisation by name, searched by name or number, 20 a page.
import { type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react';
import { EmptyState } from '../components/empty-state';
import { Field } from '../components/field';
import { ApiError } from '../graphql/api.server';
import { StaffOrganisationsQuery } from '../graphql/staff.server';
import { useI18n } from '../i18n/i18n';
import { titled } from '../meta';
import { textParam } from '../query-params';
import { requireStaff } from '../staff/staff.server';

export const meta = titled('staff.organisations.title');

const PAGE_SIZE = 20;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const url = new URL(request.url);
  const search = textParam(url.searchParams.get('search'));
  const after = textParam(url.searchParams.get('after'), 400);
  try {
    const { organisations } = await scope.api(StaffOrganisationsQuery, {
      search: search || null,
      first: PAGE_SIZE,
      after: after || null,
    });
    return { search, after, organisations };
  } catch (error) {
    if (after && error instanceof ApiError && error.code === 'BAD_USER_INPUT') {
      url.searchParams.delete('after');
      throw redirect(`${url.pathname}${url.search}`);
    }
    throw error;
  }
}

export default function OrganisationsPage() {
  const { search, after, organisations } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const location = useLocation();
  const rows = organisations.edges.map((edge) => edge.node);
  const count = organisations.totalCount ?? rows.length;
  const pageLink = (cursor: string | null) => {
    const params = new URLSearchParams(location.search);
    if (cursor) params.set('after', cursor);
    else params.delete('after');
    const query = params.toString();
    return `/staff/organisations${query ? `?${query}` : ''}`;
  };
  return (
    <>
      <h1>{t('staff.organisations.title')}</h1>
      <p className="lead">{t('staff.organisations.intro')}</p>
      <Form method="get" className="staff-search-form" role="search" key={location.search}>
        <Field
          form="organisations"
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
      {search ? (
        <p>
          <Link to="/staff/organisations">{t('staff.organisations.search.clear')}</Link>
        </p>
      ) : null}
      {rows.length > 0 ? (
        <>
          <p className="staff-list-count">
            {count === 1 ? t('staff.organisations.count.one') : t('staff.organisations.count', { count })}
          </p>
          <table className="table table-cards">
            <caption className="visually-hidden">{t('staff.organisations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.organisations.col.name')}</th>
                <th scope="col">{t('staff.organisations.col.number')}</th>
                <th scope="col">{t('staff.organisations.col.email')}</th>
                <th scope="col">{t('staff.organisations.col.phone')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((organisation) => (
                <tr key={organisation.id}>
                  <th scope="row">
                    <Link to={`/staff/organisations/${organisation.id}`} prefetch="intent">
                      {organisation.name}
                    </Link>
                  </th>
                  <td data-label={t('staff.organisations.col.number')}>
                    {organisation.externalNumber ?? (
                      <span className="muted">{t('staff.organisation.notGiven')}</span>
                    )}
                  </td>
                  <td data-label={t('staff.organisations.col.email')}>
                    {organisation.email ? (
                      <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
                    ) : (
                      <span className="muted">{t('staff.organisation.notGiven')}</span>
                    )}
                  </td>
                  <td data-label={t('staff.organisations.col.phone')}>
                    {organisation.phone ?? <span className="muted">{t('staff.organisation.notGiven')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : search ? (
        <EmptyState title={t('staff.organisations.empty', { search })}>
          <p>{t('staff.organisations.empty.next')}</p>
        </EmptyState>
      ) : (
        <EmptyState title={t('staff.organisations.none')}>
          <p>{t('staff.organisations.none.next')}</p>
        </EmptyState>
      )}
      {after || organisations.pageInfo.hasNextPage ? (
        <nav className="staff-pagination" aria-label={t('staff.inbox.pagination')}>
          {after ? <Link to={pageLink(null)}>{t('staff.inbox.first')}</Link> : null}
          {organisations.pageInfo.hasNextPage && organisations.pageInfo.endCursor ? (
            <Link to={pageLink(organisations.pageInfo.endCursor)} className="staff-pagination-next">
              {t('staff.inbox.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
