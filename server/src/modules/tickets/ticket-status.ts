// The ticket's status machine ('002' §4, '003', '000'): one table of allowed moves and one function that
// applies a move. Nieuw → Beantwoord (staff replied) → Open (customer replied) → Uitgesteld (waiting for the
// customer, with a date) → Opgelost (with a solution) → Gesloten (final).
import type { FieldError } from '../../domain/errors.js';

export const TICKET_STATUSES = ['NEW', 'ANSWERED', 'OPEN', 'POSTPONED', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Who makes a move: department staff, or the organisation (only by replying). */
export type Mover = 'STAFF' | 'CUSTOMER';

/**
 * Allowed moves: from → to → who may make it. A customer moves a ticket only by replying (Beantwoord,
 * Uitgesteld and Opgelost become Open again); Gesloten has no way out (a reply starts a new ticket).
 */
export const STATUS_MOVES: Readonly<Record<TicketStatus, Partial<Record<TicketStatus, readonly Mover[]>>>> = {
  NEW: { ANSWERED: ['STAFF'], POSTPONED: ['STAFF'], RESOLVED: ['STAFF'], CLOSED: ['STAFF'] },
  ANSWERED: { OPEN: ['STAFF', 'CUSTOMER'], POSTPONED: ['STAFF'], RESOLVED: ['STAFF'], CLOSED: ['STAFF'] },
  OPEN: { ANSWERED: ['STAFF'], POSTPONED: ['STAFF'], RESOLVED: ['STAFF'], CLOSED: ['STAFF'] },
  POSTPONED: { OPEN: ['STAFF', 'CUSTOMER'], ANSWERED: ['STAFF'], RESOLVED: ['STAFF'], CLOSED: ['STAFF'] },
  RESOLVED: { OPEN: ['STAFF', 'CUSTOMER'], CLOSED: ['STAFF'] },
  CLOSED: {},
};

/** Statuses a ticket is still being worked on in (the customer's 'Openstaande tickets'). */
export const UNFINISHED_STATUSES: readonly TicketStatus[] = ['NEW', 'ANSWERED', 'OPEN', 'POSTPONED'];

export interface StatusDetails {
  /** Uitgesteld: until when the helpdesk waits for the customer (YYYY-MM-DD). */
  postponedUntil?: string | null;
  /** Opgelost: the solution, mailed to the requester. */
  solution?: string | null;
}

/** The columns a move sets besides the status. */
export interface StatusChange {
  status: TicketStatus;
  postponedUntil: string | null;
  solution: string | null;
  resolved: boolean;
  closed: boolean;
}

export const SOLUTION_MAX = 10_000;

function canMove(from: TicketStatus, to: TicketStatus, by: Mover): boolean {
  return STATUS_MOVES[from][to]?.includes(by) ?? false;
}

/** The moves `by` may make from `from`, in the order of TICKET_STATUSES. */
export function allowedMoves(from: TicketStatus, by: Mover): TicketStatus[] {
  return TICKET_STATUSES.filter((to) => canMove(from, to, by));
}

/**
 * Applies one move: either what to write, or field errors (an illegal move, a missing date or solution).
 * `today` (YYYY-MM-DD) is the first day a postponement may not be on or before.
 */
export function moveStatus(
  from: TicketStatus,
  to: TicketStatus,
  by: Mover,
  details: StatusDetails,
  today: string,
): { ok: true; change: StatusChange } | { ok: false; errors: FieldError[] } {
  if (from === 'CLOSED') return { ok: false, errors: [{ field: 'status', code: 'TICKET_CLOSED' }] };
  if (!canMove(from, to, by))
    return { ok: false, errors: [{ field: 'status', code: 'TICKET_STATUS_MOVE', params: { from, to } }] };
  const errors: FieldError[] = [];
  let postponedUntil: string | null = null;
  let solution: string | null = null;
  if (to === 'POSTPONED') {
    postponedUntil = details.postponedUntil ?? null;
    if (!postponedUntil) errors.push({ field: 'postponedUntil', code: 'TICKET_POSTPONE_DATE_REQUIRED' });
    else if (postponedUntil <= today)
      errors.push({ field: 'postponedUntil', code: 'TICKET_POSTPONE_DATE_PAST' });
  }
  if (to === 'RESOLVED') {
    solution = details.solution?.trim() || null;
    if (!solution) errors.push({ field: 'solution', code: 'TICKET_SOLUTION_REQUIRED' });
    else if (solution.length > SOLUTION_MAX)
      errors.push({ field: 'solution', code: 'TOO_LONG', params: { max: SOLUTION_MAX } });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    change: { status: to, postponedUntil, solution, resolved: to === 'RESOLVED', closed: to === 'CLOSED' },
  };
}
