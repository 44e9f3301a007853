import type { Worker } from 'playwright-core';
import { extraApplications } from '../../portal-fixture/extra-consumers';
import type { CaptureMessage } from '../../messaging/schemas';
import { figure, samplesOf, type Figure } from './figure';
import { alternatingPairs } from './stats';
import { withRawDatabase } from './worker-cases';

/** Household captures stored per run: one navigator's busy month and more. */
const CAPTURES = 1_000;

/** Timed runs of each kind; the order alternates between runs so drift hits both alike. */
const RUNS = 3;

/**
 * Figure 6, second row: the product's own write path. Each capture goes through `storeCapture`
 * (validation of every field, the look-up of the case by application, the merge, the readiness
 * rules, then the case and its "captured" audit entry written in one transaction), one after
 * another as a navigator's pages arrive. Limit: the same case and audit records written with raw
 * IndexedDB, one transaction per capture doing the same look-up, put and add, so the ratio is
 * what the storage layer (Dexie, validation, rules) adds to the database's own work.
 */
export async function measureCaptureWrites(worker: Worker, portalOrigin: string): Promise<Figure> {
  const messages = householdCaptures(portalOrigin);
  await worker.evaluate(
    `globalThis.benchCaptures = JSON.parse(${JSON.stringify(JSON.stringify(messages))})`,
  );
  // The raw writes replay what the product stored: the first pair starts with the product.
  const times = await withRawDatabase(
    worker,
    'delete globalThis.benchCaptures; delete globalThis.benchStored; caseAssociatorTest.clearCases()',
    () =>
      alternatingPairs(
        RUNS,
        () => worker.evaluate<number>(PRODUCT_WRITE),
        () => worker.evaluate<number>(RAW_WRITE),
      ),
  );

  const perCapture = (totals: number[]) => totals.map((ms) => ms / CAPTURES);
  return figure(
    {
      group: 6,
      name: `Storage: ${CAPTURES.toLocaleString('en-US')} captures stored one by one, per capture`,
      unit: 'ms',
      measured: samplesOf(perCapture(times.measured)),
      limit: {
        name: 'raw IndexedDB: per capture one transaction, same look-up, put and audit entry',
        ...samplesOf(perCapture(times.limit)),
      },
      runs: RUNS,
      build: 'test build',
      note: 'storeCapture, the path every captured page takes, in the service worker',
    },
    { paired: true },
  );
}

/** A household-page capture of each generated consumer, as the METS adapter sends it. */
function householdCaptures(portalOrigin: string): CaptureMessage[] {
  return extraApplications(CAPTURES).map(({ consumer }, index) => ({
    instanceId: `bench-${String(index).padStart(6, '0')}`,
    origin: portalOrigin,
    profileId: 'mets',
    applicationKey: consumer.applicationId,
    page: 'household',
    values: {
      firstName: consumer.firstName,
      lastName: consumer.lastName,
      dateOfBirth: consumer.dateOfBirth,
      county: consumer.county,
      preferredLanguage: consumer.preferredLanguage,
    },
    missing: [],
    ambiguous: [],
  }));
}

/**
 * Empties the cases and the audit log, then times every capture through the product's
 * `storeCapture`; afterwards keeps what it stored for the raw replay. A capture the product
 * refuses fails the run: the figure is only worth something if every capture was stored.
 */
const PRODUCT_WRITE = `(async () => {
  await caseAssociatorTest.clearCases();
  const started = performance.now();
  for (const message of globalThis.benchCaptures) {
    const result = await caseAssociatorTest.storeCapture(message);
    if (!result.caseId || result.problems.length > 0) {
      throw new Error('a capture was refused: ' + JSON.stringify(result.problems));
    }
  }
  const ms = performance.now() - started;
  const db = caseAssociatorTest.db;
  const cases = await db.cases.toArray();
  const events = await db.events.toArray();
  if (cases.length !== globalThis.benchCaptures.length) {
    throw new Error(cases.length + ' cases stored, not ' + globalThis.benchCaptures.length);
  }
  const eventOf = new Map(events.map(({ id, ...event }) => [event.caseId, event]));
  globalThis.benchStored = cases.map((record) => ({ record, event: eventOf.get(record.id) }));
  return ms;
})()`;

/**
 * Empties the cases and the audit log, then writes the stored cases again with raw IndexedDB,
 * one readwrite transaction per capture: the look-up by application, the put, the audit entry.
 */
const RAW_WRITE = `(async () => {
  await caseAssociatorTest.clearCases();
  const db = globalThis.benchRaw;
  const started = performance.now();
  for (const { record, event } of globalThis.benchStored) {
    await new Promise((resolve, reject) => {
      const transaction = db.transaction(['cases', 'events'], 'readwrite');
      const cases = transaction.objectStore('cases');
      const lookup = cases.index('[profileId+applicationKey]').get([record.profileId, record.applicationKey]);
      lookup.onsuccess = () => {
        cases.put(record);
        transaction.objectStore('events').add(event);
      };
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
  }
  return performance.now() - started;
})()`;
