import { browser } from 'wxt/browser';
import { minnesotaDate } from '../policy/calendar';
import { isPortalSessionPaused } from '../filing/portal-session-state';
import type { CaseDatabase } from '../storage/db';
import { OPEN_STATUSES } from '../storage/records';
import { badgeState } from './badge-state';

/** Recomputes the action badge from the database. */
export async function refreshBadge(db: CaseDatabase, now: number): Promise<void> {
  const open = await db.cases.where('status').anyOf(OPEN_STATUSES).toArray();
  const state = badgeState(open, minnesotaDate(now), await isPortalSessionPaused(db));

  await browser.action.setBadgeText({ text: state.text });
  await browser.action.setBadgeBackgroundColor({ color: state.color });
  await browser.action.setTitle({ title: state.title });
}
