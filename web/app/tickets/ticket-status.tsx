// A ticket's status in words and icon (never by colour alone), the same on the organisation's pages and
// the staff's: Nieuw, Beantwoord, Open, Uitgesteld, Opgelost, Gesloten.
import { CheckIcon, CircleIcon, ClockIcon, DotIcon } from '../components/icons';
import type { TicketStatus } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';

const ICONS: Record<TicketStatus, () => React.JSX.Element> = {
  NEW: DotIcon,
  OPEN: DotIcon,
  ANSWERED: CircleIcon,
  POSTPONED: ClockIcon,
  RESOLVED: CheckIcon,
  CLOSED: CheckIcon,
};

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useI18n();
  const Icon = ICONS[status];
  return (
    <span className={`status ticket-status ticket-status-${status.toLowerCase()}`}>
      <Icon />
      {t(`tickets.status.${status}`)}
    </span>
  );
}
