import { describe, expect, it } from 'vitest';
import { orderCases, searchCases, type ListedCase } from '../../../components/case-order';
import type { CaseRecord, CaseStatus } from '../../../storage/records';

function listed(
  id: string,
  status: CaseStatus,
  deadline: string,
  risks: string[] = [],
  name = ['Ana', 'Example'],
): ListedCase {
  const record = {
    id,
    status,
    deadline,
    updatedAt: Number(id.replace(/\D/g, '')),
    caseNumber: `400123${id.replace(/\D/g, '').padStart(2, '0')}`,
    consumer: { firstName: name[0], lastName: name[1] },
  } as CaseRecord;
  return { record, risks: risks.map((reason) => ({ reason, message: reason })) };
}

describe('popup order and search', () => {
  it('should put cases needing the navigator first, then open cases, then settled ones', () => {
    const cases = [
      listed('c1', 'filed', '2026-12-10'),
      listed('c2', 'queued', '2026-12-20'),
      listed('c3', 'needs-attention', '2026-12-30'),
      listed('c4', 'queued', '2026-12-15'),
      listed('c5', 'queued', '2026-12-25', ['never-active']),
      listed('c6', 'filed', '2026-12-12', ['not-yet-active']),
      listed('c7', 'needs-login', '2026-12-28'),
    ];

    const actual = orderCases(cases).map(({ record }) => record.id);

    expect(actual).toEqual(['c5', 'c7', 'c3', 'c4', 'c2', 'c6', 'c1']);
  });

  it('should find a case by name without accents or case, and by case number', () => {
    const cases = [
      listed('c1', 'queued', '2026-12-10', [], ['Renée', "O'Connell"]),
      listed('c2', 'queued', '2026-12-11', [], ['Hodan', 'Farah']),
    ];

    expect(searchCases(cases, 'renee').map(({ record }) => record.id)).toEqual(['c1']);
    expect(searchCases(cases, '40012302').map(({ record }) => record.id)).toEqual(['c2']);
    expect(searchCases(cases, '  ').map(({ record }) => record.id)).toEqual(['c1', 'c2']);
    expect(searchCases(cases, 'nobody')).toEqual([]);
  });
});
