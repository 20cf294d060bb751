// /organisation/contacts › Contactpersonengegevens: the help on confirming, Mijn taken, a filter by theme
// and status (a GET form), the contacts table, paged, and for an ADMIN the ways to add, edit, remove,
// resend the confirmation mail and invite. Live: tasksChanged reloads the data and announces it.
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useFetcher, useLoaderData } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { EmptyState } from '../components/empty-state';
import { Notice } from '../components/notice';
import { type Flash, takeFlash } from '../flash.server';
import { ApiError } from '../graphql/api.server';
import type { ContactPersonStatus } from '../graphql/generated/graphql';
import { ContactsPageQuery } from '../graphql/organisation.server';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { titled } from '../meta';
import { contactsListAction } from '../organisation/contacts.server';
import { ContactsTable } from '../organisation/contacts-table';
import { RESEND_FORM } from '../organisation/forms';
import { requireOrganisation } from '../organisation/organisation.server';
import { Pager } from '../organisation/pager';
import { PAGE_SIZE, readTrail } from '../organisation/paging';
import { TasksList } from '../organisation/tasks-list';
import { useLiveContacts } from '../organisation/use-live-contacts';
import { requireViewer } from '../session.server';
import { useFlashed } from '../use-flashed';

export const meta = titled('contacts.tab');

const NOTICES: Partial<Record<Flash['notice'], MessageKey>> = {
  'contact.added': 'contacts.notice.added',
  'contact.updated': 'contacts.notice.updated',
  'contact.updatedEmail': 'contacts.notice.updatedEmail',
  'contact.removed': 'contacts.notice.removed',
  'contact.invited': 'contacts.notice.invited',
};

const STATUSES: ContactPersonStatus[] = ['CONFIRMED', 'UNCONFIRMED'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { scope, organisation, admin } = await requireOrganisation(request, context);
  const url = new URL(request.url);
  const themeParam = url.searchParams.get('theme');
  const statusParam = url.searchParams.get('status');
  const themeId = organisation.themes.some((theme) => theme.id === themeParam) ? themeParam : null;
  const status = STATUSES.find((s) => s === statusParam) ?? null;
  const trail = readTrail(url.searchParams);
  const filter = themeId || status ? { themeId, status } : null;
  let page: Awaited<ReturnType<typeof load>>;
  try {
    page = await load(trail.at(-1) ?? null);
  } catch (error) {
    // A cursor from an old or edited address: start again at the first page.
    if (error instanceof ApiError && error.code === 'BAD_USER_INPUT' && trail.length > 0) {
      url.searchParams.delete('pages');
      throw redirect(`${url.pathname}${url.search}`);
    }
    throw error;
  }
  function load(after: string | null) {
    return scope.api(ContactsPageQuery, { filter, first: PAGE_SIZE, after });
  }
  const { flash, headers } = takeFlash(request, context);
  return data(
    {
      admin,
      themes: organisation.themes,
      filter: { themeId, status },
      contacts: page.contactPersons.edges.map((edge) => edge.node),
      totalCount: page.contactPersons.totalCount ?? 0,
      pageInfo: page.contactPersons.pageInfo,
      anyContacts: (page.all.totalCount ?? 0) > 0,
      tasks: page.tasks,
      notice: (flash && NOTICES[flash.notice]) ?? null,
    },
    { headers },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const scope = await requireViewer(request, context);
  return contactsListAction(scope, await request.formData());
}

function FilterForm({
  themes,
  filter,
}: {
  themes: Array<{ id: string; name: string }>;
  filter: { themeId: string | null; status: ContactPersonStatus | null };
}) {
  const { t } = useI18n();
  const active = filter.themeId !== null || filter.status !== null;
  return (
    <Form method="get" className="filter-form" aria-labelledby="contacts-filter-title">
      <h3 id="contacts-filter-title" className="visually-hidden">
        {t('contacts.filter.title')}
      </h3>
      <div className="field">
        <label htmlFor="filter-theme" className="field-label">
          {t('contacts.filter.theme')}
        </label>
        <select id="filter-theme" name="theme" className="input select" defaultValue={filter.themeId ?? ''}>
          <option value="">{t('contacts.filter.allThemes')}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status" className="field-label">
          {t('contacts.filter.status')}
        </label>
        <select id="filter-status" name="status" className="input select" defaultValue={filter.status ?? ''}>
          <option value="">{t('contacts.filter.all')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`contacts.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-actions">
        <button type="submit" className="button button-secondary">
          {t('contacts.filter.submit')}
        </button>
        {active ? <Link to="/organisation/contacts">{t('contacts.filter.clear')}</Link> : null}
      </div>
    </Form>
  );
}

export default function ContactsPage() {
  const {
    admin,
    themes,
    filter,
    contacts,
    totalCount,
    pageInfo,
    anyContacts,
    tasks,
    notice: flashed,
  } = useLoaderData<typeof loader>();
  const notice = useFlashed(flashed);
  // The resend answer: from the rows' fetcher with JavaScript, from the post without.
  const resend = useFetcher<typeof action>({ key: RESEND_FORM });
  const posted = useActionData<typeof action>();
  const result = resend.data ?? posted;
  const { t } = useI18n();
  useLiveContacts(t('contacts.live.updated'));
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result?.form === RESEND_FORM) resultRef.current?.focus();
  }, [result]);
  const filtered = filter.themeId !== null || filter.status !== null;

  return (
    <section aria-labelledby="contacts-title">
      <div className="section-head">
        <h2 id="contacts-title">{t('contacts.tab')}</h2>
        {admin ? (
          <Link to="/organisation/contacts/new" className="button button-primary">
            <span aria-hidden="true">+</span> {t('contacts.add')}
          </Link>
        ) : null}
      </div>
      {/* The notice of the page this one came from; not beside the answer to a form sent here since. */}
      {notice && !result ? (
        <Notice kind="success">
          <p>{t(notice)}</p>
        </Notice>
      ) : null}
      {result?.form === RESEND_FORM ? (
        <div ref={resultRef} tabIndex={-1} className="notice-anchor">
          {result.ok ? (
            <Notice kind="success">
              <p>{result.notice}</p>
            </Notice>
          ) : (
            <Notice kind="warning">
              <p>
                <strong>{t('contacts.resend.failed', { name: result.values.name ?? '' })}</strong>
              </p>
              {result.errors.map((error) => (
                <p key={error.code}>{error.message}</p>
              ))}
            </Notice>
          )}
        </div>
      ) : null}
      <p>{t('contacts.help.short')}</p>
      <details className="help-box" open={!anyContacts}>
        <summary>{t('contacts.help.title')}</summary>
        <p>{t('contacts.help.themes')}</p>
        <p>{t('contacts.help.confirm')}</p>
        <p>{t('contacts.help.access')}</p>
      </details>
      <TasksList tasks={tasks} admin={admin} />
      {admin ? null : <p className="muted">{t('contacts.readOnly')}</p>}
      {anyContacts ? <FilterForm themes={themes} filter={filter} /> : null}
      {contacts.length > 0 ? (
        <>
          <p className="result-count">
            {totalCount === 1 ? t('contacts.count.one') : t('contacts.count', { count: totalCount })}
          </p>
          <ContactsTable contacts={contacts} admin={admin} />
          <Pager totalCount={totalCount} endCursor={pageInfo.endCursor} hasNextPage={pageInfo.hasNextPage} />
        </>
      ) : filtered ? (
        <EmptyState title={t('contacts.empty.filtered')}>
          <p>{t('contacts.empty.filtered.next')}</p>
          <p>
            <Link to="/organisation/contacts">{t('contacts.filter.clear')}</Link>
          </p>
        </EmptyState>
      ) : (
        <EmptyState title={t('contacts.empty.title')}>
          <p>{t(admin ? 'contacts.empty.admin' : 'contacts.empty.member')}</p>
          {admin ? (
            <p>
              <Link to="/organisation/contacts/new">{t('contacts.add')}</Link>
            </p>
          ) : null}
        </EmptyState>
      )}
    </section>
  );
}
