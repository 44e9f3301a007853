import { newCaseRecord } from '../../storage/new-case';
import { extraApplications } from '../../portal-fixture/extra-consumers';
import type { Consumer } from '../../portal-fixture/records';
import { addCalendarDays, minnesotaDate } from '../../policy/calendar';
import type { CaseRecord, CaseStatus } from '../../storage/records';

/**
 * Case records written straight into the extension's database, shaped exactly as the capture
 * path stores them, so the benchmarks can queue hundreds of cases or fill a year of history
 * without working each application in the portal.
 */

const DAY_MS = 24 * 60 * 60_000;

/** A complete case for a fixture consumer, assisted today and queued to be filed now. */
export function queuedCase(consumer: Consumer, portalOrigin: string, now: number): CaseRecord {
  const today = minnesotaDate(now);
  return {
    ...baseCase(consumer, portalOrigin, today, now),
    status: 'queued',
    dueAt: now,
  };
}

/**
 * `count` cases spread evenly over the last 365 days, as a year of a busy navigator's work: the
 * older ones filed (one in ten already associated on the signature page), those of the last 30
 * days a mix of filed, waiting for a signature, incomplete and refused by the portal. None is due
 * for filing, so the queue leaves them alone. Consumers are generated invented people.
 */
export function yearOfCases(count: number, portalOrigin: string, now: number): CaseRecord[] {
  return extraApplications(count).map(({ consumer }, index) => {
    const daysAgo = Math.floor((index * 365) / count);
    const assistedDate = addCalendarDays(minnesotaDate(now), -daysAgo);
    const capturedAt = now - daysAgo * DAY_MS;
    const record = baseCase(consumer, portalOrigin, assistedDate, capturedAt);
    return { ...record, ...historyState(index, daysAgo, capturedAt) };
  });
}

function historyState(index: number, daysAgo: number, at: number): Partial<CaseRecord> {
  const recentStatuses: CaseStatus[] = ['filed', 'ready-to-sign', 'incomplete', 'needs-attention'];
  const status: CaseStatus =
    daysAgo <= 30 ? recentStatuses[index % 4]! : index % 10 === 0 ? 'already-associated' : 'filed';
  switch (status) {
    case 'filed':
      return {
        status,
        association: { method: 'ncaf', confirmationNumber: `NCAF-${40_000_000 + index}`, at },
      };
    case 'already-associated':
      return { status, association: { method: 'signature-page', assisterId: 'NAV204815', at } };
    case 'incomplete':
      return { status, missingFields: ['program'], program: undefined };
    case 'needs-attention':
      return {
        status,
        portalMessages: ['The information entered could not be verified.'],
      };
    default:
      return { status };
  }
}

function baseCase(
  consumer: Consumer,
  portalOrigin: string,
  assistedDate: string,
  capturedAt: number,
): CaseRecord {
  const { firstName, lastName, dateOfBirth, county, preferredLanguage } = consumer;
  return newCaseRecord(
    {
      source: 'portal',
      profileId: 'mets',
      portalOrigin,
      applicationKey: consumer.applicationId,
      consumer: { firstName, lastName, dateOfBirth, county, preferredLanguage },
      caseNumber: consumer.caseNumber,
      program: consumer.program,
      eligibilityStatus: consumer.eligibilityStatus,
      determinationDate: consumer.determinationDate,
      assistedDate,
    },
    capturedAt,
  );
}
