import { attemptsOf } from '../storage/attempts';
import { closeFilingTab } from '../filing/portal-tab';
import type { CaseDatabase } from '../storage/db';
import type { AttemptRecord, AuditEvent } from '../storage/records';
import { heldCheckpoint, holdAt, releaseAll, type Checkpoint } from '../filing/checkpoints';
import { storeCaptureMessage, type CaptureResult } from '../storage/capture-store';
import type { CaptureMessage } from '../messaging/schemas';
import { now, setClockOffset } from './clock';

const CLOCK_KEY = 'testClockOffset';

/** What end-to-end tests can reach in a test build's service worker. */
export interface TestHooks {
  /** Sets the product clock to `Date.now() + ms` (kept across service-worker restarts). */
  setClockOffset(ms: number): Promise<void>;
  /** Runs the filing queue now, as the queue alarm would. */
  wake(): Promise<void>;
  /** Recomputes the badge and raises due notices, as the midnight alarm would. */
  refresh(): Promise<void>;
  holdAt(point: Checkpoint): void;
  heldCheckpoint(): Checkpoint | null;
  releaseAll(): void;
  /** Deletes every case, attempt and audit entry, and the portal session state. */
  clearCases(): Promise<void>;
  /** The attempts of a case, oldest first. */
  attemptsOf(caseId: string): Promise<AttemptRecord[]>;
  /** The audit log entries of one type, oldest first. */
  eventsOfType(type: string): Promise<AuditEvent[]>;
  /**
   * Stores a capture exactly as the `capture` message does (the badge and queue it would then
   * wake are left alone), so the benchmarks can time the product's own write path.
   */
  storeCapture(message: CaptureMessage): Promise<CaptureResult>;
  /**
   * The service worker's own database instance, so the benchmarks can time the storage layer
   * where it runs and put cases in bulk. Tests should go through the other hooks.
   */
  db: CaseDatabase;
}

/**
 * Installs the test hooks on the service worker's global object and restores a moved clock.
 * Called only when `import.meta.env.MODE === 'test'`, so production bundles leave it out.
 */
export async function installTestHooks(
  db: CaseDatabase,
  wake: () => Promise<void>,
  refresh: () => Promise<void>,
): Promise<void> {
  const hooks: TestHooks = {
    setClockOffset: async (ms) => {
      setClockOffset(ms);
      await db.kv.put({ key: CLOCK_KEY, value: ms });
    },
    wake,
    refresh,
    holdAt,
    heldCheckpoint,
    releaseAll,
    clearCases: async () => {
      await closeFilingTab(db);
      await db.transaction(
        'rw',
        [db.cases, db.attempts, db.events, db.kv, db.notices],
        async () => {
          await Promise.all([
            db.cases.clear(),
            db.attempts.clear(),
            db.events.clear(),
            db.notices.clear(),
          ]);
          await db.kv.where('key').noneOf(['settings', CLOCK_KEY]).delete();
        },
      );
    },
    attemptsOf: (caseId) => attemptsOf(db, caseId),
    eventsOfType: (type) => db.events.filter((event) => event.type === type).toArray(),
    storeCapture: (message) => storeCaptureMessage(db, message, now()),
    db,
  };
  (globalThis as { caseAssociatorTest?: TestHooks }).caseAssociatorTest = hooks;

  const stored = (await db.kv.get(CLOCK_KEY))?.value;
  if (typeof stored === 'number') setClockOffset(stored);
}
