import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Two projects: `unit` (pure rules, adapters on saved pages, storage on fake-indexeddb, the portal
 * fixture over loopback HTTP, and its QEST client app in a plain Chromium) and `e2e` (the built
 * extension in real Chromium). Files that need a
 * DOM opt in with a `// @vitest-environment jsdom` comment so pure rules stay on the fast node
 * environment.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
