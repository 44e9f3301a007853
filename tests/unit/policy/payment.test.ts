import { expect, it } from 'vitest';
import {
  casePayment,
  determinationPayment,
  paymentDueDate,
  reportingMonth,
} from '../../../policy/payment';
import { mn } from './minnesota-clock';
import { describeInEachTimeZone } from './process-time-zones';

describeInEachTimeZone('payment', () => {
  it.each([
    ['2026-01-31', '2026-01'],
    ['2026-02-01', '2026-02'],
    ['2024-02-29', '2024-02'],
    ['2026-12-31', '2026-12'],
  ])('should report a determination active on %s in %s', (activatedOn, expected) => {
    const actual = reportingMonth(activatedOn);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2026-01-31 23:59 CST', '2026-01'],
    ['2026-02-01 00:00 CST', '2026-02'],
    ['2024-02-29 23:59 CST', '2024-02'],
    ['2026-12-31 23:59 CST', '2026-12'],
    ['2027-01-01 00:00 CST', '2027-01'],
    ['2026-03-08 03:00 CDT', '2026-03'],
    ['2026-10-31 23:59 CDT', '2026-10'],
    ['2026-11-01 01:30 CST', '2026-11'],
  ])('should report a determination active at %s in %s', (activatedAt, expected) => {
    const actual = reportingMonth(mn(activatedAt));

    expect(actual).toBe(expected);
  });

  it.each([
    ['2026-01', '2026-04-01'],
    ['2024-01', '2024-03-31'],
    ['2026-02', '2026-04-29'],
    ['2024-02', '2024-04-29'],
    ['2026-03', '2026-05-30'],
    ['2026-10', '2026-12-30'],
    ['2026-12', '2027-03-01'],
    ['2027-12', '2028-02-29'],
    ['2024-09', '2024-11-29'],
  ])('should make payment for %s due on %s', (month, expected) => {
    const actual = paymentDueDate(month);

    expect(actual).toBe(expected);
  });

  it.each([
    ['2024-09-01', 100, 100, '2024-09', '2024-11-29'],
    ['2026-12-31', 100, 100, '2026-12', '2027-03-01'],
    ['2026-06-15', 125, 125, '2026-06', '2026-08-29'],
    ['2026-06-15', 0, 0, '2026-06', '2026-08-29'],
  ])(
    'should pay a determination active on %s at $%i a case $%i, reported in %s and due on %s',
    (activatedOn, rate, expectedAmount, expectedMonth, expectedDueDate) => {
      const actual = determinationPayment(activatedOn, rate);

      expect(actual).toEqual({
        isPayable: true,
        reportingMonth: expectedMonth,
        dueDate: expectedDueDate,
        amountUsd: expectedAmount,
      });
    },
  );

  it('should not pay a determination active before 2024-09-01 at the current rate', () => {
    const actual = determinationPayment('2024-02-29', 100);

    expect(actual).toEqual({
      isPayable: false,
      reason: 'before-rate-start',
      message: 'Turned active on 02/29/2024, before the rate that began on 09/01/2024.',
    });
  });

  it('should pay $100 by default', () => {
    const actual = determinationPayment('2026-12-03');

    expect(actual).toEqual({
      isPayable: true,
      reportingMonth: '2026-12',
      dueDate: '2027-03-01',
      amountUsd: 100,
    });
  });

  it.each([
    [
      '2024-08-31 23:59 CDT',
      {
        isPayable: false,
        reason: 'before-rate-start',
        message: 'Turned active on 08/31/2024, before the rate that began on 09/01/2024.',
      },
    ],
    [
      '2024-09-01 00:00 CDT',
      { isPayable: true, reportingMonth: '2024-09', dueDate: '2024-11-29', amountUsd: 100 },
    ],
  ])(
    'should judge a determination active at %s against the rate start',
    (activatedAt, expected) => {
      const actual = determinationPayment(mn(activatedAt));

      expect(actual).toEqual(expected);
    },
  );

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'should refuse a rate of %d',
    (rate) => {
      const act = () => determinationPayment('2026-12-03', rate);

      expect(act).toThrow(new RangeError('rateUsd must be zero or a positive number of dollars'));
    },
  );

  it('should pay a case once, for its first activation, however many determinations it has', () => {
    const activations = ['2026-03-10', mn('2026-02-28 23:30 CST'), '2026-04-02'];

    const actual = casePayment(activations);

    expect(actual).toEqual({
      isPayable: true,
      reportingMonth: '2026-02',
      dueDate: '2026-04-29',
      amountUsd: 100,
    });
  });

  it('should judge a case by its first activation when it predates the rate', () => {
    const activations = ['2024-10-01', '2024-08-20'];

    const actual = casePayment(activations);

    expect(actual).toEqual({
      isPayable: false,
      reason: 'before-rate-start',
      message: 'Turned active on 08/20/2024, before the rate that began on 09/01/2024.',
    });
  });

  it('should not pay a case with no activation yet', () => {
    const actual = casePayment([]);

    expect(actual).toEqual({
      isPayable: false,
      reason: 'not-active',
      message: 'No eligibility on this case has turned active yet; only an active one is paid.',
    });
  });

  it('should pay a case at the rate passed in', () => {
    const actual = casePayment(['2026-12-03'], 150);

    expect(actual).toEqual({
      isPayable: true,
      reportingMonth: '2026-12',
      dueDate: '2027-03-01',
      amountUsd: 150,
    });
  });
});
