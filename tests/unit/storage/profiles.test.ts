import { describe, expect, it } from 'vitest';
import { metsProfile } from '../../../portal-adapters/mets-profile';
import { CaseDatabase } from '../../../storage/db';
import { importProfile, loadProfiles, profileById } from '../../../storage/profiles';

function freshDatabase(): CaseDatabase {
  return new CaseDatabase(`profiles-${crypto.randomUUID()}`);
}

describe('importing a portal profile', () => {
  it('should put an edited profile in force in place of the built-in one', async () => {
    const db = freshDatabase();
    const edited = structuredClone(metsProfile);
    edited.version = 2;
    edited.fields.household.firstName = { kind: 'input', selector: '#given', label: 'Given name' };

    const result = await importProfile(db, JSON.stringify(edited));

    expect(result.ok).toBe(true);
    expect((await profileById(db, 'mets'))?.fields.household.firstName?.selector).toBe('#given');
    expect((await loadProfiles(db)).map((profile) => profile.id)).toEqual(['qest', 'mets']);
  });

  it.each([
    ['a missing case-number pattern', { caseNumberPattern: undefined }, 'caseNumberPattern'],
    ['a pattern that does not compile', { caseNumberPattern: '^(\\d{8}$' }, 'caseNumberPattern'],
    ['a bad locator kind', { ncaf: { ...metsProfile.ncaf, submit: '' } }, 'ncaf.submit'],
    [
      'a lookup path without the case number',
      { lookup: { ...metsProfile.lookup, path: '/x' } },
      'lookup.path',
    ],
  ])('should refuse %s, name the field and keep the previous profile', async (_, change, field) => {
    const db = freshDatabase();
    const good = { ...structuredClone(metsProfile), version: 3 };
    await importProfile(db, JSON.stringify(good));

    const result = await importProfile(db, JSON.stringify({ ...metsProfile, ...change }));

    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.field)).toContain(field);
    expect((await profileById(db, 'mets'))?.version).toBe(3);
  });

  it('should refuse a file that is not JSON', async () => {
    const db = freshDatabase();

    const result = await importProfile(db, '{ not json');

    expect(!result.ok && result.errors[0]?.field).toBe('file');
    expect((await profileById(db, 'mets'))?.version).toBe(metsProfile.version);
  });
});
