import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CaseDatabase, defineVersion1 } from '../../../storage/db';
import type { AttemptRecord, CaseRecord } from '../../../storage/records';

/** The database as the first release opened it. */
function versionOneDatabase(name: string): Dexie {
  const db = new Dexie(name);
  defineVersion1(db);
  return db;
}

function storedCase(id: string, index: number): Partial<CaseRecord> {
  return {
    id,
    source: 'portal',
    profileId: 'mets',
    portalOrigin: 'https://assister.example.mnsure.org',
    applicationKey: `A${100_000 + index}`,
    consumer: { firstName: 'Ana', lastName: `Example${index}`, dateOfBirth: '1990-01-02' },
    caseNumber: String(40_000_000 + index),
    assistedDate: '2026-11-20',
    deadline: '2026-12-20',
    reason: 'online-application-unassociated',
    association: null,
    status: index % 2 ? 'filed' : 'queued',
    dueAt: null,
    capturedAt: 1,
    updatedAt: 1,
    // A first-release record may lack the list fields; version 2 fills them in.
  };
}

describe('database versions', () => {
  it('should upgrade a populated version 1 to version 2 with nothing lost', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v1 = versionOneDatabase(name);
    const cases = Array.from({ length: 50 }, (_, index) => storedCase(`case-${index}`, index));
    await v1.table('cases').bulkPut(cases);
    await v1.table<AttemptRecord>('attempts').add({
      caseId: 'case-1',
      startedAt: 5,
      step: 'done',
      outcome: 'filed',
      confirmationNumber: 'NCAF-30000001',
    });
    await v1.table('kv').put({ key: 'settings', value: { assisterId: 'NAV204815' } });

    // The v1 connection stays open, as another extension page would keep it.
    const v2 = new CaseDatabase(name);
    await v2.open();

    expect(v2.verno).toBe(2);
    expect(await v2.cases.count()).toBe(50);
    expect(await v2.cases.get('case-7')).toMatchObject({
      ...cases[7],
      missingFields: [],
      problems: [],
      portalMessages: [],
    });
    expect(await v2.attempts.where('caseId').equals('case-1').toArray()).toHaveLength(1);
    expect((await v2.kv.get('settings'))?.value).toEqual({ assisterId: 'NAV204815' });
    expect(await v2.cases.where('assistedDate').equals('2026-11-20').count()).toBe(50);
    expect(v1.isOpen()).toBe(false);
    v2.close();
  });
});
