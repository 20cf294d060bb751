// The page header: the e-loket mark with the organisation's name (the department's for staff), the
// language switch and, when logged in, the user menu and the main navigation.
import { Link, NavLink, useLocation } from '@remix-run/react';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';
import { UnreadBadge } from '../messages/unread-badge';
import { QuarantineBadge } from '../staff/quarantine-badge';
import { LogoMark } from './icons';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

interface NavItem {
  to: string;
  key: MessageKey;
  /** Pages under other paths that belong to this item's section (marked aria-current="true"). */
  section?: string[];
}

const NAV: NavItem[] = [
  { to: '/', key: 'nav.start' },
  { to: '/messages', key: 'nav.messages' },
  { to: '/organisation', key: 'nav.organisation' },
  { to: '/tickets', key: 'nav.tickets' },
  { to: '/chat', key: 'chat.nav' },
  { to: '/kennisbank', key: 'kb.nav' },
  { to: '/profile', key: 'nav.profile' },
];

/** Department staff: the inbox (with its threads and new messages), the tickets, the organisations, the reports, the profile. */
const STAFF_NAV: NavItem[] = [
  { to: '/staff', key: 'staff.nav.inbox', section: ['/staff/threads/', '/staff/messages/'] },
  { to: '/staff/tickets', key: 'staffTickets.nav' },
  { to: '/staff/chat', key: 'chat.nav' },
  { to: '/staff/organisations', key: 'staff.nav.organisations' },
  { to: '/staff/reports', key: 'reports.nav' },
  { to: '/staff/failed-mails', key: 'staff.nav.failedMails' },
  { to: '/staff/quarantine', key: 'quarantine.nav' },
  { to: '/profile', key: 'nav.profile' },
];

/** A DEPARTMENT_ADMIN: the staff's navigation with the administration before the profile. */
const ADMIN_NAV: NavItem[] = [
  ...STAFF_NAV.slice(0, -1),
  { to: '/beheer', key: 'admin.nav' },
  ...STAFF_NAV.slice(-1),
];

export interface HeaderUser {
  name: string;
  /** The organisation's name, or null for department staff. */
  organisation: string | null;
  /** Department staff get their own navigation. */
  isStaff?: boolean;
  /** A DEPARTMENT_ADMIN also gets the administration (/beheer). */
  isDepartmentAdmin?: boolean;
}

export function SiteHeader({ user }: { user?: HeaderUser }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const owner = user?.organisation ?? t('app.department');
  return (
    <header className="site-header">
      <div className="container header-bar">
        <Link to={user?.isStaff ? '/staff' : '/'} className="brand">
          <LogoMark />
          <span className="brand-text">
            <span className="brand-product">{t('app.name')}</span>
            <span className="brand-owner">{owner}</span>
          </span>
        </Link>
        <div className="header-tools">
          <LanguageSwitch />
          {user ? (
            <UserMenu name={user.name} hasOrganisation={!user.isStaff && user.organisation !== null} />
          ) : null}
        </div>
      </div>
      {user ? (
        <nav className="main-nav" aria-label={t('nav.label')}>
          <ul className="container">
            {(user.isStaff ? (user.isDepartmentAdmin ? ADMIN_NAV : STAFF_NAV) : NAV).map((item) => (
              <li key={item.to}>
                {item.section?.some((prefix) => pathname.startsWith(prefix)) ? (
                  <Link to={item.to} aria-current="true" prefetch="intent">
                    {t(item.key)}
                  </Link>
                ) : (
                  <NavLink to={item.to} end={item.to === '/' || item.to === '/staff'} prefetch="intent">
                    {t(item.key)}
                    {item.to === '/messages' && !user.isStaff && user.organisation ? <UnreadBadge /> : null}
                    {item.to === '/staff/quarantine' && user.isStaff ? <QuarantineBadge /> : null}
                  </NavLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
