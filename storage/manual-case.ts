import { z } from 'zod';
import { minnesotaDate, calendarDaysBetween } from '../policy/calendar';
import { manualCaseSchema } from '../messaging/schemas';
import type { PortalProfile } from '../portal-adapters/profile-schema';
import { readiness } from '../filing/readiness';
import type { CaseDatabase } from './db';
import { newCaseRecord } from './new-case';
import type { FieldProblem } from './records';
import type { Settings } from './settings';

/** How far back a hand-added case may have been assisted: past the window it cannot be paid. */
const OLDEST_ASSISTED_DAYS = 365;

/** Where a hand-added case is filed: the portal the navigator last used. */
export interface PortalTarget {
  origin: string;
  profile: PortalProfile;
}

/**
 * Validates a case typed by hand and stores it, to be filed like any captured case. Returns the
 * errors by field instead when anything is wrong; nothing is stored then.
 */
export async function storeManualCase(
  db: CaseDatabase,
  input: unknown,
  target: PortalTarget | null,
  settings: Settings,
  now: number,
): Promise<{ ok: true; caseId: string } | { ok: false; errors: FieldProblem[] }> {
  const today = minnesotaDate(now);
  if (!target) {
    const message = 'Open the portal once so the extension knows where to file';
    return { ok: false, errors: [{ field: 'portal', message }] };
  }
  const parsed = schemaFor(target.profile, today).safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };

  const value = parsed.data;
  const { firstName, lastName, dateOfBirth, caseNumber, program, assistedDate, reason } = value;
  const record = newCaseRecord(
    {
      source: 'manual',
      profileId: target.profile.id,
      portalOrigin: target.origin,
      applicationKey: `manual:${caseNumber}`,
      consumer: { firstName, lastName, dateOfBirth },
      caseNumber,
      program,
      assistedDate,
      reason,
    },
    now,
  );
  Object.assign(record, readiness(record, settings));

  return db.transaction('rw', db.cases, db.events, async () => {
    const existing = await db.cases.where('caseNumber').equals(value.caseNumber).first();
    if (existing) {
      return {
        ok: false as const,
        errors: [{ field: 'caseNumber', message: 'A case with this number is already stored' }],
      };
    }
    await db.cases.add(record);
    await db.events.add({
      at: now,
      caseId: record.id,
      type: 'added-by-hand',
      detail: value.reason,
    });
    return { ok: true as const, caseId: record.id };
  });
}

/** The manual-case schema with the portal's case-number format and today's date applied. */
function schemaFor(profile: PortalProfile, today: string) {
  const pattern = new RegExp(profile.caseNumberPattern);
  return manualCaseSchema.extend({
    caseNumber: manualCaseSchema.shape.caseNumber.refine(
      (value) => pattern.test(value),
      `Case number does not match the ${profile.name} format`,
    ),
    dateOfBirth: manualCaseSchema.shape.dateOfBirth.refine(
      (value) => value <= today && value >= '1900-01-01',
      'Date of birth must be between 1900 and today',
    ),
    assistedDate: manualCaseSchema.shape.assistedDate
      .refine((value) => value <= today, 'Date assisted cannot be in the future')
      .refine(
        (value) => calendarDaysBetween(value, today) <= OLDEST_ASSISTED_DAYS,
        'Date assisted is more than a year ago',
      ),
  });
}

function fieldErrors(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.') || 'case',
    message: issue.message,
  }));
}
