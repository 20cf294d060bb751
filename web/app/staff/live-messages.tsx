// Live updates on the staff pages: messageAdded for the teams the page shows (or one thread) over the
// page's graphql-ws connection; each message reloads the page's data, and the page may announce it in
// the layout's aria-live region (announce()). After a dropped connection the page is read again.
import { useRevalidator } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { StaffMessageAddedDocument, type StaffMessageAddedSubscription } from '../graphql/generated/graphql';
import { onLiveResync, subscribeLive } from '../live/live-client';
import { revalidateInBackground } from '../live/revalidate';

export type LiveMessage = StaffMessageAddedSubscription['messageAdded'];

/**
 * Follows new messages: of `teams` (null: every team), or of one thread. The page's loaders run again
 * after each; `onMessage` hears of it first.
 */
export function useLiveMessages({
  teams,
  referenceNumber,
  onMessage,
}: {
  teams?: readonly string[] | null;
  referenceNumber?: string;
  onMessage?: (message: LiveMessage) => void;
}): void {
  const { revalidate } = useRevalidator();
  const handler = useRef(onMessage);
  handler.current = onMessage;
  const revalidateRef = useRef(revalidate);
  revalidateRef.current = revalidate;
  const teamKey = teams === null || teams === undefined ? '*' : [...teams].sort().join(',');

  useEffect(() => {
    const next = (data: StaffMessageAddedSubscription) => {
      handler.current?.(data.messageAdded);
      revalidateInBackground(revalidateRef.current);
    };
    const variables: Array<{ teamId?: string; referenceNumber?: string }> = referenceNumber
      ? [{ referenceNumber }]
      : teamKey === '*'
        ? [{}]
        : teamKey
            .split(',')
            .filter(Boolean)
            .map((teamId) => ({ teamId }));
    const stops = variables.map((v) => subscribeLive(StaffMessageAddedDocument, { next }, v));
    // Back after a dropped connection or a resync: messages of the gap were not told, so read again.
    stops.push(onLiveResync(() => revalidateInBackground(revalidateRef.current)));
    return () => {
      for (const stop of stops) stop();
    };
  }, [teamKey, referenceNumber]);
}
