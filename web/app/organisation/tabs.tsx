// The tabs of Mijn organisatie: links (each tab is its own page, so they work without JavaScript and
// keep their address), the current one marked with aria-current="page".
import { Link, useLocation } from '@remix-run/react';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';

const TABS: Array<{ to: string; key: MessageKey; adminOnly?: boolean }> = [
  { to: '/organisation', key: 'org.data.tab' },
  { to: '/organisation/contacts', key: 'contacts.tab' },
  { to: '/organisation/users', key: 'users.tab', adminOnly: true },
  { to: '/organisation/history', key: 'history.tab', adminOnly: true },
  { to: '/organisation/webhooks', key: 'webhooks.tab', adminOnly: true },
];

function isCurrent(to: string, pathname: string): boolean {
  if (to === '/organisation') return pathname === to || pathname === '/organisation/edit';
  return pathname === to || pathname.startsWith(`${to}/`);
}

export function OrganisationTabs({ admin }: { admin: boolean }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <nav className="tabs" aria-label={t('org.tabs')}>
      <ul>
        {TABS.filter((tab) => admin || !tab.adminOnly).map((tab) => (
          <li key={tab.to}>
            <Link
              to={tab.to}
              prefetch="intent"
              aria-current={isCurrent(tab.to, pathname) ? 'page' : undefined}
              className="tab"
            >
              {t(tab.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
