import { formatUsDate } from '../../policy/calendar';
import { PROGRAMS } from '../../policy/ncaf-reasons';
import type { CaseRecord } from '../../storage/records';

const COLUMNS = ['Consumer', 'Case', 'Program', 'Deadline', 'Status', 'Confirmation'] as const;

/** Prints the cases as an aligned text table. */
export function printCaseTable(cases: readonly CaseRecord[]): void {
  const rows = [...cases]
    .sort((a, b) => (a.caseNumber ?? '').localeCompare(b.caseNumber ?? ''))
    .map((record) => [
      `${record.consumer.firstName ?? ''} ${record.consumer.lastName ?? ''}`.trim(),
      record.caseNumber ?? '-',
      record.program ? PROGRAMS[record.program] : '-',
      formatUsDate(record.deadline),
      statusLabel(record),
      record.association?.confirmationNumber ?? '-',
    ]);
  const widths = COLUMNS.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');

  console.log(`\n${line(COLUMNS)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  console.log('');
}

function statusLabel(record: CaseRecord): string {
  if (record.status === 'already-associated' && record.association?.method === 'signature-page') {
    return 'already associated (signature page)';
  }
  return record.status;
}
