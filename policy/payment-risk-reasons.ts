/**
 * The known reasons an assisted case may go unpaid, as MNsure lists them, with a short label for
 * lists and filters. The codes are the product's own. `not-yet-active` is the provisional form of
 * `never-active`: the eligibility is not determined yet, so it may still turn active.
 */
export const PAYMENT_RISK_REASONS = {
  'over-30-days': 'NCAF more than 30 days after the assisted date',
  'not-yet-active': 'Eligibility not active yet',
  'never-active': 'Eligibility determined but never active',
  'no-new-coverage': 'No new coverage',
  'auto-renew-without-added-person': 'Auto Renew without an added person',
  'need-to-renew-reason-not-in-ntr': 'Need to Renew reason, case not in Need to Renew',
  'maxis-renewal': 'MAXIS renewal',
  'other-navigator-at-activation': 'Another navigator associated at activation',
} as const;

export type PaymentRiskReason = keyof typeof PAYMENT_RISK_REASONS;

/** The reason codes in the order flags are listed. */
export const PAYMENT_RISK_REASON_CODES = Object.keys(PAYMENT_RISK_REASONS) as [
  PaymentRiskReason,
  ...PaymentRiskReason[],
];
