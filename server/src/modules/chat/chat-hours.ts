// When the chat is offered ('003' §5): within the department's business hours (the SLA calendar) and only
// while an agent said they take chats. Pure: the clock and the calendar are arguments, so tests pass both.
import { addBusinessTime, type BusinessCalendar, isOpen } from '../sla/business-time.js';

export interface ChatHours {
  /** Within opening hours now. */
  open: boolean;
  /** At least one agent takes chats now. */
  agentsAvailable: boolean;
  /** When the desk opens next; `now` while it is open. Null for a calendar that never opens. */
  opensAt: Date | null;
}

/** The next instant the calendar is open, from `now` on (`now` itself when open). */
export function nextOpening(now: Date, calendar: BusinessCalendar): Date | null {
  if (isOpen(now, calendar)) return now;
  try {
    // The first open millisecond ends one millisecond after the opening.
    return new Date(addBusinessTime(now, 1, calendar).getTime() - 1);
  } catch {
    return null;
  }
}

export function chatHours(now: Date, calendar: BusinessCalendar, agentsAvailable: boolean): ChatHours {
  const open = isOpen(now, calendar);
  return { open, agentsAvailable, opensAt: nextOpening(now, calendar) };
}

/** Whether a customer may start a chat now. */
export const chatOffered = (hours: ChatHours) => hours.open && hours.agentsAvailable;
