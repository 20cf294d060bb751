// Status in words and icon, never by colour alone: a thread waiting for the department's answer, a
// contact person's confirmation, a user's account.
import { AlertIcon, CheckIcon, CircleIcon, ClockIcon, DotIcon } from '../components/icons';
import type { ContactPersonStatus, UserStatus } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';

export function ThreadStatus({ unanswered }: { unanswered: boolean }) {
  const { t } = useI18n();
  return unanswered ? (
    <span className="status staff-status-unanswered">
      <AlertIcon />
      {t('staff.status.unanswered')}
    </span>
  ) : (
    <span className="status staff-status-answered">
      <CheckIcon />
      {t('staff.status.answered')}
    </span>
  );
}

export function ContactStatus({ status }: { status: ContactPersonStatus }) {
  const { t } = useI18n();
  return status === 'CONFIRMED' ? (
    <span className="status staff-status-confirmed">
      <CheckIcon />
      {t('staff.organisation.contact.CONFIRMED')}
    </span>
  ) : (
    <span className="status staff-status-unconfirmed">
      <ClockIcon />
      {t('staff.organisation.contact.UNCONFIRMED')}
    </span>
  );
}

export function UserStatusText({ status }: { status: UserStatus }) {
  const { t } = useI18n();
  const Icon = status === 'ACTIVE' ? DotIcon : status === 'INVITED' ? ClockIcon : CircleIcon;
  return (
    <span className={`status staff-status-user-${status.toLowerCase()}`}>
      <Icon />
      {t(`staff.organisation.user.${status}`)}
    </span>
  );
}

/** A thread that arrived live while the page was open. */
export function NewMarker() {
  const { t } = useI18n();
  return (
    <span className="status staff-status-new">
      <DotIcon />
      {t('staff.inbox.new')}
    </span>
  );
}
