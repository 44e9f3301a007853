import { expect, it } from 'vitest';
import {
  addMonthsToMonth,
  firstDayOfMonth,
  isIsoMonth,
  lastDayOfMonth,
  monthOfDate,
  sameDayMonthsLater,
} from '../../../policy/months';
import { describeInEachTimeZone } from './process-time-zones';

describeInEachTimeZone('calendar months', () => {
  it.each([
    ['2026-12', true],
    ['2026-01', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
    ['2026-12-01', false],
  ])('should judge %j a month: %j', (input, expected) => {
    const actual = isIsoMonth(input);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2026-01-31', '2026-01'],
    ['2024-02-29', '2024-02'],
    ['2026-12-31', '2026-12'],
  ])('should put %s in month %s', (input, expected) => {
    const actual = monthOfDate(input);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-03', -15, '2024-12'],
    ['2024-02', 12, '2025-02'],
    ['2026-05', 0, '2026-05'],
    ['2026-11', 14, '2028-01'],
  ])('should move %s by %i months to %s', (month, months, expected) => {
    const actual = addMonthsToMonth(month, months);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2000-02', '2000-02-01', '2000-02-29'],
    ['2100-02', '2100-02-01', '2100-02-28'],
    ['2026-04', '2026-04-01', '2026-04-30'],
    ['2026-12', '2026-12-01', '2026-12-31'],
  ])('should bound %s by %s and %s', (month, expectedFirst, expectedLast) => {
    const actual = [firstDayOfMonth(month), lastDayOfMonth(month)];

    expect(actual).toEqual([expectedFirst, expectedLast]);
  });

  it.each([
    ['2024-02-29', 12, '2025-03-01'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-01-31', 1, '2026-03-03'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-03-08', 12, '2027-03-08'],
  ])('should carry %s plus %i months to %s', (date, months, expected) => {
    const actual = sameDayMonthsLater(date, months);

    expect(actual).toBe(expected);
  });

  it.each([
    ['monthOfDate with 2026-02-30', () => monthOfDate('2026-02-30')],
    ['addMonthsToMonth with 2026-13', () => addMonthsToMonth('2026-13', 1)],
    ['lastDayOfMonth with 26-02', () => lastDayOfMonth('26-02')],
    ['firstDayOfMonth with 2026-2', () => firstDayOfMonth('2026-2')],
    ['sameDayMonthsLater with 02/29/2024', () => sameDayMonthsLater('02/29/2024', 12)],
  ])('should refuse %s with a RangeError', (_title, act) => {
    expect(act).toThrow(RangeError);
  });
});
