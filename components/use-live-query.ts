import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The result of a live query: loading, the value, or the error that stopped it. */
export type LiveResult<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: Error };

/**
 * Runs a Dexie query and re-runs it whenever the rows it read change, in this page or in the
 * background (Dexie broadcasts changes between the extension's contexts).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ state: 'loading' });

  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ state: 'ready', value }),
      error: (error: unknown) =>
        setResult({
          state: 'failed',
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return result;
}
