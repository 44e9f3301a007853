// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CaseRow } from '../../../components/case-row';
import type { CaseRecord } from '../../../storage/records';

const HTML_NAME = '<img src=x onerror="window.injected=1">';

const RECORD: CaseRecord = {
  id: 'case-1',
  source: 'portal',
  profileId: 'mets',
  portalOrigin: 'http://127.0.0.1:4780',
  applicationKey: 'A100299',
  consumer: { firstName: HTML_NAME, lastName: 'Nguyễn' },
  caseNumber: '40012399',
  program: 'MA',
  assistedDate: '2026-12-01',
  deadline: '2026-12-31',
  reason: 'online-application-unassociated',
  association: null,
  status: 'needs-attention',
  missingFields: [],
  problems: [],
  dueAt: null,
  portalMessages: ['<b>Consumer first name</b> contains characters that are not allowed.'],
  capturedAt: 1,
  updatedAt: 1,
};

describe('case row', () => {
  it('should render portal and consumer text as text, never as markup', () => {
    const root = document.createElement('ul');

    render(<CaseRow record={RECORD} today="2026-12-03" busy={false} onFileNow={() => {}} />, root);

    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('.case__name')?.textContent).toBe(`${HTML_NAME} Nguyễn`);
    expect(root.querySelector('.case__status-text')?.textContent).toContain(
      '<b>Consumer first name</b>',
    );
    expect(root.querySelector('.case__deadline')?.textContent).toBe('28 days left');
  });

  it('should name the fields a page did not show, in words', () => {
    const root = document.createElement('ul');
    const record: CaseRecord = {
      ...RECORD,
      status: 'incomplete',
      missingFields: ['county', 'preferredLanguage'],
      portalMessages: [],
    };

    render(<CaseRow record={record} today="2026-12-03" busy={false} onFileNow={() => {}} />, root);

    expect(root.querySelector('.case__status-text')?.textContent).toBe(
      'Incomplete: missing county, preferred language',
    );
    expect(root.querySelector('button.case__file')).toBeNull();
  });
});
