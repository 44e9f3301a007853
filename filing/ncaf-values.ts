import type { NcafValues } from '../portal-adapters/ncaf-form';
import type { CaseRecord } from '../storage/records';
import type { Settings } from '../storage/settings';

/**
 * The NCAF values of a complete case, signed with the navigator's name. Returns null when a
 * required value is missing, which `readiness` should already have prevented.
 */
export function ncafValuesFor(record: CaseRecord, settings: Settings): NcafValues | null {
  const { firstName, lastName, dateOfBirth } = record.consumer;
  if (!record.caseNumber || !firstName || !lastName || !dateOfBirth || !record.program) return null;

  return {
    caseNumber: record.caseNumber,
    firstName,
    lastName,
    dateOfBirth,
    assistedDate: record.assistedDate,
    reason: record.reason,
    program: record.program,
    assisterId: settings.assisterId.toUpperCase(),
    organization: settings.organization,
    signature: settings.navigatorName,
  };
}
