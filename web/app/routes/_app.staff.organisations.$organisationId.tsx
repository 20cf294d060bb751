// /staff/organisations/:organisationId: one organisation for staff — its data and themes, open tasks
// (themes without a confirmed contact), contact persons with their themes and confirmation state, its
// users and roles, its recent threads, and the way to send it a new message.

import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { EmailAddress } from '../components/email-address';
import { EmptyState } from '../components/empty-state';
import { AlertIcon, ClockIcon } from '../components/icons';
import { StaffInboxQuery, StaffOrganisationQuery } from '../graphql/staff.server';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { fullName } from '../messages/format';
import { titledBy } from '../meta';
import { idParam } from '../query-params';
import { isDepartmentAdmin, requireStaff } from '../staff/staff.server';
import { ContactStatus, UserStatusText } from '../staff/status';
import { ThreadTable } from '../staff/thread-table';

export const meta = titledBy<{ organisation: { name: string } }>(
  'staff.organisation.metaTitle',
  (data) => ({ name: data.organisation.name }),
  'staff.organisations.title',
);

const RECENT_THREADS = 5;
/** Contact persons listed on the organisation's page. */
const CONTACTS_SHOWN = 50;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const scope = await requireStaff(request, context);
  const id = idParam(params.organisationId);
  if (!id) throw new Response('Not Found', { status: 404, statusText: 'Not Found' });
  // Two requests: together they would pass the API's cost limit.
  const [result, recent] = await Promise.all([
    scope.api(StaffOrganisationQuery, { id, contacts: CONTACTS_SHOWN }),
    scope.api(StaffInboxQuery, { filter: { organisationId: id, allTeams: true }, first: RECENT_THREADS }),
  ]);
  return {
    organisation: result.organisation,
    contacts: result.contactPersons.edges.map((edge) => edge.node),
    moreContacts: result.contactPersons.pageInfo.hasNextPage,
    tasks: result.tasks,
    threads: recent.staffInbox.edges.map((edge) => edge.node),
    threadCount: recent.staffInbox.totalCount ?? 0,
    admin: isDepartmentAdmin(scope.viewer),
  };
}

const WEB_ADDRESS = /^https?:\/\//i;

function Value({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return children ? children : <span className="muted">{t('staff.organisation.notGiven')}</span>;
}

export default function OrganisationPage() {
  const data = useLoaderData<typeof loader>();
  const { organisation, contacts, tasks, threads } = data;
  const { t } = useI18n();
  return (
    <>
      <p className="staff-back-link">
        <Link to="/staff/organisations">{t('staff.organisation.back')}</Link>
      </p>
      <div className="staff-page-heading">
        <h1>{organisation.name}</h1>
        <Link to={`/staff/messages/new?organisationId=${organisation.id}`} className="button button-primary">
          {t('staff.organisation.newMessage')}
        </Link>
      </div>

      <section aria-labelledby="organisation-data-title">
        <h2 id="organisation-data-title" className="visually-hidden">
          {t('staff.organisation.data')}
        </h2>
        <dl className="summary-list staff-organisation-summary">
          <div>
            <dt>{t('staff.organisation.number')}</dt>
            <dd>
              <Value>{organisation.externalNumber}</Value>
            </dd>
          </div>
          <div>
            <dt>{t('staff.organisation.phone')}</dt>
            <dd>
              <Value>
                {organisation.phone ? <a href={`tel:${organisation.phone}`}>{organisation.phone}</a> : null}
              </Value>
            </dd>
          </div>
          <div>
            <dt>{t('staff.organisation.email')}</dt>
            <dd>
              <Value>{organisation.email ? <EmailAddress address={organisation.email} link /> : null}</Value>
            </dd>
          </div>
          <div>
            <dt>{t('staff.organisation.website')}</dt>
            <dd>
              <Value>
                {organisation.websiteUrl && WEB_ADDRESS.test(organisation.websiteUrl) ? (
                  <a href={organisation.websiteUrl} rel="noopener noreferrer nofollow">
                    {organisation.websiteUrl}
                  </a>
                ) : (
                  organisation.websiteUrl
                )}
              </Value>
            </dd>
          </div>
          <div className="staff-summary-wide">
            <dt>{t('staff.organisation.themes')}</dt>
            <dd>{organisation.themes.map((theme) => theme.name).join(', ')}</dd>
          </div>
        </dl>
      </section>

      <div className="panels">
        <section className="panel" aria-labelledby="tasks-title">
          <h2 id="tasks-title">{t('staff.organisation.tasks')}</h2>
          {tasks.length > 0 ? (
            <ul className="staff-task-list">
              {tasks.map((task) => (
                <li key={task.id}>
                  <p className="staff-task-head">
                    <strong>{task.theme.name}</strong>
                    <span
                      className={`status ${task.awaitingConfirmation ? 'staff-status-unconfirmed' : 'staff-status-unanswered'}`}
                    >
                      {task.awaitingConfirmation ? <ClockIcon /> : <AlertIcon />}
                      {t(
                        task.awaitingConfirmation
                          ? 'staff.organisation.task.awaiting'
                          : 'staff.organisation.task.missing',
                      )}
                    </span>
                  </p>
                  <p className="staff-task-text">{task.message}</p>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t('staff.organisation.tasks.none')} />
          )}
        </section>

        <section className="panel" aria-labelledby="contacts-title">
          <h2 id="contacts-title">{t('staff.organisation.contacts')}</h2>
          {contacts.length > 0 ? (
            <>
              <table className="table table-cards">
                <caption className="visually-hidden">{t('staff.organisation.contacts.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('staff.organisation.contact.name')}</th>
                    <th scope="col">{t('staff.organisation.contact.email')}</th>
                    <th scope="col">{t('staff.organisation.contact.phone')}</th>
                    <th scope="col">{t('staff.organisation.contact.themes')}</th>
                    <th scope="col">{t('staff.organisation.contact.status')}</th>
                    <th scope="col">{t('staff.organisation.contact.access')}</th>
                  </tr>
                </thead>
                <tbody>
                  {contacts.map((contact) => (
                    <tr key={contact.id}>
                      <th scope="row">{fullName(contact)}</th>
                      <td data-label={t('staff.organisation.contact.email')}>
                        <a href={`mailto:${contact.email}`}>{contact.email}</a>
                      </td>
                      <td data-label={t('staff.organisation.contact.phone')}>
                        <Value>{contact.phone}</Value>
                      </td>
                      <td data-label={t('staff.organisation.contact.themes')}>
                        {contact.themes.map((theme) => theme.name).join(', ')}
                      </td>
                      <td data-label={t('staff.organisation.contact.status')}>
                        <ContactStatus status={contact.status} />
                      </td>
                      <td data-label={t('staff.organisation.contact.access')}>
                        {t(
                          contact.hasAccess
                            ? 'staff.organisation.contact.hasAccess'
                            : 'staff.organisation.contact.noAccess',
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {data.moreContacts ? (
                <p className="muted">{t('staff.organisation.contacts.more', { count: contacts.length })}</p>
              ) : null}
            </>
          ) : (
            <EmptyState title={t('staff.organisation.contacts.none')}>
              <p>{t('staff.organisation.contacts.none.next')}</p>
            </EmptyState>
          )}
        </section>

        <section className="panel" aria-labelledby="users-title">
          <h2 id="users-title">{t('staff.organisation.users')}</h2>
          {organisation.users.length > 0 ? (
            <table className="table table-cards">
              <caption className="visually-hidden">{t('staff.organisation.users.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staff.organisation.user.name')}</th>
                  <th scope="col">{t('staff.organisation.user.email')}</th>
                  <th scope="col">{t('staff.organisation.user.roles')}</th>
                  <th scope="col">{t('staff.organisation.user.status')}</th>
                </tr>
              </thead>
              <tbody>
                {organisation.users.map((user) => (
                  <tr key={user.id}>
                    <th scope="row">{fullName(user)}</th>
                    <td data-label={t('staff.organisation.user.email')}>
                      <a href={`mailto:${user.email}`}>{user.email}</a>
                    </td>
                    <td data-label={t('staff.organisation.user.roles')}>
                      {user.roles.map((role) => t(`role.${role}` as MessageKey)).join(', ')}
                    </td>
                    <td data-label={t('staff.organisation.user.status')}>
                      <UserStatusText status={user.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <EmptyState title={t('staff.organisation.users.none')} />
          )}
        </section>

        <section className="panel" aria-labelledby="threads-title">
          <h2 id="threads-title">
            {t(data.admin ? 'staff.organisation.threads' : 'staff.organisation.threads.mine')}
          </h2>
          {threads.length > 0 ? (
            <>
              <ThreadTable
                threads={threads}
                caption={t('staff.organisation.threads')}
                withOrganisation={false}
              />
              {data.threadCount > threads.length ? (
                <p>
                  <Link to={`/staff?organisation=${organisation.id}`}>
                    {t('staff.organisation.allThreads')}
                  </Link>
                </p>
              ) : null}
            </>
          ) : (
            <EmptyState title={t('staff.organisation.threads.none')}>
              <p>{t('staff.organisation.threads.none.next')}</p>
            </EmptyState>
          )}
        </section>
      </div>
    </>
  );
}
