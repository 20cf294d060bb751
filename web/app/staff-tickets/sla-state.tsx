// A ticket's service level for staff (issue 14): the state in words, icon and colour (never colour alone),
// with the due time that matters now — the reaction's until the first public reply, then the
// resolution's — or 'gepauzeerd' while the resolution clock stands still. The ticket page lists both targets.
import { AlertIcon, CheckIcon, ClockIcon } from '../components/icons';
import type { SlaState, StaffTicketSlaFragment } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';

const ICONS = { ON_TRACK: CheckIcon, AT_RISK: ClockIcon, BREACHED: AlertIcon } as const;

export function SlaBadge({ state }: { state: SlaState | null | undefined }) {
  const { t } = useI18n();
  if (!state) return <span className="muted">{t('staffTickets.sla.none')}</span>;
  const Icon = ICONS[state];
  return (
    <span className={`status staff-sla-${state.toLowerCase()}`} data-sla={state}>
      <Icon />
      {t(`staffTickets.sla.${state}`)}
    </span>
  );
}

/** The queue view's cell: the state and the running target's due time (or that it is paused). */
export function SlaSummary({ ticket }: { ticket: StaffTicketSlaFragment }) {
  const { t, dateTime } = useI18n();
  const reactionRunning = !ticket.firstResponseAt && ticket.firstResponseDueAt;
  const due = reactionRunning
    ? { key: 'staffTickets.sla.reactionDue' as const, at: ticket.firstResponseDueAt }
    : !ticket.resolvedAt && ticket.resolutionDueAt && !ticket.clockPaused
      ? { key: 'staffTickets.sla.resolutionDue' as const, at: ticket.resolutionDueAt }
      : null;
  return (
    <span className="staff-sla">
      <SlaBadge state={ticket.slaState} />
      {due?.at ? (
        <span className="staff-sla-due">
          {t(due.key)}{' '}
          <time dateTime={due.at} suppressHydrationWarning>
            {dateTime(due.at)}
          </time>
        </span>
      ) : null}
      {ticket.clockPaused && !reactionRunning && ticket.resolutionDueAt ? (
        <span className="staff-sla-due">{t('staffTickets.sla.paused')}</span>
      ) : null}
    </span>
  );
}

/** Met or breached once decided (done, or late while still open); null while running in time. */
export function targetOutcome(
  doneAt: string | null | undefined,
  dueAt: string | null | undefined,
  now: number,
): 'met' | 'breached' | null {
  if (!dueAt) return null;
  const due = Date.parse(dueAt);
  if (doneAt) return Date.parse(doneAt) <= due ? 'met' : 'breached';
  return now > due ? 'breached' : null;
}

/** Business minutes as "2 u 15 min" / "2 h 15 min". */
export function useBusinessDuration(): (minutes: number) => string {
  const { t } = useI18n();
  return (minutes) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    if (hours === 0) return t('staffTickets.sla.minutes', { minutes: rest });
    if (rest === 0) return t('staffTickets.sla.hours', { hours });
    return t('staffTickets.sla.hoursMinutes', { hours, minutes: rest });
  };
}
