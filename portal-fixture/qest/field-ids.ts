import type { IdVariant } from '../generation';

/**
 * Element ids of the QEST screens, handed to the browser script in the page's config. Inputs use
 * their id as their `name` too. The `renamed` variant swaps every id for an unrelated generated
 * one, as a front-end release with new component ids would, while the visible labels stay.
 */
const STANDARD_IDS = {
  login: {
    username: 'qst-login-username',
    password: 'qst-login-password',
  },
  household: {
    givenName: 'qst-hh-given-name',
    familyName: 'qst-hh-family-name',
    dob: 'qst-hh-dob',
    ssn: 'qst-hh-ssn',
    county: 'qst-hh-county',
    language: 'qst-hh-language',
    income: 'qst-hh-income',
  },
  signature: {
    helped: 'qst-sig-helped',
    helpedYes: 'qst-sig-helped-yes',
    helpedNo: 'qst-sig-helped-no',
    assisterId: 'qst-sig-assister-id',
    signature: 'qst-sig-signature',
  },
  eligibility: {
    caseId: 'qst-elig-case-id',
    program: 'qst-elig-program',
    status: 'qst-elig-status',
    decisionDate: 'qst-elig-decision-date',
  },
  ncaf: {
    frame: 'qst-ncaf-frame',
    caseId: 'qst-ncaf-case-id',
    givenName: 'qst-ncaf-given-name',
    familyName: 'qst-ncaf-family-name',
    dob: 'qst-ncaf-dob',
    assistedOn: 'qst-ncaf-assisted-on',
    reason: 'qst-ncaf-reason',
    program: 'qst-ncaf-program',
    assisterId: 'qst-ncaf-assister-id',
    organization: 'qst-ncaf-organization',
    signature: 'qst-ncaf-signature',
    attest: 'qst-ncaf-attest',
  },
  confirmation: {
    number: 'qst-conf-number',
    caseId: 'qst-conf-case-id',
    consumerName: 'qst-conf-consumer',
    submittedOn: 'qst-conf-submitted-on',
  },
  associations: {
    caseId: 'qst-assoc-case-id',
    results: 'qst-assoc-results',
  },
} as const;

/** The ids of every QEST screen, by screen and field. */
export type QestIds = {
  readonly [Screen in keyof typeof STANDARD_IDS]: {
    readonly [Field in keyof (typeof STANDARD_IDS)[Screen]]: string;
  };
};

const RENAMED_IDS = renameAll(STANDARD_IDS);

/** The ids for a variant. */
export function qestIds(variant: IdVariant): QestIds {
  return variant === 'renamed' ? RENAMED_IDS : STANDARD_IDS;
}

function renameAll(ids: QestIds): QestIds {
  const screens = Object.entries(ids).map(([screen, fields]) => [
    screen,
    Object.fromEntries(Object.entries(fields).map(([field, id]) => [field, renameId(id)])),
  ]);
  return Object.fromEntries(screens) as QestIds;
}

/** A stable, unrelated-looking id derived from the original (djb2 hash), like `c-1x9k2m`. */
function renameId(id: string): string {
  let hash = 5381;
  for (const character of id) {
    hash = (Math.imul(hash, 33) + character.charCodeAt(0)) >>> 0;
  }
  return `c-${hash.toString(36)}`;
}
