import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { FIXTURE_MATCHES, PORTAL_MATCHES } from './portal-adapters/portal-hosts';

/**
 * Production builds run on the real portal hosts only. Development and test builds (`--mode
 * test`) also run on the loopback portal fixture, and only they do.
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
    host_permissions:
      mode === 'production' ? PORTAL_MATCHES : [...PORTAL_MATCHES, ...FIXTURE_MATCHES],
    action: { default_title: 'Case Associator' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'production') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...FIXTURE_MATCHES];
      }
    },
  },
});
