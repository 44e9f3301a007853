import { addCalendarDays, formatUsDate, type IsoDate } from './calendar';
import { toMinnesotaDate, type DayOrInstant } from './day-or-instant';
import { lastDayOfMonth, monthOfDate, type IsoMonth } from './months';
import {
  DEFAULT_PAYMENT_PER_DETERMINATION_USD,
  PAYMENT_DUE_DAYS_AFTER_MONTH,
  PAYMENT_RATE_START_DATE,
} from './rules';

/** Why a case has no payment at the current rate. */
export type NoPaymentReason = 'not-active' | 'before-rate-start';

/** The payment a case is expected to bring, or why it brings none at this rate. */
export type PaymentExpectation =
  | {
      isPayable: true;
      /** The Minnesota month the eligibility turned active: the month it is reported in. */
      reportingMonth: IsoMonth;
      /** The last day the payment for that month is due. */
      dueDate: IsoDate;
      amountUsd: number;
    }
  | { isPayable: false; reason: NoPaymentReason; message: string };

function checkRate(rateUsd: number): void {
  if (!Number.isFinite(rateUsd) || rateUsd < 0) {
    throw new RangeError('rateUsd must be zero or a positive number of dollars');
  }
}

/**
 * The reporting month of a determination: the Minnesota month of the date its eligibility turned
 * active. An activation at 11:30 pm on 31 January in Saint Paul is reported in January, whatever
 * the computer's time zone.
 */
export function reportingMonth(activatedOn: DayOrInstant): IsoMonth {
  return monthOfDate(toMinnesotaDate(activatedOn, 'activatedOn'));
}

/**
 * The date payment for a reporting month is due: 60 calendar days after the month's last day.
 * January 2026 is due 1 April 2026; January 2024, a leap year, 31 March 2024.
 */
export function paymentDueDate(month: IsoMonth): IsoDate {
  return addCalendarDays(lastDayOfMonth(month), PAYMENT_DUE_DAYS_AFTER_MONTH);
}

/**
 * The payment for one determination that turned active on `activatedOn`, at `rateUsd`.
 * Determinations before 1 September 2024 were not paid at this rate; the rate that applied to
 * them is not kept here, so they come back unpayable with the reason rather than a wrong amount.
 *
 * @param rateUsd the payment setting, $100 by default; throws a RangeError when negative or not
 *   a finite number.
 */
export function determinationPayment(
  activatedOn: DayOrInstant,
  rateUsd: number = DEFAULT_PAYMENT_PER_DETERMINATION_USD,
): PaymentExpectation {
  checkRate(rateUsd);

  const activeDate = toMinnesotaDate(activatedOn, 'activatedOn');
  if (activeDate < PAYMENT_RATE_START_DATE) {
    const start = formatUsDate(PAYMENT_RATE_START_DATE);
    return {
      isPayable: false,
      reason: 'before-rate-start',
      message:
        `Turned active on ${formatUsDate(activeDate)}, ` +
        `before the rate that began on ${start}.`,
    };
  }

  const month = reportingMonth(activeDate);
  return {
    isPayable: true,
    reportingMonth: month,
    dueDate: paymentDueDate(month),
    amountUsd: rateUsd,
  };
}

/**
 * The one payment of a case, however many people or programs on it turned active: a case is paid
 * once, for the first activation, which is the moment the navigator then associated is paid for.
 * A case with no activation yet has no payment.
 *
 * @param activations the dates (or instants) each determination on the case turned active.
 */
export function casePayment(
  activations: readonly DayOrInstant[],
  rateUsd: number = DEFAULT_PAYMENT_PER_DETERMINATION_USD,
): PaymentExpectation {
  checkRate(rateUsd);

  const dates = activations.map((activation) => toMinnesotaDate(activation, 'activations'));
  const first = dates.sort()[0];
  if (first === undefined) {
    return {
      isPayable: false,
      reason: 'not-active',
      message: 'No eligibility on this case has turned active yet; only an active one is paid.',
    };
  }
  return determinationPayment(first, rateUsd);
}
