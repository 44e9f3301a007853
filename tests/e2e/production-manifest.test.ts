import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PORTAL_MATCHES } from '../../portal-adapters/portal-hosts';

/** The production build (`npm run build`), made by the test command before these tests. */
const PRODUCTION_DIR = '.output/chrome-mv3';

describe('the packaged extension', () => {
  it('should ask for the portal hosts as optional permissions only, with no loopback host', async () => {
    const manifest = JSON.parse(await readFile(`${PRODUCTION_DIR}/manifest.json`, 'utf8'));

    const everyHost = JSON.stringify(manifest);

    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(PORTAL_MATCHES);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(everyHost).not.toContain('<all_urls>');
    expect(everyHost).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it('should carry no test hook in its background', async () => {
    const background = await readFile(`${PRODUCTION_DIR}/background.js`, 'utf8');

    expect(background).not.toContain('caseAssociatorTest');
  });
});
