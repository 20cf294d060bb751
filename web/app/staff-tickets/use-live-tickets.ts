// Keeps a staff ticket page current while it is open, as use-live-messages.ts does for messages: the
// queue view follows the queue counts (`ticketQueueChanged`: a ticket entered, left or changed in a
// queue), a ticket page its ticket (`ticketUpdated`). Each event reads the page again in the background
// (debounced; never during a navigation) and, once the new data shows, says so in the live region,
// except for the page's own change: an event that arrives while the page's own submission is under way,
// or (a ticket page) one whose ticket is what the page already shows, i.e. the echo of its own change
// arriving after the page read itself again. Not a time window after the submission: a change by
// someone else right after it must still be told. After a dropped connection the page is read again:
// events of the gap were not told.
import { useNavigation, useRevalidator } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import {
  StaffLiveTicketQueuesDocument,
  StaffLiveTicketUpdatedDocument,
  type StaffLiveTicketUpdatedSubscription,
} from '../graphql/generated/graphql';
import { announce } from '../live/announce';
import { onLiveResync, subscribeLive } from '../live/live-client';
import { revalidateInBackground } from '../live/revalidate';

const DEBOUNCE_MS = 150;

type LiveTicketShape = StaffLiveTicketUpdatedSubscription['ticketUpdated'];

/** What changes with every change staff see (a note or a participant leaves updatedAt as it was). */
function liveTicketState(ticket: LiveTicketShape): string {
  const participants = ticket.participants.map((participant) => participant.user.id).sort();
  return JSON.stringify([ticket.updatedAt, ticket.entries.map((entry) => entry.id), participants]);
}

export interface LiveTicketsOptions {
  /** Follow this ticket, as the page shows it; without it, the queues. */
  ticket?: LiveTicketShape;
  /** What to announce once the page shows the change. */
  text: string;
}

export function useLiveTickets({ ticket, text }: LiveTicketsOptions): void {
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const shown = ticket ? liveTicketState(ticket) : null;
  const latest = useRef({ revalidate: revalidator.revalidate, busy: false, text, shown });
  latest.current = { revalidate: revalidator.revalidate, busy: navigation.state !== 'idle', text, shown };
  const submitting = useRef(false);
  const pending = useRef<string | null>(null);

  useEffect(() => {
    if (navigation.state === 'submitting') submitting.current = true;
    else if (navigation.state === 'idle') submitting.current = false;
  }, [navigation.state]);

  const ticketId = ticket?.id;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reload = () => {
      if (latest.current.busy) timer = setTimeout(reload, DEBOUNCE_MS);
      else revalidateInBackground(latest.current.revalidate);
    };
    const refresh = (announceIt: boolean) => {
      if (announceIt && !submitting.current) pending.current = latest.current.text;
      clearTimeout(timer);
      timer = setTimeout(reload, DEBOUNCE_MS);
    };
    const stops = [
      ticketId
        ? subscribeLive(
            StaffLiveTicketUpdatedDocument,
            { next: (data) => refresh(liveTicketState(data.ticketUpdated) !== latest.current.shown) },
            { id: ticketId },
          )
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
