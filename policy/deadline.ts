import { addCalendarDays, calendarDaysBetween, type IsoDate } from './calendar';
import { FILING_WINDOW_DAYS, URGENCY_THRESHOLDS } from './rules';

/** How close a case is to its filing deadline, most urgent last. */
export type Urgency = 'ok' | 'soon' | 'critical' | 'due-today' | 'missed';

/** Urgencies from least to most pressing, for comparing two of them. */
export const URGENCY_ORDER: readonly Urgency[] = ['ok', 'soon', 'critical', 'due-today', 'missed'];

/**
 * The last Minnesota calendar day an NCAF may be submitted and still be paid: the assisted date
 * plus 30 calendar days. Day 30 itself is on time.
 */
export function filingDeadline(assistedDate: IsoDate): IsoDate {
  return addCalendarDays(assistedDate, FILING_WINDOW_DAYS);
}

/** Calendar days left until the deadline, counted from today's Minnesota date (0 = due today). */
export function daysLeft(deadline: IsoDate, today: IsoDate): number {
  return calendarDaysBetween(today, deadline);
}

/** The urgency of a deadline seen from today's Minnesota date. */
export function urgencyOf(deadline: IsoDate, today: IsoDate): Urgency {
  const left = daysLeft(deadline, today);
  if (left < 0) return 'missed';
  if (left === 0) return 'due-today';
  if (left <= URGENCY_THRESHOLDS.critical) return 'critical';
  if (left <= URGENCY_THRESHOLDS.soon) return 'soon';
  return 'ok';
}

/** True when an NCAF submitted on `submittedDate` is inside the window of `assistedDate`. */
export function isWithinFilingWindow(assistedDate: IsoDate, submittedDate: IsoDate): boolean {
  return calendarDaysBetween(assistedDate, submittedDate) <= FILING_WINDOW_DAYS;
}

/** The more pressing of two urgencies. */
export function worseUrgency(a: Urgency, b: Urgency): Urgency {
  return URGENCY_ORDER.indexOf(a) >= URGENCY_ORDER.indexOf(b) ? a : b;
}
