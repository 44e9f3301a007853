import { endOfMinnesotaDay, type IsoDate } from './calendar';
import { toEpoch, type Instant } from './day-or-instant';
import { AUTO_FILING_TARGET_HOURS } from './rules';

const MINUTE_MS = 60_000;
const TARGET_MS = AUTO_FILING_TARGET_HOURS * 60 * MINUTE_MS;

/**
 * The instant by which auto-filing promises to have filed a complete case: 24 hours of elapsed
 * time after capture, or the end of the deadline's Minnesota day when that comes first. Hours are
 * elapsed time, not wall-clock time: across a daylight saving change the target reads an hour
 * later (March) or earlier (November) on the next day's clock than the capture did.
 */
export function autoFilingTarget(capturedAt: Instant, deadline?: IsoDate): number {
  const target = toEpoch(capturedAt, 'capturedAt') + TARGET_MS;
  return deadline === undefined ? target : Math.min(target, endOfMinnesotaDay(deadline));
}

/**
 * The instant a complete case is due to be filed: its capture time plus the navigator's delay,
 * capped at the 24-hour target. With a `deadline`, a delay that would carry the filing past the
 * end of the deadline's Minnesota day is dropped and the case is due at capture: the delay only
 * gives the navigator a chance to look first, which is not worth an unpaid determination.
 *
 * @param delayMinutes the auto-filing delay setting; throws a RangeError when negative or not a
 *   finite number.
 */
export function autoFilingDueAt(
  capturedAt: Instant,
  delayMinutes: number,
  deadline?: IsoDate,
): number {
  if (!Number.isFinite(delayMinutes) || delayMinutes < 0) {
    throw new RangeError('delayMinutes must be zero or a positive number of minutes');
  }

  const captured = toEpoch(capturedAt, 'capturedAt');
  const delayed = Math.min(captured + delayMinutes * MINUTE_MS, captured + TARGET_MS);
  if (deadline !== undefined && delayed > endOfMinnesotaDay(deadline)) return captured;
  return delayed;
}

/** Where a case stands against its auto-filing target. */
export interface AutoFilingProgress {
  capturedAt: Instant;
  /** When the portal confirmed the filing; null while it is not filed. */
  filedAt: Instant | null;
  /** The filing deadline, when known: the target never runs past its Minnesota day. */
  deadline?: IsoDate;
}

/**
 * True when a case missed its auto-filing target: filed after it, or still unfiled at `now` once
 * it has passed. Filing at the target's very millisecond is on time.
 */
export function isAutoFilingLate(progress: AutoFilingProgress, now: Instant): boolean {
  const target = autoFilingTarget(progress.capturedAt, progress.deadline);
  const moment = progress.filedAt === null ? now : progress.filedAt;
  return toEpoch(moment, progress.filedAt === null ? 'now' : 'filedAt') > target;
}
