// The business clock on real dates (table) and its laws (fast-check): Belgian holidays, closing days,
// both DST changes, closing time, the 24/7 calendar.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessTime,
  type BusinessCalendar,
  businessTimeBetween,
  isOpen,
  officeCalendar,
  publicHolidays,
} from './business-time.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const WORKDAY = 8.5 * HOUR;
const office = officeCalendar();
const always: BusinessCalendar = { kind: 'ALWAYS' };

describe('addBusinessTime on real dates (Europe/Brussels, 08:15–16:45)', () => {
  const cases: Array<
    [what: string, start: string, duration: number, due: string, calendar?: BusinessCalendar]
  > = [
    ['Friday 16:30 + 4 h → Monday 12:00', '2026-03-13T16:30:00+01:00', 4 * HOUR, '2026-03-16T12:00:00+01:00'],
    [
      '… → Tuesday 12:00 when Monday is Easter Monday',
      '2026-04-03T16:30:00+02:00',
      4 * HOUR,
      '2026-04-07T12:00:00+02:00',
    ],
    [
      '… over the spring DST change (last Sunday of March)',
      '2026-03-27T16:30:00+01:00',
      4 * HOUR,
      '2026-03-30T12:00:00+02:00',
    ],
    [
      '… over the autumn DST change (last Sunday of October)',
      '2026-10-23T16:30:00+02:00',
      4 * HOUR,
      '2026-10-26T12:00:00+01:00',
    ],
    ['11 July is open unless configured', '2025-07-10T16:30:00+02:00', 4 * HOUR, '2025-07-11T12:00:00+02:00'],
    [
      '11 July as a yearly closing day',
      '2025-07-10T16:30:00+02:00',
      4 * HOUR,
      '2025-07-14T12:00:00+02:00',
      officeCalendar([], ['07-11']),
    ],
    [
      'a one-off closing day',
      '2026-03-13T16:30:00+01:00',
      4 * HOUR,
      '2026-03-17T12:00:00+01:00',
      officeCalendar(['2026-03-16']),
    ],
    ['national holiday (21 July, a Tuesday)', '2026-07-20T16:00:00+02:00', HOUR, '2026-07-22T08:30:00+02:00'],
    [
      'Christmas: 24 Dec 16:00 + 1 h → 26 Dec 08:30',
      '2025-12-24T16:00:00+01:00',
      HOUR,
      '2025-12-26T08:30:00+01:00',
    ],
    [
      'one working day: Monday 10:00 → Tuesday 10:00',
      '2026-03-16T10:00:00+01:00',
      WORKDAY,
      '2026-03-17T10:00:00+01:00',
    ],
    [
      'two weeks of working days (Ascension and Whit Monday closed)',
      '2026-05-11T09:00:00+02:00',
      10 * WORKDAY,
      '2026-05-27T09:00:00+02:00',
    ],
    [
      'a duration that ends at closing time ends there',
      '2026-03-16T16:00:00+01:00',
      45 * MINUTE,
      '2026-03-16T16:45:00+01:00',
    ],
    [
      'a start at night counts from the next opening',
      '2026-03-16T22:00:00+01:00',
      30 * MINUTE,
      '2026-03-17T08:45:00+01:00',
    ],
    [
      'a start on Saturday counts from Monday',
      '2026-03-14T11:00:00+01:00',
      HOUR,
      '2026-03-16T09:15:00+01:00',
    ],
    ['Major incident: 24/7', '2026-03-13T16:30:00+01:00', 4 * HOUR, '2026-03-13T20:30:00+01:00', always],
  ];
  it.each(cases)('%s', (_what, start, duration, due, calendar = office) => {
    expect(addBusinessTime(new Date(start), duration, calendar).toISOString()).toBe(
      new Date(due).toISOString(),
    );
    expect(businessTimeBetween(new Date(start), new Date(due), calendar)).toBe(duration);
  });

  it('counts no time over a weekend with a DST change, though the wall clock lost an hour', () => {
    const friday = new Date('2026-03-27T16:45:00+01:00');
    const monday = new Date('2026-03-30T08:15:00+02:00');
    expect(businessTimeBetween(friday, monday, office)).toBe(0);
    expect(
      businessTimeBetween(
        new Date('2026-03-27T12:00:00+01:00'),
        new Date('2026-03-30T12:00:00+02:00'),
        office,
      ),
    ).toBe(8.5 * HOUR);
  });

  it('takes the Belgian public holidays, Easter-based ones included, but no observances', () => {
    expect([...publicHolidays('BE', 2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
    expect(isOpen(new Date('2026-04-06T10:00:00+02:00'), office)).toBe(false);
    expect(isOpen(new Date('2026-04-07T10:00:00+02:00'), office)).toBe(true);
    expect(isOpen(new Date('2026-04-07T08:14:59+02:00'), office)).toBe(false);
    expect(isOpen(new Date('2026-04-07T16:45:00+02:00'), office)).toBe(false);
  });

  it('refuses a negative duration and a calendar that never opens', () => {
    expect(() => addBusinessTime(new Date(), -1, office)).toThrow(RangeError);
    const never: BusinessCalendar = {
      ...officeCalendar(),
      week: [[], [], [], [], [], [], []],
    } as BusinessCalendar;
    expect(() => addBusinessTime(new Date(), MINUTE, never)).toThrow(RangeError);
  });
});

describe('laws of the business clock (fast-check)', () => {
  // 2024–2030, whole seconds; durations up to fifteen working days.
  const instant = fc
    .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 31) })
    .map((ms) => new Date(ms - (ms % 1000)));
  const duration = fc.integer({ min: 0, max: 15 * 8.5 * 3600 }).map((seconds) => seconds * 1000);
  const calendar = fc.constantFrom(office, officeCalendar(['2026-03-16'], ['07-11']), always);
  const params = { numRuns: 300 };

  it('inverse: the time between a start and start + d is d; start + (time between a and b) reaches b', () => {
    fc.assert(
      fc.property(instant, duration, calendar, (start, d, cal) => {
        const due = addBusinessTime(start, d, cal);
        expect(businessTimeBetween(start, due, cal)).toBe(d);
        expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime());
      }),
      params,
    );
    fc.assert(
      fc.property(instant, instant, calendar, (a, b, cal) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const reached = addBusinessTime(from, businessTimeBetween(from, to, cal), cal);
        expect(reached.getTime()).toBeLessThanOrEqual(to.getTime());
        expect(businessTimeBetween(reached, to, cal)).toBe(0);
      }),
      params,
    );
  });

  it('additive: between(a, b) + between(b, c) = between(a, c); adding d1 then d2 is adding d1 + d2', () => {
    fc.assert(
      fc.property(instant, instant, instant, calendar, (a, b, c, cal) => {
        expect(businessTimeBetween(a, b, cal) + businessTimeBetween(b, c, cal)).toBe(
          businessTimeBetween(a, c, cal),
        );
      }),
      params,
    );
    fc.assert(
      fc.property(instant, duration, duration, calendar, (start, d1, d2, cal) => {
        const stepwise = addBusinessTime(addBusinessTime(start, d1, cal), d2, cal);
        const atOnce = addBusinessTime(start, d1 + d2, cal);
        // Equal, except that stopping at a closing time and then adding more lands at the next opening:
        // both are the same business moment.
        expect(businessTimeBetween(atOnce, stepwise, cal)).toBe(0);
        if (d2 > 0) expect(stepwise.getTime()).toBe(atOnce.getTime());
      }),
      params,
    );
  });

  it('monotone in the start and in the duration', () => {
    fc.assert(
      fc.property(instant, instant, duration, duration, calendar, (a, b, d1, d2, cal) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const [short, long] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(addBusinessTime(early, short, cal).getTime()).toBeLessThanOrEqual(
          addBusinessTime(late, short, cal).getTime(),
        );
        expect(addBusinessTime(early, short, cal).getTime()).toBeLessThanOrEqual(
          addBusinessTime(early, long, cal).getTime(),
        );
        expect(businessTimeBetween(early, late, cal)).toBeGreaterThanOrEqual(0);
        expect(businessTimeBetween(early, late, cal)).toBeLessThanOrEqual(late.getTime() - early.getTime());
      }),
      params,
    );
  });

  it('zero outside opening hours: nights, weekends and holidays add nothing', () => {
    // Minute by minute (opening hours are whole minutes): no open minute in between ⇔ no business time.
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 72 * 60 }), (at, minutes) => {
        const start = new Date(at.getTime() - (at.getTime() % MINUTE));
        const later = new Date(start.getTime() + minutes * MINUTE);
        let anyOpen = false;
        for (let t = start.getTime(); t < later.getTime(); t += MINUTE)
          if (isOpen(new Date(t), office)) anyOpen = true;
        expect(businessTimeBetween(start, later, office) === 0).toBe(!anyOpen);
      }),
      { numRuns: 150 },
    );
    // A weekend and a holiday in full.
    expect(
      businessTimeBetween(
        new Date('2026-04-03T16:45:00+02:00'),
        new Date('2026-04-07T08:15:00+02:00'),
        office,
      ),
    ).toBe(0);
  });

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(instant, instant, calendar, (a, b, cal) => {
        expect(businessTimeBetween(a, b, cal)).toBe(0 - businessTimeBetween(b, a, cal));
      }),
      params,
    );
  });
});
