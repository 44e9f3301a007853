import { browser } from 'wxt/browser';
import { logger } from '../logging/logger';
import { profileById } from '../storage/profiles';
import type { CaseDatabase } from '../storage/db';
import type { CaseRecord } from '../storage/records';
import { loadSettings } from '../storage/settings';
import { unfinishedAttempts } from '../storage/attempts';
import { checkpoint } from './checkpoints';
import { fileCase } from './file-case';
import { closeFilingTab, type FilingTab } from './portal-tab';
import { MIN_ALARM_DELAY_MS } from './retry-schedule';
import { isPortalSessionPaused, pausePortalSession, signedInSince } from './portal-session-state';

const log = logger('queue');

/** The alarm that wakes the queue when the next case is due. */
export const QUEUE_ALARM = 'filing-queue';

const DUE_STATUSES = ['queued', 'retry-wait'] as const;

let running: Promise<void> | null = null;
let isRunRequested = false;

/**
 * Files every case that is due, one at a time, most urgent deadline first, then sets the alarm
 * for the next one. Calls while a run is going join that run (which then looks for due cases once
 * more), so a double click files once and no wake is lost.
 */
export function runQueue(db: CaseDatabase, clock: QueueClock, events: QueueEvents): Promise<void> {
  // A wake while a run is finishing must not be lost: the run goes round once more.
  isRunRequested = true;
  running ??= (async () => {
    while (isRunRequested) {
      isRunRequested = false;
      await drain(db, clock, events);
    }
  })().finally(() => {
    running = null;
  });
  return running;
}

/** What the queue tells the rest of the background. */
export interface QueueEvents {
  /** A case changed: refresh the badge. */
  changed: () => void;
  /** Filing has just paused for a portal login. */
  loginNeeded: () => void;
}

/** The product's clock, and the conversion to the system time alarms run on. */
export interface QueueClock {
  now: () => number;
  toSystemTime: (productMs: number) => number;
}

async function drain(db: CaseDatabase, clock: QueueClock, events: QueueEvents): Promise<void> {
  const { now } = clock;
  await recoverInterrupted(db, now());
  let tab: FilingTab | null = null;

  for (;;) {
    if (await isPortalSessionPaused(db)) break;
    const next = await nextDueCase(db, now());
    if (!next) break;

    const profile = await profileById(db, next.profileId);
    if (!profile) {
      await db.cases.update(next.id, {
        status: 'needs-attention',
        portalMessages: ['Unknown portal profile'],
      });
      continue;
    }
    await checkpoint('queued');
    const settings = await loadSettings(db);
    const filing = await fileCase({ db, settings, profile, now, tab }, next);
    tab = filing.tab;
    log.debug(`case ${next.id}: ${filing.result.outcome}`);
    if (filing.result.caseChanges.status === 'needs-login') {
      if (signedInSince(filing.startedAt)) {
        // The navigator logged in while this attempt ran: no pause, try again now.
        await db.cases.update(next.id, { status: 'retry-wait', dueAt: now(), updatedAt: now() });
      } else if (await pausePortalSession(db, now())) {
        events.loginNeeded();
      }
    }
    events.changed();
  }

  if (tab) await closeFilingTab(db);
  await scheduleNextRun(db, clock);
}

async function nextDueCase(db: CaseDatabase, now: number): Promise<CaseRecord | undefined> {
  const due = await db.cases
    .where('status')
    .anyOf(DUE_STATUSES)
    .filter((record) => record.dueAt !== null && record.dueAt <= now)
    .toArray();
  return due.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.capturedAt - b.capturedAt)[0];
}

/**
 * Attempts a stopped service worker left open. One stopped before the submit click changed
 * nothing in the portal and is simply retried; one stopped at or after the click is marked
 * unknown, so the next try looks the case up in the portal first.
 */
async function recoverInterrupted(db: CaseDatabase, now: number): Promise<void> {
  const open = await unfinishedAttempts(db);
  if (open.length === 0) return;

  await db.transaction('rw', db.cases, db.attempts, async () => {
    for (const attempt of open) {
      const maySubmitted = attempt.step === 'submitting' || attempt.step === 'reconciling';
      await db.attempts.update(attempt.id!, {
        outcome: maySubmitted ? 'unknown' : 'retryable',
        message: 'Interrupted: the browser stopped the extension mid-filing',
        step: 'done',
        finishedAt: now,
      });
      await db.cases.update(attempt.caseId, { status: 'retry-wait', dueAt: now, updatedAt: now });
    }
  });
  log.warn(`recovered ${open.length} interrupted filing attempt(s)`);
}

/**
 * Sets the queue alarm for the next due case, or clears it when nothing waits. An alarm that
 * already fires at or before that time is kept: resetting it at every wake could postpone it for
 * ever while the service worker keeps waking.
 */
export async function scheduleNextRun(db: CaseDatabase, clock: QueueClock): Promise<void> {
  const waiting = await db.cases.where('status').anyOf(DUE_STATUSES).toArray();
  const times = waiting.map((record) => record.dueAt).filter((at): at is number => at !== null);
  if (times.length === 0 || (await isPortalSessionPaused(db))) {
    await browser.alarms.clear(QUEUE_ALARM);
    return;
  }

  const systemNow = clock.toSystemTime(clock.now());
  const when = Math.max(clock.toSystemTime(Math.min(...times)), systemNow + MIN_ALARM_DELAY_MS);
  const existing = await browser.alarms.get(QUEUE_ALARM);
  if (existing && existing.scheduledTime <= when && existing.scheduledTime > systemNow - 60_000) {
    return;
  }
  await browser.alarms.create(QUEUE_ALARM, { when });
}
