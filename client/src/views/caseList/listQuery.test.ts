import { describe, expect, it } from 'vitest';
import { filterParams, noFilters, readFilters } from './listQuery.ts';

describe('case list filters', () => {
  it('round-trips through the query string', () => {
    const filters = {
      ...noFilters,
      state: 'IN_PROGRESS',
      overdue: true,
      dueWithinDays: '7',
      q: ' 拆迁 ',
      sort: 'dueDate:asc',
    };
    const params = filterParams(filters);
    expect(params).toEqual({
      state: 'IN_PROGRESS',
      overdue: 'true',
      dueWithinDays: '7',
      q: '拆迁',
      sort: 'dueDate:asc',
    });
    expect(readFilters(new URLSearchParams(params).toString())).toEqual({ ...filters, q: '拆迁' });
  });

  it('drops malformed values and relevance without a search', () => {
    expect(readFilters('?dueWithinDays=abc&sort=title&overdue=1')).toEqual(noFilters);
    expect(filterParams({ ...noFilters, sort: 'relevance:asc' })).toEqual({});
  });
});
