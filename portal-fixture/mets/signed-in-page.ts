import { signedInSession, type PortalContext } from '../generation';
import type { SafeHtml } from '../html';
import type { Application } from '../records';
import { htmlReply, type PortalReply } from '../reply';
import { metsPage } from './layout';
import { notFoundReply } from './system-pages';

/** A page for the signed-in navigator, with the banner's user menu and the section navigation. */
export function signedInPageReply(
  context: PortalContext,
  heading: string,
  body: SafeHtml,
  status = 200,
): PortalReply {
  const navigatorName = signedInSession(context).navigator.displayName;
  return htmlReply(status, metsPage({ heading, body, navigatorName }));
}

/**
 * Runs `show` with the application named by the `:applicationId` path parameter, or answers 404
 * when there is no such application.
 */
export function withApplication(
  context: PortalContext,
  show: (application: Application) => PortalReply,
): PortalReply {
  const application = context.state.store.applicationById(context.params.applicationId ?? '');
  return application
    ? show(application)
    : notFoundReply(signedInSession(context).navigator.displayName);
}

/** Path of one page of an application's wizard. */
export function applicationPath(
  applicationId: string,
  page: 'household' | 'signature' | 'eligibility',
): string {
  return `/mets/application/${encodeURIComponent(applicationId)}/${page}`;
}
