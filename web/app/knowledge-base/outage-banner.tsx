// The banner of open outages on every page (issue 16). The root loader reads them with the page; a
// logged-in page then follows the openOutagesChanged subscription, and re-reads after a dropped
// connection. Anonymous visitors have no socket (the API admits only sessions): their page asks
// /storingen/actief again every minute instead (decision 0026).
import { Link, useRouteLoaderData } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { AlertIcon } from '../components/icons';
import type { KbOpenOutagesQuery } from '../graphql/generated/graphql';
import { LiveOpenOutagesDocument } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { onLiveResync, subscribeLive } from '../live/live-client';

export type OpenOutage = KbOpenOutagesQuery['openOutages'][number];

/** How often an anonymous page asks for the open outages. */
const POLL_MS = 60_000;

async function readOpenOutages(): Promise<OpenOutage[] | null> {
  try {
    const response = await fetch('/storingen/actief', { headers: { accept: 'application/json' } });
    return response.ok ? ((await response.json()) as { outages: OpenOutage[] }).outages : null;
  } catch {
    return null;
  }
}

function useOpenOutages(initial: OpenOutage[], live: boolean): OpenOutage[] {
  const [outages, setOutages] = useState(initial);
  useEffect(() => setOutages(initial), [initial]);
  useEffect(() => {
    const refresh = () =>
      void readOpenOutages().then((next) => {
        if (next) setOutages(next);
      });
    if (!live) {
      const timer = setInterval(refresh, POLL_MS);
      return () => clearInterval(timer);
    }
    const stops = [
      subscribeLive(LiveOpenOutagesDocument, { next: (data) => setOutages(data.openOutagesChanged) }),
      onLiveResync(refresh),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, [live]);
  return outages;
}

export function OutageBanner({ live }: { live: boolean }) {
  const { t } = useI18n();
  const root = useRouteLoaderData<{ outages?: OpenOutage[] }>('root');
  const outages = useOpenOutages(root?.outages ?? [], live);
  return (
    <section className="outage-banner" aria-label={t('kb.banner.label')} hidden={outages.length === 0}>
      <ul className="container" aria-live="polite">
        {outages.map((outage) => (
          <li key={outage.id}>
            <AlertIcon />
            <span>
              <strong>{t('kb.banner.item', { service: outage.service, title: outage.title })}</strong> (
              {t(`kb.status.${outage.status}`)}).{' '}
              <Link to={`/storingen#storing-${outage.id}`}>{t('kb.banner.more')}</Link>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
