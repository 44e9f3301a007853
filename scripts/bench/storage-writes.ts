import type { Worker } from 'playwright-core';
import type { CaseRecord } from '../../storage/records';
import { figure, samplesOf, type Figure } from './figure';
import { alternatingPairs } from './stats';
import { withRawDatabase } from './worker-cases';

/** Timed writes of each kind; the order alternates between runs so drift hits both alike. */
const RUNS = 5;

/** Records per evaluation while handing the records to the worker. */
const BATCH = 2_000;

/**
 * Figure 6: writing 10,000 cases through the project's storage layer (Dexie `bulkPut` on the
 * service worker's `CaseDatabase`, reached through the test hooks) against raw IndexedDB `put`s of
 * the same records in one transaction, on the same database and object store (same indexes), in
 * the service worker. The store is emptied before each write, outside the timing.
 */
export async function measureStorageWrites(
  worker: Worker,
  records: readonly CaseRecord[],
): Promise<Figure> {
  await worker.evaluate('globalThis.benchRecords = []');
  for (let start = 0; start < records.length; start += BATCH) {
    const batch = JSON.stringify(JSON.stringify(records.slice(start, start + BATCH)));
    await worker.evaluate(`globalThis.benchRecords.push(...JSON.parse(${batch}))`);
  }
  const times = await withRawDatabase(
    worker,
    'delete globalThis.benchRecords; caseAssociatorTest.db.cases.clear()',
    () =>
      alternatingPairs(
        RUNS,
        () => worker.evaluate<number>(DEXIE_WRITE),
        () => worker.evaluate<number>(RAW_WRITE),
      ),
  );

  return figure(
    {
      group: 6,
      name: `Storage: write ${records.length.toLocaleString('en-US')} cases (Dexie bulkPut)`,
      unit: 'ms',
      measured: samplesOf(times.measured),
      limit: {
        name: 'raw IndexedDB puts of the same records, one transaction',
        ...samplesOf(times.limit),
      },
      runs: RUNS,
      build: 'test build',
      note: 'in the service worker, same database and object store',
    },
    { paired: true },
  );
}

/** Empties the store, then times Dexie's `bulkPut` of every record. */
const DEXIE_WRITE = `(async () => {
  const cases = caseAssociatorTest.db.cases;
  await cases.clear();
  const started = performance.now();
  await cases.bulkPut(globalThis.benchRecords);
  return performance.now() - started;
})()`;

/** Empties the store, then times one raw readwrite transaction putting every record. */
const RAW_WRITE = `(async () => {
  await caseAssociatorTest.db.cases.clear();
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const transaction = globalThis.benchRaw.transaction('cases', 'readwrite');
    const store = transaction.objectStore('cases');
    for (const record of globalThis.benchRecords) store.put(record);
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
  });
  return performance.now() - started;
})()`;
