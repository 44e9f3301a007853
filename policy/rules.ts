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
