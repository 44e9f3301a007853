import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  endOfMinnesotaDay,
  minnesotaDate,
  parseUsDate,
} from '../../../policy/calendar';
import {
  daysLeft,
  filingDeadline,
  isWithinFilingWindow,
  urgencyOf,
} from '../../../policy/deadline';

/**
 * Every rule is counted in Minnesota time whatever the computer's zone, so the whole file runs
 * once per process time zone. Node re-reads `process.env.TZ` when it is assigned at runtime.
 */
const PROCESS_TIME_ZONES = [
  ['UTC', 0],
  ['America/Chicago', 360],
  ['America/New_York', 300],
  ['Pacific/Honolulu', 600],
  ['Asia/Kolkata', -330],
] as const;

const originalTimeZone = process.env.TZ;

describe.each(PROCESS_TIME_ZONES)('deadline rules with the process in %s', (zone, offset) => {
  beforeAll(() => {
    process.env.TZ = zone;
  });

  afterAll(() => {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  it('should run in the chosen process time zone', () => {
    const actual = new Date(2026, 0, 1).getTimezoneOffset();

    expect(actual).toBe(offset);
  });

  it.each([
    ['2024-01-30', '2024-02-29'],
    ['2024-02-29', '2024-03-30'],
    ['2026-01-31', '2026-03-02'],
    ['2026-12-15', '2027-01-14'],
    ['2026-12-31', '2027-01-30'],
    ['2026-12-03', '2027-01-02'],
    ['2026-02-06', '2026-03-08'],
    ['2026-03-07', '2026-04-06'],
    ['2026-03-08', '2026-04-07'],
    ['2026-03-09', '2026-04-08'],
    ['2026-10-02', '2026-11-01'],
    ['2026-10-31', '2026-11-30'],
    ['2026-11-01', '2026-12-01'],
    ['2026-11-02', '2026-12-02'],
  ])('should give an assisted date of %s the filing deadline %s', (assistedDate, expected) => {
    const actual = filingDeadline(assistedDate);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2026-12-03', '2026-11-03', true],
    ['2026-12-03', '2026-12-03', true],
    ['2026-12-03', '2027-01-01', true],
    ['2026-12-03', '2027-01-02', true],
    ['2026-12-03', '2027-01-03', false],
    ['2026-02-06', '2026-03-08', true],
    ['2026-02-06', '2026-03-09', false],
    ['2026-10-02', '2026-11-01', true],
    ['2026-10-02', '2026-11-02', false],
    ['2024-02-29', '2024-03-30', true],
    ['2024-02-29', '2024-03-31', false],
  ])(
    'should say an NCAF for %s submitted on %s is inside the window: %s',
    (assistedDate, submittedDate, expected) => {
      const actual = isWithinFilingWindow(assistedDate, submittedDate);

      expect(actual).toBe(expected);
    },
  );

  it.each([
    ['2027-01-02', '2026-12-03', 30],
    ['2026-12-03', '2026-12-03', 0],
    ['2026-12-03', '2026-12-04', -1],
    ['2027-01-01', '2026-12-31', 1],
    ['2026-03-09', '2026-03-07', 2],
    ['2026-03-08', '2026-03-07', 1],
    ['2026-11-02', '2026-10-31', 2],
    ['2026-11-01', '2026-10-31', 1],
  ])('should count %s seen from %s as %i days left', (deadline, today, expected) => {
    const actual = daysLeft(deadline, today);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2026-12-03', '2026-11-24', 'ok'],
    ['2026-12-03', '2026-11-25', 'ok'],
    ['2026-12-03', '2026-11-26', 'soon'],
    ['2026-12-03', '2026-11-29', 'soon'],
    ['2026-12-03', '2026-11-30', 'critical'],
    ['2026-12-03', '2026-12-02', 'critical'],
    ['2026-12-03', '2026-12-03', 'due-today'],
    ['2026-12-03', '2026-12-04', 'missed'],
    ['2026-03-08', '2026-03-08', 'due-today'],
    ['2026-11-01', '2026-11-02', 'missed'],
  ])('should rate a deadline of %s seen from %s as %s', (deadline, today, expected) => {
    const actual = urgencyOf(deadline, today);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2026-12-04T05:30:00Z', '2026-12-03'],
    ['2026-12-04T05:59:59.999Z', '2026-12-03'],
    ['2026-12-04T06:00:00Z', '2026-12-04'],
    ['2026-03-08T07:59:59Z', '2026-03-08'],
    ['2026-03-09T04:59:59Z', '2026-03-08'],
    ['2026-03-09T05:00:00Z', '2026-03-09'],
    ['2026-11-01T04:59:59Z', '2026-10-31'],
    ['2026-11-01T05:00:00Z', '2026-11-01'],
    ['2026-11-02T05:59:59Z', '2026-11-01'],
    ['2026-11-02T06:00:00Z', '2026-11-02'],
    ['2027-01-01T05:59:59Z', '2026-12-31'],
  ])('should place the instant %s on the Minnesota date %s', (instant, expected) => {
    const actual = minnesotaDate(new Date(instant));

    expect(actual).toBe(expected);
  });

  it.each(['2026-03-07T12:00:00Z', '2026-10-31T12:00:00Z', '2026-12-31T12:00:00Z'])(
    'should give every quarter hour of the two days from %s its Minnesota date, asked twice',
    (start) => {
      // The browser's own time-zone data, not date-fns, says what the date is in Saint Paul.
      const oracle = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' });
      const instants = Array.from({ length: 192 }, (_, step) => Date.parse(start) + step * 900_000);
      const expected = instants.map((instant) => oracle.format(instant));

      const first = instants.map((instant) => minnesotaDate(instant));
      const again = [...instants].reverse().map((instant) => minnesotaDate(instant));

      expect(first).toEqual(expected);
      expect(again.reverse()).toEqual(expected);
    },
  );

  it('should accept an epoch number as well as a Date', () => {
    const input = Date.parse('2026-12-04T05:30:00Z');

    const actual = minnesotaDate(input);

    expect(actual).toBe('2026-12-03');
  });

  it.each([
    ['2026-12-03', 30, '2027-01-02'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-03-07', 1, '2026-03-08'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-10-31', 1, '2026-11-01'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-06-15', 0, '2026-06-15'],
  ])('should add to %s %i calendar days giving %s', (date, days, expected) => {
    const actual = addCalendarDays(date, days);

    expect(actual).toBe(expected);
  });

  it.each([
    ['09/30/1975', '1975-09-30'],
    ['1/5/1988', '1988-01-05'],
    [' 12/31/2026 ', '2026-12-31'],
    ['02/29/2024', '2024-02-29'],
    ['03/08/2026', '2026-03-08'],
    ['11/01/2026', '2026-11-01'],
    ['02/29/2026', null],
    ['02/30/2024', null],
    ['13/01/2026', null],
    ['1/5/88', null],
    ['1975-09-30', null],
    ['', null],
  ])('should parse the US date %j as %j', (text, expected) => {
    const actual = parseUsDate(text);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2026-03-07', '2026-03-08T05:59:59.999Z'],
    ['2026-03-08', '2026-03-09T04:59:59.999Z'],
    ['2026-03-09', '2026-03-10T04:59:59.999Z'],
    ['2026-10-31', '2026-11-01T04:59:59.999Z'],
    ['2026-11-01', '2026-11-02T05:59:59.999Z'],
    ['2026-11-02', '2026-11-03T05:59:59.999Z'],
    ['2026-12-03', '2026-12-04T05:59:59.999Z'],
    ['2026-12-31', '2027-01-01T05:59:59.999Z'],
  ])('should end the Minnesota day %s at %s', (date, expected) => {
    const actual = endOfMinnesotaDay(date);

    expect(new Date(actual).toISOString()).toBe(expected);
  });
});
