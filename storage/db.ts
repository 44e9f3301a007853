import Dexie, { type EntityTable } from 'dexie';
import type { AttemptRecord, AuditEvent, CaseRecord, KeyValue, NoticeRecord } from './records';

/** The database name. Extension pages and the background share it; content scripts never open it. */
export const DATABASE_NAME = 'case-associator';

/** Version 1: cases, filing attempts, the audit log and small keyed values. */
export function defineVersion1(db: Dexie): void {
  db.version(1).stores({
    cases: 'id, status, deadline, caseNumber, [profileId+applicationKey], dueAt, updatedAt',
    attempts: '++id, caseId, outcome',
    events: '++id, caseId, at',
    kv: 'key',
  });
}

/**
 * Version 2: a table of the deadline notices already shown (so a restart never repeats one) and
 * an index on the assisted date for reports. Cases stored by version 1 get the list fields a
 * later release relies on.
 */
export function defineVersion2(db: Dexie): void {
  db.version(2)
    .stores({
      cases:
        'id, status, deadline, caseNumber, [profileId+applicationKey], dueAt, updatedAt, assistedDate',
      notices: 'id, caseId',
    })
    .upgrade((transaction) =>
      transaction
        .table<CaseRecord, string>('cases')
        .toCollection()
        .modify((record) => {
          record.missingFields ??= [];
          record.problems ??= [];
          record.portalMessages ??= [];
        }),
    );
}

/** The extension's IndexedDB database, at its newest version. */
export class CaseDatabase extends Dexie {
  cases!: EntityTable<CaseRecord, 'id'>;
  attempts!: EntityTable<AttemptRecord, 'id'>;
  events!: EntityTable<AuditEvent, 'id'>;
  kv!: EntityTable<KeyValue, 'key'>;
  notices!: EntityTable<NoticeRecord, 'id'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    defineVersion1(this);
    defineVersion2(this);
  }
}

let shared: CaseDatabase | undefined;

/** The one database instance of this context, opened on first use. */
export function database(): CaseDatabase {
  shared ??= new CaseDatabase();
  return shared;
}
