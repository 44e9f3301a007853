import type { EligibilityStatus, Program } from '../records';

/**
 * The METS code tables the pages show: programs, eligibility statuses, NCAF reasons and preferred
 * languages. Counties are in `minnesota-counties.ts`.
 */

/** An option of a select: submitted value and visible text. */
export interface SelectOption {
  value: string;
  text: string;
}

/** How METS names each program. */
export const PROGRAM_TEXT: Record<Program, string> = {
  MA: 'Medical Assistance',
  MNCARE: 'MinnesotaCare',
  QHP_APTC: 'Qualified Health Plan with financial help',
  QHP: 'Qualified Health Plan without financial help',
};

/** How METS shows each eligibility status. */
export const STATUS_TEXT: Record<EligibilityStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  active: 'Active',
};

/** The NCAF reasons, in the form's order. */
export const NCAF_REASON_OPTIONS: readonly SelectOption[] = [
  { value: 'NTR', text: 'Renewal for a consumer in Need to Renew status' },
  {
    value: 'NPA',
    text: 'Application METS does not process (DHS-3876, DACA, Medicare Savings Program, inmate)',
  },
  { value: 'OAU', text: 'Online application submitted without an assister association' },
  { value: 'LEA', text: 'Life event adding coverage for a household member' },
  { value: 'RQH', text: 'Renewing consumer actively chose a Qualified Health Plan' },
  { value: 'PAP', text: 'Paper application (DHS-6696, DHS-6741, EMA)' },
];

/** The NCAF program options. */
export const PROGRAM_OPTIONS: readonly SelectOption[] = Object.entries(PROGRAM_TEXT).map(
  ([value, text]) => ({ value, text }),
);

/** Preferred languages offered on the household page. */
export const LANGUAGES: readonly string[] = [
  'English',
  'Spanish',
  'Somali',
  'Hmong',
  'Vietnamese',
  'Oromo',
  'Karen',
  'Amharic',
  'Arabic',
  'Russian',
  'Chinese',
  'Lao',
  'Khmer',
  'Other',
];

/** Options whose value is their text. */
export function plainOptions(values: readonly string[]): SelectOption[] {
  return values.map((value) => ({ value, text: value }));
}
