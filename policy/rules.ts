/**
 * The policy constants the product encodes, as read on 2026-12-03. Rates, windows and thresholds
 * change: every other module takes them from here (or from settings seeded from here), never from
 * its own literal.
 */

/** The time zone every MNsure calendar day is counted in, whatever the computer's own zone. */
export const MINNESOTA_TIME_ZONE = 'America/Chicago';

/** The assisted date and the NCAF submission date may be at most this many days apart. */
export const FILING_WINDOW_DAYS = 30;

/** Auto-filing files a complete case no later than this many hours after it was captured. */
export const AUTO_FILING_TARGET_HOURS = 24;

/** Days-left thresholds at which a case becomes more urgent, most relaxed first. */
export const URGENCY_THRESHOLDS = { soon: 7, critical: 3 } as const;

/** Payment per successful determination since 2024-09-01, in US dollars (a setting defaults to it). */
export const DEFAULT_PAYMENT_PER_DETERMINATION_USD = 100;

/** Payment for a reporting month is due within this many days after the month ends. */
export const PAYMENT_DUE_DAYS_AFTER_MONTH = 60;

/**
 * Days-left thresholds at which the notifier alerts about a case, most relaxed first. "Due today"
 * and "missed" are always alerted on top of these (a setting may replace this list).
 */
export const ALERT_THRESHOLD_DAYS: readonly number[] = [
  URGENCY_THRESHOLDS.soon,
  URGENCY_THRESHOLDS.critical,
  1,
];

/** The first Minnesota date determined at the current payment rate. */
export const PAYMENT_RATE_START_DATE = '2024-09-01';

/** An MA case renews this many months after the month of its application. */
export const MA_RENEWAL_MONTHS_AFTER_APPLICATION = 12;

/** The pre-renewal notice goes out about this many months before the renewal month. */
export const PRE_RENEWAL_NOTICE_MONTHS_BEFORE = 3;

/** The renewal form is mailed from `earliest` to `latest` months before the renewal month. */
export const RENEWAL_FORM_MAILED_MONTHS_BEFORE = { earliest: 2, latest: 1 } as const;

/** Renewal outreach is due this many days before the renewal month starts (a setting). */
export const DEFAULT_RENEWAL_OUTREACH_LEAD_DAYS = 30;

/** An auto newborn's coverage runs to this age in months; it renews the month after. */
export const AUTO_NEWBORN_COVERAGE_MONTHS = 12;

/** Postpartum MA coverage lasts this many months from the day the pregnancy ends. */
export const POSTPARTUM_COVERAGE_MONTHS = 12;
