import { addCalendarDays, type IsoDate } from './calendar';
import { toMinnesotaDate, type DayOrInstant } from './day-or-instant';
import {
  addMonthsToMonth,
  firstDayOfMonth,
  monthOfDate,
  sameDayMonthsLater,
  type IsoMonth,
} from './months';
import {
  AUTO_NEWBORN_COVERAGE_MONTHS,
  DEFAULT_RENEWAL_OUTREACH_LEAD_DAYS,
  MA_RENEWAL_MONTHS_AFTER_APPLICATION,
  POSTPARTUM_COVERAGE_MONTHS,
  PRE_RENEWAL_NOTICE_MONTHS_BEFORE,
  RENEWAL_FORM_MAILED_MONTHS_BEFORE,
} from './rules';

/** What happens around one MA renewal month, for outreach planning. */
export interface RenewalSchedule {
  renewalMonth: IsoMonth;
  /** The month the pre-renewal notice goes out, about 3 months ahead. */
  preRenewalNoticeMonth: IsoMonth;
  /** The months the renewal form is mailed in, 2 to 1 months ahead. */
  formMailed: { earliest: IsoMonth; latest: IsoMonth };
  /** The date outreach to the consumer is due. */
  outreachDue: IsoDate;
}

/**
 * The MA renewal month of an application: 12 months after the Minnesota month it was made in.
 * An application on 15 January 2026 renews in January 2027.
 */
export function maRenewalMonth(applicationDate: DayOrInstant): IsoMonth {
  const applicationMonth = monthOfDate(toMinnesotaDate(applicationDate, 'applicationDate'));
  return addMonthsToMonth(applicationMonth, MA_RENEWAL_MONTHS_AFTER_APPLICATION);
}

/** The month the pre-renewal notice goes out: about 3 months before the renewal month. */
export function preRenewalNoticeMonth(renewalMonth: IsoMonth): IsoMonth {
  return addMonthsToMonth(renewalMonth, -PRE_RENEWAL_NOTICE_MONTHS_BEFORE);
}

/** The months the renewal form is mailed in: from 2 months to 1 month before the renewal month. */
export function renewalFormMailingMonths(renewalMonth: IsoMonth): {
  earliest: IsoMonth;
  latest: IsoMonth;
} {
  return {
    earliest: addMonthsToMonth(renewalMonth, -RENEWAL_FORM_MAILED_MONTHS_BEFORE.earliest),
    latest: addMonthsToMonth(renewalMonth, -RENEWAL_FORM_MAILED_MONTHS_BEFORE.latest),
  };
}

/**
 * The date renewal outreach is due: the first day of the renewal month minus the lead time, in
 * calendar days. With the default 30 days a March renewal is due on 30 January, or 31 January in
 * a leap year.
 *
 * @param leadDays the outreach lead-time setting; throws a RangeError unless a whole number of
 *   days, 0 or more.
 */
export function renewalOutreachDueDate(
  renewalMonth: IsoMonth,
  leadDays: number = DEFAULT_RENEWAL_OUTREACH_LEAD_DAYS,
): IsoDate {
  if (!Number.isInteger(leadDays) || leadDays < 0) {
    throw new RangeError('leadDays must be a whole number of days, 0 or more');
  }
  return addCalendarDays(firstDayOfMonth(renewalMonth), -leadDays);
}

/** The notice, form and outreach dates around a renewal month. */
export function renewalSchedule(
  renewalMonth: IsoMonth,
  leadDays: number = DEFAULT_RENEWAL_OUTREACH_LEAD_DAYS,
): RenewalSchedule {
  return {
    renewalMonth,
    preRenewalNoticeMonth: preRenewalNoticeMonth(renewalMonth),
    formMailed: renewalFormMailingMonths(renewalMonth),
    outreachDue: renewalOutreachDueDate(renewalMonth, leadDays),
  };
}

/**
 * The renewal month of an auto newborn: the month after the first birthday. The birthday month
 * is taken to be the birth month, including for a child born on 29 February (born February 2024,
 * renews March 2025): of the two readings, 28 February or 1 March, it is the one that never makes
 * outreach late.
 */
export function autoNewbornRenewalMonth(dateOfBirth: IsoDate): IsoMonth {
  const birthMonth = monthOfDate(toMinnesotaDate(dateOfBirth, 'dateOfBirth'));
  return addMonthsToMonth(birthMonth, AUTO_NEWBORN_COVERAGE_MONTHS + 1);
}

/**
 * The last day of the 12-month postpartum period. The reading taken: the period begins on the
 * day the pregnancy ends and lasts 12 months, so it ends the day before the same date a year
 * later (ended 15 March 2026: period to 14 March 2027; ended 1 March 2026: to 28 February 2027).
 */
export function postpartumPeriodEnd(pregnancyEndDate: IsoDate): IsoDate {
  const start = toMinnesotaDate(pregnancyEndDate, 'pregnancyEndDate');
  return addCalendarDays(sameDayMonthsLater(start, POSTPARTUM_COVERAGE_MONTHS), -1);
}

/**
 * The renewal month of postpartum coverage. Coverage continues to the end of the month in which
 * the 12-month postpartum period ends, so it renews the month after that one: usually the 13th
 * month after the pregnancy ended, but the 12th when it ended on the first of a month.
 */
export function postpartumRenewalMonth(pregnancyEndDate: IsoDate): IsoMonth {
  return addMonthsToMonth(monthOfDate(postpartumPeriodEnd(pregnancyEndDate)), 1);
}
