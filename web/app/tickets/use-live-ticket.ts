// Keeps a ticket's page current while it is open: on each change of the ticket (a reply, a status, an
// assignment; never an internal note for an organisation, the server re-reads under the viewer's rights)
// the page's loaders run again in the background, and what arrived is said in the live region once the
// page shows it (the page decides what is worth saying: not the viewer's own changes, which it just saw
// confirmed). After a dropped connection the page is read again: changes of the gap were not told.
import { useNavigation, useRevalidator } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { LiveTicketUpdatedDocument, type LiveTicketUpdatedSubscription } from '../graphql/generated/graphql';
import { announce } from '../live/announce';
import { onLiveResync, subscribeLive } from '../live/live-client';
import { revalidateInBackground } from '../live/revalidate';

export type LiveTicket = LiveTicketUpdatedSubscription['ticketUpdated'];

const DEBOUNCE_MS = 150;

export function useLiveTicket(ticketId: string, describe: (ticket: LiveTicket) => string | null): void {
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const latest = useRef({ revalidate: revalidator.revalidate, busy: navigation.state !== 'idle', describe });
  latest.current = { revalidate: revalidator.revalidate, busy: navigation.state !== 'idle', describe };
  const pending = useRef<string | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Not during a navigation (the page's own post): a revalidation would abort its loads.
    const reload = () => {
      if (latest.current.busy) timer = setTimeout(reload, DEBOUNCE_MS);
      else revalidateInBackground(latest.current.revalidate);
    };
    const refresh = (text: string | null) => {
      if (text) pending.current = text;
      clearTimeout(timer);
      timer = setTimeout(reload, DEBOUNCE_MS);
    };
    const stops = [
      subscribeLive(
        LiveTicketUpdatedDocument,
        { next: (data) => refresh(latest.current.describe(data.ticketUpdated)) },
        { id: ticketId },
      ),
      onLiveResync(() => refresh(null)),
    ];
    return () => {
      clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, [ticketId]);

  useEffect(() => {
    if (revalidator.state === 'idle' && pending.current) {
      announce(pending.current);
      pending.current = null;
    }
  }, [revalidator.state]);
}
