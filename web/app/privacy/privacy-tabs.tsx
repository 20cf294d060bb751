// The tabs of /beheer/privacy: people (exports, erasure, holds on persons) and retention (periods and the
// legal holds on threads and tickets). Links, so they work without JavaScript and keep their address.
import { Link, useLocation } from '@remix-run/react';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/nl';

const TABS: Array<{ to: string; key: MessageKey }> = [
  { to: '/beheer/privacy', key: 'admin.privacy.tab.people' },
  { to: '/beheer/privacy/bewaring', key: 'admin.privacy.tab.retention' },
];

export function PrivacyTabs() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <nav className="tabs" aria-label={t('admin.privacy.tabs')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.to}>
            <Link
              to={tab.to}
              prefetch="intent"
              aria-current={pathname === tab.to ? 'page' : undefined}
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
