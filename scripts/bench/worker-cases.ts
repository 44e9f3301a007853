import type { Worker } from 'playwright-core';
import type { CaseRecord } from '../../storage/records';

/**
 * Bench-only access to the cases in the test build's service worker, through its test hooks
 * (`caseAssociatorTest`). Scripts are sent as source text so they run as written, whatever the
 * Node-side compiler would add to a function.
 */

/** Records per evaluation: keeps each script a few megabytes at most. */
const BATCH = 2_000;

/** Writes the records into the extension's database with Dexie `bulkPut`, in batches. */
export async function putCases(worker: Worker, records: readonly CaseRecord[]): Promise<void> {
  for (let start = 0; start < records.length; start += BATCH) {
    // A JSON string parsed in the worker: far quicker to send and parse than an object literal.
    const batch = JSON.stringify(JSON.stringify(records.slice(start, start + BATCH)));
    await worker.evaluate(
      `caseAssociatorTest.db.cases.bulkPut(JSON.parse(${batch})).then(() => undefined)`,
    );
  }
}

/** Deletes every case, attempt and audit entry, and closes the filing tab. */
export async function clearCases(worker: Worker): Promise<void> {
  await worker.evaluate('caseAssociatorTest.clearCases()');
}

/** Runs the filing queue, as its alarm would; resolves when the queue has drained. */
export async function wakeQueue(worker: Worker): Promise<void> {
  await worker.evaluate('caseAssociatorTest.wake()');
}

/** How many stored cases have each status. */
export async function statusCounts(worker: Worker): Promise<Record<string, number>> {
  return worker.evaluate(`caseAssociatorTest.db.cases.toArray().then((cases) => {
    const counts = {};
    for (const record of cases) counts[record.status] = (counts[record.status] ?? 0) + 1;
    return counts;
  })`);
}

/**
 * Finished filing attempts that did not end in a filing, each as `outcome: message`: a retry, a
 * refusal or a lost answer the extension had to recover from. The figures list them beside the
 * times. An attempt still in progress is left out.
 */
export async function unfiledAttempts(worker: Worker): Promise<string[]> {
  return worker.evaluate(`caseAssociatorTest.db.attempts.toArray().then((attempts) => attempts
    .filter((attempt) => attempt.outcome !== 'filed' && attempt.outcome !== 'pending')
    .map((attempt) => attempt.outcome + ': ' + (attempt.message ?? '')))`);
}

/**
 * Runs `measure` with a raw connection to the extension's database open in the worker as
 * `globalThis.benchRaw` (opened before any timing, as Dexie's is, so neither side pays for
 * opening); then closes it and runs `forget`, the script that drops the figure's own globals.
 */
export async function withRawDatabase<T>(
  worker: Worker,
  forget: string,
  measure: () => Promise<T>,
): Promise<T> {
  await worker.evaluate(OPEN_RAW_DATABASE);
  try {
    return await measure();
  } finally {
    await worker.evaluate(`globalThis.benchRaw?.close();
      delete globalThis.benchRaw;
      ${forget}`);
  }
}

const OPEN_RAW_DATABASE = `new Promise((resolve, reject) => {
  const request = indexedDB.open('case-associator');
  request.onsuccess = () => {
    globalThis.benchRaw = request.result;
    resolve(undefined);
  };
  request.onerror = () => reject(request.error);
})`;
