// A page of tickets as a table (cards on a phone): number linking to the ticket, subject, status in words
// and icon, category, support type, requester (the organisation's list) and when it last changed.
import { Link } from '@remix-run/react';
import { useI18n } from '../i18n/i18n';
import { authorName } from '../messages/format';
import type { TicketRow } from './list.server';
import { ticketPath } from './ticket-fields';
import { TicketStatusBadge } from './ticket-status';

export function TicketTable({
  rows,
  caption,
  showRequester,
}: {
  rows: TicketRow[];
  caption: string;
  showRequester: boolean;
}) {
  const { t, dateTime } = useI18n();
  return (
    <table className="table table-cards ticket-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tickets.col.number')}</th>
          <th scope="col">{t('tickets.col.subject')}</th>
          <th scope="col">{t('tickets.col.status')}</th>
          <th scope="col">{t('tickets.col.category')}</th>
          <th scope="col">{t('tickets.col.supportType')}</th>
          {showRequester ? <th scope="col">{t('tickets.col.requester')}</th> : null}
          <th scope="col">{t('tickets.col.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td data-label={t('tickets.col.number')} className="cell-reference">
              <Link to={ticketPath(row.number)}>{row.number}</Link>
            </td>
            <th scope="row" data-label={t('tickets.col.subject')} className="cell-title">
              {row.subject}
            </th>
            <td data-label={t('tickets.col.status')}>
              <TicketStatusBadge status={row.status} />
            </td>
            <td data-label={t('tickets.col.category')}>{row.category.name}</td>
            <td data-label={t('tickets.col.supportType')}>{row.supportType.name}</td>
            {showRequester ? (
              <td data-label={t('tickets.col.requester')}>
                {row.requester ? authorName(row.requester, t('person.deleted')) : row.requesterEmail}
              </td>
            ) : null}
            <td data-label={t('tickets.col.updated')} className="cell-date">
              <time dateTime={row.updatedAt} suppressHydrationWarning>
                {dateTime(row.updatedAt)}
              </time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
