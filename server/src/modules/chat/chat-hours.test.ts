import { describe, expect, it } from 'vitest';
import { officeCalendar } from '../sla/business-time.js';
import { chatHours, chatOffered, nextOpening } from './chat-hours.js';

const office = officeCalendar();

describe('chat hours', () => {
  it('is offered on a working day within the hours when an agent is available', () => {
    // Wednesday 3 December 2025, 10:00 in Brussels (UTC+1).
    const hours = chatHours(new Date('2025-12-03T09:00:00Z'), office, true);
    expect(hours).toMatchObject({ open: true, agentsAvailable: true });
    expect(chatOffered(hours)).toBe(true);
    expect(chatOffered(chatHours(new Date('2025-12-03T09:00:00Z'), office, false))).toBe(false);
  });

  it('after closing time says the next morning at 08:15', () => {
    const hours = chatHours(new Date('2025-12-03T17:00:00Z'), office, true);
    expect(chatOffered(hours)).toBe(false);
    expect(hours.opensAt?.toISOString()).toBe('2025-12-04T07:15:00.000Z');
  });

  it('on a Friday evening says Monday, and skips a public holiday', () => {
    expect(nextOpening(new Date('2025-12-05T18:00:00Z'), office)?.toISOString()).toBe(
      '2025-12-08T07:15:00.000Z',
    );
    // Christmas 2025 is a Thursday: Wednesday evening points to Friday the 26th.
    expect(nextOpening(new Date('2025-12-24T18:00:00Z'), office)?.toISOString()).toBe(
      '2025-12-26T07:15:00.000Z',
    );
  });

  it('while open, opens now', () => {
    const now = new Date('2025-12-03T09:00:00Z');
    expect(nextOpening(now, office)).toEqual(now);
  });
});
