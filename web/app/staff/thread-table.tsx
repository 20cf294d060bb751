// The inbox's table of threads (a card per thread on a phone): title and reference number, organisation,
// theme and team, assigned handler, last activity in Brussels time, and whether it waits for an answer.
import { Link } from '@remix-run/react';
import type { StaffThreadRowFragment } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { fullName } from '../messages/format';
import { NewMarker, ThreadStatus } from './status';

export function ThreadTable({
  threads,
  caption,
  fresh,
  withOrganisation = true,
}: {
  threads: StaffThreadRowFragment[];
  caption: string;
  /** Reference numbers that arrived live while the page was open. */
  fresh?: ReadonlySet<string>;
  withOrganisation?: boolean;
}) {
  const { t, dateTime } = useI18n();
  return (
    <table className="table table-cards staff-thread-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('staff.inbox.col.message')}</th>
          {withOrganisation ? <th scope="col">{t('staff.inbox.col.organisation')}</th> : null}
          <th scope="col">{t('staff.inbox.col.themeTeam')}</th>
          <th scope="col">{t('staff.inbox.col.handler')}</th>
          <th scope="col">{t('staff.inbox.col.lastActivity')}</th>
          <th scope="col">{t('staff.inbox.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {threads.map((thread) => (
          <tr key={thread.id} className={thread.unanswered ? 'staff-row-unanswered' : undefined}>
            <th scope="row" className="staff-thread-cell-title">
              <Link to={`/staff/threads/${encodeURIComponent(thread.referenceNumber)}`} prefetch="intent">
                {thread.title}
              </Link>
              <span className="staff-thread-reference">{thread.referenceNumber}</span>
              {fresh?.has(thread.referenceNumber) ? <NewMarker /> : null}
            </th>
            {withOrganisation ? (
              <td data-label={t('staff.inbox.col.organisation')}>
                <Link to={`/staff/organisations/${thread.organisation.id}`}>{thread.organisation.name}</Link>
              </td>
            ) : null}
            <td data-label={t('staff.inbox.col.themeTeam')}>
              <span className="staff-two-lines">
                {thread.theme.name}
                <span className="muted">{thread.team.name}</span>
              </span>
            </td>
            <td data-label={t('staff.inbox.col.handler')}>
              {thread.assignedHandler ? (
                fullName(thread.assignedHandler)
              ) : (
                <span className="muted">{t('staff.inbox.nobody')}</span>
              )}
            </td>
            <td data-label={t('staff.inbox.col.lastActivity')}>
              <span className="staff-two-lines">
                <time dateTime={thread.lastMessageAt} suppressHydrationWarning>
                  {dateTime(thread.lastMessageAt)}
                </time>
                {thread.latestMessage ? (
                  <span className="muted">
                    {t('staff.inbox.by', { name: thread.latestMessage.senderLabel })}
                  </span>
                ) : null}
              </span>
            </td>
            <td data-label={t('staff.inbox.col.status')}>
              <ThreadStatus unanswered={thread.unanswered} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
