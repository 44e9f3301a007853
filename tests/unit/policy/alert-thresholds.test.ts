import { expect, it } from 'vitest';
import {
  alertThresholds,
  alertToRaise,
  crossedAlertThresholds,
  type AlertThreshold,
} from '../../../policy/alert-thresholds';
import { mn } from './minnesota-clock';
import { describeInEachTimeZone } from './process-time-zones';

const ALL_DAYS: AlertThreshold[] = ['days-7', 'days-3', 'days-1'];

describeInEachTimeZone('alert thresholds', () => {
  it('should list the default thresholds least urgent first', () => {
    const actual = alertThresholds();

    expect(actual).toEqual(['days-7', 'days-3', 'days-1', 'due-today', 'missed']);
  });

  it.each([
    [
      [3, 14, 3],
      ['days-14', 'days-3', 'due-today', 'missed'],
    ],
    [[], ['due-today', 'missed']],
  ])('should list configured days %j as %j', (input, expected) => {
    const actual = alertThresholds(input);

    expect(actual).toEqual(expected);
  });

  it.each([[[0]], [[-2]], [[1.5]], [[Number.NaN]]])('should refuse days %j', (input) => {
    const act = () => alertThresholds(input);

    expect(act).toThrow(
      new RangeError('alert thresholds must be whole numbers of days, 1 or more'),
    );
  });

  it.each([
    ['2026-12-31', '2026-12-23', []],
    ['2026-12-31', '2026-12-24', ['days-7']],
    ['2026-12-31', '2026-12-27', ['days-7']],
    ['2026-12-31', '2026-12-28', ['days-7', 'days-3']],
    ['2026-12-31', '2026-12-30', ALL_DAYS],
    ['2026-12-31', '2026-12-31', [...ALL_DAYS, 'due-today']],
    ['2026-12-31', '2027-01-01', [...ALL_DAYS, 'due-today', 'missed']],
    ['2027-01-02', '2026-12-26', ['days-7']],
    ['2027-01-01', '2026-12-31', ALL_DAYS],
    ['2024-03-01', '2024-02-23', ['days-7']],
    ['2024-03-01', '2024-02-29', ALL_DAYS],
    ['2026-03-01', '2026-02-22', ['days-7']],
    ['2026-03-01', '2026-02-28', ALL_DAYS],
    ['2024-02-29', '2024-02-29', [...ALL_DAYS, 'due-today']],
    ['2026-03-08', '2026-03-05', ['days-7', 'days-3']],
    ['2026-11-01', '2026-11-01', [...ALL_DAYS, 'due-today']],
  ])('should cross, for deadline %s seen on %s, %j', (deadline, today, expected) => {
    const actual = crossedAlertThresholds(deadline, today);

    expect(actual).toEqual(expected);
  });

  it.each([
    ['2026-12-31', '2026-12-31 23:59 CST', [...ALL_DAYS, 'due-today']],
    ['2026-12-31', '2027-01-01 00:00 CST', [...ALL_DAYS, 'due-today', 'missed']],
    ['2026-03-08', '2026-03-08 23:59 CDT', [...ALL_DAYS, 'due-today']],
    ['2026-03-08', '2026-03-09 00:00 CDT', [...ALL_DAYS, 'due-today', 'missed']],
    ['2026-11-01', '2026-10-31 23:59 CDT', ALL_DAYS],
    ['2026-11-01', '2026-11-01 01:30 CST', [...ALL_DAYS, 'due-today']],
    ['2026-11-01', '2026-11-01 23:59 CST', [...ALL_DAYS, 'due-today']],
    ['2026-11-01', '2026-11-02 00:00 CST', [...ALL_DAYS, 'due-today', 'missed']],
    ['2024-02-29', '2024-02-29 23:59 CST', [...ALL_DAYS, 'due-today']],
    ['2024-02-29', '2024-03-01 00:00 CST', [...ALL_DAYS, 'due-today', 'missed']],
  ])('should cross, for deadline %s seen at %s, %j', (deadline, now, expected) => {
    const actual = crossedAlertThresholds(deadline, mn(now));

    expect(actual).toEqual(expected);
  });

  it.each([
    [[14, 2], '2026-12-29', ['days-14', 'days-2']],
    [[14, 2], '2026-12-28', ['days-14']],
    [[], '2026-12-30', []],
  ])('should cross, with days %j on %s, %j', (days, today, expected) => {
    const actual = crossedAlertThresholds('2026-12-31', today, days);

    expect(actual).toEqual(expected);
  });

  it('should refuse a today that is not a date', () => {
    const act = () => crossedAlertThresholds('2026-12-31', '12/31/2026');

    expect(act).toThrow(new RangeError('today is not a yyyy-MM-dd date'));
  });

  it.each([
    ['2026-12-20', [], { raise: null, crossed: [] }],
    ['2026-12-24', [], { raise: 'days-7', crossed: ['days-7'] }],
    ['2026-12-25', ['days-7'], { raise: null, crossed: ['days-7'] }],
    ['2026-12-28', [], { raise: 'days-3', crossed: ['days-7', 'days-3'] }],
    ['2026-12-28', ['days-7'], { raise: 'days-3', crossed: ['days-7', 'days-3'] }],
    ['2026-12-29', ['days-7', 'days-3'], { raise: null, crossed: ['days-7', 'days-3'] }],
    ['2026-12-31', ALL_DAYS, { raise: 'due-today', crossed: [...ALL_DAYS, 'due-today'] }],
    ['2027-01-05', [], { raise: 'missed', crossed: [...ALL_DAYS, 'due-today', 'missed'] }],
  ])(
    'should decide, for deadline 2026-12-31 on %s with %j raised, %j',
    (today, raised, expected) => {
      const actual = alertToRaise('2026-12-31', today, raised as AlertThreshold[]);

      expect(actual).toEqual(expected);
    },
  );

  it('should not raise a threshold added to the settings after the case passed it', () => {
    const days = [14, 7, 3, 1];

    const actual = alertToRaise('2026-12-31', '2026-12-26', ['days-7'], days);

    expect(actual).toEqual({ raise: null, crossed: ['days-14', 'days-7'] });
  });

  it('should raise missed once at 00:00 after day 30, having raised due-today at 23:59', () => {
    const raised: AlertThreshold[] = [...ALL_DAYS, 'due-today'];

    const actual = [
      alertToRaise('2026-12-31', mn('2026-12-31 23:59 CST'), raised).raise,
      alertToRaise('2026-12-31', mn('2027-01-01 00:00 CST'), raised).raise,
    ];

    expect(actual).toEqual([null, 'missed']);
  });
});
