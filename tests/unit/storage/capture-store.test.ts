import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { CaptureMessage } from '../../../messaging/schemas';
import { metsProfile } from '../../../portal-adapters/mets-profile';
import { storeCapture } from '../../../storage/capture-store';
import { CaseDatabase } from '../../../storage/db';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  saveSettings,
  type Settings,
} from '../../../storage/settings';

/** 4 December 2026, 5:30 UTC: still 3 December in Minnesota. */
const CAPTURED_AT = Date.parse('2026-12-04T05:30:00Z');
const HOUR_MS = 60 * 60 * 1000;

const SET_UP: Settings = {
  ...DEFAULT_SETTINGS,
  navigatorName: 'Jordan Avery',
  assisterId: 'NAV204815',
  organization: 'North Star Community Navigators',
  autoFileDelayMinutes: 90,
};

const CONSENTED: Settings = {
  ...SET_UP,
  signatureConsent: {
    name: 'Jordan Avery',
    givenAt: Date.parse('2026-12-01T15:00:00Z'),
    statement: 'I authorise Case Associator to sign for me.',
  },
};

/** A capture of one page of application A100235, as the content script sends it. */
function capture(
  page: CaptureMessage['page'],
  values: CaptureMessage['values'],
  missing: CaptureMessage['missing'] = [],
): CaptureMessage {
  return {
    instanceId: '6f1c2a9e-3b7d-4c55-9a61-0d2e8f4b7c13',
    origin: 'http://127.0.0.1:4780',
    profileId: 'mets',
    applicationKey: 'A100235',
    page,
    values,
    missing,
    ambiguous: [],
  };
}

const HOUSEHOLD = capture('household', {
  firstName: 'Renée',
  lastName: "O'Connell",
  dateOfBirth: '1975-09-30',
  county: 'Ramsey',
  preferredLanguage: 'English',
});
const SIGNATURE = capture('signature', { assisterHelped: '', assisterIdOnApplication: '' });
const ELIGIBILITY = capture('eligibility', {
  caseNumber: '40012346',
  program: 'QHP_APTC',
  eligibilityStatus: 'pending',
  determinationDate: '2026-11-25',
});

let databaseCount = 0;

describe('storeCapture', () => {
  let db: CaseDatabase;

  beforeEach(() => {
    databaseCount += 1;
    db = new CaseDatabase(`capture-store-test-${databaseCount}`);
  });

  afterEach(async () => {
    await db.delete();
  });

  /** Stores the pages in turn, one hour apart from CAPTURED_AT, with the same settings. */
  async function storeAll(messages: CaptureMessage[], settings: Settings = DEFAULT_SETTINGS) {
    const results = [];
    for (const [index, message] of messages.entries()) {
      results.push(
        await storeCapture(db, message, metsProfile, settings, CAPTURED_AT + index * HOUR_MS),
      );
    }
    return results;
  }

  it('should merge the three application pages into one case', async () => {
    const messages = [HOUSEHOLD, SIGNATURE, ELIGIBILITY];

    const results = await storeAll(messages);

    const cases = await db.cases.toArray();
    expect(cases).toHaveLength(1);
    expect(results.map((result) => result.caseId)).toEqual([
      cases[0]!.id,
      cases[0]!.id,
      cases[0]!.id,
    ]);
    expect(cases[0]).toMatchObject({
      source: 'portal',
      profileId: 'mets',
      portalOrigin: 'http://127.0.0.1:4780',
      applicationKey: 'A100235',
      consumer: {
        firstName: 'Renée',
        lastName: "O'Connell",
        dateOfBirth: '1975-09-30',
        county: 'Ramsey',
        preferredLanguage: 'English',
      },
      caseNumber: '40012346',
      program: 'QHP_APTC',
      eligibilityStatus: 'pending',
      determinationDate: '2026-11-25',
      assistedDate: '2026-12-03',
      deadline: '2027-01-02',
      association: null,
      status: 'needs-setup',
      dueAt: null,
      missingFields: [],
      problems: [],
      capturedAt: CAPTURED_AT,
      updatedAt: CAPTURED_AT + 2 * HOUR_MS,
    });
  });

  it('should record one capture event for the case, naming the first page', async () => {
    const messages = [HOUSEHOLD, SIGNATURE, ELIGIBILITY];

    const [first] = await storeAll(messages);

    const events = await db.events.toArray();
    expect(events.map(({ caseId, type, detail, at }) => ({ caseId, type, detail, at }))).toEqual([
      { caseId: first!.caseId, type: 'captured', detail: 'household', at: CAPTURED_AT },
    ]);
  });

  it('should record an Assister ID typed on the signature page as an association', async () => {
    const signature = capture('signature', {
      assisterHelped: 'yes',
      assisterIdOnApplication: 'nav204815',
    });

    await storeAll([HOUSEHOLD, signature, ELIGIBILITY], CONSENTED);

    const [record] = await db.cases.toArray();
    expect(record?.association).toEqual({
      method: 'signature-page',
      assisterId: 'NAV204815',
      at: CAPTURED_AT + HOUR_MS,
    });
    expect(record?.status).toBe('already-associated');
    expect(record?.dueAt).toBeNull();
  });

  it('should not record an association when the consumer answered no', async () => {
    const signature = capture('signature', {
      assisterHelped: 'no',
      assisterIdOnApplication: 'NAV204815',
    });

    await storeAll([HOUSEHOLD, signature, ELIGIBILITY], CONSENTED);

    const [record] = await db.cases.toArray();
    expect(record?.association).toBeNull();
    expect(record?.status).toBe('queued');
  });

  it('should name a bad field in problems, not store it, and hold the case', async () => {
    const household = capture('household', { ...HOUSEHOLD.values, dateOfBirth: '9/30/75' });

    const [result] = await storeAll([household, ELIGIBILITY], CONSENTED);

    const [record] = await db.cases.toArray();
    const expectedProblem = {
      field: 'dateOfBirth',
      message: 'Date of birth is not a real date (MM/DD/YYYY with a 4-digit year)',
    };
    expect(result?.problems).toEqual([expectedProblem]);
    expect(record?.problems).toEqual([expectedProblem]);
    expect(record?.consumer).toEqual({
      firstName: 'Renée',
      lastName: "O'Connell",
      county: 'Ramsey',
      preferredLanguage: 'English',
    });
    expect(record?.missingFields).toEqual(['dateOfBirth']);
    expect(record?.status).toBe('incomplete');
    expect(record?.dueAt).toBeNull();
  });

  it('should clear a problem when the page is captured again with a good value', async () => {
    const household = capture('household', { ...HOUSEHOLD.values, dateOfBirth: '9/30/75' });

    const results = await storeAll([household, ELIGIBILITY, HOUSEHOLD], CONSENTED);

    const [record] = await db.cases.toArray();
    expect(results.map((result) => result.problems.length)).toEqual([1, 0, 0]);
    expect(record?.problems).toEqual([]);
    expect(record?.consumer.dateOfBirth).toBe('1975-09-30');
    expect(record?.status).toBe('queued');
  });

  it('should list a field the page did not show in missingFields', async () => {
    const { county: _county, ...withoutCounty } = HOUSEHOLD.values;
    const household = capture('household', withoutCounty, ['county']);

    await storeAll([household]);

    const [record] = await db.cases.toArray();
    expect(record?.missingFields).toEqual(['caseNumber', 'program', 'county']);
    expect(record?.status).toBe('incomplete');
  });

  it('should keep naming a missing field after another page is captured', async () => {
    const { county: _county, ...withoutCounty } = HOUSEHOLD.values;
    const household = capture('household', withoutCounty, ['county']);

    await storeAll([household, SIGNATURE, ELIGIBILITY], CONSENTED);

    const [record] = await db.cases.toArray();
    expect(record?.missingFields).toEqual(['county']);
    expect(record?.status).toBe('incomplete');
  });

  it('should stop naming a missing field once its page shows it', async () => {
    const { county: _county, ...withoutCounty } = HOUSEHOLD.values;
    const household = capture('household', withoutCounty, ['county']);

    await storeAll([household, ELIGIBILITY, HOUSEHOLD], CONSENTED);

    const [record] = await db.cases.toArray();
    expect(record?.missingFields).toEqual([]);
    expect(record?.consumer.county).toBe('Ramsey');
    expect(record?.status).toBe('queued');
  });

  it('should queue a complete case at capture time plus the delay, with consent', async () => {
    const messages = [HOUSEHOLD, SIGNATURE, ELIGIBILITY];

    await storeAll(messages, CONSENTED);

    const [record] = await db.cases.toArray();
    expect(record?.status).toBe('queued');
    expect(record?.dueAt).toBe(CAPTURED_AT + 90 * 60 * 1000);
  });

  it('should leave a complete case ready to sign without consent', async () => {
    const messages = [HOUSEHOLD, SIGNATURE, ELIGIBILITY];

    await storeAll(messages, SET_UP);

    const [record] = await db.cases.toArray();
    expect(record?.status).toBe('ready-to-sign');
    expect(record?.dueAt).toBeNull();
  });

  it('should ask for set-up when the navigator has not set up filing', async () => {
    const messages = [HOUSEHOLD, SIGNATURE, ELIGIBILITY];

    await storeAll(messages, { ...CONSENTED, assisterId: '' });

    const [record] = await db.cases.toArray();
    expect(record?.status).toBe('needs-setup');
    expect(record?.dueAt).toBeNull();
  });
});

describe('loadSettings and saveSettings', () => {
  let db: CaseDatabase;

  beforeEach(() => {
    databaseCount += 1;
    db = new CaseDatabase(`settings-test-${databaseCount}`);
  });

  afterEach(async () => {
    await db.delete();
  });

  it('should load the defaults when nothing was saved', async () => {
    const actual = await loadSettings(db);

    expect(actual).toEqual(DEFAULT_SETTINGS);
  });

  it('should save trimmed settings and load them back', async () => {
    const input = { ...CONSENTED, navigatorName: ' Jordan Avery ', assisterId: 'NAV204815 ' };

    const saved = await saveSettings(db, input);
    const actual = await loadSettings(db);

    expect(saved).toEqual(CONSENTED);
    expect(actual).toEqual(CONSENTED);
  });

  it('should refuse an invalid Assister ID, naming the field, and store nothing', async () => {
    const input = { ...SET_UP, assisterId: 'NAV-2048' };

    const error = await saveSettings(db, input).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: ['assisterId'], message: 'Assister ID must be exactly 9 letters or digits' },
    ]);
    expect(await db.kv.count()).toBe(0);
  });

  it('should keep the good fields of a stored value when one field is refused', async () => {
    await db.kv.put({ key: 'settings', value: { ...CONSENTED, autoFileDelayMinutes: -5 } });

    const actual = await loadSettings(db);

    expect(actual).toEqual({ ...CONSENTED, autoFileDelayMinutes: 0 });
  });

  it('should fall back to the default of a field stored badly or not at all', async () => {
    const { autoFileDelayMinutes: _delay, ...older } = SET_UP;
    await db.kv.put({ key: 'settings', value: { ...older, assisterId: 'NAV2048151' } });

    const actual = await loadSettings(db);

    expect(actual).toEqual({ ...SET_UP, assisterId: '', autoFileDelayMinutes: 0 });
  });
});
