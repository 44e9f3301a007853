/** Points of a filing where a test build can hold the filer, to stop the service worker there. */
export type Checkpoint =
  'queued' | 'tab-opened' | 'form-filled' | 'submitting' | 'response-pending';

const held = new Set<Checkpoint>();
let reached: Checkpoint | null = null;
let release: (() => void) | null = null;

/**
 * Marks a point of the filing. In production builds it returns at once; in test builds a held
 * checkpoint waits here until released (or until the service worker is stopped, which is the
 * point of holding it).
 */
export async function checkpoint(point: Checkpoint): Promise<void> {
  if (import.meta.env.MODE !== 'test' || !held.has(point)) return;
  reached = point;
  await new Promise<void>((resolve) => {
    release = resolve;
  });
  reached = null;
}

/** Test builds: hold the filer at a checkpoint the next time it gets there. */
export function holdAt(point: Checkpoint): void {
  held.add(point);
}

/** Test builds: the checkpoint the filer is waiting at, if any. */
export function heldCheckpoint(): Checkpoint | null {
  return reached;
}

/** Test builds: stop holding and let a waiting filer go on. */
export function releaseAll(): void {
  held.clear();
  release?.();
  release = null;
}
