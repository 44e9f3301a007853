import type { ExtensionBrowser } from '../lib/extension-browser';
import { figure, samplesOf, type Figure } from './figure';
import { heapUsedMb, serviceWorkerProtocol } from './heap-usage';
import type { PopupOpening } from './popup-load';

/** Readings of the service worker's heap each time it is read (each after a collection). */
export const HEAP_READINGS = 3;

/** The service worker's JavaScript heap in use, in MB, read `HEAP_READINGS` times. */
export async function serviceWorkerHeapMb(browser: ExtensionBrowser): Promise<number[]> {
  const worker = await serviceWorkerProtocol(browser);
  try {
    const readings: number[] = [];
    for (let reading = 0; reading < HEAP_READINGS; reading += 1) {
      readings.push(await heapUsedMb(worker));
    }
    return readings;
  } finally {
    await worker.detach();
  }
}

/**
 * Figure 7: the JavaScript heap (after a forced garbage collection) of the service worker after a
 * queue drain with a year of cases stored, against the same worker just started; and of the popup
 * showing those cases, against the popup with none.
 */
export function memoryFigures(heaps: {
  workerFresh: number[];
  workerAfter: number[];
  popupFull: readonly PopupOpening[];
  popupEmpty: readonly PopupOpening[];
}): Figure[] {
  const cases = heaps.popupFull[0]?.cases.toLocaleString('en-US') ?? '0';
  return [
    figure({
      group: 7,
      name: `Memory: service worker JS heap, ${cases} cases stored, after a queue drain`,
      unit: 'MB',
      measured: samplesOf(heaps.workerAfter),
      limit: { name: 'the same worker just started, no cases', ...samplesOf(heaps.workerFresh) },
      runs: heaps.workerAfter.length,
      build: 'test build',
      note:
        'measured in the worker that ran the first 200-case drain and the filing rounds, once ' +
        'the cases were put in; Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage',
    }),
    figure({
      group: 7,
      name: `Memory: popup JS heap with ${cases} cases`,
      unit: 'MB',
      measured: samplesOf(heaps.popupFull.map((opening) => opening.heapMb)),
      limit: {
        name: 'the same popup with no cases',
        ...samplesOf(heaps.popupEmpty.map((opening) => opening.heapMb)),
      },
      runs: heaps.popupFull.length,
      build: 'test build',
      note: 'read once the list is rendered, after a forced collection',
    }),
  ];
}
