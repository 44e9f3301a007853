import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Portal hosts the extension may run on. The production build lists only the real portal hosts;
 * development and test builds add the loopback portal fixture.
 */
const PORTAL_HOSTS = ['https://*.mnsure.org/*'];
const FIXTURE_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => {
    const hosts = mode === 'production' ? PORTAL_HOSTS : [...PORTAL_HOSTS, ...FIXTURE_HOSTS];
    return {
      name: 'Case Associator',
      description:
        'Captures MNsure navigator cases from the assister portal and files their case ' +
        'association forms on time. Not affiliated with MNsure.',
      permissions: ['storage', 'alarms', 'notifications', 'tabs', 'scripting', 'unlimitedStorage'],
      host_permissions: hosts,
      action: { default_title: 'Case Associator' },
    };
  },
});
