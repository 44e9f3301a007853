import type { Worker } from 'playwright-core';
import type { CaseRecord } from '../../storage/records';

/**
 * Reads every stored case through the extension's service worker. Written as source text so the
 * script runs as is in the worker, whatever the Node-side compiler adds to functions.
 */
export async function readStoredCases(worker: Worker): Promise<CaseRecord[]> {
  return worker.evaluate(`new Promise((resolve, reject) => {
    const request = indexedDB.open('case-associator');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const read = request.result.transaction('cases').objectStore('cases').getAll();
      read.onsuccess = () => resolve(read.result);
      read.onerror = () => reject(read.error);
    };
  })`);
}
