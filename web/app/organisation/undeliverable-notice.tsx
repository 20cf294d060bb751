// 'E-mailadres onbestelbaar: 550 No such user (2 december 2026)': shown with a contact person whose
// address a mail could not be delivered to, until the address is changed or staff send the mail again.
import { AlertIcon } from '../components/icons';
import { useI18n } from '../i18n/i18n';

export function UndeliverableNotice({ undeliverable }: { undeliverable: { reason: string; since: string } }) {
  const { t, date } = useI18n();
  return (
    <span className="status status-pending contact-undeliverable">
      <AlertIcon />
      {t('contacts.undeliverable', { reason: undeliverable.reason, date: date(undeliverable.since) })}
    </span>
  );
}
