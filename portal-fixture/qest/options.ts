import { MINNESOTA_COUNTIES } from '../mets/minnesota-counties';
import type { EligibilityStatus, Program } from '../records';

/**
 * QEST's code tables. QEST sends codes over its API and shows texts; both differ from METS's, so
 * the extension must map by text or by QEST's own codes. Counties are the same 87, coded by their
 * two-digit position in the alphabetical list.
 */

/** An option of a select: the code sent to the API and the visible text. */
export interface QestOption {
  value: string;
  text: string;
}

/** QEST's code for each program. */
export const QEST_PROGRAM_CODE: Record<Program, string> = {
  MA: 'MED_ASSIST',
  MNCARE: 'MN_CARE',
  QHP_APTC: 'QHP_PTC',
  QHP: 'QHP_NO_PTC',
};

/** How QEST names each program. */
export const QEST_PROGRAM_TEXT: Record<Program, string> = {
  MA: 'Medical Assistance',
  MNCARE: 'MinnesotaCare',
  QHP_APTC: 'Qualified health plan with premium tax credit',
  QHP: 'Qualified health plan without premium tax credit',
};

/** How QEST shows each eligibility status. */
export const QEST_STATUS_TEXT: Record<EligibilityStatus, string> = {
  pending: 'In review',
  approved: 'Approved',
  active: 'Active',
};

/** The NCAF programs, in the form's order. */
export const QEST_PROGRAM_OPTIONS: readonly QestOption[] = (
  Object.keys(QEST_PROGRAM_CODE) as Program[]
).map((program) => ({ value: QEST_PROGRAM_CODE[program], text: QEST_PROGRAM_TEXT[program] }));

/** The NCAF reasons, in the form's order: the same six policy reasons as METS, QEST's wording. */
export const QEST_REASON_OPTIONS: readonly QestOption[] = [
  { value: 'RENEWAL_NTR', text: 'Renewal: consumer is in Need to Renew status' },
  {
    value: 'NOT_PROCESSED_ONLINE',
    text: 'Application not processed online (DHS-3876, DACA, Medicare Savings Program, inmate)',
  },
  { value: 'ONLINE_UNASSOCIATED', text: 'Online application submitted without an assister' },
  { value: 'LIFE_EVENT_MEMBER', text: 'Life event added coverage for a household member' },
  { value: 'RENEWAL_QHP_CHOICE', text: 'Renewing consumer chose a qualified health plan' },
  { value: 'PAPER_APPLICATION', text: 'Paper application (DHS-6696, DHS-6741, EMA)' },
];

/** Counties: code `01`..`87` by alphabetical position, text the county's name. */
export const QEST_COUNTY_OPTIONS: readonly QestOption[] = MINNESOTA_COUNTIES.map((name, index) => ({
  value: String(index + 1).padStart(2, '0'),
  text: name,
}));

/** Languages spoken at home: ISO 639 codes (`other` for the rest), text the language's name. */
export const QEST_LANGUAGE_OPTIONS: readonly QestOption[] = [
  { value: 'en', text: 'English' },
  { value: 'es', text: 'Spanish' },
  { value: 'so', text: 'Somali' },
  { value: 'hmn', text: 'Hmong' },
  { value: 'vi', text: 'Vietnamese' },
  { value: 'om', text: 'Oromo' },
  { value: 'kar', text: 'Karen' },
  { value: 'am', text: 'Amharic' },
  { value: 'ar', text: 'Arabic' },
  { value: 'ru', text: 'Russian' },
  { value: 'zh', text: 'Chinese' },
  { value: 'lo', text: 'Lao' },
  { value: 'km', text: 'Khmer' },
  { value: 'other', text: 'Other' },
];

/** The code of the option with this text, or undefined. */
export function codeOf(options: readonly QestOption[], text: string): string | undefined {
  return options.find((option) => option.text === text)?.value;
}

/** The text of the option with this code, or undefined. */
export function textOf(options: readonly QestOption[], code: string): string | undefined {
  return options.find((option) => option.value === code)?.text;
}
