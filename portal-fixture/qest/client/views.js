import { associationsView } from './view-associations.js';
import { dashboardView } from './view-dashboard.js';
import { eligibilityView } from './view-eligibility.js';
import { householdView } from './view-household.js';
import { loginView } from './view-login.js';
import { ncafHostView } from './view-ncaf-host.js';
import { notFoundView } from './view-not-found.js';
import { signatureView } from './view-signature.js';

/**
 * The route table. A view is `{ heading, delayMs, isPublic?, load?(ctx), render(data, ctx) }`:
 * the heading shows at once, `render` after `load` resolved and `delayMs` passed.
 */
const ROUTES = [
  [/^\/qest\/app\/login$/, loginView],
  [/^\/qest\/app\/dashboard$/, dashboardView],
  [/^\/qest\/app\/applications\/([^/]+)\/household$/, householdView],
  [/^\/qest\/app\/applications\/([^/]+)\/signature$/, signatureView],
  [/^\/qest\/app\/applications\/([^/]+)\/eligibility$/, eligibilityView],
  [/^\/qest\/app\/associations$/, associationsView],
  [/^\/qest\/app\/ncaf$/, ncafHostView],
];

/** The view for a path and its parameters (`applicationId`); the not-found view otherwise. */
export function viewFor(path) {
  for (const [pattern, view] of ROUTES) {
    const match = pattern.exec(path);
    if (match) {
      return { view, params: { applicationId: match[1] ? decodeURIComponent(match[1]) : '' } };
    }
  }
  return { view: notFoundView, params: {} };
}
