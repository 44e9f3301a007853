import { markup, type SafeHtml } from '../html';
import type { Consumer } from '../records';
import { columnHeaders } from './fields';

/**
 * An "Application history" table for the household page, as long as asked: a stand-in for the
 * portal's heaviest pages, so the cost the extension's content script adds to a page load can be
 * measured on a page of realistic weight. It sits after the form, outside it, so the page saves
 * exactly as before. Each row is five elements (a `<tr>` and four cells).
 */

const ELEMENTS_PER_ROW = 5;

const CHANGES = [
  'Address updated',
  'Income verified',
  'Household member added',
  'Notice mailed',
  'Document received',
  'Coverage period reviewed',
] as const;

/** The history table with about `elements` elements, or nothing when `elements` is 0. */
export function householdHistory(consumer: Consumer, elements: number): SafeHtml {
  if (elements <= 0) {
    return markup``;
  }

  const rows = Array.from({ length: Math.ceil(elements / ELEMENTS_PER_ROW) }, (_, index) =>
    historyRow(consumer, index),
  );
  return markup`
<div class="cluster">
<h2 class="cluster-title">Application history</h2>
<table class="list-table" id="household_history">
<thead>
${columnHeaders(['Date', 'Change', 'Household member', 'Worker'])}
</thead>
<tbody>
${rows}</tbody>
</table>
</div>`;
}

function historyRow(consumer: Consumer, index: number): SafeHtml {
  const month = String((index % 12) + 1).padStart(2, '0');
  const day = String((index % 28) + 1).padStart(2, '0');
  const year = 2026 - Math.floor(index / 336);
  return markup`<tr><td>${month}/${day}/${year}</td><td>${CHANGES[index % CHANGES.length]}</td>
<td>${consumer.firstName} ${consumer.lastName}</td><td>W${String(4100 + (index % 90))}</td></tr>
`;
}
