// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PopupApp } from '../../../components/popup-app';
import { database } from '../../../storage/db';
import { newCaseRecord } from '../../../storage/new-case';
import type { CaseRecord } from '../../../storage/records';
import { waitFor } from './wait-for';

/** 3 December 2026, 9:00 in Minnesota. */
const NOW = Date.parse('2026-12-03T15:00:00Z');

/** 120 invented consumers, all filed; one, Zoë Quillfeather, is the one searched for. */
function filedCases(): CaseRecord[] {
  return Array.from({ length: 120 }, (_, index) => {
    const record = newCaseRecord(
      {
        source: 'portal',
        profileId: 'mets',
        portalOrigin: 'http://127.0.0.1:4780',
        applicationKey: `A${500000 + index}`,
        assistedDate: '2026-11-20',
        consumer:
          index === 97
            ? { firstName: 'Zoë', lastName: 'Quillfeather' }
            : { firstName: 'Test', lastName: `Person${index}` },
        caseNumber: String(40_100_000 + index),
        program: 'MA',
      },
      NOW - index * 60_000,
    );
    return {
      ...record,
      status: 'filed',
      association: { method: 'ncaf', confirmationNumber: `NCAF-${index}`, at: NOW },
    };
  });
}

describe('popup with more cases than one page', () => {
  const root = document.createElement('div');

  beforeAll(async () => {
    await database().cases.bulkPut(filedCases());
    document.body.append(root);
    await act(() => render(<PopupApp />, root));
  });

  afterAll(async () => {
    render(null, root);
    await database().cases.clear();
  });

  it('should render the first 50 cases and say how many there are', async () => {
    await waitFor(() => root.querySelector('li.case'));

    expect(root.querySelectorAll('li.case')).toHaveLength(50);
    expect(root.querySelector('.popup__count')?.textContent).toBe('Showing 50 of 120 cases');
    expect(root.querySelector('.popup__more button')?.textContent).toBe('Show 50 more');
  });

  it('should show 50 more, then the last 20, when asked', async () => {
    await act(() => button('Show 50 more').click());
    expect(root.querySelectorAll('li.case')).toHaveLength(100);
    expect(button('Show 20 more')).toBeTruthy();

    await act(() => button('Show 20 more').click());
    expect(root.querySelectorAll('li.case')).toHaveLength(120);
    expect(root.querySelector('.popup__more')).toBeNull();
  });

  it('should search every case, not only the rows shown', async () => {
    const search = root.querySelector<HTMLInputElement>('#case-search')!;
    await act(() => {
      search.value = 'zoe quill';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });

    const rows = [...root.querySelectorAll('li.case .case__name')].map((name) => name.textContent);
    expect(rows).toEqual(['Zoë Quillfeather']);
  });

  function button(text: string): HTMLButtonElement {
    const found = [...root.querySelectorAll('button')].find((each) => each.textContent === text);
    if (!found) throw new Error(`no "${text}" button`);
    return found;
  }
});
