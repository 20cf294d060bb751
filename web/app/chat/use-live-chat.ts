// Keeps a chat page current: each event of the followed chats (a message, taken, ended) or of the agents'
// list makes the page's loaders run again in the background; after a dropped connection too (events of
// the gap were not told). Not during the page's own post: a revalidation would abort its loads.
import { useNavigation, useRevalidator } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { LiveChatUpdatedDocument, LiveStaffChatsDocument } from '../graphql/generated/graphql';
import { onLiveResync, subscribeLive } from '../live/live-client';
import { revalidateInBackground } from '../live/revalidate';

const DEBOUNCE_MS = 100;

export function useLiveChat({ chatIds, staffList = false }: { chatIds: string[]; staffList?: boolean }) {
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const latest = useRef({ revalidate: revalidator.revalidate, busy: navigation.state !== 'idle' });
  latest.current = { revalidate: revalidator.revalidate, busy: navigation.state !== 'idle' };
  const key = chatIds.join(',');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reload = () => {
      if (latest.current.busy) timer = setTimeout(reload, DEBOUNCE_MS);
      else revalidateInBackground(latest.current.revalidate);
    };
    const refresh = () => {
      clearTimeout(timer);
      timer = setTimeout(reload, DEBOUNCE_MS);
    };
    const stops = [
      ...(key ? key.split(',') : []).map((id) =>
        subscribeLive(LiveChatUpdatedDocument, { next: refresh }, { id }),
      ),
      ...(staffList ? [subscribeLive(LiveStaffChatsDocument, { next: refresh })] : []),
      onLiveResync(refresh),
    ];
    return () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, [key, staffList]);
}
