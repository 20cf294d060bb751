// Keeps a staff ticket page current while it is open, as use-live-messages.ts does for messages: the
// queue view follows the queue counts (`ticketQueueChanged`: a ticket entered, left or changed in a
// queue), a ticket page its ticket (`ticketUpdated`). Each event reads the page again in the background
// (debounced; never during a navigation) and, once the new data shows, says so in the live region,
// except for the page's own change: an event that arrives while the page's own submission is under way
// or within a moment after it (the user sees its confirmation). After a dropped
// connection the page is read again: events of the gap were not told.
import { useNavigation, useRevalidator } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { StaffLiveTicketQueuesDocument, StaffLiveTicketUpdatedDocument } from '../graphql/generated/graphql';
import { announce } from '../live/announce';
import { onLiveResync, subscribeLive } from '../live/live-client';
import { revalidateInBackground } from '../live/revalidate';

/** How long after the page's own submission settled an event is still taken as its echo. */
const OWN_ECHO_MS = 1500;
const DEBOUNCE_MS = 150;

export interface LiveTicketsOptions {
  /** Follow this one ticket; without it, the queues. */
  ticketId?: string;
  /** What to announce once the page shows the change. */
  text: string;
}

export function useLiveTickets({ ticketId, text }: LiveTicketsOptions): void {
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const latest = useRef({ revalidate: revalidator.revalidate, busy: false, text });
  latest.current = { revalidate: revalidator.revalidate, busy: navigation.state !== 'idle', text };
  const submitting = useRef(false);
  const settledAt = useRef(0);
  const pending = useRef<string | null>(null);

  useEffect(() => {
    if (navigation.state === 'submitting') submitting.current = true;
    else if (navigation.state === 'idle' && submitting.current) {
      submitting.current = false;
      settledAt.current = Date.now();
    }
  }, [navigation.state]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reload = () => {
      if (latest.current.busy) timer = setTimeout(reload, DEBOUNCE_MS);
      else revalidateInBackground(latest.current.revalidate);
    };
    const refresh = (announceIt: boolean) => {
      const own = submitting.current || Date.now() - settledAt.current < OWN_ECHO_MS;
      if (announceIt && !own) pending.current = latest.current.text;
      clearTimeout(timer);
      timer = setTimeout(reload, DEBOUNCE_MS);
    };
    const stops = [
      ticketId
        ? subscribeLive(StaffLiveTicketUpdatedDocument, { next: () => refresh(true) }, { id: ticketId })
        : subscribeLive(StaffLiveTicketQueuesDocument, { next: () => refresh(true) }),
      onLiveResync(() => refresh(false)),
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
