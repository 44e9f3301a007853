import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExtensionSession, MAI } from './support/extension-session';

describe('a case added by hand', () => {
  const session = new ExtensionSession();

  beforeAll(async () => {
    await session.start();
    await session.reset();
  });
  afterAll(() => session.stop());

  it('should refuse bad fields by name, then file a valid paper application', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
    const form = options.locator('form.manual');

    await form.getByLabel('Case number').fill('12');
    await form.getByLabel('Consumer first name').fill('Mai');
    await form.getByLabel('Consumer last name').fill('Vang');
    await form.getByLabel('Consumer date of birth').fill('2001-07-22');
    await form.getByLabel('Date assisted').fill('2099-01-01');
    await form.getByRole('button', { name: 'Add case' }).click();
    const caseError = form.locator('#manual-caseNumber-error');
    await caseError.waitFor();
    const firstErrors = {
      caseNumber: await caseError.textContent(),
      assistedDate: await form.locator('#manual-assistedDate-error').textContent(),
      program: await form.locator('#manual-program-error').textContent(),
    };
    await form.getByLabel('Case number').fill(MAI.caseNumber);
    await form.getByLabel('Date assisted').fill('2026-11-20');
    await form.getByLabel('Program').selectOption('MA');
    await form.getByRole('button', { name: 'Add case' }).click();
    const record = await session.waitForStatus(MAI.caseNumber, 'filed');

    expect(firstErrors).toEqual({
      caseNumber: 'Case number does not match the METS assister portal format',
      assistedDate: 'Date assisted cannot be in the future',
      program: 'Choose the program',
    });
    expect(record?.source).toBe('manual');
    expect(record?.deadline).toBe('2026-12-20');
    expect(record?.reason).toBe('paper-application');
    expect(session.portal.associationCount(MAI.caseNumber)).toBe(1);
    await options.close();
  });
});
