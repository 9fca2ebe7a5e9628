import { describe, expect, it } from 'vitest';
import type { HeatmapRow } from '../api/results-api.js';
import { compare, comparisonText, differenceText, sortRows } from './heatmap-display.js';

describe('comparing with the organisation', () => {
  it('bands the difference, with the edges worked by hand', () => {
    expect([7.7, 7.5, 7.3, 7.2, 7.0, 6.81, 6.8, 6.6, 6.5].map((m) => compare(m, 7.0))).toEqual([
      'much-higher', 'much-higher', 'higher', 'higher', 'similar', 'similar', 'lower', 'lower', 'much-lower',
    ]);
    expect(compare(3, null)).toBe('similar');
  });

  it('says it in words', () => {
    expect(comparisonText(7.64, 7.0)).toBe('0.6 above the organisation');
    expect(comparisonText(6.0, 7.04)).toBe('1.0 below the organisation');
    expect(comparisonText(7.02, 7.0)).toBe('the same as the organisation');
    expect([differenceText(8.3, 6.2), differenceText(5.96, 7.0), differenceText(7.04, 7.0)]).toEqual(['+2.1', '−1.0', '0.0']);
  });
});

describe('sortRows', () => {
  const row = (name: string, mean: number | null): HeatmapRow => ({
    unitId: name,
    name,
    depth: 1,
    parentId: 'org',
    respondents: null,
    respondentStatus: 'shown',
    cells: [mean === null ? { status: 'too_few', n: null, mean: null } : { status: 'shown', n: 20, mean }],
  });
  const rows = [row('Org', 7), row('A', 6), row('B', null), row('C', 8), row('D', 6)];

  it('keeps the organisation first and hidden cells last, ties in tree order', () => {
    expect(sortRows(rows, { measure: 0, direction: 'descending' }).map((r) => r.name)).toEqual(['Org', 'C', 'A', 'D', 'B']);
    expect(sortRows(rows, { measure: 0, direction: 'ascending' }).map((r) => r.name)).toEqual(['Org', 'A', 'D', 'C', 'B']);
    expect(sortRows(rows, null).map((r) => r.name)).toEqual(['Org', 'A', 'B', 'C', 'D']);
  });
});
