// @vitest-environment jsdom
import Dexie from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup-app';
import { waitFor } from './wait-for';

describe('popup without IndexedDB', () => {
  const original = Dexie.dependencies.indexedDB;
  afterEach(() => {
    Dexie.dependencies.indexedDB = original;
  });

  it('should say the database cannot be opened and show no cases', async () => {
    // As when the browser blocks site data for extensions: IndexedDB is not there at all.
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    const root = document.createElement('div');
    document.body.append(root);

    await act(() => render(<PopupApp />, root));
    const alert = await waitFor(() => root.querySelector('[role="alert"]'));

    expect(alert?.textContent).toContain('The case database cannot be opened');
    expect(alert?.textContent).toContain('Nothing is being captured');
    expect(root.querySelector('li.case')).toBeNull();
  });
});
