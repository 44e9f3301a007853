import { parseUsDate } from '../policy/calendar';
import { buildLabelIndex, locate, valueOf } from './locate';
import type { CapturedField, PortalProfile } from './profile-schema';

/** Application pages that carry case fields. */
export type CapturePage = 'household' | 'signature' | 'eligibility';

/** What an adapter read from one page. */
export interface FieldReading {
  /** Values in the product's own format where the adapter could convert them, else as shown. */
  values: Partial<Record<CapturedField, string>>;
  /** Fields the profile expects on this page that were not found at all. */
  missing: CapturedField[];
  /** Fields that matched more than one element: never guessed between. */
  ambiguous: CapturedField[];
}

const DATE_FIELDS: ReadonlySet<CapturedField> = new Set(['dateOfBirth', 'determinationDate']);

/**
 * Reads the allow-listed fields a profile declares for one page, and nothing else. A radio group
 * nobody answered yet reads as blank rather than missing: the page is right, the answer is not
 * there yet.
 */
export function readPageFields(
  doc: Document,
  profile: PortalProfile,
  page: CapturePage,
): FieldReading {
  const index = buildLabelIndex(doc);
  const reading: FieldReading = { values: {}, missing: [], ambiguous: [] };

  for (const [field, locator] of Object.entries(profile.fields[page])) {
    const name = field as CapturedField;
    const found = locate(doc, locator, index);
    if (found.length > 1) {
      reading.ambiguous.push(name);
      continue;
    }
    if (found.length === 0) {
      if (locator.kind === 'radio') reading.values[name] = '';
      else reading.missing.push(name);
      continue;
    }
    reading.values[name] = toProductFormat(name, valueOf(found[0]!), profile);
  }
  return reading;
}

/** Converts a value as the portal shows it into the product's format, or leaves it as shown. */
function toProductFormat(field: CapturedField, shown: string, profile: PortalProfile): string {
  if (shown === '') return shown;
  if (DATE_FIELDS.has(field) && profile.dateFormat === 'MM/dd/yyyy') {
    return parseUsDate(shown) ?? shown;
  }
  if (field === 'program') return profile.valueMaps.program[shown] ?? shown;
  if (field === 'eligibilityStatus') return profile.valueMaps.eligibilityStatus[shown] ?? shown;
  if (field === 'assisterHelped') return profile.valueMaps.assisterHelped[shown] ?? shown;
  return shown;
}
