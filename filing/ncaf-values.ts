import type { NcafValues } from '../portal-adapters/ncaf-form';
import { losesLetters } from '../portal-adapters/normalise';
import type { PortalProfile } from '../portal-adapters/profile-schema';
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

const NAME_FIELDS = [
  ['firstName', 'First name'],
  ['lastName', 'Last name'],
] as const;

/**
 * Names the portal cannot take as spelt: letters would be lost when typed (a name in another
 * script on a portal that takes Latin letters only). The navigator files those by hand with the
 * spelling the portal holds, so the filer refuses rather than filing a different name.
 */
export function portalSpellingProblems(values: NcafValues, profile: PortalProfile): string[] {
  return NAME_FIELDS.filter(([field]) =>
    losesLetters(values[field], profile.allowedNameCharacters),
  ).map(
    ([, label]) =>
      `${label} has letters the ${profile.name} does not accept; file this case by hand with ` +
      'the spelling the portal shows.',
  );
}
