/** Paths of the app's application screens and of the API behind them. */

/** The API path of the route's application, with an optional suffix such as `/household`. */
export function applicationApiPath(ctx, suffix = '') {
  return `/qest/api/applications/${encodeURIComponent(ctx.params.applicationId)}${suffix}`;
}

/** The path of one step of an application: `household`, `signature` or `eligibility`. */
export function applicationPath(applicationId, step) {
  return `/qest/app/applications/${encodeURIComponent(applicationId)}/${step}`;
}
