import { PORTAL_MATCHES } from '../portal-adapters/portal-hosts';
import { startPortalSession } from '../portal-adapters/portal-session';

export default defineContentScript({
  // Registered at run time for the hosts the navigator granted (background/content-scripts.ts).
  registration: 'runtime',
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  // QEST shows the NCAF inside an iframe of the same portal.
  allFrames: true,
  main(ctx) {
    void startPortalSession(ctx);
  },
});
