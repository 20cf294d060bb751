// Keeps a page of messages current while it is open: when a message is added (for the organisation,
// optionally only of one theme or thread) or the task list changes, the page's loaders run again, so the
// lists, the thread and the start page show it without a reload. What arrived is said in the page's
// aria-live region once the new data is shown. The page's own sends are not announced: the user just
// saw the confirmation. After a dropped connection the page is read again (events may have been missed).
import { useNavigation, useRevalidator } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import {
  MessagesAddedDocument,
  type MessagesAddedSubscription,
  MessagesTasksChangedDocument,
} from '../graphql/generated/graphql';
import { announce } from '../live/announce';
import { onLiveResync, subscribeLive } from '../live/live-client';
import { revalidateInBackground } from '../live/revalidate';

type Added = MessagesAddedSubscription['messageAdded'];

const OWN_SEND_MS = 5000;
const DEBOUNCE_MS = 150;

export interface LiveOptions {
  themeId?: string;
  referenceNumber?: string;
  /** Also follow the task list (start page). */
  tasks?: boolean;
  /** What to announce for an added message (null: nothing). */
  describe?: (message: Added) => string | null;
  /** What to announce when the tasks changed. */
  tasksText?: string;
}

export function useLiveMessages(options: LiveOptions): void {
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const latest = useRef({ revalidate: revalidator.revalidate, options });
  latest.current = { revalidate: revalidator.revalidate, options };
  const lastSubmission = useRef(0);
  const pending = useRef<string | null>(null);

  useEffect(() => {
    if (navigation.state === 'submitting') lastSubmission.current = Date.now();
  }, [navigation.state]);

  const { themeId, referenceNumber, tasks } = options;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = (text: string | null) => {
      const own = Date.now() - lastSubmission.current < OWN_SEND_MS;
      if (text && !own) pending.current = text;
      clearTimeout(timer);
      timer = setTimeout(() => revalidateInBackground(latest.current.revalidate), DEBOUNCE_MS);
    };
    const stops = [
      subscribeLive(
        MessagesAddedDocument,
        { next: (data) => refresh(latest.current.options.describe?.(data.messageAdded) ?? null) },
        { themeId: themeId ?? null, referenceNumber: referenceNumber ?? null },
      ),
    ];
    // Back after a dropped connection or a resync: what arrived meanwhile was not told, so read again.
    stops.push(onLiveResync(() => refresh(null)));
    if (tasks)
      stops.push(
        subscribeLive(MessagesTasksChangedDocument, {
          next: () => refresh(latest.current.options.tasksText ?? null),
        }),
      );
    return () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, [themeId, referenceNumber, tasks]);

  useEffect(() => {
    if (revalidator.state === 'idle' && pending.current) {
      announce(pending.current);
      pending.current = null;
    }
  }, [revalidator.state]);
}
