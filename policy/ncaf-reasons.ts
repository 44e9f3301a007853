/**
 * Why a navigator files a Navigator Case Association Form, as MNsure lists them. The codes are
 * the product's own; each portal profile maps them to its form's options.
 */
export const NCAF_REASONS = {
  'renewal-need-to-renew': 'Renewal for a consumer in Need to Renew status',
  'application-not-processed': 'Application METS does not process (DHS-3876, DACA, MSP, inmate)',
  'online-application-unassociated': 'Online application submitted while not associated',
  'life-event-added-member': 'Life event adding coverage for a household member',
  'renewal-chose-qhp': 'Renewing consumer actively chose a QHP',
  'paper-application': 'Paper application (DHS-6696, DHS-6741, EMA)',
} as const;

export type NcafReason = keyof typeof NCAF_REASONS;

export const NCAF_REASON_CODES = Object.keys(NCAF_REASONS) as [NcafReason, ...NcafReason[]];

/** Programs a determination can be for. */
export const PROGRAMS = {
  MA: 'Medical Assistance',
  MNCARE: 'MinnesotaCare',
  QHP_APTC: 'QHP with financial help',
  QHP: 'QHP without financial help',
} as const;

export type Program = keyof typeof PROGRAMS;

export const PROGRAM_CODES = Object.keys(PROGRAMS) as [Program, ...Program[]];
