// The number of mails waiting in quarantine beside 'Quarantaine' in staff's navigation (issue 15, decision
// 0033). Asked over the page's WebSocket (again after a dropped connection), then kept current by
// quarantineCountChanged (a mail was quarantined, replayed or discarded); growth is said in the page's
// aria-live region.
import { useEffect, useRef, useState } from 'react';
import {
  StaffQuarantineCountChangedDocument,
  StaffQuarantineCountDocument,
} from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { announce } from '../live/announce';
import { onLiveState, subscribeLive } from '../live/live-client';
import { countText } from '../messages/plural';

export function QuarantineBadge() {
  const { t } = useI18n();
  const [count, setCount] = useState<number | null>(null);
  const known = useRef<number | null>(null);
  const texts = useRef(t);
  texts.current = t;

  useEffect(() => {
    const update = (next: number) => {
      const before = known.current;
      known.current = next;
      setCount(next);
      if (before !== null && next > before) announce(countText(texts.current, 'quarantine.badge.new', next));
    };
    const ask = () =>
      subscribeLive(StaffQuarantineCountDocument, { next: (data) => update(data.quarantineCount) });
    const stops = [
      ask(),
      subscribeLive(StaffQuarantineCountChangedDocument, {
        next: (data) => update(data.quarantineCountChanged),
      }),
      // Back after a drop: changes may have been missed meanwhile.
      onLiveState((state) => {
        if (state === 'connected' && known.current !== null) stops.push(ask());
      }),
    ];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);

  if (!count) return null;
  return (
    <span className="nav-badge" data-testid="quarantine-badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span className="visually-hidden">{countText(t, 'quarantine.badge.count', count)}</span>
    </span>
  );
}
