import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, validateCapturedFields } from '../../../messaging/captured-fields';
import { metsProfile } from '../../../portal-adapters/mets-profile';
import type { CapturedField } from '../../../portal-adapters/profile-schema';
import { captureSchema, ncafValuesSchema, pageReportSchema } from '../../../messaging/schemas';

/** 3 December 2026 in Minnesota, the date the policy was read. */
const TODAY = '2026-12-03';
const CASE_NUMBER_PATTERN = metsProfile.caseNumberPattern;

const BAD_CASE_NUMBER = 'Case number does not match the portal case format';
const BIRTH_NOT_A_DATE = 'Date of birth is not a real date (MM/DD/YYYY with a 4-digit year)';
const BAD_ASSISTER_ID = 'Assister ID on the application must be 9 letters or digits';
const BAD_ANSWER = 'Assister helped must be yes or no';

function validate(values: Partial<Record<CapturedField, string>>) {
  return validateCapturedFields(values, CASE_NUMBER_PATTERN, TODAY);
}

describe('validateCapturedFields', () => {
  it.each<[CapturedField, string]>([
    ['firstName', 'Renée'],
    ['lastName', "O'Connell"],
    ['lastName', 'Ruiz-Mendez'],
    ['dateOfBirth', '1975-09-30'],
    ['dateOfBirth', '1900-01-01'],
    ['dateOfBirth', TODAY],
    ['dateOfBirth', '2024-02-29'],
    ['county', 'Lake of the Woods'],
    ['preferredLanguage', 'Somali'],
    ['assisterHelped', 'yes'],
    ['assisterHelped', 'no'],
    ['assisterIdOnApplication', 'NAV204815'],
    ['caseNumber', '40012346'],
    ['program', 'MA'],
    ['program', 'MNCARE'],
    ['program', 'QHP_APTC'],
    ['program', 'QHP'],
    ['eligibilityStatus', 'pending'],
    ['eligibilityStatus', 'approved'],
    ['eligibilityStatus', 'active'],
    ['determinationDate', '2026-11-25'],
    ['determinationDate', '2013-10-01'],
  ])('should accept %s %j unchanged', (field, value) => {
    const actual = validate({ [field]: value });

    expect(actual).toEqual({ valid: { [field]: value }, problems: [] });
  });

  it.each<[CapturedField, string]>([
    ['firstName', 'Nguyễn'],
    ['lastName', 'Абдуллахи'],
    ['firstName', 'محمد'],
    ['lastName', 'Yáng 杨'],
  ])('should accept the non-Latin name %s %j unchanged', (field, value) => {
    const actual = validate({ [field]: value });

    expect(actual).toEqual({ valid: { [field]: value }, problems: [] });
  });

  it('should accept a name of exactly 100 characters', () => {
    const input = 'A'.repeat(100);

    const actual = validate({ firstName: input });

    expect(actual).toEqual({ valid: { firstName: input }, problems: [] });
  });

  it('should trim white space around a value', () => {
    const input = { caseNumber: ' 40012346 ', firstName: '  Hodan ' };

    const actual = validate(input);

    expect(actual).toEqual({ valid: { caseNumber: '40012346', firstName: 'Hodan' }, problems: [] });
  });

  it('should ignore blank values, as fields not shown yet', () => {
    const input = { firstName: '', lastName: '   ', caseNumber: '', assisterHelped: '' };

    const actual = validate(input);

    expect(actual).toEqual({ valid: {}, problems: [] });
  });

  it('should drop a field outside the allow-list', () => {
    const input = { firstName: 'Mai', ssn: '900-45-6789' } as Partial<
      Record<CapturedField, string>
    >;

    const actual = validate(input);

    expect(actual).toEqual({ valid: { firstName: 'Mai' }, problems: [] });
  });

  it('should keep a name that looks like HTML as the same plain string', () => {
    const input = '<img src=x onerror=alert(1)>';

    const actual = validate({ lastName: input });

    // Accepted as text: the product renders portal text as text, so nothing here escapes it.
    expect(actual).toEqual({ valid: { lastName: '<img src=x onerror=alert(1)>' }, problems: [] });
  });

  it.each<[string, CapturedField, string, string]>([
    ['a 7-digit case number', 'caseNumber', '4001234', BAD_CASE_NUMBER],
    ['a case number with a letter', 'caseNumber', '4001234X', BAD_CASE_NUMBER],
    ['a 9-digit case number', 'caseNumber', '400123456', BAD_CASE_NUMBER],
    ['a 2-digit year left as shown', 'dateOfBirth', '1/5/88', BIRTH_NOT_A_DATE],
    ['a US date left as shown', 'dateOfBirth', '01/05/1988', BIRTH_NOT_A_DATE],
    ['an impossible date', 'dateOfBirth', '2024-02-30', BIRTH_NOT_A_DATE],
    ['29 February of a common year', 'dateOfBirth', '2026-02-29', BIRTH_NOT_A_DATE],
    ['a birth tomorrow', 'dateOfBirth', '2026-12-04', 'Date of birth is in the future'],
    ['a birth before 1900', 'dateOfBirth', '1899-12-31', 'Date of birth is before 1900'],
    [
      'a determination date left as shown',
      'determinationDate',
      '11/25/2026',
      'Determination date is not a real date (MM/DD/YYYY with a 4-digit year)',
    ],
    [
      'a future determination',
      'determinationDate',
      '2027-01-01',
      'Determination date is in the future',
    ],
    [
      'a determination before the exchange opened',
      'determinationDate',
      '2013-09-30',
      'Determination date is before 2013',
    ],
    [
      'a first name of 101 characters',
      'firstName',
      'A'.repeat(101),
      'First name is longer than 100 characters',
    ],
    [
      'a last name of 101 characters',
      'lastName',
      'B'.repeat(101),
      'Last name is longer than 100 characters',
    ],
    ['a NUL character', 'firstName', 'Ren\u0000ee', 'First name contains control characters'],
    ['a tab inside a name', 'lastName', 'Far\tah', 'Last name contains control characters'],
    ['a DEL character', 'lastName', 'Vang\u007f', 'Last name contains control characters'],
    ['a county of 61 characters', 'county', 'C'.repeat(61), 'County is longer than 60 characters'],
    [
      'a language of 61 characters',
      'preferredLanguage',
      'L'.repeat(61),
      'Preferred language is longer than 60 characters',
    ],
    ['an answer other than yes or no', 'assisterHelped', 'maybe', BAD_ANSWER],
    ['an answer not mapped to the product format', 'assisterHelped', 'Yes', BAD_ANSWER],
    ['an 8-character Assister ID', 'assisterIdOnApplication', 'NAV20481', BAD_ASSISTER_ID],
    ['an Assister ID with a hyphen', 'assisterIdOnApplication', 'NAV-04815', BAD_ASSISTER_ID],
    [
      'a program name left as shown',
      'program',
      'Medical Assistance',
      'Program is not one the product knows',
    ],
    [
      'an unknown eligibility status',
      'eligibilityStatus',
      'Denied',
      'Eligibility status must be pending, approved or active',
    ],
  ])('should refuse %s', (_case, field, value, expected) => {
    const actual = validate({ [field]: value });

    expect(actual).toEqual({ valid: {}, problems: [{ field, message: expected }] });
  });

  it.each<[CapturedField, string]>([
    ['firstName', 'Ren\u0000ee'],
    ['lastName', 'Vang\u0001'],
    ['dateOfBirth', '1/5/88'],
    ['county', 'C'.repeat(61)],
    ['preferredLanguage', 'L'.repeat(61)],
    ['assisterHelped', 'maybe'],
    ['assisterIdOnApplication', 'NAV'],
    ['caseNumber', '1'],
    ['program', 'Dental'],
    ['eligibilityStatus', 'Denied'],
    ['determinationDate', '2030-01-01'],
  ])('should name %s in words in its refusal', (field, value) => {
    const expected = `${FIELD_LABELS[field]} `;

    const actual = validate({ [field]: value });

    expect(actual.problems).toHaveLength(1);
    expect(actual.problems[0]?.message.slice(0, expected.length)).toBe(expected);
  });

  it('should keep the valid fields when another field is refused', () => {
    const input = { firstName: 'Dale', dateOfBirth: '3/14/58', caseNumber: '40012350' };

    const actual = validate(input);

    expect(actual).toEqual({
      valid: { firstName: 'Dale', caseNumber: '40012350' },
      problems: [
        {
          field: 'dateOfBirth',
          message: 'Date of birth is not a real date (MM/DD/YYYY with a 4-digit year)',
        },
      ],
    });
  });

  it('should use the case-number pattern it is given', () => {
    const input = { caseNumber: 'Q-2026-0001' };

    const actual = validateCapturedFields(input, '^Q-\\d{4}-\\d{4}$', TODAY);

    expect(actual).toEqual({ valid: { caseNumber: 'Q-2026-0001' }, problems: [] });
  });
});

const GOOD_CAPTURE = {
  instanceId: '6f1c2a9e-3b7d-4c55-9a61-0d2e8f4b7c13',
  origin: 'http://127.0.0.1:4780',
  profileId: 'mets',
  applicationKey: 'A100235',
  page: 'household',
  values: { firstName: 'Renée', lastName: "O'Connell", dateOfBirth: '1975-09-30' },
  missing: ['county'],
  ambiguous: [],
};

const GOOD_PAGE_REPORT = {
  instanceId: '6f1c2a9e-3b7d-4c55-9a61-0d2e8f4b7c13',
  loadedAt: 1796313600000,
  origin: 'https://assister.mnsure.org',
  path: '/mets/associations?caseNumber=40012345',
  profileId: 'mets',
  pageKind: 'associations',
  associations: [
    { caseNumber: '40012345', assisterId: 'NAV204815', confirmationNumber: 'NCAF-30000001' },
  ],
};

const GOOD_NCAF_VALUES = {
  caseNumber: '40012346',
  firstName: 'Renée',
  lastName: "O'Connell",
  dateOfBirth: '1975-09-30',
  assistedDate: '2026-12-03',
  reason: 'online-application-unassociated',
  program: 'QHP_APTC',
  assisterId: 'NAV204815',
  organization: 'North Star Community Navigators',
  signature: 'Jordan Avery',
};

/** The paths of every issue zod reports, joined with dots. */
function issuePaths(result: { error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

describe('captureSchema', () => {
  it('should parse a good capture message as it is', () => {
    const actual = captureSchema.safeParse(GOOD_CAPTURE);

    expect(actual).toEqual({ success: true, data: GOOD_CAPTURE });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a short instance id', { instanceId: 'abc' }, ['instanceId']],
    ['an origin that is not a URL', { origin: 'portal' }, ['origin']],
    ['a script URL as origin', { origin: 'javascript:alert(1)' }, ['origin']],
    ['an origin with a path', { origin: 'https://assister.mnsure.org/mets' }, ['origin']],
    ['an empty profile id', { profileId: '' }, ['profileId']],
    ['an empty application key', { applicationKey: '' }, ['applicationKey']],
    ['a page that carries no case fields', { page: 'dashboard' }, ['page']],
    ['a field outside the allow-list', { values: { ssn: '900-23-4567' } }, ['values']],
    ['an over-long value', { values: { firstName: 'R'.repeat(1001) } }, ['values.firstName']],
    ['a value that is not text', { values: { caseNumber: 40012346 } }, ['values.caseNumber']],
    ['an unknown missing field', { missing: ['income'] }, ['missing.0']],
    ['an unknown ambiguous field', { ambiguous: ['county', 'ssn'] }, ['ambiguous.1']],
  ])('should refuse %s, naming its path', (_case, change, expected) => {
    const input = { ...GOOD_CAPTURE, ...change };

    const actual = captureSchema.safeParse(input);

    expect(issuePaths(actual)).toEqual(expected);
  });
});

describe('pageReportSchema', () => {
  it.each([
    ['an association list', GOOD_PAGE_REPORT],
    [
      'an unrecognised page',
      { ...GOOD_PAGE_REPORT, profileId: null, pageKind: null, associations: undefined },
    ],
    [
      'a confirmation',
      {
        ...GOOD_PAGE_REPORT,
        pageKind: 'ncafConfirmation',
        associations: undefined,
        ncafOutcome: { kind: 'confirmation', confirmationNumber: 'NCAF-30000001' },
      },
    ],
    [
      'a rejection',
      {
        ...GOOD_PAGE_REPORT,
        pageKind: 'ncafForm',
        associations: undefined,
        ncafOutcome: { kind: 'rejected', messages: ['Case number must be 8 digits.'] },
      },
    ],
  ])('should parse a report of %s', (_case, input) => {
    const actual = pageReportSchema.safeParse(input);

    expect(actual.success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['an unknown page kind', { pageKind: 'payments' }, ['pageKind']],
    ['a missing path', { path: undefined }, ['path']],
    ['a script URL as origin', { origin: 'javascript:alert(1)' }, ['origin']],
    [
      'an empty confirmation number',
      { ncafOutcome: { kind: 'confirmation', confirmationNumber: '' } },
      ['ncafOutcome.confirmationNumber'],
    ],
    [
      'an unknown outcome',
      { ncafOutcome: { kind: 'accepted', confirmationNumber: 'NCAF-1' } },
      ['ncafOutcome.kind'],
    ],
    [
      'an association row without its assister',
      { associations: [{ caseNumber: '40012345', confirmationNumber: 'NCAF-30000001' }] },
      ['associations.0.assisterId'],
    ],
    [
      'more than 500 association rows',
      {
        associations: Array.from({ length: 501 }, () => ({
          caseNumber: '40012345',
          assisterId: 'NAV204815',
          confirmationNumber: 'NCAF-30000001',
        })),
      },
      ['associations'],
    ],
  ])('should refuse %s, naming its path', (_case, change, expected) => {
    const input = { ...GOOD_PAGE_REPORT, ...change };

    const actual = pageReportSchema.safeParse(input);

    expect(issuePaths(actual)).toEqual(expected);
  });
});

describe('ncafValuesSchema', () => {
  it('should parse good NCAF values as they are', () => {
    const actual = ncafValuesSchema.safeParse(GOOD_NCAF_VALUES);

    expect(actual).toEqual({ success: true, data: GOOD_NCAF_VALUES });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['an empty case number', { caseNumber: '' }, ['caseNumber']],
    ['an empty first name', { firstName: '' }, ['firstName']],
    ['a last name over 100 characters', { lastName: 'O'.repeat(101) }, ['lastName']],
    ['a US date of birth', { dateOfBirth: '09/30/1975' }, ['dateOfBirth']],
    ['an impossible assisted date', { assistedDate: '2026-02-30' }, ['assistedDate']],
    ['an unknown reason', { reason: 'OAU' }, ['reason']],
    ['an unknown program', { program: 'Medical Assistance' }, ['program']],
    ['an 8-character Assister ID', { assisterId: 'NAV20481' }, ['assisterId']],
    ['an empty organization', { organization: '' }, ['organization']],
    ['a signature over 80 characters', { signature: 'J'.repeat(81) }, ['signature']],
  ])('should refuse %s, naming its path', (_case, change, expected) => {
    const input = { ...GOOD_NCAF_VALUES, ...change };

    const actual = ncafValuesSchema.safeParse(input);

    expect(issuePaths(actual)).toEqual(expected);
  });
});
