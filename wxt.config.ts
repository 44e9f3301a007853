import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { FIXTURE_MATCHES, PORTAL_MATCHES } from './portal-adapters/portal-hosts';

/**
 * The portal hosts are optional host permissions: the navigator grants them from the options
 * page, and the content script is registered at run time for the granted hosts only. Development
 * and test builds (`--mode test`) also hold the loopback portal fixture's hosts, and only they do.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: 'Case Associator',
    description:
      'Captures MNsure navigator cases from the assister portal and files their case ' +
      'association forms on time. Not affiliated with MNsure.',
    permissions: ['alarms', 'notifications', 'tabs', 'scripting', 'unlimitedStorage'],
    host_permissions: mode === 'production' ? [] : FIXTURE_MATCHES,
    optional_host_permissions: PORTAL_MATCHES,
    action: { default_title: 'Case Associator' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  }),
  hooks: {
    // WXT lists a run-time content script's hosts as required; they are optional here.
    'build:manifestGenerated': (_wxt, manifest) => {
      const optional = new Set(manifest.optional_host_permissions ?? []);
      manifest.host_permissions = (manifest.host_permissions ?? []).filter(
        (host: string) => !optional.has(host),
      );
    },
  },
});
