import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../policy/calendar';
import { PROGRAM_CODES } from '../policy/ncaf-reasons';
import type { CapturedField } from '../portal-adapters/profile-schema';
import type { FieldProblem } from '../storage/records';

/** Field names as a navigator reads them, for error messages. */
export const FIELD_LABELS: Record<CapturedField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  dateOfBirth: 'Date of birth',
  county: 'County',
  preferredLanguage: 'Preferred language',
  assisterHelped: 'Assister helped',
  assisterIdOnApplication: 'Assister ID on the application',
  caseNumber: 'Case number',
  program: 'Program',
  eligibilityStatus: 'Eligibility status',
  determinationDate: 'Determination date',
};

/** A field's name as a navigator reads it (the field's own name when it has no label). */
export function fieldLabel(field: string): string {
  return FIELD_LABELS[field as CapturedField] ?? field;
}

/** A captured field after validation, in the product's own types. */
export type ValidFields = Partial<{
  firstName: string;
  lastName: string;
  dateOfBirth: IsoDate;
  county: string;
  preferredLanguage: string;
  assisterHelped: 'yes' | 'no';
  assisterIdOnApplication: string;
  caseNumber: string;
  program: (typeof PROGRAM_CODES)[number];
  eligibilityStatus: 'pending' | 'approved' | 'active';
  determinationDate: IsoDate;
}>;

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const EARLIEST_BIRTH_DATE = '1900-01-01';

function personName(label: string) {
  return z
    .string()
    .max(100, `${label} is longer than 100 characters`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), `${label} contains control characters`);
}

function pastDate(label: string, today: IsoDate, earliest = EARLIEST_BIRTH_DATE) {
  return z
    .string()
    .refine(isIsoDate, `${label} is not a real date (MM/DD/YYYY with a 4-digit year)`)
    .refine((value) => value <= today, `${label} is in the future`)
    .refine((value) => value >= earliest, `${label} is before ${earliest.slice(0, 4)}`);
}

function shortText(label: string) {
  return z.string().max(60, `${label} is longer than 60 characters`);
}

/** The schema of every capturable field, given the profile's case-number pattern and today. */
export function capturedFieldSchemas(caseNumberPattern: string, today: IsoDate) {
  return {
    firstName: personName('First name'),
    lastName: personName('Last name'),
    dateOfBirth: pastDate('Date of birth', today),
    county: shortText('County'),
    preferredLanguage: shortText('Preferred language'),
    assisterHelped: z.enum(['yes', 'no'], 'Assister helped must be yes or no'),
    assisterIdOnApplication: z
      .string()
      .regex(/^[A-Za-z0-9]{9}$/, 'Assister ID on the application must be 9 letters or digits'),
    caseNumber: z
      .string()
      .regex(new RegExp(caseNumberPattern), 'Case number does not match the portal case format'),
    program: z.enum(PROGRAM_CODES, 'Program is not one the product knows'),
    eligibilityStatus: z.enum(
      ['pending', 'approved', 'active'],
      'Eligibility status must be pending, approved or active',
    ),
    determinationDate: pastDate('Determination date', today, '2013-10-01'),
  } satisfies Record<CapturedField, z.ZodType>;
}

/**
 * Validates captured values one field at a time, so one bad field never blocks or corrupts the
 * others. A blank value means "not shown yet", not an error. Nothing invalid is returned as valid.
 */
export function validateCapturedFields(
  values: Partial<Record<CapturedField, string>>,
  caseNumberPattern: string,
  today: IsoDate,
): { valid: ValidFields; problems: FieldProblem[] } {
  const schemas = capturedFieldSchemas(caseNumberPattern, today);
  const valid: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];

  for (const [field, raw] of Object.entries(values)) {
    const schema = schemas[field as CapturedField];
    const value = raw?.trim() ?? '';
    if (!schema || value === '') continue;

    const parsed = schema.safeParse(value);
    if (parsed.success) valid[field] = parsed.data;
    else problems.push({ field, message: parsed.error.issues[0]?.message ?? 'is not valid' });
  }
  return { valid: valid as ValidFields, problems };
}
