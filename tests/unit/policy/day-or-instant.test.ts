import { expect, it } from 'vitest';
import { toEpoch, toMinnesotaDate } from '../../../policy/day-or-instant';
import { describeInEachTimeZone } from './process-time-zones';

describeInEachTimeZone('dates or instants', () => {
  it.each([
    ['a Minnesota date as it is', '2026-12-03', '2026-12-03'],
    ['23:59 CST as that day', new Date('2026-12-04T05:59:00Z'), '2026-12-03'],
    ['00:00 CST as the next day', new Date('2026-12-04T06:00:00Z'), '2026-12-04'],
    ['epoch milliseconds', Date.parse('2026-07-01T04:30:00Z'), '2026-06-30'],
    ['23:59 CDT on the spring-forward day', new Date('2026-03-09T04:59:00Z'), '2026-03-08'],
    ['01:30 CDT before the fall-back hour', new Date('2026-11-01T06:30:00Z'), '2026-11-01'],
    ['01:30 CST after the fall-back hour', new Date('2026-11-01T07:30:00Z'), '2026-11-01'],
    ['23:30 CST on New Year’s Eve', new Date('2027-01-01T05:30:00Z'), '2026-12-31'],
  ])('should take %s', (_title, input, expected) => {
    const actual = toMinnesotaDate(input, 'today');

    expect(actual).toBe(expected);
  });

  it.each([
    ['an impossible date', '2026-02-30', 'today is not a yyyy-MM-dd date'],
    ['a US-written date', '12/03/2026', 'today is not a yyyy-MM-dd date'],
    ['an invalid Date', new Date('not a date'), 'today is not a valid instant'],
    ['NaN', Number.NaN, 'today is not a valid instant'],
  ])('should refuse %s with a RangeError naming the field', (_title, input, expected) => {
    const act = () => toMinnesotaDate(input, 'today');

    expect(act).toThrow(new RangeError(expected));
  });

  it('should read a Date as its epoch milliseconds', () => {
    const input = new Date('2026-12-03T18:00:00Z');

    const actual = toEpoch(input, 'capturedAt');

    expect(actual).toBe(Date.UTC(2026, 11, 3, 18));
  });

  it('should refuse an infinite instant with a RangeError naming the field', () => {
    const act = () => toEpoch(Number.POSITIVE_INFINITY, 'capturedAt');

    expect(act).toThrow(new RangeError('capturedAt is not a valid instant'));
  });
});
