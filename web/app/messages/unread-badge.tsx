// The number of unread received messages beside 'Berichten' in the main navigation. Asked over the page's
// WebSocket (again after a dropped connection), then kept current by messageCountsChanged (a message arrived, or messages were read
// here or in another tab); a new unread message is said in the page's aria-live region.
import { useEffect, useRef, useState } from 'react';
import { MessagesCountsChangedDocument, MessagesUnreadCountDocument } from '../graphql/generated/graphql';
import { useI18n } from '../i18n/i18n';
import { announce } from '../live/announce';
import { onLiveState, subscribeLive } from '../live/live-client';
import { countText } from './plural';

export function UnreadBadge() {
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
      if (before !== null && next > before) announce(countText(texts.current, 'msg.badge.new', next));
    };
    const ask = () =>
      subscribeLive(MessagesUnreadCountDocument, {
        next: (data) => update(data.messageCounts.unreadInbound),
      });
    const stops = [
      ask(),
      subscribeLive(MessagesCountsChangedDocument, {
        next: (data) => update(data.messageCountsChanged.unreadInbound),
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
    <span className="nav-badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span className="visually-hidden">{countText(t, 'msg.badge.unread', count)}</span>
    </span>
  );
}
