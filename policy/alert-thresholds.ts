import type { IsoDate } from './calendar';
import { toMinnesotaDate, type DayOrInstant } from './day-or-instant';
import { daysLeft } from './deadline';
import { ALERT_THRESHOLD_DAYS } from './rules';

/**
 * An alert a notifier raises once per case: `days-N` when N or fewer days are left, then
 * `due-today` on the deadline day and `missed` from the day after. The key is what the notifier
 * remembers as raised.
 */
export type AlertThreshold = `days-${number}` | 'due-today' | 'missed';

/** What the notifier does on a check: raise at most one alert, remember every crossed one. */
export interface AlertDecision {
  /** The alert to show now, or null when the most urgent crossed one was already raised. */
  raise: AlertThreshold | null;
  /** Every threshold crossed so far, least urgent first: store all of them as raised. */
  crossed: AlertThreshold[];
}

/**
 * The configured day thresholds, checked and sorted most relaxed first. Throws a RangeError for
 * anything but whole days of 1 or more (0 and below are "due today" and "missed", always on).
 */
function normalisedDays(thresholdDays: readonly number[]): number[] {
  for (const days of thresholdDays) {
    if (!Number.isInteger(days) || days < 1) {
      throw new RangeError('alert thresholds must be whole numbers of days, 1 or more');
    }
  }
  return [...new Set(thresholdDays)].sort((a, b) => b - a);
}

/** Every alert threshold in force, least urgent first, ending with `due-today` and `missed`. */
export function alertThresholds(
  thresholdDays: readonly number[] = ALERT_THRESHOLD_DAYS,
): AlertThreshold[] {
  const dayKeys = normalisedDays(thresholdDays).map((days): AlertThreshold => `days-${days}`);
  return [...dayKeys, 'due-today', 'missed'];
}

/**
 * The thresholds a case has crossed, least urgent first, counted in Minnesota calendar days. A
 * case that is due today has crossed every day threshold and `due-today`; a missed case has
 * crossed all of them.
 *
 * @param today Minnesota date, or an instant whose Minnesota date is taken (23:59 on the deadline
 *   day is still `due-today`; 00:00 the next day is `missed`).
 */
export function crossedAlertThresholds(
  deadline: IsoDate,
  today: DayOrInstant,
  thresholdDays: readonly number[] = ALERT_THRESHOLD_DAYS,
): AlertThreshold[] {
  const left = daysLeft(deadline, toMinnesotaDate(today, 'today'));
  const crossedDays = normalisedDays(thresholdDays)
    .filter((days) => left <= days)
    .map((days): AlertThreshold => `days-${days}`);
  if (left > 0) return crossedDays;
  if (left === 0) return [...crossedDays, 'due-today'];
  return [...crossedDays, 'due-today', 'missed'];
}

/**
 * Which alert to raise for a case, given those already raised. Only the most urgent crossed
 * threshold is ever raised; less urgent ones crossed at the same check (the extension was closed
 * over a weekend, or the case was captured late) are marked as raised without a notification.
 * Two notifications about one case at once say the same thing twice, and the older one is wrong
 * ("7 days left" when 3 are): the navigator needs the most pressing fact only. A threshold added
 * to the settings after the case passed it is therefore never raised late either.
 */
export function alertToRaise(
  deadline: IsoDate,
  today: DayOrInstant,
  alreadyRaised: readonly AlertThreshold[],
  thresholdDays: readonly number[] = ALERT_THRESHOLD_DAYS,
): AlertDecision {
  const crossed = crossedAlertThresholds(deadline, today, thresholdDays);
  const mostUrgent = crossed.at(-1);
  const raise = mostUrgent !== undefined && !alreadyRaised.includes(mostUrgent) ? mostUrgent : null;
  return { raise, crossed };
}
