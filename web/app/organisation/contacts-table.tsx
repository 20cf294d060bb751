// Contactpersonengegevens: the contacts of one page as a table (cards on a phone): name, email and
// phone, themes, confirmation state (with 'Bevestigingsmail opnieuw sturen' under an unconfirmed one),
// access to the e-loket (with 'Uitnodigen' under a 'Nee'), and for an ADMIN edit and remove.
import { Link, useFetcher } from '@remix-run/react';
import { EmailAddress } from '../components/email-address';
import type { ContactPersonFieldsFragment } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { ContactStatus } from './contact-status';
import { RESEND_FORM } from './forms';
import { UndeliverableNotice } from './undeliverable-notice';

export function contactName(contact: { firstName: string; lastName: string }): string {
  return `${contact.firstName} ${contact.lastName}`.trim();
}

export function ContactsTable({
  contacts,
  admin,
}: {
  contacts: ContactPersonFieldsFragment[];
  admin: boolean;
}) {
  const { t } = useI18n();
  // Resending stays on the page (a fetcher the page reads the answer of; without JavaScript, a post).
  const resend = useFetcher({ key: RESEND_FORM });
  const resending = resend.state === 'submitting' ? resend.formData?.get('id') : null;
  return (
    <table className="table table-cards contacts-table">
      <caption className="visually-hidden">{t('contacts.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('contacts.name')}</th>
          <th scope="col">{t('contacts.details')}</th>
          <th scope="col">{t('contacts.themes')}</th>
          <th scope="col">{t('contacts.status')}</th>
          <th scope="col">{t('contacts.access')}</th>
          {admin ? (
            <th scope="col">
              <span className="visually-hidden">{t('contacts.actions')}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {contacts.map((contact) => {
          const name = contactName(contact);
          return (
            <tr key={contact.id}>
              <th scope="row" data-label={t('contacts.name')}>
                {name}
              </th>
              <td data-label={t('contacts.details')}>
                <div>
                  <span className="contact-email">
                    <EmailAddress address={contact.email} />
                  </span>
                  {contact.emailUndeliverable ? (
                    <UndeliverableNotice undeliverable={contact.emailUndeliverable} />
                  ) : null}
                  {contact.phone ? (
                    <span className="contact-phone">
                      <span className="visually-hidden">{t('contacts.phone')}: </span>
                      {contact.phone}
                    </span>
                  ) : null}
                </div>
              </td>
              <td data-label={t('contacts.themes')}>
                <ul className="plain-list">
                  {contact.themes.map((theme) => (
                    <li key={theme.id}>{theme.name}</li>
                  ))}
                </ul>
              </td>
              <td data-label={t('contacts.status')}>
                <div className="cell-stack">
                  <ContactStatus status={contact.status} />
                  {admin && contact.status === 'UNCONFIRMED' ? (
                    <resend.Form method="post">
                      <input type="hidden" name="intent" value="resend" />
                      <input type="hidden" name="id" value={contact.id} />
                      <input type="hidden" name="name" value={name} />
                      <button
                        type="submit"
                        className="button-text"
                        aria-label={t('contacts.resend.label', { name })}
                        disabled={resending === contact.id}
                      >
                        {t('contacts.resend')}
                      </button>
                    </resend.Form>
                  ) : null}
                </div>
              </td>
              <td data-label={t('contacts.access')}>
                <div className="cell-stack">
                  <span>{t(contact.hasAccess ? 'contacts.access.yes' : 'contacts.access.no')}</span>
                  {admin && !contact.hasAccess ? (
                    <Link
                      to={`/organisation/contacts/${contact.id}/invite`}
                      className="button-text"
                      aria-label={t('contacts.invite.label', { name })}
                    >
                      {t('contacts.invite')}
                    </Link>
                  ) : null}
                </div>
              </td>
              {admin ? (
                <td className="cell-action">
                  <div className="row-actions">
                    <Link
                      to={`/organisation/contacts/${contact.id}/edit`}
                      className="button button-secondary button-small"
                      aria-label={t('contacts.edit.label', { name })}
                    >
                      {t('contacts.edit')}
                    </Link>
                    <Link
                      to={`/organisation/contacts/${contact.id}/remove`}
                      className="button button-secondary button-small button-danger"
                      aria-label={t('contacts.remove.label', { name })}
                    >
                      {t('contacts.remove')}
                    </Link>
                  </div>
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
