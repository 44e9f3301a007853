import { describe, expect, it } from 'vitest';
import type { CaptureMessage } from '../../../messaging/schemas';
import { metsProfile } from '../../../portal-adapters/mets-profile';
import { storeCapture } from '../../../storage/capture-store';
import { CaseDatabase } from '../../../storage/db';
import { DEFAULT_SETTINGS } from '../../../storage/settings';

/** 3 December 2026, 9:00 in Minnesota. */
const NOW = Date.parse('2026-12-03T15:00:00Z');

function capture(values: CaptureMessage['values']): CaptureMessage {
  return {
    instanceId: '0b7e1c4d-2f3a-4e5b-8c6d-7e8f9a0b1c2d',
    origin: 'http://127.0.0.1:4780',
    profileId: 'mets',
    applicationKey: 'A100299',
    page: 'household',
    values,
    missing: [],
    ambiguous: [],
  };
}

type Row = {
  name: string;
  values: CaptureMessage['values'];
  /** The field as stored, or undefined when it must not be stored. */
  stored: Record<string, unknown>;
  /** The problem expected, naming the field in words; null when none. */
  problem: string | null;
};

const LONG_NAME = 'A'.repeat(101);
const HTML_NAME = '<img src=x onerror=alert(1)>';

const ROWS: Row[] = [
  {
    name: 'a malformed case number',
    values: { caseNumber: '4001-2345' },
    stored: { caseNumber: undefined },
    problem: 'Case number does not match',
  },
  {
    name: 'a blank case number',
    values: { caseNumber: '   ' },
    stored: { caseNumber: undefined },
    problem: null,
  },
  {
    name: 'blank optional fields',
    values: { firstName: 'Ana', county: '', preferredLanguage: '' },
    stored: { 'consumer.firstName': 'Ana', 'consumer.county': undefined },
    problem: null,
  },
  {
    name: 'a two-digit year',
    values: { dateOfBirth: '1/5/88' },
    stored: { 'consumer.dateOfBirth': undefined },
    problem: 'Date of birth is not a real date',
  },
  {
    name: 'an impossible date',
    values: { dateOfBirth: '2024-02-30' },
    stored: { 'consumer.dateOfBirth': undefined },
    problem: 'Date of birth is not a real date',
  },
  {
    name: 'a future date',
    values: { dateOfBirth: '2027-01-15' },
    stored: { 'consumer.dateOfBirth': undefined },
    problem: 'Date of birth is in the future',
  },
  {
    name: 'a future determination date',
    values: { determinationDate: '2026-12-04' },
    stored: { determinationDate: undefined },
    problem: 'Determination date is in the future',
  },
  {
    name: 'a very long name',
    values: { lastName: LONG_NAME },
    stored: { 'consumer.lastName': undefined },
    problem: 'Last name is longer than 100 characters',
  },
  {
    name: 'a non-Latin name',
    values: { firstName: 'Абдуллахи', lastName: 'Nguyễn' },
    stored: { 'consumer.firstName': 'Абдуллахи', 'consumer.lastName': 'Nguyễn' },
    problem: null,
  },
  {
    name: 'a name containing HTML',
    values: { firstName: HTML_NAME },
    stored: { 'consumer.firstName': HTML_NAME },
    problem: null,
  },
  {
    name: 'an unknown program',
    values: { program: 'Dental' },
    stored: { program: undefined },
    problem: 'Program is not one the product knows',
  },
];

function valueAt(record: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], record);
}

describe('bad input from the portal', () => {
  it.each(ROWS)('should handle $name', async ({ values, stored, problem }) => {
    const db = new CaseDatabase(`bad-input-${crypto.randomUUID()}`);

    const result = await storeCapture(db, capture(values), metsProfile, DEFAULT_SETTINGS, NOW);
    const record = await db.cases.get(result.caseId!);

    for (const [path, expected] of Object.entries(stored)) {
      expect(valueAt(record!, path)).toEqual(expected);
    }
    if (problem) {
      expect(result.problems.map((entry) => entry.message).join(' ')).toContain(problem);
      expect(record?.status).toBe('incomplete');
    } else {
      expect(result.problems).toEqual([]);
    }
    const serialised = JSON.stringify(record);
    expect(serialised).not.toContain('1970-01-01');
    expect(serialised).not.toContain('undefined');
    expect(serialised).not.toMatch(/"(caseNumber|dateOfBirth|determinationDate)":0/);
    db.close();
  });
});
