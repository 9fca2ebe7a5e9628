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
