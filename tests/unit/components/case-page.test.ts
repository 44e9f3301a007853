import { describe, expect, it } from 'vitest';
import { pageOfCases } from '../../../components/case-page';

const ordered = Array.from({ length: 120 }, (_, index) => ({ record: { id: `case-${index}` } }));
const ids = (rows: readonly { record: { id: string } }[]) => rows.map(({ record }) => record.id);

describe('popup page of cases', () => {
  it('should show the first rows in order and count the rest as hidden', () => {
    const page = pageOfCases(ordered, 50);

    expect(ids(page.rows)).toEqual(ids(ordered.slice(0, 50)));
    expect(page.hidden).toBe(70);
  });

  it('should show every case and hide none when the limit is past the end', () => {
    const page = pageOfCases(ordered, 150);

    expect(page.rows).toHaveLength(120);
    expect(page.hidden).toBe(0);
  });

  it('should put the case a notification opened first when it lies beyond the limit', () => {
    const page = pageOfCases(ordered, 50, 'case-99');

    expect(ids(page.rows).slice(0, 2)).toEqual(['case-99', 'case-0']);
    expect(page.rows).toHaveLength(51);
    expect(page.hidden).toBe(69);
  });

  it('should leave the order alone when the opened case is already shown', () => {
    const page = pageOfCases(ordered, 50, 'case-7');

    expect(ids(page.rows)).toEqual(ids(ordered.slice(0, 50)));
  });

  it('should ignore an opened case that is not in the list', () => {
    const page = pageOfCases(ordered, 50, 'case-gone');

    expect(page.rows).toHaveLength(50);
    expect(page.hidden).toBe(70);
  });
});
