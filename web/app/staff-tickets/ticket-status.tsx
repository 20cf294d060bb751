// A ticket's status in words and icon, never by colour alone (the customer pages show the same six).
import { AlertIcon, CheckIcon, CircleIcon, ClockIcon, DotIcon } from '../components/icons';
import type { TicketStatus } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';

const ICONS = {
  NEW: DotIcon,
  OPEN: AlertIcon,
  ANSWERED: CheckIcon,
  POSTPONED: ClockIcon,
  RESOLVED: CheckIcon,
  CLOSED: CircleIcon,
} as const;

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useI18n();
  const Icon = ICONS[status];
  return (
    <span className={`status staff-ticket-status-${status.toLowerCase()}`}>
      <Icon />
      {t(`staffTickets.status.${status}`)}
    </span>
  );
}
