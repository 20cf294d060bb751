// Gebruikers: the users of one page as a table (cards on a phone): name, email, authorisation role,
// status in words and icon, and the way to manage each.
import { Link } from '@remix-run/react';
import { EmailAddress } from '../components/email-address';
import { CheckIcon, ClockIcon, CrossIcon } from '../components/icons';
import type { OrganisationUserFieldsFragment, UserStatus } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { contactName } from './contacts-table';

const STATUS_LOOK: Record<UserStatus, { className: string; Icon: () => JSX.Element }> = {
  ACTIVE: { className: 'status-confirmed', Icon: CheckIcon },
  INVITED: { className: 'status-pending', Icon: ClockIcon },
  DISABLED: { className: 'status-disabled', Icon: CrossIcon },
};

export function UserStatusText({ status }: { status: UserStatus }) {
  const { t } = useI18n();
  const { className, Icon } = STATUS_LOOK[status];
  return (
    <span className={`status ${className}`}>
      <Icon />
      {t(`users.status.${status}`)}
    </span>
  );
}

export function UsersTable({
  users,
  viewerId,
}: {
  users: OrganisationUserFieldsFragment[];
  viewerId: string;
}) {
  const { t } = useI18n();
  return (
    <table className="table table-cards users-table">
      <caption className="visually-hidden">{t('users.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('users.name')}</th>
          <th scope="col">{t('users.email')}</th>
          <th scope="col">{t('users.role')}</th>
          <th scope="col">{t('users.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('users.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const name = contactName(user);
          return (
            <tr key={user.id}>
              <th scope="row" data-label={t('users.name')}>
                {name} {user.id === viewerId ? <span className="muted">{t('users.you')}</span> : null}
              </th>
              <td data-label={t('users.email')}>
                <EmailAddress address={user.email} />
              </td>
              <td data-label={t('users.role')}>{user.tenantRole ? t(`role.${user.tenantRole}`) : null}</td>
              <td data-label={t('users.status')}>
                <UserStatusText status={user.status} />
              </td>
              <td className="cell-action">
                <Link to={`/organisation/users/${user.id}`} aria-label={t('users.manage.label', { name })}>
                  {t('users.manage')}
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
