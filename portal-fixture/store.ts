import type { Application, Association, Consumer } from './records';
import { seedApplications } from './seed';

/** Where confirmation numbers start, so a fresh fixture always hands out the same ones. */
const FIRST_CONFIRMATION_SEQUENCE = 30_000_001;

/** Confirmation prefixes: an NCAF filing, or an Assister ID typed on the signature page. */
const CONFIRMATION_PREFIX: Record<Association['source'], string> = {
  ncaf: 'NCAF-',
  'signature-page': 'APP-',
};

/** An association before the store gives it a confirmation number. */
export type NewAssociation = Omit<Association, 'confirmationNumber'>;

/** Per-case counters, so tests can prove a case was associated exactly once. */
export interface CaseCounts {
  associations: number;
  ncafSubmissions: number;
}

/**
 * The fixture's data: applications (consumers and their household details), associations, and
 * how many NCAF submissions reached validation for each case. Shared by every portal generation.
 *
 * A case has two numbers, its METS one and its QEST one. Associations are stored and counted under
 * the METS number (the case key), and every method here that takes a case number accepts either,
 * so a case filed in one generation is already associated in the other and counts once.
 */
export class FixtureStore {
  private applications: Application[];
  private associationList: Association[] = [];
  private submissionCounts = new Map<string, number>();
  private nextSequence = FIRST_CONFIRMATION_SEQUENCE;

  /** @param extraConsumers generated consumers added after the seeded ones (default none) */
  constructor(private readonly extraConsumers = 0) {
    this.applications = seedApplications(extraConsumers);
  }

  /** Back to the seed: original applications, no associations, no counts. */
  reset(): void {
    this.applications = seedApplications(this.extraConsumers);
    this.associationList = [];
    this.submissionCounts = new Map();
    this.nextSequence = FIRST_CONFIRMATION_SEQUENCE;
  }

  /** Copies of the consumers as they stand now (household edits included). */
  consumers(): Consumer[] {
    return this.applications.map((entry) => ({ ...entry.consumer }));
  }

  /** The application with this id; the live record, for the portal pages to read and edit. */
  applicationById(applicationId: string): Application | undefined {
    return this.applications.find((entry) => entry.consumer.applicationId === applicationId);
  }

  /** The consumer whose case has this number; the live record. */
  consumerByCase(caseNumber: string): Consumer | undefined {
    return this.applications.find((entry) => entry.consumer.caseNumber === caseNumber)?.consumer;
  }

  /** The consumer whose case has this QEST number; the live record. */
  consumerByQestCase(qestCaseNumber: string): Consumer | undefined {
    return this.applications.find((entry) => entry.consumer.qestCaseNumber === qestCaseNumber)
      ?.consumer;
  }

  /**
   * The key a case is counted under: the METS number of the case with this METS or QEST number,
   * or the number itself when no case has it (a mistyped number is still counted as typed).
   */
  caseKey(caseNumber: string): string {
    const consumer = this.consumerByCase(caseNumber) ?? this.consumerByQestCase(caseNumber);
    return consumer?.caseNumber ?? caseNumber;
  }

  /** Copies of every association, in the order they were stored. */
  associations(): Association[] {
    return this.associationList.map((entry) => ({ ...entry }));
  }

  /** The association of this case, if it has one. */
  associationFor(caseNumber: string): Association | undefined {
    const key = this.caseKey(caseNumber);
    return this.associationList.find((entry) => entry.caseNumber === key);
  }

  /** The association with this confirmation number, if any. */
  associationByConfirmation(confirmationNumber: string): Association | undefined {
    return this.associationList.find((entry) => entry.confirmationNumber === confirmationNumber);
  }

  /** How many associations the case has (the portal never lets this exceed 1). */
  associationCount(caseNumber: string): number {
    const key = this.caseKey(caseNumber);
    return this.associationList.filter((entry) => entry.caseNumber === key).length;
  }

  /**
   * Stores an association with a new, unique confirmation number and returns it. Its `caseNumber`
   * must be the case key (the METS number). `confirmationPrefix` defaults to METS's prefix for the
   * source; QEST passes its own.
   */
  addAssociation(
    association: NewAssociation,
    confirmationPrefix = CONFIRMATION_PREFIX[association.source],
  ): Association {
    const confirmationNumber = confirmationPrefix + this.nextSequence;
    this.nextSequence += 1;
    const stored = { ...association, confirmationNumber };
    this.associationList.push(stored);
    return { ...stored };
  }

  /** Counts one NCAF submission that reached validation for the typed case number. */
  countNcafSubmission(caseNumber: string): void {
    this.submissionCounts.set(this.caseKey(caseNumber), this.ncafSubmissions(caseNumber) + 1);
  }

  /** NCAF submissions that reached validation for the case number. */
  ncafSubmissions(caseNumber: string): number {
    return this.submissionCounts.get(this.caseKey(caseNumber)) ?? 0;
  }

  /** Counters under each case key: every seeded case and every number an NCAF was filed for. */
  caseCounts(): Record<string, CaseCounts> {
    const caseNumbers = new Set([
      ...this.applications.map((entry) => entry.consumer.caseNumber),
      ...this.associationList.map((entry) => entry.caseNumber),
      ...this.submissionCounts.keys(),
    ]);
    const counts: Record<string, CaseCounts> = {};
    for (const caseNumber of caseNumbers) {
      counts[caseNumber] = {
        associations: this.associationCount(caseNumber),
        ncafSubmissions: this.ncafSubmissions(caseNumber),
      };
    }
    return counts;
  }
}
