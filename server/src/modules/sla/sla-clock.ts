// A ticket's service-level clock, pure: from what the ticket row says and an instant `now`, the due times,
// the at-risk moments, the pause bookkeeping, the state, and the next moment a timer must look again.
// No clock inside: the caller passes `now` (the transaction's time, or a test's fake clock).
import type { TicketStatus } from '../tickets/ticket-status.js';
import { addBusinessTime, type BusinessCalendar, businessTimeBetween } from './business-time.js';

export const SLA_STATES = ['ON_TRACK', 'AT_RISK', 'BREACHED'] as const;
export type SlaState = (typeof SLA_STATES)[number];
type SlaTarget = 'REACTION' | 'RESOLUTION';
type SlaLevel = 'AT_RISK' | 'BREACHED';

export interface SlaTargets {
  /** Business time to the first public staff reply; null: none. */
  reactionMs: number | null;
  /** Business time to Opgelost, paused time not counted; null: 'op afspraak'. */
  resolutionMs: number | null;
  calendar: BusinessCalendar;
}

export interface SlaSettings {
  /** At risk when less than this share of a target is left (0.2: less than 20 %). */
  atRiskShare: number;
}

export interface ClockTicket {
  createdAt: Date;
  status: TicketStatus;
  firstResponseAt: Date | null;
  /** Whether the ticket's queue pauses the clock (Wacht op reactie). */
  queuePausesClock: boolean;
  pausedMs: number;
  pausedSince: Date | null;
}

export interface ClockState {
  pausedMs: number;
  pausedSince: Date | null;
  firstResponseDueAt: Date | null;
  firstResponseAtRiskAt: Date | null;
  resolutionDueAt: Date | null;
  resolutionAtRiskAt: Date | null;
  state: SlaState | null;
  /** Levels reached by targets still running (the timer warns once for each). */
  reached: Array<{ target: SlaTarget; level: SlaLevel }>;
  /** The next at-risk or breach moment after `now`, or null. */
  nextMoment: Date | null;
}

const FINISHED: readonly TicketStatus[] = ['RESOLVED', 'CLOSED'];

/**
 * Whether the resolution clock stands still: Uitgesteld, in a queue that waits for the customer, or
 * Opgelost (a reopened ticket goes on with the time it had left).
 */
function clockPaused(ticket: Pick<ClockTicket, 'status' | 'queuePausesClock'>): boolean {
  return ticket.status === 'POSTPONED' || ticket.status === 'RESOLVED' || ticket.queuePausesClock;
}

/** The clock of a ticket at `now`; `ticket` is the row after the change being made. */
export function computeClock(
  ticket: ClockTicket,
  targets: SlaTargets,
  settings: SlaSettings,
  now: Date,
): ClockState {
  const { calendar } = targets;
  // Pause bookkeeping: a pause starts now, or ends now and adds its business time.
  let { pausedMs, pausedSince } = ticket;
  const paused = clockPaused(ticket) && ticket.status !== 'CLOSED';
  if (paused && pausedSince === null) pausedSince = now;
  if (!paused && pausedSince !== null) {
    pausedMs += Math.max(0, businessTimeBetween(pausedSince, now, calendar));
    pausedSince = null;
  }
  const share = (target: number) => Math.round(target * (1 - settings.atRiskShare));
  const reaction =
    targets.reactionMs === null
      ? null
      : {
          due: addBusinessTime(ticket.createdAt, targets.reactionMs, calendar),
          atRisk: addBusinessTime(ticket.createdAt, share(targets.reactionMs), calendar),
        };
  // The paused business time moves the due time: recomputed from the creation, never from "now".
  const resolution =
    targets.resolutionMs === null
      ? null
      : {
          due: addBusinessTime(ticket.createdAt, targets.resolutionMs + pausedMs, calendar),
          atRisk: addBusinessTime(ticket.createdAt, share(targets.resolutionMs) + pausedMs, calendar),
        };

  const running: Array<{ target: SlaTarget; due: Date; atRisk: Date; at: Date }> = [];
  if (reaction && ticket.firstResponseAt === null && !FINISHED.includes(ticket.status))
    running.push({ target: 'REACTION', ...reaction, at: now });
  // A paused resolution target keeps the state it had when the pause began, and sets no timer.
  if (resolution && !FINISHED.includes(ticket.status))
    running.push({ target: 'RESOLUTION', ...resolution, at: pausedSince ?? now });

  const reached: ClockState['reached'] = [];
  let worst = -1;
  let nextMoment: Date | null = null;
  for (const r of running) {
    const level = r.at >= r.due ? 2 : r.at >= r.atRisk ? 1 : 0;
    worst = Math.max(worst, level);
    if (r.at !== now) continue; // paused
    if (level >= 1) reached.push({ target: r.target, level: 'AT_RISK' });
    if (level >= 2) reached.push({ target: r.target, level: 'BREACHED' });
    for (const moment of [r.atRisk, r.due])
      if (moment > now && (nextMoment === null || moment < nextMoment)) nextMoment = moment;
  }
  return {
    pausedMs,
    pausedSince,
    firstResponseDueAt: reaction?.due ?? null,
    firstResponseAtRiskAt: reaction?.atRisk ?? null,
    resolutionDueAt: resolution?.due ?? null,
    resolutionAtRiskAt: resolution?.atRisk ?? null,
    state: worst < 0 ? null : (SLA_STATES[worst] ?? null),
    reached,
    nextMoment,
  };
}
