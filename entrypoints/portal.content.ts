import { PORTAL_MATCHES } from '../portal-adapters/portal-hosts';
import { startPortalSession } from '../portal-adapters/portal-session';

export default defineContentScript({
  // Development and test builds add the fixture hosts in wxt.config.ts.
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startPortalSession(ctx);
  },
});
