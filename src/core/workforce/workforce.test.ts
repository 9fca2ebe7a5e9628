import { describe, expect, it } from 'vitest';
import { buildUnits, reportRows, prepareWorkforce } from './workforce.js';

describe('buildUnits', () => {
  it('builds the tree with parents before children', () => {
    const { tree, unitIds, problems } = buildUnits([
      { id: 'Ward 1', parentId: 'Medicine' },
      { id: 'Trust', parentId: null },
      { id: 'Medicine', parentId: 'Trust' },
    ]);
    expect(problems).toEqual([]);
    expect(unitIds).toEqual(['Ward 1', 'Trust', 'Medicine']);
    expect([...tree.parent]).toEqual([2, -1, 1]);
    expect([...tree.order].map((u) => unitIds[u])).toEqual(['Trust', 'Medicine', 'Ward 1']);
  });

  it('makes a unit with an unknown parent top-level, and cuts a loop of parents, reporting both', () => {
    const { tree, unitIds, problems } = buildUnits([
      { id: 'A', parentId: 'B' },
      { id: 'B', parentId: 'C' },
      { id: 'C', parentId: 'A' },
      { id: 'D', parentId: 'Gone' },
      { id: 'D', parentId: null },
    ]);
    expect(problems.map((p) => [p.id, p.field])).toEqual([
      ['D', 'id'],
      ['D', 'parentId'],
      ['A', 'parentId'],
    ]);
    // A's link to B is cut: A is top-level, C under A, B under C.
    expect([...tree.parent].map((p) => (p < 0 ? null : unitIds[p]))).toEqual([null, 'C', 'A', null]);
  });
});

describe('prepareWorkforce', () => {
  it('gives the organisation row first, then units parents first', () => {
    const w = prepareWorkforce([], [
      { id: 'Team', parentId: 'Division' },
      { id: 'Division', parentId: null },
    ]);
    expect(reportRows(w).map((u) => (u === null ? null : w.unitIds[u]))).toEqual([null, 'Division', 'Team']);
  });
});
