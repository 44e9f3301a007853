// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { BUILTIN_PROFILES } from '../../../portal-adapters/builtin-profiles';
import { FillError, fillControl } from '../../../portal-adapters/fill';
import { metsProfile } from '../../../portal-adapters/mets-profile';
import {
  fillNcafForm,
  readAssociationRows,
  readNcafOutcome,
  type NcafValues,
} from '../../../portal-adapters/ncaf-form';
import {
  NCAF_FIELDS,
  PAGE_KINDS,
  portalProfileSchema,
  type Locator,
  type PageKind,
} from '../../../portal-adapters/profile-schema';
import { readPageFields } from '../../../portal-adapters/read-fields';
import { pickProfile, recognisePage } from '../../../portal-adapters/recognise';
import { startPortalSession } from '../../../portal-adapters/portal-session';
import { messenger } from '../../../messaging/protocol';
import { loadSavedPage, SAVED_PAGES, savedPageFiles, type SavedPage } from './saved-pages';

vi.mock('../../../messaging/protocol', () => ({
  messenger: { sendMessage: vi.fn(() => Promise.resolve()), onMessage: vi.fn() },
}));

const PAGE_NAMES = Object.keys(SAVED_PAGES) as SavedPage[];

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
    const onlyThisKind = { ...metsProfile, pages: { [kind]: metsProfile.pages[kind] } };
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

describe('METS profile page recognition on the saved pages', () => {
  it('should be a valid profile', () => {
    const actual = portalProfileSchema.safeParse(metsProfile);

    expect(actual.success).toBe(true);
  });

  it('should list every saved page file and every page kind the profile declares', () => {
    const kinds = new Set(Object.values(SAVED_PAGES).map((page) => page.kind));

    const files = savedPageFiles();

    expect(files).toEqual([...PAGE_NAMES].sort());
    expect([...kinds].sort()).toEqual(Object.keys(metsProfile.pages).sort());
  });

  it.each(PAGE_NAMES)('should recognise the %s page as its kind', (name) => {
    const doc = loadSavedPage(name);

    const actual = recognisePage(doc, doc.location.pathname, metsProfile);
    const picked = pickProfile(doc, doc.location.pathname, BUILTIN_PROFILES);

    expect(actual).toBe(SAVED_PAGES[name].kind);
    expect(picked).toEqual({ profile: metsProfile, kind: SAVED_PAGES[name].kind });
  });

  it.each(PAGE_NAMES)('should match the %s page with no other kind', (name) => {
    const doc = loadSavedPage(name);

    const actual = kindsMatching(doc);

    expect(actual).toEqual([SAVED_PAGES[name].kind]);
  });

  it('should recognise nothing when the heading matches no page', () => {
    const doc = loadSavedPage('household');
    doc.querySelector('h1')!.textContent = 'Household Members';

    const actual = pickProfile(doc, doc.location.pathname, BUILTIN_PROFILES);

    expect(actual).toBeNull();
  });

  it('should recognise nothing when the heading belongs to another path', () => {
    const doc = loadSavedPage('household', '/mets/dashboard');

    const actual = pickProfile(doc, doc.location.pathname, BUILTIN_PROFILES);

    expect(actual).toBeNull();
  });
});

describe('METS profile selectors on the saved pages', () => {
  type SelectorCase = [SavedPage, string, string];

  /** Every located field of a page, except radio groups, which need an answer to match. */
  function fieldSelectors(page: SavedPage, fields: Record<string, Locator | undefined>) {
    return Object.entries(fields)
      .filter(([, locator]) => locator?.kind !== 'radio')
      .map(([field, locator]): SelectorCase => [page, field, locator!.selector]);
  }

  const selectorCases: SelectorCase[] = [
    ...fieldSelectors('household', metsProfile.fields.household),
    ...fieldSelectors('signature', metsProfile.fields.signature),
    ...fieldSelectors('eligibility', metsProfile.fields.eligibility),
    ...fieldSelectors('ncaf', metsProfile.ncaf.fields),
    ['ncaf', 'attest', metsProfile.ncaf.attest!.selector],
    ['ncaf', 'submit', metsProfile.ncaf.submit],
    ['confirmation', 'confirmationNumber', metsProfile.ncaf.confirmationNumber.selector],
    ['associations', 'lookup rows', metsProfile.lookup.rows],
  ];

  it.each(selectorCases)('should find on the %s page exactly one %s', (name, _field, selector) => {
    const doc = loadSavedPage(name);

    const actual = doc.querySelectorAll(selector);

    expect(actual).toHaveLength(1);
  });

  it('should find no checked answer on the saved, unanswered signature page', () => {
    const doc = loadSavedPage('signature');

    const actual = doc.querySelectorAll(metsProfile.fields.signature.assisterHelped!.selector);

    expect(actual).toHaveLength(0);
  });

  it('should find exactly one checked answer once the assister question is answered', () => {
    const doc = loadSavedPage('signature');
    doc.querySelector<HTMLInputElement>('#__o3sig_helpedYes')!.click();

    const actual = doc.querySelectorAll(metsProfile.fields.signature.assisterHelped!.selector);

    expect(actual).toHaveLength(1);
  });

  it('should find no household field by selector on the renamed page', () => {
    const doc = loadSavedPage('household-renamed');

    const actual = Object.values(metsProfile.fields.household).map(
      (locator) => doc.querySelectorAll(locator.selector).length,
    );

    expect(actual).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('readPageFields on the saved pages', () => {
  it('should read the seeded household values in the product formats', () => {
    const doc = loadSavedPage('household');

    const actual = readPageFields(doc, metsProfile, 'household');

    expect(actual).toEqual(HOUSEHOLD_READING);
  });

  it('should never read the SSN or the income on the household page', () => {
    const doc = loadSavedPage('household');

    const actual = readPageFields(doc, metsProfile, 'household');

    const read = Object.values(actual.values).join('\n');
    expect(read).not.toContain('900-23-4567');
    expect(read).not.toContain('3875');
    expect(Object.keys(actual.values)).toEqual(Object.keys(metsProfile.fields.household));
  });

  it('should read the same values through the labels when the ids are renamed', () => {
    const doc = loadSavedPage('household-renamed');

    const actual = readPageFields(doc, metsProfile, 'household');

    expect(actual).toEqual(HOUSEHOLD_READING);
  });

  it('should read the unanswered signature page as blank, not missing', () => {
    const doc = loadSavedPage('signature');

    const actual = readPageFields(doc, metsProfile, 'signature');

    expect(actual).toEqual({
      values: { assisterHelped: '', assisterIdOnApplication: '' },
      missing: [],
      ambiguous: [],
    });
  });

  it('should read the answered signature page', () => {
    const doc = loadSavedPage('signature');
    doc.querySelector<HTMLInputElement>('#__o3sig_helpedYes')!.click();
    doc.querySelector<HTMLInputElement>('#__o3sig_assisterId')!.value = 'NAV204815';

    const actual = readPageFields(doc, metsProfile, 'signature');

    expect(actual).toEqual({
      values: { assisterHelped: 'yes', assisterIdOnApplication: 'NAV204815' },
      missing: [],
      ambiguous: [],
    });
  });

  it('should read the seeded eligibility values in the product formats', () => {
    const doc = loadSavedPage('eligibility');

    const actual = readPageFields(doc, metsProfile, 'eligibility');

    expect(actual).toEqual({
      values: {
        caseNumber: '40012346',
        program: 'QHP_APTC',
        eligibilityStatus: 'pending',
        determinationDate: '2026-11-25',
      },
      missing: [],
      ambiguous: [],
    });
  });

  it('should read a list left on its placeholder as blank', () => {
    const doc = loadSavedPage('household');
    doc.querySelector<HTMLSelectElement>('#__o3hh_county')!.value = '';

    const actual = readPageFields(doc, metsProfile, 'household');

    expect(actual.values.county).toBe('');
  });

  it('should name a field the page lost as missing', () => {
    const doc = loadSavedPage('household');
    doc.querySelector('#__o3hh_dob')!.closest('tr')!.remove();

    const actual = readPageFields(doc, metsProfile, 'household');

    expect(actual.missing).toEqual(['dateOfBirth']);
    expect(actual.values).not.toHaveProperty('dateOfBirth');
  });

  it('should refuse to choose between two matches for a field', () => {
    const doc = loadSavedPage('household');
    const input = doc.querySelector('#__o3hh_firstName')!;
    input.after(input.cloneNode());

    const actual = readPageFields(doc, metsProfile, 'household');

    expect(actual.ambiguous).toEqual(['firstName']);
    expect(actual.values).not.toHaveProperty('firstName');
  });
});

describe('the content script on the saved pages', () => {
  const context = () => ({ isInvalid: false, addEventListener: vi.fn(), onInvalidated: vi.fn() });

  it('should capture nothing on a page whose heading matches nothing', async () => {
    const doc = loadSavedPage('household');
    doc.querySelector('h1')!.textContent = 'Household Members';
    const ctx = context();
    vi.mocked(messenger.sendMessage).mockClear();

    await startPortalSession(ctx, doc);

    const sent = vi
      .mocked(messenger.sendMessage)
      .mock.calls.filter(([type]) => type !== 'getProfiles');
    expect(sent.map(([type]) => type)).toEqual(['pageSeen']);
    expect(sent[0]?.[1]).toMatchObject({ profileId: null, pageKind: null });
  });

  it('should capture the household values on the recognised page', async () => {
    const doc = loadSavedPage('household');
    const ctx = context();
    vi.mocked(messenger.sendMessage).mockClear();

    await startPortalSession(ctx, doc);

    const sent = vi
      .mocked(messenger.sendMessage)
      .mock.calls.filter(([type]) => type !== 'getProfiles');
    expect(sent.map(([type]) => type)).toEqual(['pageSeen', 'capture']);
    expect(sent[1]?.[1]).toMatchObject({
      profileId: 'mets',
      applicationKey: 'A100235',
      page: 'household',
      ...HOUSEHOLD_READING,
    });
  });
});

describe('NCAF answers on the saved pages', () => {
  it.each<[SavedPage, ReturnType<typeof readNcafOutcome>]>([
    ['confirmation', { kind: 'confirmation', confirmationNumber: 'NCAF-30000001' }],
    [
      'ncaf-errors',
      {
        kind: 'rejected',
        messages: [
          'Case number must be 8 digits.',
          'Consumer first name contains characters that are not allowed.',
          'Consumer last name contains characters that are not allowed.',
          'Date assisted cannot be in the future.',
          'Reason for this form is required.',
        ],
      },
    ],
    [
      'ncaf-already-associated',
      { kind: 'already-associated', message: 'This case is already associated with an assister.' },
    ],
    ['ncaf', null],
    ['dashboard', null],
  ])('should read the answer on the %s page', (name, expected) => {
    const doc = loadSavedPage(name);

    const actual = readNcafOutcome(doc, metsProfile, SAVED_PAGES[name].kind);

    expect(actual).toEqual(expected);
  });

  it('should read the one row of the association list', () => {
    const doc = loadSavedPage('associations');

    const actual = readAssociationRows(doc, metsProfile);

    expect(actual).toEqual([
      { caseNumber: '40012345', assisterId: 'NAV204815', confirmationNumber: 'NCAF-30000001' },
    ]);
  });

  it('should read no rows from the empty association list', () => {
    const doc = loadSavedPage('associations-empty');

    const actual = readAssociationRows(doc, metsProfile);

    expect(actual).toEqual([]);
  });
});

describe('fillNcafForm on the saved NCAF page', () => {
  const values: NcafValues = {
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

  /** The NCAF field ids in the order the profile lists the fields. */
  const ids = NCAF_FIELDS.map((field) => metsProfile.ncaf.fields[field].selector.slice(1));

  it('should fill every field in the portal formats and tick the attestation', () => {
    const doc = loadSavedPage('ncaf');

    fillNcafForm(doc, metsProfile, values);

    expect(ids.map((id) => valueById(doc, id))).toEqual([
      '40012346',
      'Renee',
      'OConnell',
      '09/30/1975',
      '12/03/2026',
      'OAU',
      'QHP_APTC',
      'NAV204815',
      'North Star Community Navigators',
      'Jordan Avery',
    ]);
    expect(doc.querySelector<HTMLInputElement>('#__o3ncaf_attest')!.checked).toBe(true);
  });

  it('should fill a field whose id was renamed through its label', () => {
    const doc = loadSavedPage('ncaf');
    doc.querySelector('#__o3ncaf_caseNumber')!.id = 'wd_1x7q2';
    doc.querySelector('label[for="__o3ncaf_caseNumber"]')!.setAttribute('for', 'wd_1x7q2');

    fillNcafForm(doc, metsProfile, values);

    expect(valueById(doc, 'wd_1x7q2')).toBe('40012346');
  });

  it.each([...NCAF_FIELDS, 'attest'] as const)(
    'should throw a FillError naming %s when it is removed from the page',
    (field) => {
      const doc = loadSavedPage('ncaf');
      const locator: Locator =
        field === 'attest' ? metsProfile.ncaf.attest! : metsProfile.ncaf.fields[field];
      doc.querySelector(locator.selector)!.remove();

      const actual = thrownBy(() => fillNcafForm(doc, metsProfile, values));

      expect(actual).toBeInstanceOf(FillError);
      expect((actual as FillError).field).toBe(field);
      expect((actual as FillError).message).toBe(`${field}: not found on the form`);
    },
  );
});

describe('fillControl', () => {
  /** Records the input and change events that reach the document, with their target. */
  function recordEvents(doc: Document): string[] {
    const seen: string[] = [];
    for (const type of ['input', 'change']) {
      doc.addEventListener(type, (event) => {
        seen.push(`${event.type} ${(event.target as Element).id} bubbles=${event.bubbles}`);
      });
    }
    return seen;
  }

  it('should fire bubbling input and change events after typing a value', () => {
    const doc = loadSavedPage('ncaf');
    const input = doc.querySelector('#__o3ncaf_caseNumber')!;
    const seen = recordEvents(doc);

    fillControl(input, '40012346', 'caseNumber');

    expect(seen).toEqual([
      'input __o3ncaf_caseNumber bubbles=true',
      'change __o3ncaf_caseNumber bubbles=true',
    ]);
    expect(valueById(doc, '__o3ncaf_caseNumber')).toBe('40012346');
  });

  it('should fire bubbling input and change events after choosing an option', () => {
    const doc = loadSavedPage('ncaf');
    const select = doc.querySelector('#__o3ncaf_program')!;
    const seen = recordEvents(doc);

    fillControl(select, 'MA', 'program');

    expect(seen).toEqual([
      'input __o3ncaf_program bubbles=true',
      'change __o3ncaf_program bubbles=true',
    ]);
    expect(valueById(doc, '__o3ncaf_program')).toBe('MA');
  });

  it('should refuse a value the page does not keep', () => {
    const doc = loadSavedPage('ncaf');
    const input = doc.querySelector('#__o3ncaf_firstName')!;
    // A page script that ignores every write, the way a broken controlled input would.
    Object.defineProperty(input, 'value', { get: () => '', set: () => undefined });

    const actual = thrownBy(() => fillControl(input, 'Hodan', 'firstName'));

    expect(actual).toBeInstanceOf(FillError);
    expect((actual as FillError).field).toBe('firstName');
    expect((actual as FillError).message).toBe('firstName: the page did not keep the typed value');
  });

  it('should refuse an option the list does not have', () => {
    const doc = loadSavedPage('ncaf');
    const select = doc.querySelector('#__o3ncaf_reason')!;

    const actual = () => fillControl(select, 'XYZ', 'reason');

    expect(actual).toThrow(new FillError('reason', 'reason: the list has no option "XYZ"'));
  });

  it('should refuse an element that is not a form field', () => {
    const doc = loadSavedPage('confirmation');
    const cell = doc.querySelector('#__o3conf_number')!;

    const actual = () => fillControl(cell, 'NCAF-1', 'confirmationNumber');

    expect(actual).toThrow('confirmationNumber: the element is not a form field');
  });
});
