/**
 * The records the fixture keeps: invented consumers with their applications, the invented
 * navigator, and the case associations filed against the fixture.
 */

/** Programs a determination can be for, in the portal's own codes. */
export type Program = 'MA' | 'MNCARE' | 'QHP_APTC' | 'QHP';

/** Where a case's eligibility determination stands. */
export type EligibilityStatus = 'pending' | 'approved' | 'active';

/** An invented consumer with one application and one case. Dates are `yyyy-MM-dd`. */
export interface Consumer {
  applicationId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  county: string;
  preferredLanguage: string;
  /** METS format: exactly 8 digits. Also the key the store counts a case's associations by. */
  caseNumber: string;
  /**
   * The same case's number in QEST: `Q` and 9 digits. QEST assigned its own numbers when cases
   * moved over, so it cannot be derived from the METS number.
   */
  qestCaseNumber: string;
  program: Program;
  eligibilityStatus: EligibilityStatus;
  determinationDate: string;
}

/**
 * A consumer's application as the portal holds it: the consumer plus the household fields the
 * extension must never capture, kept apart so `consumers()` never hands them out.
 */
export interface Application {
  consumer: Consumer;
  /** Obviously fake, in the never-issued 900 area. */
  ssn: string;
  /** Whole dollars or dollars and cents, as typed. */
  monthlyIncome: string;
}

/** The invented navigator who signs in to the fixture. */
export interface Navigator {
  username: string;
  displayName: string;
  assisterId: string;
  organization: string;
}

/** One assister association with a case. `associatedOn` is `yyyy-MM-dd`. */
export interface Association {
  caseNumber: string;
  consumerName: string;
  assisterId: string;
  organization: string;
  associatedOn: string;
  confirmationNumber: string;
  source: 'signature-page' | 'ncaf';
}
