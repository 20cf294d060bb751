// Ends the page when its session is revoked elsewhere (another tab, another device, a password change):
// says so in an alert and goes to the login page. Fed by the mySessionRevoked subscription and by the
// API closing the socket of a revoked session (4403); /session-status confirms before acting.
import { useLocation } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { Notice } from '../components/notice';
import { MySessionRevokedDocument } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { CLOSE_FORBIDDEN, subscribeLive } from './live-client';

const REDIRECT_DELAY_MS = 4000;

async function stillLoggedIn(): Promise<boolean> {
  try {
    const response = await fetch('/session-status', { headers: { accept: 'application/json' } });
    const body = (await response.json()) as { authenticated?: boolean };
    return body.authenticated === true;
  } catch {
    return true; // unknown: the web itself is unreachable; the reconnecting client will tell.
  }
}

export function SessionWatcher() {
  const { t } = useI18n();
  const location = useLocation();
  const [revoked, setRevoked] = useState(false);

  useEffect(() => {
    const check = async () => {
      if (!(await stillLoggedIn())) setRevoked(true);
    };
    return subscribeLive(MySessionRevokedDocument, {
      next: () => void check(),
      error: (code) => {
        if (code === CLOSE_FORBIDDEN) void check();
      },
    });
  }, []);

  const params = new URLSearchParams({ reason: 'revoked' });
  if (location.pathname !== '/') params.set('redirectTo', `${location.pathname}${location.search}`);
  const loginUrl = `/login?${params}`;

  useEffect(() => {
    if (!revoked) return;
    const timer = setTimeout(() => window.location.assign(loginUrl), REDIRECT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [revoked, loginUrl]);

  if (!revoked) return null;
  return (
    <div className="revoked-banner" role="alert">
      <Notice kind="warning" live={false}>
        <p>
          {t('live.revoked')} <a href={loginUrl}>{t('live.revoked.link')}</a>
        </p>
      </Notice>
    </div>
  );
}
