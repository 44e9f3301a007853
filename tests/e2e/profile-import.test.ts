import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metsProfile } from '../../portal-adapters/mets-profile';
import { ExtensionSession, MARISOL } from './support/extension-session';

describe('portal profiles imported in the options page', () => {
  const session = new ExtensionSession();

  beforeAll(async () => {
    await session.start();
    await session.reset();
  });
  afterAll(() => session.stop());

  const importFile = async (name: string, contents: string) => {
    const path = join(tmpdir(), name);
    await writeFile(path, contents);
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    await options.getByLabel('Import a profile file (JSON)').setInputFiles(path);
    await options.locator('.profiles [role="status"]:not(:empty)').waitFor();
    return options;
  };

  it('should refuse an invalid profile, naming the field, and keep the one in force', async () => {
    const broken = { ...metsProfile, caseNumberPattern: '^(\\d{8}$' };

    const options = await importFile('broken-profile.json', JSON.stringify(broken));

    expect(await options.locator('.profiles__errors').textContent()).toContain(
      'caseNumberPattern: is not a valid regular expression',
    );
    expect(await options.locator('[data-profile-id="mets"]').textContent()).toContain('version 1');
    await options.close();
  });

  it('should use an imported profile on the next capture, without a rebuild', async () => {
    // The portal "moved" the first name: the edited profile finds it by another field's label.
    const edited = structuredClone(metsProfile);
    edited.version = 2;
    edited.fields.household.firstName = { kind: 'input', selector: '#moved', label: 'Last name' };

    const options = await importFile('edited-profile.json', JSON.stringify(edited));
    await session.work(MARISOL);
    const record = await session.waitForStatus(MARISOL.caseNumber, 'needs-attention');

    expect(await options.locator('[data-profile-id="mets"]').textContent()).toContain('version 2');
    expect(record?.consumer.firstName).toBe('Vega');
    expect(record?.portalMessages.join(' ')).toContain('name does not match');
    await options.close();
  });
});
