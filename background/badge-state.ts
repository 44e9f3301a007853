import { daysLeft, urgencyOf, worseUrgency, type Urgency } from '../policy/deadline';
import type { IsoDate } from '../policy/calendar';
import { OPEN_STATUSES, type CaseRecord } from '../storage/records';

/** What the action badge shows. */
export interface BadgeState {
  text: string;
  color: string;
  title: string;
}

/** Badge colours by urgency: calm green to a dark red for a missed deadline. */
export const URGENCY_COLORS: Record<Urgency, string> = {
  ok: '#1E7B34',
  soon: '#B45309',
  critical: '#C81E1E',
  'due-today': '#C81E1E',
  missed: '#5B0A0A',
};

const LOGIN_COLOR = '#6D28D9';

/**
 * The badge for a set of cases: how many still need filing, coloured by the nearest deadline,
 * with a title that says it in words. A paused portal session shows a "!" instead.
 */
export function badgeState(
  cases: readonly CaseRecord[],
  today: IsoDate,
  needsLogin: boolean,
): BadgeState {
  const open = cases.filter((record) => OPEN_STATUSES.includes(record.status));
  if (needsLogin) {
    return {
      text: '!',
      color: LOGIN_COLOR,
      title: `Log in to the portal: filing is paused. ${countText(open.length)} need filing.`,
    };
  }
  if (open.length === 0) {
    return { text: '', color: URGENCY_COLORS.ok, title: 'Case Associator: no cases need filing' };
  }

  const nearest = open.map((record) => record.deadline).sort()[0]!;
  const worst = open.reduce<Urgency>(
    (acc, record) => worseUrgency(acc, urgencyOf(record.deadline, today)),
    'ok',
  );
  return {
    text: String(open.length),
    color: URGENCY_COLORS[worst],
    title: `${countText(open.length)} need filing. ${nearestText(daysLeft(nearest, today))}`,
  };
}

function countText(count: number): string {
  return count === 1 ? '1 case' : `${count} cases`;
}

function nearestText(left: number): string {
  if (left < 0) return `A deadline was missed ${-left} day${-left === 1 ? '' : 's'} ago.`;
  if (left === 0) return 'The nearest deadline is today.';
  return `The nearest deadline is in ${left} day${left === 1 ? '' : 's'}.`;
}
