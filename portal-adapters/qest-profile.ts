import type { PortalProfile } from './profile-schema';

/**
 * QEST, MNsure's 2026 back end: a single-page app whose screens render a moment after each route
 * change, controlled inputs, ISO dates in `input type=date`, case IDs like `Q605201101`, and the
 * NCAF inside an iframe. Names may carry accents and apostrophes.
 */
export const qestProfile: PortalProfile = {
  id: 'qest',
  name: 'QEST assister workspace',
  version: 1,
  hostPatterns: ['https://*.mnsure.org/*'],
  headingSelector: 'h1',
  pages: {
    login: { path: '^/qest/', heading: 'Sign in to the MNsure Assister Workspace' },
    dashboard: { path: '^/qest/app/dashboard', heading: 'Your consumers' },
    household: { path: '^/qest/app/applications/[^/]+/household', heading: 'Household details' },
    signature: {
      path: '^/qest/app/applications/[^/]+/signature',
      heading: 'Sign your application',
    },
    eligibility: {
      path: '^/qest/app/applications/[^/]+/eligibility',
      heading: 'Eligibility decision',
    },
    ncafForm: { path: '^/qest/frames/ncaf', heading: 'Navigator case association request' },
    ncafConfirmation: { path: '^/qest/frames/ncaf', heading: 'Association submitted' },
    associations: { path: '^/qest/app/associations', heading: 'Assister associations' },
    maintenance: { path: '^/qest/', heading: 'QEST is down for maintenance' },
    serverError: { path: '^/qest/', heading: 'Something went wrong' },
  },
  applicationKeyPattern: '^/qest/app/applications/([^/]+)/',
  caseNumberPattern: '^Q\\d{9}$',
  dateFormat: 'yyyy-MM-dd',
  allowedNameCharacters: "\\p{L}\\p{M} .'’\\-",
  fields: {
    household: {
      firstName: { kind: 'input', selector: '#qst-hh-given-name', label: 'Given name' },
      lastName: { kind: 'input', selector: '#qst-hh-family-name', label: 'Family name' },
      dateOfBirth: { kind: 'input', selector: '#qst-hh-dob', label: 'Date of birth' },
      county: { kind: 'input', selector: '#qst-hh-county', label: 'County' },
      preferredLanguage: {
        kind: 'input',
        selector: '#qst-hh-language',
        label: 'Language spoken at home',
      },
    },
    signature: {
      assisterHelped: {
        kind: 'radio',
        selector: 'input[name="qst-sig-helped"]:checked',
        label: 'Did an assister help with this application?',
      },
      assisterIdOnApplication: {
        kind: 'input',
        selector: '#qst-sig-assister-id',
        label: 'Assister ID',
      },
    },
    eligibility: {
      caseNumber: { kind: 'cell', selector: '#qst-elig-case-id', label: 'Case ID' },
      program: { kind: 'cell', selector: '#qst-elig-program', label: 'Program' },
      eligibilityStatus: { kind: 'cell', selector: '#qst-elig-status', label: 'Status' },
      determinationDate: {
        kind: 'cell',
        selector: '#qst-elig-decision-date',
        label: 'Decision date',
      },
    },
  },
  valueMaps: {
    program: {
      'Medical Assistance': 'MA',
      MinnesotaCare: 'MNCARE',
      'Qualified health plan with premium tax credit': 'QHP_APTC',
      'Qualified health plan without premium tax credit': 'QHP',
    },
    eligibilityStatus: { 'In review': 'pending', Approved: 'approved', Active: 'active' },
    assisterHelped: { yes: 'yes', no: 'no' },
  },
  ncaf: {
    path: '/qest/app/ncaf',
    fields: {
      caseNumber: { kind: 'input', selector: '#qst-ncaf-case-id', label: 'Case ID' },
      firstName: { kind: 'input', selector: '#qst-ncaf-given-name', label: 'Consumer given name' },
      lastName: { kind: 'input', selector: '#qst-ncaf-family-name', label: 'Consumer family name' },
      dateOfBirth: { kind: 'input', selector: '#qst-ncaf-dob', label: 'Consumer date of birth' },
      assistedDate: { kind: 'input', selector: '#qst-ncaf-assisted-on', label: 'Date assisted' },
      reason: { kind: 'input', selector: '#qst-ncaf-reason', label: 'Reason for association' },
      program: { kind: 'input', selector: '#qst-ncaf-program', label: 'Program' },
      assisterId: { kind: 'input', selector: '#qst-ncaf-assister-id', label: 'Assister ID' },
      organization: {
        kind: 'input',
        selector: '#qst-ncaf-organization',
        label: 'Organization name',
      },
      signature: { kind: 'input', selector: '#qst-ncaf-signature', label: 'Electronic signature' },
    },
    attest: {
      kind: 'input',
      selector: '#qst-ncaf-attest',
      label: 'I confirm I helped this consumer',
    },
    submit: 'form button[type="submit"]',
    reasonOptions: {
      'renewal-need-to-renew': 'RENEWAL_NTR',
      'application-not-processed': 'NOT_PROCESSED_ONLINE',
      'online-application-unassociated': 'ONLINE_UNASSOCIATED',
      'life-event-added-member': 'LIFE_EVENT_MEMBER',
      'renewal-chose-qhp': 'RENEWAL_QHP_CHOICE',
      'paper-application': 'PAPER_APPLICATION',
    },
    programOptions: { MA: 'MED_ASSIST', MNCARE: 'MN_CARE', QHP_APTC: 'QHP_PTC', QHP: 'QHP_NO_PTC' },
    errorItems: '.qst-alert li',
    alreadyAssociatedText: 'already has an assister association',
    noAnswerText: 'may or may not have been saved',
    confirmationNumber: {
      kind: 'cell',
      selector: '#qst-conf-number',
      label: 'Confirmation number',
    },
  },
  lookup: {
    path: '/qest/app/associations?caseNumber={caseNumber}',
    table: '#qst-assoc-results',
    rows: '#qst-assoc-results tbody tr',
    columns: { caseNumber: 0, assisterId: 2, confirmationNumber: 5 },
  },
};
