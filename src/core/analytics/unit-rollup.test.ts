import { describe, expect, it } from 'vitest';
import { rollUpUnits, rollupMean } from './unit-rollup.js';
import { ancestorsOf, unitTree } from './unit-tree.js';

describe('unitTree', () => {
  it('orders parents before children and lists each unit’s children', () => {
    // 0 ← 2 ← 1, 0 ← 3; 4 stands alone.
    const tree = unitTree([-1, 2, 0, 0, -1]);
    expect([...tree.order]).toEqual([0, 4, 2, 3, 1]);
    expect([...tree.childList.subarray(tree.childStart[0], tree.childStart[1])]).toEqual([2, 3]);
    expect(ancestorsOf(tree, 1)).toEqual([2, 0]);
  });

  it('refuses cycles and parents out of range', () => {
    expect(() => unitTree([1, 0])).toThrow('cycle');
    expect(() => unitTree([-1, 5])).toThrow('impossible parent 5');
    expect(() => unitTree([0])).toThrow('impossible parent 0');
  });
});

describe('rollUpUnits', () => {
  it('adds each unit’s subtree into it, column by column', () => {
    // root 0 → 1 → 2; respondents: a at 0, b and c at 1, d at 2, e unfiled.
    const tree = unitTree([-1, 0, 1]);
    const unitOf = Int32Array.from([0, 1, 1, 2, -1]);
    const q1 = Float64Array.from([4, 2, NaN, 5, 1]);
    const q2 = Float64Array.from([1, 1, 1, 1, 1]);
    const r = rollUpUnits([q1, q2], unitOf, tree, [4, Number.NaN]);
    expect([...r.respondents]).toEqual([4, 3, 1]);
    expect([...r.n]).toEqual([3, 2, 1, 4, 3, 1]);
    expect([...r.sum]).toEqual([11, 7, 5, 4, 3, 1]);
    expect([...r.sumSquares]).toEqual([45, 29, 25, 4, 3, 1]);
    expect([...r.positive]).toEqual([2, 1, 1, 0, 0, 0]);
    expect(rollupMean(r, 0, 0)).toBeCloseTo(11 / 3, 12);
  });

  it('refuses a column of the wrong length', () => {
    expect(() => rollUpUnits([new Float64Array(2)], Int32Array.from([0, 0, 0]), unitTree([-1]))).toThrow('Column 0 has 2 values for 3 respondents');
  });
});

describe('unitReport', () => {
  it('reports a unit’s subtree item by item, hiding items too few answered', async () => {
    const { unitReport } = await import('./unit-report.js');
    // root 0 → A 1, B 2. k = 2. Item 1: everyone answers; item 2: only one person in B.
    const tree = unitTree([-1, 0, 0]);
    const unitOf = Int32Array.from([1, 1, 2, 2]);
    const item1 = Float64Array.from([2, 4, 6, 8]);
    const item2 = Float64Array.from([1, 3, 5, NaN]);
    const input = { tree, unitOf, items: [item1, item2], positiveFrom: [6, Number.NaN], k: 2 };
    expect(unitReport(input, 0)).toEqual([
      { status: 0, n: 4, mean: 5, sd: Math.sqrt(20 / 3), pctPositive: 50 },
      { status: 0, n: 3, mean: 3, sd: 2, pctPositive: null },
    ]);
    // B's item 2 has one answer (too few); A's item 2 is then hidden too, or root − A gives it away.
    expect(unitReport(input, 1)[1]).toEqual({ status: 2 });
    expect(unitReport(input, 2)).toEqual([{ status: 0, n: 2, mean: 7, sd: Math.SQRT2, pctPositive: 100 }, { status: 1 }]);
  });
});
