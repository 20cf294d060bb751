// The frame of every page: skip link, header, main region and footer.

import { Link } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { OutageBanner } from '../knowledge-base/outage-banner';
import { type HeaderUser, SiteHeader } from './site-header';

export function Shell({ user, children }: { user?: HeaderUser; children: ReactNode }) {
  const { t } = useI18n();

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip.link')}
      </a>
      <SiteHeader user={user} />
      <OutageBanner live={Boolean(user)} />
      <main id="main" tabIndex={-1} className="container main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          {t('app.name')} · {t('app.department')} · <Link to="/kennisbank">{t('kb.nav')}</Link> ·{' '}
          <Link to="/storingen">{t('kb.updates.link')}</Link>
        </div>
      </footer>
    </>
  );
}
