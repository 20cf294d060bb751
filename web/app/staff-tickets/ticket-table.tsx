// The staff queue view's table: number, subject, organisation, status, priority, service level, queue, assignee,
// last update.
// Below 40rem the rows become cards (app.css), each cell named by its data-label.
import { Link } from '@remix-run/react';
import type { StaffTicketRowFragment } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { fullName } from '../messages/format';
import { TicketStatusBadge } from '../tickets/ticket-status';
import { SlaSummary } from './sla-state';
import { ticketPath } from './ticket-values';

export function TicketTable({ tickets, caption }: { tickets: StaffTicketRowFragment[]; caption: string }) {
  const { t, dateTime } = useI18n();
  return (
    <table className="table table-cards staff-ticket-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('staffTickets.col.subject')}</th>
          <th scope="col">{t('staffTickets.col.organisation')}</th>
          <th scope="col">{t('staffTickets.col.status')}</th>
          <th scope="col">{t('tickets.detail.priority')}</th>
          <th scope="col">{t('staffTickets.col.sla')}</th>
          <th scope="col">{t('staffTickets.col.queue')}</th>
          <th scope="col">{t('staffTickets.col.assignee')}</th>
          <th scope="col">{t('staffTickets.col.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {tickets.map((ticket) => (
          <tr key={ticket.id}>
            <th scope="row" className="staff-ticket-cell-subject">
              <Link to={ticketPath(ticket.number)} prefetch="intent">
                {ticket.subject}
              </Link>
              <span className="staff-thread-reference">
                <span className="visually-hidden">{t('staffTickets.col.number')} </span>
                {ticket.number}
              </span>
            </th>
            <td data-label={t('staffTickets.col.organisation')}>{ticket.organisation.name}</td>
            <td data-label={t('staffTickets.col.status')}>
              <TicketStatusBadge status={ticket.status} />
            </td>
            <td data-label={t('tickets.detail.priority')}>{t(`tickets.priority.${ticket.priority}`)}</td>
            <td data-label={t('staffTickets.col.sla')}>
              <SlaSummary ticket={ticket} />
            </td>
            <td data-label={t('staffTickets.col.queue')}>{ticket.queue.name}</td>
            <td data-label={t('staffTickets.col.assignee')}>
              {ticket.assignee ? (
                fullName(ticket.assignee)
              ) : (
                <span className="muted">{t('staffTickets.nobody')}</span>
              )}
            </td>
            <td data-label={t('staffTickets.col.updated')}>
              <time dateTime={ticket.updatedAt} suppressHydrationWarning>
                {dateTime(ticket.updatedAt)}
              </time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
