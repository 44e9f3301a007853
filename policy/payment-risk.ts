import { calendarDaysBetween, formatUsDate, type IsoDate } from './calendar';
import { toMinnesotaDate, type DayOrInstant } from './day-or-instant';
import { daysLeft, filingDeadline } from './deadline';
import { PROGRAMS, type NcafReason, type Program } from './ncaf-reasons';
import type { PaymentRiskReason } from './payment-risk-reasons';
import { FILING_WINDOW_DAYS } from './rules';

/** The eligibility status the portal shows. Only `active` is paid. */
export type EligibilityStatus = 'pending' | 'approved' | 'active';

/** The kind of renewal a case is in, as the portal shows it. */
export type RenewalType = 'need-to-renew' | 'auto-renew' | 'maxis';

/** The facts about one case that decide whether its payment is at risk. */
export interface PaymentRiskInput {
  /** As read from the portal; null while it has not been read. */
  eligibilityStatus: EligibilityStatus | null;
  /** The determination date the portal shows; null while eligibility is not determined yet. */
  determinationDate: IsoDate | null;
  /** The program the determination is for; null while unknown. */
  program: Program | null;
  /** Programs the consumer was already covered by before this determination; empty when none. */
  priorCoverage: readonly Program[];
  /** The renewal the case is in; null when it is not a renewal. */
  renewalType: RenewalType | null;
  /** True when a person was added to the household's coverage (a life event). */
  wasPersonAdded: boolean;
  /** The reason on the NCAF; null when no NCAF is needed (signature page or reference number). */
  ncafReason: NcafReason | null;
  assistedDate: IsoDate;
  /** When the NCAF was submitted (a date or the instant); null while not submitted. */
  filedAt: DayOrInstant | null;
  /** Today's Minnesota date or the current instant. */
  today: DayOrInstant;
  /** The Assister ID of the navigator using the product; '' when not set up yet. */
  ourAssisterId: string;
  /** The Assister ID associated when the case turned active; null while not known. */
  assisterIdAtActivation: string | null;
}

/** One reason a case may go unpaid, with a sentence for the navigator. */
export interface PaymentRiskFlag {
  reason: PaymentRiskReason;
  message: string;
}

type Check = (input: PaymentRiskInput) => PaymentRiskFlag | null;

const RENEWAL_REASONS: ReadonlySet<NcafReason> = new Set([
  'renewal-need-to-renew',
  'renewal-chose-qhp',
]);

const RENEWAL_NAMES: Record<RenewalType, string> = {
  'need-to-renew': 'Need to Renew',
  'auto-renew': 'Auto Renew',
  maxis: 'a MAXIS renewal',
};

/** An NCAF filed after day 30, or one not filed while day 30 has passed. */
const overThirtyDays: Check = ({ ncafReason, assistedDate, filedAt, today }) => {
  if (ncafReason === null) return null;

  const assisted = formatUsDate(assistedDate);
  if (filedAt !== null) {
    const filed = toMinnesotaDate(filedAt, 'filedAt');
    const days = calendarDaysBetween(assistedDate, filed);
    if (days <= FILING_WINDOW_DAYS) return null;
    return {
      reason: 'over-30-days',
      message:
        `The NCAF was submitted on ${formatUsDate(filed)}, ${days} days after the assisted ` +
        `date of ${assisted}; only ${FILING_WINDOW_DAYS} days are allowed.`,
    };
  }

  const deadline = filingDeadline(assistedDate);
  if (daysLeft(deadline, toMinnesotaDate(today, 'today')) >= 0) return null;
  return {
    reason: 'over-30-days',
    message:
      `The ${FILING_WINDOW_DAYS} days after the assisted date of ${assisted} ended on ` +
      `${formatUsDate(deadline)}; an NCAF submitted now is too late.`,
  };
};

/**
 * Pending or approved. With no determination date the eligibility is still being decided, so it
 * is only "not yet active"; once a determination date is shown it was decided without becoming
 * active, and the case is at risk.
 */
const notActive: Check = ({ eligibilityStatus, determinationDate }) => {
  if (eligibilityStatus === null || eligibilityStatus === 'active') return null;

  if (determinationDate === null) {
    return {
      reason: 'not-yet-active',
      message:
        `The portal shows eligibility ${eligibilityStatus} with no determination date yet; ` +
        'it is paid only once it turns active.',
    };
  }
  return {
    reason: 'never-active',
    message:
      `Eligibility was determined on ${formatUsDate(determinationDate)} but is ` +
      `${eligibilityStatus}, not active; only an active determination is paid.`,
  };
};

/** Already covered, outside a renewal: a second program or a change of program adds nothing. */
const noNewCoverage: Check = ({ priorCoverage, program, renewalType, ncafReason }) => {
  if (priorCoverage.length === 0 || renewalType !== null) return null;
  if (ncafReason !== null && RENEWAL_REASONS.has(ncafReason)) return null;

  const prior = priorCoverage.map((code) => PROGRAMS[code]).join(' and ');
  const change =
    program === null ? 'this determination' : `adding or moving to ${PROGRAMS[program]}`;
  return {
    reason: 'no-new-coverage',
    message: `The consumer was already covered by ${prior}; ${change} is not new coverage.`,
  };
};

const autoRenewWithoutAddedPerson: Check = ({ renewalType, wasPersonAdded }) => {
  if (renewalType !== 'auto-renew' || wasPersonAdded) return null;
  return {
    reason: 'auto-renew-without-added-person',
    message: 'The case is in Auto Renew and no person was added; such a renewal is not paid.',
  };
};

const needToRenewReasonNotInNtr: Check = ({ ncafReason, renewalType }) => {
  if (ncafReason !== 'renewal-need-to-renew' || renewalType === 'need-to-renew') return null;

  const actual = renewalType === null ? 'not up for renewal' : `in ${RENEWAL_NAMES[renewalType]}`;
  return {
    reason: 'need-to-renew-reason-not-in-ntr',
    message:
      `The NCAF reason is a Need to Renew renewal, but the case is ${actual}, ` +
      'not in Need to Renew status.',
  };
};

const maxisRenewal: Check = ({ renewalType }) => {
  if (renewalType !== 'maxis') return null;
  return {
    reason: 'maxis-renewal',
    message: 'This is a MAXIS renewal; MAXIS renewals are not paid through an NCAF.',
  };
};

/** Assister IDs are compared without case or surrounding spaces, as the portal may show either. */
const otherNavigatorAtActivation: Check = ({ ourAssisterId, assisterIdAtActivation }) => {
  const ours = ourAssisterId.trim().toUpperCase();
  const theirs = assisterIdAtActivation?.trim().toUpperCase() ?? '';
  if (ours === '' || theirs === '' || ours === theirs) return null;
  return {
    reason: 'other-navigator-at-activation',
    message:
      `Assister ID ${theirs} was associated when the case turned active, not yours (${ours}); ` +
      'the navigator associated then is the one paid.',
  };
};

// In the order of PAYMENT_RISK_REASON_CODES, so flags always list the same way.
const CHECKS: readonly Check[] = [
  overThirtyDays,
  notActive,
  noNewCoverage,
  autoRenewWithoutAddedPerson,
  needToRenewReasonNotInNtr,
  maxisRenewal,
  otherNavigatorAtActivation,
];

/**
 * Every known reason the case may go unpaid, each with a sentence for the navigator; empty when
 * none applies. Several can apply at once (a MAXIS renewal filed under the Need to Renew reason
 * raises both). Facts not known yet (null) raise nothing, except where their absence is the risk.
 */
export function paymentRisks(input: PaymentRiskInput): PaymentRiskFlag[] {
  return CHECKS.map((check) => check(input)).filter((flag) => flag !== null);
}
