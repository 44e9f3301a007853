import { markup } from '../html';
import { htmlReply, type PortalReply } from '../reply';
import { metsPage } from './layout';

/**
 * The portal's system pages: maintenance, unexpected error, a form that failed its CSRF check,
 * and a page that does not exist. The headings are what the extension recognises them by.
 */

/** Seconds the maintenance page suggests waiting, sent as `Retry-After`. */
const MAINTENANCE_RETRY_AFTER_SECONDS = '300';

/** `503` maintenance page. */
export function maintenanceReply(): PortalReply {
  const page = metsPage({
    heading: 'The system is currently unavailable',
    body: markup`<div class="info-message" role="status">
<p>The MNsure Assister Portal is unavailable while scheduled maintenance is done.</p>
<p>Try again later. Information you already submitted has been saved.</p>
</div>`,
  });
  return htmlReply(503, page, { 'retry-after': MAINTENANCE_RETRY_AFTER_SECONDS });
}

/** `500` unexpected error page. */
export function serverErrorReply(): PortalReply {
  const page = metsPage({
    heading: 'An unexpected error has occurred',
    body: markup`<p>The request could not be completed. Try again. If the problem continues,
contact the MNsure Assister Resource Center.</p>
<p><a href="/mets/dashboard">Return to the dashboard</a></p>`,
  });
  return htmlReply(500, page);
}

/** `403` page for a form post whose CSRF token is missing, wrong or already used. */
export function verificationFailedReply(navigatorName: string, formPath: string): PortalReply {
  const page = metsPage({
    heading: 'Request could not be verified',
    navigatorName,
    body: markup`<p>The form could not be accepted because it has expired or was already
submitted. Open the form again and resubmit it.</p>
<p><a href="${formPath}">Open the form again</a></p>`,
  });
  return htmlReply(403, page);
}

/** `404` page for a signed-in navigator. */
export function notFoundReply(navigatorName: string | undefined): PortalReply {
  const page = metsPage({
    heading: 'Page not found',
    navigatorName,
    body: markup`<p>The page you asked for does not exist.</p>
<p><a href="/mets/dashboard">Return to the dashboard</a></p>`,
  });
  return htmlReply(404, page);
}
