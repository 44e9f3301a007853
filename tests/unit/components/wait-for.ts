import { act } from 'preact/test-utils';

/**
 * Polls `find` until it returns something or the time is up, flushing preact's pending effects
 * and renders between tries (act() runs what preact would otherwise run after a paint).
 */
export async function waitFor<T>(find: () => T | null, timeoutMs = 3_000): Promise<T | null> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = find();
    if (found) return found;
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  return find();
}
