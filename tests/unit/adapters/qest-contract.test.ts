// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '../../../portal-adapters/builtin-profiles';
import { FillError } from '../../../portal-adapters/fill';
import {
  fillNcafForm,
  readAssociationRows,
  readNcafOutcome,
  type NcafValues,
} from '../../../portal-adapters/ncaf-form';
import { buildPageReport, recognise } from '../../../portal-adapters/page-report';
import {
  NCAF_FIELDS,
  PAGE_KINDS,
  portalProfileSchema,
  type Locator,
  type PageKind,
} from '../../../portal-adapters/profile-schema';
import { qestProfile } from '../../../portal-adapters/qest-profile';
import { readPageFields } from '../../../portal-adapters/read-fields';
import { pickProfile, recognisePage } from '../../../portal-adapters/recognise';
import { NCAF_REASON_CODES, PROGRAM_CODES } from '../../../policy/ncaf-reasons';
import {
  loadSavedQestPage,
  SAVED_QEST_PAGES,
  savedQestPageFiles,
  type SavedQestPage,
} from './saved-qest-pages';

const PAGE_NAMES = Object.keys(SAVED_QEST_PAGES) as SavedQestPage[];

/** The pages some profile should recognise: all but the NCAF host page. */
const RECOGNISED_PAGES = PAGE_NAMES.filter((name) => SAVED_QEST_PAGES[name].kind !== null);

/** What the saved household page shows for Renée O'Connell, in the product's formats. */
const HOUSEHOLD_READING = {
  values: {
    firstName: 'Renée',
    lastName: "O'Connell",
    dateOfBirth: '1975-09-30',
    county: 'Ramsey',
    preferredLanguage: 'English',
  },
  missing: [],
  ambiguous: [],
};

/** The kinds whose rule alone recognises the page: the profile cut down to one page rule. */
function kindsMatching(doc: Document): PageKind[] {
  return PAGE_KINDS.filter((kind) => {
    const onlyThisKind = { ...qestProfile, pages: { [kind]: qestProfile.pages[kind] } };
    return recognisePage(doc, doc.location.pathname, onlyThisKind) !== null;
  });
}

/** What `act` throws, or null when it returns: so a test can look at the error's fields. */
function thrownBy(act: () => void): unknown {
  try {
    act();
    return null;
  } catch (error) {
    return error;
  }
}

function valueById(doc: Document, id: string): string {
  return (doc.getElementById(id) as HTMLInputElement | HTMLSelectElement).value;
}

describe('QEST profile page recognition on the saved pages', () => {
  it('should be a valid profile', () => {
    const actual = portalProfileSchema.safeParse(qestProfile);

    expect(actual.success).toBe(true);
  });

  it('should list every saved page file and every page kind the profile declares', () => {
    const kinds = new Set(RECOGNISED_PAGES.map((name) => SAVED_QEST_PAGES[name].kind));

    const files = savedQestPageFiles();

    expect(files).toEqual([...PAGE_NAMES].sort());
    expect([...kinds].sort()).toEqual(Object.keys(qestProfile.pages).sort());
  });

  it.each(RECOGNISED_PAGES)('should recognise the %s page as its kind', (name) => {
    const doc = loadSavedQestPage(name);

    const actual = recognisePage(doc, doc.location.pathname, qestProfile);
    const picked = pickProfile(doc, doc.location.pathname, BUILTIN_PROFILES);
    const page = recognise(doc, BUILTIN_PROFILES);

    expect(actual).toBe(SAVED_QEST_PAGES[name].kind);
    expect(picked).toEqual({ profile: qestProfile, kind: SAVED_QEST_PAGES[name].kind });
    expect(page).toEqual({ profile: qestProfile, kind: SAVED_QEST_PAGES[name].kind });
  });

  it.each(RECOGNISED_PAGES)('should match the %s page with no other kind', (name) => {
    const doc = loadSavedQestPage(name);

    const actual = kindsMatching(doc);

    expect(actual).toEqual([SAVED_QEST_PAGES[name].kind]);
  });

  it('should recognise the NCAF host page with no profile, since the form is in its frame', () => {
    const doc = loadSavedQestPage('ncaf');

    const actual = recognise(doc, BUILTIN_PROFILES);

    expect(actual).toBeNull();
    expect(kindsMatching(doc)).toEqual([]);
  });

  it('should recognise nothing when the heading matches no page', () => {
    const doc = loadSavedQestPage('household');
    doc.querySelector('h1')!.textContent = 'Household members';

    const actual = recognise(doc, BUILTIN_PROFILES);

    expect(actual).toBeNull();
  });

  it('should recognise nothing when the heading belongs to another path', () => {
    const doc = loadSavedQestPage('household', '/qest/app/dashboard');

    const actual = recognise(doc, BUILTIN_PROFILES);

    expect(actual).toBeNull();
  });

  it('should recognise the NCAF form only inside the frame document', () => {
    const doc = loadSavedQestPage('ncaf-frame', '/qest/app/ncaf');

    const actual = recognise(doc, BUILTIN_PROFILES);

    expect(actual).toBeNull();
  });
});

describe('QEST profile selectors on the saved pages', () => {
  type SelectorCase = [SavedQestPage, string, string];

  /** Every located field of a page, except radio groups, which need an answer to match. */
  function fieldSelectors(page: SavedQestPage, fields: Record<string, Locator | undefined>) {
    return Object.entries(fields)
      .filter(([, locator]) => locator?.kind !== 'radio')
      .map(([field, locator]): SelectorCase => [page, field, locator!.selector]);
  }

  const selectorCases: SelectorCase[] = [
    ...fieldSelectors('household', qestProfile.fields.household),
    ...fieldSelectors('signature', qestProfile.fields.signature),
    ...fieldSelectors('eligibility', qestProfile.fields.eligibility),
    ...fieldSelectors('ncaf-frame', qestProfile.ncaf.fields),
    ['ncaf-frame', 'attest', qestProfile.ncaf.attest!.selector],
    ['ncaf-frame', 'submit', qestProfile.ncaf.submit],
    ['ncaf-frame-confirmation', 'confirmationNumber', qestProfile.ncaf.confirmationNumber.selector],
    ['associations', 'lookup table', qestProfile.lookup.table],
    ['associations', 'lookup rows', qestProfile.lookup.rows],
  ];

  it.each(selectorCases)('should find on the %s page exactly one %s', (name, _field, selector) => {
    const doc = loadSavedQestPage(name);

    const actual = doc.querySelectorAll(selector);

    expect(actual).toHaveLength(1);
  });

  it('should find no checked answer on the saved, unanswered signature page', () => {
    const doc = loadSavedQestPage('signature');

    const actual = doc.querySelectorAll(qestProfile.fields.signature.assisterHelped!.selector);

    expect(actual).toHaveLength(0);
  });

  it('should find exactly one checked answer once the assister question is answered', () => {
    const doc = loadSavedQestPage('signature');
    doc.querySelector<HTMLInputElement>('#qst-sig-helped-yes')!.click();

    const actual = doc.querySelectorAll(qestProfile.fields.signature.assisterHelped!.selector);

    expect(actual).toHaveLength(1);
  });

  it('should find no household field by selector on the renamed page', () => {
    const doc = loadSavedQestPage('household-renamed');

    const actual = Object.values(qestProfile.fields.household).map(
      (locator) => doc.querySelectorAll(locator.selector).length,
    );

    expect(actual).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('readPageFields on the saved QEST pages', () => {
  it('should read the seeded household values in the product formats', () => {
    const doc = loadSavedQestPage('household');

    const actual = readPageFields(doc, qestProfile, 'household');

    expect(actual).toEqual(HOUSEHOLD_READING);
  });

  it.each<SavedQestPage>(['household', 'household-renamed'])(
    'should never read the SSN or the income on the %s page',
    (name) => {
      const doc = loadSavedQestPage(name);

      const actual = readPageFields(doc, qestProfile, 'household');

      const read = Object.values(actual.values).join('\n');
      expect(read).not.toContain('900-23-4567');
      expect(read).not.toContain('3875');
      expect(Object.keys(actual.values)).toEqual(Object.keys(qestProfile.fields.household));
    },
  );

  it('should read the same values through the labels when the ids are renamed', () => {
    const doc = loadSavedQestPage('household-renamed');

    const actual = readPageFields(doc, qestProfile, 'household');

    expect(actual).toEqual(HOUSEHOLD_READING);
  });

  it('should read the unanswered signature page as blank, not missing', () => {
    const doc = loadSavedQestPage('signature');

    const actual = readPageFields(doc, qestProfile, 'signature');

    expect(actual).toEqual({
      values: { assisterHelped: '', assisterIdOnApplication: '' },
      missing: [],
      ambiguous: [],
    });
  });

  it('should read the answered signature page', () => {
    const doc = loadSavedQestPage('signature');
    doc.querySelector<HTMLInputElement>('#qst-sig-helped-yes')!.click();
    doc.querySelector<HTMLInputElement>('#qst-sig-assister-id')!.value = 'NAV204815';

    const actual = readPageFields(doc, qestProfile, 'signature');

    expect(actual).toEqual({
      values: { assisterHelped: 'yes', assisterIdOnApplication: 'NAV204815' },
      missing: [],
      ambiguous: [],
    });
  });

  it('should read the seeded eligibility values in the product formats', () => {
    const doc = loadSavedQestPage('eligibility');

    const actual = readPageFields(doc, qestProfile, 'eligibility');

    expect(actual).toEqual({
      values: {
        caseNumber: 'Q605201174',
        program: 'QHP_APTC',
        eligibilityStatus: 'pending',
        determinationDate: '2026-11-25',
      },
      missing: [],
      ambiguous: [],
    });
  });

  it('should read a case number in the shape the profile declares', () => {
    const doc = loadSavedQestPage('eligibility');

    const actual = readPageFields(doc, qestProfile, 'eligibility').values.caseNumber;

    expect(actual).toMatch(new RegExp(qestProfile.caseNumberPattern));
  });

  it('should read a list left on its placeholder as blank', () => {
    const doc = loadSavedQestPage('household');
    doc.querySelector<HTMLSelectElement>('#qst-hh-county')!.value = '';

    const actual = readPageFields(doc, qestProfile, 'household');

    expect(actual.values.county).toBe('');
  });

  it('should name a field the page lost as missing', () => {
    const doc = loadSavedQestPage('household');
    doc.querySelector('#qst-hh-dob')!.closest('.qst-field')!.remove();

    const actual = readPageFields(doc, qestProfile, 'household');

    expect(actual.missing).toEqual(['dateOfBirth']);
    expect(actual.values).not.toHaveProperty('dateOfBirth');
  });

  it('should refuse to choose between two matches for a field', () => {
    const doc = loadSavedQestPage('household');
    const input = doc.querySelector('#qst-hh-given-name')!;
    input.after(input.cloneNode());

    const actual = readPageFields(doc, qestProfile, 'household');

    expect(actual.ambiguous).toEqual(['firstName']);
    expect(actual.values).not.toHaveProperty('firstName');
  });
});

describe('NCAF answers on the saved QEST frame pages', () => {
  it.each<[SavedQestPage, ReturnType<typeof readNcafOutcome>]>([
    ['ncaf-frame-confirmation', { kind: 'confirmation', confirmationNumber: 'QA-30000001' }],
    [
      'ncaf-frame-errors',
      {
        kind: 'rejected',
        messages: [
          'Case ID must be the letter Q followed by 9 digits.',
          'Consumer given name can only include letters, spaces, hyphens, periods and apostrophes.',
          'Date assisted cannot be in the future.',
          'Select a reason.',
        ],
      },
    ],
    [
      'ncaf-frame-already-associated',
      { kind: 'already-associated', message: 'This case already has an assister association.' },
    ],
    ['ncaf-frame', null],
    ['dashboard', null],
  ])('should read the answer on the %s page', (name, expected) => {
    const doc = loadSavedQestPage(name);

    const actual = readNcafOutcome(doc, qestProfile, SAVED_QEST_PAGES[name].kind!);

    expect(actual).toEqual(expected);
  });

  it('should read the frame that lost its answer as lost, not as a refusal', () => {
    const doc = loadSavedQestPage('ncaf-frame-no-answer');

    const actual = readNcafOutcome(doc, qestProfile, 'ncafForm');

    expect(actual).toEqual({
      kind: 'lost',
      message:
        'Your association may or may not have been saved. Look the case up in the association ' +
        'list before you submit again.',
    });
  });

  it('should report the confirmation from the frame document', () => {
    const doc = loadSavedQestPage('ncaf-frame-confirmation');

    const actual = buildPageReport(doc, 'instance-1', recognise(doc, BUILTIN_PROFILES));

    expect(actual).toEqual({
      instanceId: 'instance-1',
      loadedAt: Math.round(performance.timeOrigin),
      origin: doc.location.origin,
      path: '/qest/frames/ncaf?confirmation=QA-30000001',
      profileId: 'qest',
      pageKind: 'ncafConfirmation',
      ncafOutcome: { kind: 'confirmation', confirmationNumber: 'QA-30000001' },
    });
  });

  it('should read the one row of the association list', () => {
    const doc = loadSavedQestPage('associations');

    const actual = readAssociationRows(doc, qestProfile);

    expect(actual).toEqual([
      { caseNumber: 'Q605201101', assisterId: 'NAV204815', confirmationNumber: 'QA-30000001' },
    ]);
  });

  it('should read no rows from the empty association list', () => {
    const doc = loadSavedQestPage('associations-empty');

    const actual = readAssociationRows(doc, qestProfile);

    expect(actual).toEqual([]);
  });

  it.each<SavedQestPage>(['associations', 'associations-empty'])(
    'should read the %s page as not ready while its results table is not there',
    (name) => {
      const doc = loadSavedQestPage(name);
      doc.querySelector(qestProfile.lookup.table)!.remove();

      const actual = readAssociationRows(doc, qestProfile);
      const report = buildPageReport(doc, 'instance-1', recognise(doc, BUILTIN_PROFILES));

      expect(actual).toBeNull();
      expect(report.pageKind).toBeNull();
      expect(report).not.toHaveProperty('associations');
    },
  );
});

describe('fillNcafForm on the saved QEST frame form', () => {
  /** Renée O'Connell's filing, as the seed and her saved pages show her. */
  const values: NcafValues = {
    caseNumber: 'Q605201174',
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

  /** The NCAF field ids in the order the profile lists the fields. */
  const ids = NCAF_FIELDS.map((field) => qestProfile.ncaf.fields[field].selector.slice(1));

  it('should fill every field in the QEST formats and tick the attestation', () => {
    const doc = loadSavedQestPage('ncaf-frame');

    fillNcafForm(doc, qestProfile, values);

    expect(ids.map((id) => valueById(doc, id))).toEqual([
      'Q605201174',
      'Renée',
      "O'Connell",
      '1975-09-30',
      '2026-12-03',
      'ONLINE_UNASSOCIATED',
      'QHP_PTC',
      'NAV204815',
      'North Star Community Navigators',
      'Jordan Avery',
    ]);
    expect(doc.querySelector<HTMLInputElement>('#qst-ncaf-attest')!.checked).toBe(true);
  });

  it.each(NCAF_REASON_CODES)('should choose the QEST option of the reason %s', (reason) => {
    const doc = loadSavedQestPage('ncaf-frame');

    fillNcafForm(doc, qestProfile, { ...values, reason });

    expect(valueById(doc, 'qst-ncaf-reason')).toBe(qestProfile.ncaf.reasonOptions[reason]);
  });

  it.each<[(typeof PROGRAM_CODES)[number], string]>([
    ['MA', 'MED_ASSIST'],
    ['MNCARE', 'MN_CARE'],
    ['QHP_APTC', 'QHP_PTC'],
    ['QHP', 'QHP_NO_PTC'],
  ])('should choose the QEST option of the program %s', (program, expected) => {
    const doc = loadSavedQestPage('ncaf-frame');

    fillNcafForm(doc, qestProfile, { ...values, program });

    expect(valueById(doc, 'qst-ncaf-program')).toBe(expected);
  });

  it('should fill a field whose id was renamed through its label', () => {
    const doc = loadSavedQestPage('ncaf-frame');
    doc.querySelector('#qst-ncaf-case-id')!.id = 'c-331q91';
    doc.querySelector('label[for="qst-ncaf-case-id"]')!.setAttribute('for', 'c-331q91');

    fillNcafForm(doc, qestProfile, values);

    expect(valueById(doc, 'c-331q91')).toBe('Q605201174');
  });

  it.each([...NCAF_FIELDS, 'attest'] as const)(
    'should throw a FillError naming %s when it is removed from the page',
    (field) => {
      const doc = loadSavedQestPage('ncaf-frame');
      const locator: Locator =
        field === 'attest' ? qestProfile.ncaf.attest! : qestProfile.ncaf.fields[field];
      doc.querySelector(locator.selector)!.remove();

      const actual = thrownBy(() => fillNcafForm(doc, qestProfile, values));

      expect(actual).toBeInstanceOf(FillError);
      expect((actual as FillError).field).toBe(field);
      expect((actual as FillError).message).toBe(`${field}: not found on the form`);
    },
  );
});
