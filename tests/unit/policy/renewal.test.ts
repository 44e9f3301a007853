import { expect, it } from 'vitest';
import {
  autoNewbornRenewalMonth,
  maRenewalMonth,
  postpartumPeriodEnd,
  postpartumRenewalMonth,
  renewalOutreachDueDate,
  renewalSchedule,
} from '../../../policy/renewal';
import { mn } from './minnesota-clock';
import { describeInEachTimeZone } from './process-time-zones';

describeInEachTimeZone('MA renewal', () => {
  it.each([
    ['2026-01-15', '2027-01'],
    ['2026-01-31', '2027-01'],
    ['2026-12-31', '2027-12'],
    ['2024-02-29', '2025-02'],
    ['2026-03-08', '2027-03'],
  ])('should renew an application made on %s in %s', (applicationDate, expected) => {
    const actual = maRenewalMonth(applicationDate);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2026-01-31 23:59 CST', '2027-01'],
    ['2026-02-01 00:00 CST', '2027-02'],
    ['2026-12-31 23:59 CST', '2027-12'],
    ['2027-01-01 00:00 CST', '2028-01'],
    ['2026-10-31 23:59 CDT', '2027-10'],
    ['2026-11-01 01:30 CST', '2027-11'],
  ])('should renew an application made at %s in %s', (appliedAt, expected) => {
    const actual = maRenewalMonth(mn(appliedAt));

    expect(actual).toBe(expected);
  });

  it.each([
    ['2027-01', '2026-10', '2026-11', '2026-12', '2026-12-02'],
    ['2027-03', '2026-12', '2027-01', '2027-02', '2027-01-30'],
    ['2024-03', '2023-12', '2024-01', '2024-02', '2024-01-31'],
    ['2026-02', '2025-11', '2025-12', '2026-01', '2026-01-02'],
    ['2026-04', '2026-01', '2026-02', '2026-03', '2026-03-02'],
    ['2026-12', '2026-09', '2026-10', '2026-11', '2026-11-01'],
  ])(
    'should schedule renewal month %s: notice %s, form mailed %s to %s, outreach due %s',
    (renewalMonth, notice, formEarliest, formLatest, outreach) => {
      const actual = renewalSchedule(renewalMonth);

      expect(actual).toEqual({
        renewalMonth,
        preRenewalNoticeMonth: notice,
        formMailed: { earliest: formEarliest, latest: formLatest },
        outreachDue: outreach,
      });
    },
  );

  it.each([
    ['2027-01', 0, '2027-01-01'],
    ['2027-01', 45, '2026-11-17'],
    ['2027-01', 60, '2026-11-02'],
    ['2026-04', 24, '2026-03-08'],
    ['2024-03', 1, '2024-02-29'],
  ])('should make outreach for %s with %i days of lead due on %s', (month, leadDays, expected) => {
    const actual = renewalOutreachDueDate(month, leadDays);

    expect(actual).toBe(expected);
  });

  it.each([[-1], [1.5], [Number.NaN]])('should refuse a lead time of %d days', (leadDays) => {
    const act = () => renewalOutreachDueDate('2027-01', leadDays);

    expect(act).toThrow(new RangeError('leadDays must be a whole number of days, 0 or more'));
  });

  it.each([
    ['2026-01-31', '2027-02'],
    ['2025-11-15', '2026-12'],
    ['2026-12-01', '2028-01'],
    ['2026-12-31', '2028-01'],
    ['2024-02-29', '2025-03'],
    ['2026-03-08', '2027-04'],
  ])('should renew an auto newborn born on %s in %s', (dateOfBirth, expected) => {
    const actual = autoNewbornRenewalMonth(dateOfBirth);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2026-03-15', '2027-03-14', '2027-04'],
    ['2026-03-01', '2027-02-28', '2027-03'],
    ['2024-02-29', '2025-02-28', '2025-03'],
    ['2023-03-01', '2024-02-29', '2024-03'],
    ['2026-01-31', '2027-01-30', '2027-02'],
    ['2025-12-31', '2026-12-30', '2027-01'],
    ['2026-01-01', '2026-12-31', '2027-01'],
    ['2026-11-01', '2027-10-31', '2027-11'],
  ])(
    'should end postpartum coverage for a pregnancy ended %s on %s and renew it in %s',
    (pregnancyEnd, expectedEnd, expectedMonth) => {
      const actual = [postpartumPeriodEnd(pregnancyEnd), postpartumRenewalMonth(pregnancyEnd)];

      expect(actual).toEqual([expectedEnd, expectedMonth]);
    },
  );

  it.each([
    ['an impossible application date', () => maRenewalMonth('2026-02-30'), 'applicationDate'],
    ['a US-written birth date', () => autoNewbornRenewalMonth('01/05/2024'), 'dateOfBirth'],
    ['a 2-digit-year pregnancy end', () => postpartumRenewalMonth('26-03-01'), 'pregnancyEndDate'],
  ])('should refuse %s with a RangeError naming the field', (_title, act, field) => {
    expect(act).toThrow(new RangeError(`${field} is not a yyyy-MM-dd date`));
  });

  it('should refuse a renewal month that is not a month', () => {
    const act = () => renewalSchedule('2027-13');

    expect(act).toThrow(new RangeError('month is not a yyyy-MM month'));
  });
});
