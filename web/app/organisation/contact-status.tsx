// A contact's confirmation state in words and icon (never by colour alone).
import { CheckIcon, ClockIcon } from '../components/icons';
import type { ContactPersonStatus } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';

export function ContactStatus({ status }: { status: ContactPersonStatus }) {
  const { t } = useI18n();
  const confirmed = status === 'CONFIRMED';
  return (
    <span className={`status ${confirmed ? 'status-confirmed' : 'status-pending'}`}>
      {confirmed ? <CheckIcon /> : <ClockIcon />}
      {t(confirmed ? 'contacts.status.CONFIRMED' : 'contacts.status.UNCONFIRMED')}
    </span>
  );
}
