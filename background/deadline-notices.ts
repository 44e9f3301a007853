import { browser } from 'wxt/browser';
import { alertToRaise, type AlertThreshold } from '../policy/alert-thresholds';
import { formatUsDate, minnesotaDate } from '../policy/calendar';
import type { CaseDatabase } from '../storage/db';
import { OPEN_STATUSES, type CaseRecord } from '../storage/records';
import { loadSettings } from '../storage/settings';

/** Notification ids of deadline notices start with this, then the case id. */
export const DEADLINE_NOTICE_PREFIX = 'deadline:';

/**
 * Raises the deadline notices due now: for each case still to be filed, the most urgent threshold
 * it has crossed (7, 3 and 1 days by default, due today, missed), once. What was raised is written
 * to the database first, so a restarted service worker never raises it again.
 */
export async function raiseDeadlineNotices(db: CaseDatabase, now: number): Promise<number> {
  const settings = await loadSettings(db);
  const today = minnesotaDate(now);
  const open = await db.cases.where('status').anyOf(OPEN_STATUSES).toArray();
  let raised = 0;

  for (const record of open) {
    const earlier = await db.notices.where('caseId').equals(record.id).toArray();
    const already = earlier.map((notice) => notice.threshold as AlertThreshold);
    const decision = alertToRaise(record.deadline, today, already, settings.alertThresholdDays);
    const fresh = decision.crossed.filter((threshold) => !already.includes(threshold));
    if (fresh.length === 0) continue;

    await db.notices.bulkPut(
      fresh.map((threshold) => ({
        id: `${record.id}:${threshold}`,
        caseId: record.id,
        threshold,
        raisedAt: now,
      })),
    );
    if (decision.raise) {
      await db.events.add({
        at: now,
        caseId: record.id,
        type: 'notice-raised',
        detail: decision.raise,
      });
      await showNotice(record, decision.raise);
      raised += 1;
    }
  }
  return raised;
}

async function showNotice(record: CaseRecord, threshold: AlertThreshold): Promise<void> {
  await browser.notifications.create(`${DEADLINE_NOTICE_PREFIX}${record.id}:${threshold}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: noticeTitle(threshold),
    // Case number and deadline only: a notification can show on a shared screen.
    message: `Case ${record.caseNumber ?? '(no case number yet)'}: NCAF deadline ${formatUsDate(
      record.deadline,
    )}. Open Case Associator to file it.`,
    priority: threshold === 'missed' || threshold === 'due-today' ? 2 : 1,
  });
}

function noticeTitle(threshold: AlertThreshold): string {
  if (threshold === 'missed') return 'NCAF deadline missed';
  if (threshold === 'due-today') return 'NCAF due today';
  const days = Number(threshold.slice('days-'.length));
  return days === 1 ? 'NCAF due tomorrow' : `NCAF due within ${days} days`;
}

/** Opens the case a deadline notice is about, in the extension's case view. */
export async function openNoticedCase(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(DEADLINE_NOTICE_PREFIX)) return;
  const caseId = notificationId.slice(DEADLINE_NOTICE_PREFIX.length).split(':')[0] ?? '';
  await browser.tabs.create({
    url: browser.runtime.getURL(`/popup.html?case=${encodeURIComponent(caseId)}`),
  });
  await browser.notifications.clear(notificationId);
}
