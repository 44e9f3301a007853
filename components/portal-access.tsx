import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PORTAL_MATCHES } from '../portal-adapters/portal-hosts';

/**
 * The portal hosts the extension may run on. They are optional permissions: nothing runs on the
 * portal until the navigator allows it here, and only on the hosts listed.
 */
export function PortalAccess() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');

  const check = () =>
    void browser.permissions.contains({ origins: PORTAL_MATCHES }).then(setGranted);
  useEffect(check, []);

  const allow = async () => {
    const isAllowed = await browser.permissions.request({ origins: PORTAL_MATCHES });
    setStatus(isAllowed ? 'Access allowed.' : 'Access was not allowed.');
    check();
  };

  return (
    <section class="portal-access" aria-labelledby="portal-access-heading">
      <h2 id="portal-access-heading">Portal access</h2>
      <p>
        Case Associator runs only on the MNsure portal ({PORTAL_MATCHES.join(', ')}), and only after
        you allow it.
      </p>
      {granted ? (
        <p>Allowed.</p>
      ) : (
        <button type="button" onClick={() => void allow()}>
          Allow access to the MNsure portal
        </button>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
