import type { IdVariant } from '../generation';

/**
 * Element ids of the METS pages. Cúram generates ids like `__o3hh_firstName`; inputs use the same
 * string as their form `name`. The `renamed` variant swaps every one of them for an unrelated
 * generated id, as a portal release might, while the visible labels stay the same.
 */
const STANDARD_IDS = {
  household: {
    firstName: '__o3hh_firstName',
    lastName: '__o3hh_lastName',
    dob: '__o3hh_dob',
    county: '__o3hh_county',
    language: '__o3hh_language',
    ssn: '__o3hh_ssn',
    income: '__o3hh_income',
  },
  signature: {
    helped: '__o3sig_helped',
    helpedYes: '__o3sig_helpedYes',
    helpedNo: '__o3sig_helpedNo',
    assisterId: '__o3sig_assisterId',
    signature: '__o3sig_signature',
  },
  eligibility: {
    caseNumber: '__o3elig_caseNumber',
    program: '__o3elig_program',
    status: '__o3elig_status',
    date: '__o3elig_date',
  },
  ncaf: {
    caseNumber: '__o3ncaf_caseNumber',
    firstName: '__o3ncaf_firstName',
    lastName: '__o3ncaf_lastName',
    dob: '__o3ncaf_dob',
    assistedDate: '__o3ncaf_assistedDate',
    reason: '__o3ncaf_reason',
    program: '__o3ncaf_program',
    assisterId: '__o3ncaf_assisterId',
    organization: '__o3ncaf_organization',
    signature: '__o3ncaf_signature',
    attest: '__o3ncaf_attest',
  },
  confirmation: {
    number: '__o3conf_number',
    caseNumber: '__o3conf_caseNumber',
    consumerName: '__o3conf_consumerName',
    submittedOn: '__o3conf_submittedOn',
  },
  associations: {
    caseNumber: '__o3assoc_caseNumber',
    results: '__o3assoc_results',
  },
} as const;

/** The ids of every METS page, by page and field. */
export type MetsIds = {
  readonly [Page in keyof typeof STANDARD_IDS]: {
    readonly [Field in keyof (typeof STANDARD_IDS)[Page]]: string;
  };
};

const RENAMED_IDS = renameAll(STANDARD_IDS);

/** The ids for a variant. */
export function metsIds(variant: IdVariant): MetsIds {
  return variant === 'renamed' ? RENAMED_IDS : STANDARD_IDS;
}

function renameAll(ids: MetsIds): MetsIds {
  const pages = Object.entries(ids).map(([page, fields]) => [
    page,
    Object.fromEntries(Object.entries(fields).map(([field, id]) => [field, renameId(id)])),
  ]);
  return Object.fromEntries(pages) as MetsIds;
}

/** A stable id that shares nothing with the original but is derived from it (FNV-1a hash). */
function renameId(id: string): string {
  let hash = 0x811c9dc5;
  for (const character of id) {
    hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
  }
  return `wd_${hash.toString(36)}`;
}
