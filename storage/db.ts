import Dexie, { type EntityTable } from 'dexie';
import type { AttemptRecord, AuditEvent, CaseRecord, KeyValue } from './records';

/** The database name. Extension pages and the background share it; content scripts never open it. */
export const DATABASE_NAME = 'case-associator';

/** The extension's IndexedDB database. */
export class CaseDatabase extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  events!: EntityTable<AuditEvent, 'id'>;
  kv!: EntityTable<KeyValue, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      cases: 'id, status, deadline, caseNumber, [profileId+applicationKey], dueAt, updatedAt',
      attempts: '++id, caseId, outcome',
      events: '++id, caseId, at',
      kv: 'key',
    });
  }
}

let shared: CaseDatabase | undefined;

/** The one database instance of this context, opened on first use. */
export function database(): CaseDatabase {
  shared ??= new CaseDatabase();
  return shared;
}
