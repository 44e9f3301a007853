import type { PortalProfile } from './profile-schema';

/**
 * The legacy METS assister portal (IBM Cúram): server-rendered pages, generated `__o3` ids,
 * `MM/dd/yyyy` dates, 8-digit case numbers, and names limited to letters, spaces, hyphens and
 * periods.
 */
export const metsProfile: PortalProfile = {
  id: 'mets',
  name: 'METS assister portal',
  version: 1,
  hostPatterns: ['https://*.mnsure.org/*'],
  headingSelector: 'h1',
  pages: {
    // An expired session shows the sign-in form at whatever address was asked for.
    login: { path: '^/', heading: 'Sign in to the MNsure Assister Portal' },
    dashboard: { path: '^/mets/dashboard', heading: 'Assister Dashboard' },
    household: {
      path: '^/mets/application/[^/]+/household',
      heading: 'Household and Applicant Details',
    },
    signature: { path: '^/mets/application/[^/]+/signature', heading: 'Sign and Submit' },
    eligibility: { path: '^/mets/application/[^/]+/eligibility', heading: 'Eligibility Results' },
    ncafForm: { path: '^/mets/ncaf/?$', heading: 'Navigator Case Association Form' },
    ncafConfirmation: { path: '^/mets/ncaf/confirmation/', heading: 'Form Submitted' },
    associations: { path: '^/mets/associations', heading: 'Case Associations' },
    maintenance: { path: '^/', heading: 'The system is currently unavailable' },
    serverError: { path: '^/', heading: 'An unexpected error has occurred' },
    forbidden: { path: '^/', heading: 'Request could not be verified' },
  },
  applicationKeyPattern: '^/mets/application/([^/]+)/',
  caseNumberPattern: '^\\d{8}$',
  dateFormat: 'MM/dd/yyyy',
  allowedNameCharacters: 'A-Za-z .\\-',
  fields: {
    household: {
      firstName: { kind: 'input', selector: '#__o3hh_firstName', label: 'First name' },
      lastName: { kind: 'input', selector: '#__o3hh_lastName', label: 'Last name' },
      dateOfBirth: {
        kind: 'input',
        selector: '#__o3hh_dob',
        label: 'Date of birth (MM/DD/YYYY)',
      },
      county: { kind: 'input', selector: '#__o3hh_county', label: 'County of residence' },
      preferredLanguage: {
        kind: 'input',
        selector: '#__o3hh_language',
        label: 'Preferred language',
      },
    },
    signature: {
      assisterHelped: {
        kind: 'radio',
        selector: 'input[name$="helped"]:checked',
        label: 'Did a MNsure Assister help you with this application?',
      },
      assisterIdOnApplication: {
        kind: 'input',
        selector: '#__o3sig_assisterId',
        label: 'Assister ID',
      },
    },
    eligibility: {
      caseNumber: { kind: 'cell', selector: '#__o3elig_caseNumber', label: 'Case number' },
      program: { kind: 'cell', selector: '#__o3elig_program', label: 'Program' },
      eligibilityStatus: {
        kind: 'cell',
        selector: '#__o3elig_status',
        label: 'Eligibility status',
      },
      determinationDate: {
        kind: 'cell',
        selector: '#__o3elig_date',
        label: 'Determination date',
      },
    },
  },
  valueMaps: {
    program: {
      'Medical Assistance': 'MA',
      MinnesotaCare: 'MNCARE',
      'Qualified Health Plan with financial help': 'QHP_APTC',
      'Qualified Health Plan without financial help': 'QHP',
    },
    eligibilityStatus: { Pending: 'pending', Approved: 'approved', Active: 'active' },
    assisterHelped: { yes: 'yes', no: 'no', Yes: 'yes', No: 'no' },
  },
  ncaf: {
    path: '/mets/ncaf',
    fields: {
      caseNumber: { kind: 'input', selector: '#__o3ncaf_caseNumber', label: 'Case number' },
      firstName: { kind: 'input', selector: '#__o3ncaf_firstName', label: 'Consumer first name' },
      lastName: { kind: 'input', selector: '#__o3ncaf_lastName', label: 'Consumer last name' },
      dateOfBirth: {
        kind: 'input',
        selector: '#__o3ncaf_dob',
        label: 'Consumer date of birth (MM/DD/YYYY)',
      },
      assistedDate: {
        kind: 'input',
        selector: '#__o3ncaf_assistedDate',
        label: 'Date assisted (MM/DD/YYYY)',
      },
      reason: { kind: 'input', selector: '#__o3ncaf_reason', label: 'Reason for this form' },
      program: { kind: 'input', selector: '#__o3ncaf_program', label: 'Program' },
      assisterId: {
        kind: 'input',
        selector: '#__o3ncaf_assisterId',
        label: 'Navigator Assister ID',
      },
      organization: { kind: 'input', selector: '#__o3ncaf_organization', label: 'Organization' },
      signature: {
        kind: 'input',
        selector: '#__o3ncaf_signature',
        label: 'Navigator electronic signature (type your full name)',
      },
    },
    attest: {
      kind: 'input',
      selector: '#__o3ncaf_attest',
      label: 'I attest that I assisted this consumer',
    },
    submit: 'form button[type="submit"]',
    reasonOptions: {
      'renewal-need-to-renew': 'NTR',
      'application-not-processed': 'NPA',
      'online-application-unassociated': 'OAU',
      'life-event-added-member': 'LEA',
      'renewal-chose-qhp': 'RQH',
      'paper-application': 'PAP',
    },
    programOptions: { MA: 'MA', MNCARE: 'MNCARE', QHP_APTC: 'QHP_APTC', QHP: 'QHP' },
    errorItems: '.error-summary li',
    alreadyAssociatedText: 'already associated',
    confirmationNumber: {
      kind: 'cell',
      selector: '#__o3conf_number',
      label: 'Confirmation number',
    },
  },
  lookup: {
    path: '/mets/associations?caseNumber={caseNumber}',
    table: '#__o3assoc_results',
    rows: '#__o3assoc_results tbody tr',
    columns: { caseNumber: 0, assisterId: 2, confirmationNumber: 5 },
  },
};
