import { expect, it } from 'vitest';
import { autoFilingDueAt, autoFilingTarget, isAutoFilingLate } from '../../../policy/auto-filing';
import { mn, mnClock } from './minnesota-clock';
import { describeInEachTimeZone } from './process-time-zones';

describeInEachTimeZone('auto-filing', () => {
  it.each([
    ['2026-12-03 09:00 CST', 0, '2026-12-03 09:00 CST'],
    ['2026-12-03 09:00 CST', 90, '2026-12-03 10:30 CST'],
    ['2026-12-03 09:00 CST', 1440, '2026-12-04 09:00 CST'],
    ['2026-12-03 09:00 CST', 2000, '2026-12-04 09:00 CST'],
    ['2026-03-07 12:00 CST', 1440, '2026-03-08 13:00 CDT'],
    ['2026-03-08 01:30 CST', 60, '2026-03-08 03:30 CDT'],
    ['2026-10-31 12:00 CDT', 1440, '2026-11-01 11:00 CST'],
    ['2026-11-01 01:30 CDT', 60, '2026-11-01 01:30 CST'],
    ['2026-12-31 17:30 CST', 1440, '2027-01-01 17:30 CST'],
    ['2024-02-28 14:00 CST', 1440, '2024-02-29 14:00 CST'],
    ['2026-01-31 23:00 CST', 120, '2026-02-01 01:00 CST'],
  ])('should file a case captured %s with a %i-minute delay at %s', (captured, delay, expected) => {
    const actual = autoFilingDueAt(mn(captured), delay);

    expect(mnClock(actual)).toBe(expected);
  });

  // Day 30 of each case below is the deadline; a delay that ends past it is dropped.
  it.each([
    ['2026-12-30 10:00 CST', 600, '2026-12-30', '2026-12-30 20:00 CST'],
    ['2026-12-30 10:00 CST', 839, '2026-12-30', '2026-12-30 23:59 CST'],
    ['2026-12-30 10:00 CST', 840, '2026-12-30', '2026-12-30 10:00 CST'],
    ['2026-12-30 10:00 CST', 1440, '2026-12-30', '2026-12-30 10:00 CST'],
    ['2026-12-29 10:00 CST', 1440, '2026-12-30', '2026-12-30 10:00 CST'],
    ['2026-03-08 10:00 CDT', 839, '2026-03-08', '2026-03-08 23:59 CDT'],
    ['2026-03-08 10:00 CDT', 840, '2026-03-08', '2026-03-08 10:00 CDT'],
    ['2026-11-01 10:00 CST', 839, '2026-11-01', '2026-11-01 23:59 CST'],
    ['2026-11-01 10:00 CST', 840, '2026-11-01', '2026-11-01 10:00 CST'],
    ['2024-02-29 10:00 CST', 839, '2024-02-29', '2024-02-29 23:59 CST'],
    ['2024-02-29 10:00 CST', 840, '2024-02-29', '2024-02-29 10:00 CST'],
    ['2027-01-02 10:00 CST', 60, '2027-01-01', '2027-01-02 10:00 CST'],
  ])(
    'should file a case captured %s with a %i-minute delay and deadline %s at %s',
    (captured, delay, deadline, expected) => {
      const actual = autoFilingDueAt(mn(captured), delay, deadline);

      expect(mnClock(actual)).toBe(expected);
    },
  );

  it.each([
    ['2026-12-03 09:00 CST', undefined, '2026-12-04 09:00 CST'],
    ['2026-12-03 09:00 CST', '2026-12-20', '2026-12-04 09:00 CST'],
    ['2026-12-03 09:00 CST', '2026-12-03', '2026-12-03 23:59 CST'],
    ['2026-03-07 12:00 CST', undefined, '2026-03-08 13:00 CDT'],
    ['2026-10-31 12:00 CDT', undefined, '2026-11-01 11:00 CST'],
    ['2026-11-01 10:00 CST', '2026-11-01', '2026-11-01 23:59 CST'],
  ])('should target a case captured %s with deadline %s at %s', (captured, deadline, expected) => {
    const actual = autoFilingTarget(mn(captured), deadline);

    expect(mnClock(actual)).toBe(expected);
  });

  it('should end a target bound by the deadline on its last millisecond', () => {
    const input = new Date('2026-12-03T15:00:00Z');

    const actual = autoFilingTarget(input, '2026-12-03');

    expect(new Date(actual).toISOString()).toBe('2026-12-04T05:59:59.999Z');
  });

  it('should count exactly 24 elapsed hours across the March change', () => {
    const captured = mn('2026-03-07 12:00 CST');

    const actual = autoFilingTarget(captured) - captured;

    expect(actual).toBe(86_400_000);
  });

  it.each([
    ['a negative delay', -1],
    ['a NaN delay', Number.NaN],
    ['an infinite delay', Number.POSITIVE_INFINITY],
  ])('should refuse %s with a RangeError', (_title, delay) => {
    const act = () => autoFilingDueAt(mn('2026-12-03 09:00 CST'), delay);

    expect(act).toThrow(
      new RangeError('delayMinutes must be zero or a positive number of minutes'),
    );
  });

  it('should refuse an invalid capture time with a RangeError', () => {
    const act = () => autoFilingDueAt(new Date('not a date'), 0);

    expect(act).toThrow(new RangeError('capturedAt is not a valid instant'));
  });

  it.each([
    ['2026-12-04 08:59 CST', false],
    ['2026-12-04 09:00 CST', false],
    ['2026-12-04 09:01 CST', true],
  ])('should judge a case captured 24 hours before, filed %s, late: %j', (filedAt, expected) => {
    const progress = { capturedAt: mn('2026-12-03 09:00 CST'), filedAt: mn(filedAt) };

    const actual = isAutoFilingLate(progress, mn('2026-12-10 12:00 CST'));

    expect(actual).toBe(expected);
  });

  it.each([
    [Date.parse('2026-12-04T15:00:00.000Z'), false],
    [Date.parse('2026-12-04T15:00:00.001Z'), true],
  ])('should judge a case still unfiled at %i late: %j', (now, expected) => {
    const progress = { capturedAt: Date.parse('2026-12-03T15:00:00Z'), filedAt: null };

    const actual = isAutoFilingLate(progress, now);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2026-12-30 10:00 CST', '2026-12-30', '2026-12-30 23:59 CST', false],
    ['2026-12-30 10:00 CST', '2026-12-30', '2026-12-31 00:00 CST', true],
    ['2026-03-08 10:00 CDT', '2026-03-08', '2026-03-08 23:59 CDT', false],
    ['2026-03-08 10:00 CDT', '2026-03-08', '2026-03-09 00:00 CDT', true],
    ['2026-11-01 10:00 CST', '2026-11-01', '2026-11-01 23:59 CST', false],
    ['2026-11-01 10:00 CST', '2026-11-01', '2026-11-02 00:00 CST', true],
  ])(
    'should judge a case captured %s with deadline %s, filed %s, late: %j',
    (captured, deadline, filedAt, expected) => {
      const progress = { capturedAt: mn(captured), filedAt: mn(filedAt), deadline };

      const actual = isAutoFilingLate(progress, mn('2027-01-15 12:00 CST'));

      expect(actual).toBe(expected);
    },
  );

  it.each([
    ['2026-12-30 23:59 CST', false],
    ['2026-12-31 00:00 CST', true],
  ])('should judge an unfiled case due on day 30 at %s late: %j', (now, expected) => {
    const progress = {
      capturedAt: mn('2026-12-30 10:00 CST'),
      filedAt: null,
      deadline: '2026-12-30',
    };

    const actual = isAutoFilingLate(progress, mn(now));

    expect(actual).toBe(expected);
  });
});
