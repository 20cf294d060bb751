// The queue view's sidebar: the views (Mijn wachtrijen for who works queues, Mijn tickets, Niet
// toegewezen, Alle tickets) and every queue with its number of open tickets; the one shown is marked
// aria-current.
import { Link } from '@remix-run/react';
import type { StaffTicketQueueCountFieldsFragment } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';

export function QueueSidebar({
  counts,
  view,
  queue,
  worksQueues,
}: {
  counts: StaffTicketQueueCountFieldsFragment[];
  view: string;
  queue: string;
  /** The viewer works queues: 'Mijn wachtrijen' is offered (and is the default view). */
  worksQueues: boolean;
}) {
  const { t } = useI18n();
  const current = (yes: boolean) => (yes ? ('page' as const) : undefined);
  const views = [
    ...(worksQueues ? [{ key: 'queues', label: t('staffTickets.view.queues') }] : []),
    { key: 'mine', label: t('staffTickets.view.mine') },
    { key: 'unassigned', label: t('staffTickets.view.unassigned') },
    // Every ticket: the bare address, unless that opens 'Mijn wachtrijen'.
    { key: worksQueues ? 'all' : '', label: t('staffTickets.view.all') },
  ];
  return (
    <nav className="staff-ticket-sidebar" aria-label={t('staffTickets.queues')}>
      <h2 className="staff-ticket-sidebar-title">{t('staffTickets.views')}</h2>
      <ul>
        {views.map((item) => (
          <li key={item.key}>
            <Link
              to={item.key ? `/staff/tickets?view=${item.key}` : '/staff/tickets'}
              aria-current={current(!queue && (view === item.key || (item.key === 'all' && view === '')))}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="staff-ticket-sidebar-title">{t('staffTickets.queues')}</h2>
      <ul>
        {counts.map((count) => (
          <li key={count.queue.id}>
            <Link
              to={`/staff/tickets?queue=${count.queue.id}`}
              aria-current={current(queue === count.queue.id)}
              data-queue={count.queue.code}
            >
              <span>{count.queue.name}</span>{' '}
              <span className="staff-ticket-count">
                <span aria-hidden="true">{count.openCount}</span>
                <span className="visually-hidden">
                  {t('staffTickets.queue.count', { count: count.openCount })}
                </span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
