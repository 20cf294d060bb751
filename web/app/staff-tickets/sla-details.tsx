// The ticket page's service-level rows (inside its details list): the state, the reaction and the
// resolution target each with its due time and, once decided, met or breached, and the business time the
// resolution clock stood still.
import type { StaffTicketSlaFragment } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { SlaBadge, targetOutcome, useBusinessDuration } from './sla-state';

type Ticket = StaffTicketSlaFragment & { clockPausedMinutes?: number | null };

export function SlaDetails({ ticket, now }: { ticket: Ticket; now: number }) {
  const { t } = useI18n();
  const duration = useBusinessDuration();
  const paused = ticket.clockPausedMinutes ?? 0;
  return (
    <>
      <div>
        <dt>{t('staffTickets.sla.state')}</dt>
        <dd>
          <SlaBadge state={ticket.slaState} />
        </dd>
      </div>
      <Target
        label={t('staffTickets.sla.reaction')}
        dueAt={ticket.firstResponseDueAt}
        outcome={targetOutcome(ticket.firstResponseAt, ticket.firstResponseDueAt, now)}
        name="reaction"
      />
      <Target
        label={t('staffTickets.sla.resolution')}
        dueAt={ticket.resolutionDueAt}
        outcome={targetOutcome(ticket.resolvedAt, ticket.resolutionDueAt, now)}
        name="resolution"
        paused={ticket.clockPaused && !ticket.resolvedAt}
      />
      {paused > 0 || ticket.clockPaused ? (
        <div>
          <dt>{t('staffTickets.sla.pausedTime')}</dt>
          <dd data-sla-paused>
            {duration(paused)}
            {ticket.clockPaused ? <span className="muted"> ({t('staffTickets.sla.pausedNow')})</span> : null}
          </dd>
        </div>
      ) : null}
    </>
  );
}

function Target({
  label,
  dueAt,
  outcome,
  name,
  paused = false,
}: {
  label: string;
  dueAt: string | null | undefined;
  outcome: 'met' | 'breached' | null;
  name: string;
  paused?: boolean;
}) {
  const { t, dateTime } = useI18n();
  return (
    <div>
      <dt>{label}</dt>
      <dd data-sla-target={name}>
        {dueAt ? (
          <>
            {paused ? `${t('staffTickets.sla.paused')}, ` : null}
            {t('staffTickets.sla.due')}{' '}
            <time dateTime={dueAt} suppressHydrationWarning>
              {dateTime(dueAt)}
            </time>
            {outcome ? (
              <>
                {' '}
                <span className={`status staff-sla-${outcome === 'met' ? 'on_track' : 'breached'}`}>
                  {t(outcome === 'met' ? 'staffTickets.sla.met' : 'staffTickets.sla.breached')}
                </span>
              </>
            ) : null}
          </>
        ) : (
          <span className="muted">{t('staffTickets.sla.noTarget')}</span>
        )}
      </dd>
    </div>
  );
}
