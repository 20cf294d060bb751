// The aria-live region of logged-in pages: says (and shows) when the live connection drops and when it
// is back, and what a feature announces after a live update (announce.ts). Silent while all is well.
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { onAnnounce } from './announce';
import { onLiveState } from './live-client';

export function LiveStatus() {
  const { t } = useI18n();
  const [message, setMessage] = useState<'live.disconnected' | 'live.reconnected' | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  useEffect(() => {
    let clear: ReturnType<typeof setTimeout> | undefined;
    const stop = onAnnounce((text) => {
      clearTimeout(clear);
      setAnnouncement(text);
      clear = setTimeout(() => setAnnouncement(null), 5000);
    });
    return () => {
      clearTimeout(clear);
      stop();
    };
  }, []);

  useEffect(() => {
    let clear: ReturnType<typeof setTimeout> | undefined;
    const stop = onLiveState((state) => {
      clearTimeout(clear);
      if (state === 'reconnecting') setMessage('live.disconnected');
      else if (state === 'connected') {
        setMessage((previous) => (previous ? 'live.reconnected' : null));
        clear = setTimeout(() => setMessage(null), 5000);
      }
    });
    return () => {
      clearTimeout(clear);
      stop();
    };
  }, []);

  const text = message ? t(message) : announcement;
  return (
    <div className={`live-status${text ? ' live-status-visible' : ''}`} role="status" aria-live="polite">
      {text}
    </div>
  );
}
