// Keeps a page of messages current while it is open, for organisation users and staff alike: when a
// message is added (optionally only of one theme, one thread or some teams) or the task list changes, the
// page's loaders run again (debounced: a burst reloads once), so lists and threads show it without a
// reload. What arrived is said in the page's aria-live region once the new data is shown; the page's own
// sends are not announced (the user just saw the confirmation). After a dropped connection or a resync
// the page is read again: events of the gap were not told.
import { useNavigation, useRevalidator } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import {
  LiveMessageAddedDocument,
  type LiveMessageAddedSubscription,
  LiveTasksChangedDocument,
} from '../graphql/generated/graphql';
import { announce } from './announce';
import { onLiveResync, subscribeLive } from './live-client';
import { revalidateInBackground } from './revalidate';

type LiveMessage = LiveMessageAddedSubscription['messageAdded'];

const OWN_SEND_MS = 5000;
const DEBOUNCE_MS = 150;

export interface LiveOptions {
  themeId?: string;
  referenceNumber?: string;
  /** Staff: only these teams' messages (null or absent: every team the viewer may see). */
  teams?: readonly string[] | null;
  /** Also follow the task list (organisation start and theme pages). */
  tasks?: boolean;
  /** Told of each added message at once (before the page is read again). */
  onMessage?: (message: LiveMessage) => void;
  /** What to announce for an added message once the page shows it (null: nothing). */
  describe?: (message: LiveMessage) => string | null;
  /** What to announce when the tasks changed. */
  tasksText?: string;
}

export function useLiveMessages(options: LiveOptions): void {
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  const latest = useRef({ revalidate: revalidator.revalidate, busy, options });
  latest.current = { revalidate: revalidator.revalidate, busy, options };
  const lastSubmission = useRef(0);
  const pending = useRef<string | null>(null);

  useEffect(() => {
    if (navigation.state === 'submitting') lastSubmission.current = Date.now();
  }, [navigation.state]);

  const { themeId, referenceNumber, tasks } = options;
  // A stable key for the teams, so a new array with the same teams does not resubscribe.
  const teamKey = options.teams ? [...options.teams].sort().join(',') : '*';
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = (text: string | null) => {
      const own = Date.now() - lastSubmission.current < OWN_SEND_MS;
      if (text && !own) pending.current = text;
      clearTimeout(timer);
      timer = setTimeout(reload, DEBOUNCE_MS);
    };
    // Not during a navigation (e.g. the redirect after the page's own send): a revalidation would abort
    // its loads; wait until it is done.
    const reload = () => {
      if (latest.current.busy) timer = setTimeout(reload, DEBOUNCE_MS);
      else revalidateInBackground(latest.current.revalidate);
    };
    const added = (data: LiveMessageAddedSubscription) => {
      const { onMessage, describe } = latest.current.options;
      onMessage?.(data.messageAdded);
      refresh(describe?.(data.messageAdded) ?? null);
    };
    // The API filters on one team per subscription: one each when the page shows some teams.
    const teamIds = referenceNumber || teamKey === '*' ? [null] : teamKey.split(',').filter(Boolean);
    const stops = teamIds.map((teamId) =>
      subscribeLive(
        LiveMessageAddedDocument,
        { next: added },
        { themeId: themeId ?? null, referenceNumber: referenceNumber ?? null, teamId },
      ),
    );
    stops.push(onLiveResync(() => refresh(null)));
    if (tasks)
      stops.push(
        subscribeLive(LiveTasksChangedDocument, {
          next: () => refresh(latest.current.options.tasksText ?? null),
        }),
      );
    return () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, [themeId, referenceNumber, tasks, teamKey]);

  useEffect(() => {
    if (revalidator.state === 'idle' && pending.current) {
      announce(pending.current);
      pending.current = null;
    }
  }, [revalidator.state]);
}
