import { describe, expect, it } from 'vitest';
import { NONE, PROTECTS_ANOTHER, SHOWN, suppressHierarchy, TOO_FEW } from '../analytics/hierarchy-suppression.js';
import { rollUpUnits } from '../analytics/unit-rollup.js';
import { unitTree, type UnitTree } from '../analytics/unit-tree.js';
import { seededRng } from '../random/seeded.js';
import {
  cellSums,
  checkK,
  countCell,
  derivedCell,
  differenceCell,
  dimension,
  protectFigures,
  shareCell,
  sumCell,
  tableOf,
  TOTAL,
  type Cell,
  type Figures,
} from './small-numbers.js';

const shown = (n: number, value = n): Cell => ({ status: 'shown', n, value });
const repeat = (counts: readonly number[]) => counts.flatMap((n, c) => Array<number>(n).fill(c));

describe('a breakdown row', () => {
  it('hides a small cell, and the next smallest so the small one cannot be recovered from the total', () => {
    // One team of 50: categories of 3, 12, 15 and 20 people, k = 11. 3 is too few. Showing the
    // rest would give it away (50 − 12 − 15 − 20 = 3), so 12, the next smallest, is hidden too:
    // 50 − 15 − 20 = 15 is the two hidden cells together.
    const f = protectFigures(unitTree([-1]), new Int32Array(50), [dimension('d', ['a', 'b', 'c', 'd'], repeat([3, 12, 15, 20]))], 11);
    const t = tableOf(f, 'd');
    expect([TOTAL, 0, 1, 2, 3].map((c) => countCell(t, 1, c))).toEqual([shown(50), { status: 'too_few' }, { status: 'protects_another' }, shown(15), shown(20)]);
  });

  it('shows every cell when none is small, and marks a category with nobody', () => {
    const f = protectFigures(unitTree([-1]), new Int32Array(40), [dimension('d', ['a', 'b', 'c'], repeat([25, 15, 0]))], 11);
    const t = tableOf(f, 'd');
    expect([TOTAL, 0, 1, 2].map((c) => countCell(t, 0, c))).toEqual([shown(40), shown(25), shown(15), { status: 'none' }]);
  });
});

describe('across the unit tree', () => {
  it('starts from suppressHierarchy for unit totals', () => {
    // The hand-worked case of hierarchy-suppression.test.ts: root → A, B; A → A1, A2. A1 10,
    // A2 3, B 20 (k = 5). A2 is too small; A − A1 would give A2's 3, so A1 is hidden too.
    const tree = unitTree([-1, 0, 0, 1, 1]);
    const unitOf = Int32Array.from([...Array<number>(20).fill(2), ...Array<number>(10).fill(3), ...Array<number>(3).fill(4)]);
    const expected = suppressHierarchy(tree, rollUpUnits([], unitOf, tree).respondents, 5);
    expect([...expected]).toEqual([SHOWN, SHOWN, SHOWN, PROTECTS_ANOTHER, TOO_FEW]);
    const f = protectFigures(tree, unitOf, [dimension('d', ['x'], Array<number>(33).fill(0))], 5);
    const t = tableOf(f, 'd');
    // Rows: everyone, then units in tree order (0, 1, 2, 3, 4 here).
    expect(f.rows).toEqual([null, 0, 1, 2, 3, 4]);
    expect(f.rows.slice(1).map((_, i) => t.status[(i + 1) * t.width])).toEqual([...expected]);
  });
});

describe('figures worked out from cells', () => {
  it('hide when an input is hidden, read empty cells as 0, and show nothing when dividing by nobody', () => {
    expect(shareCell(shown(5), shown(20))).toEqual(shown(20, 0.25));
    expect(shareCell({ status: 'none' }, shown(20))).toEqual(shown(20, 0));
    expect(shareCell({ status: 'too_few' }, shown(20))).toEqual({ status: 'too_few' });
    expect(shareCell(shown(12), { status: 'protects_another' })).toEqual({ status: 'protects_another' });
    expect(shareCell({ status: 'none' }, { status: 'none' })).toEqual({ status: 'none' });
    expect(differenceCell(shown(30), shown(12))).toEqual(shown(18));
    expect(differenceCell(shown(30), { status: 'none' })).toEqual(shown(30));
    // Too few wins over protecting another: it is the reason a reader can do something about.
    expect(derivedCell([shown(2), { status: 'protects_another' }, { status: 'too_few' }], () => ({ n: 1, value: 1 }))).toEqual({ status: 'too_few' });
    expect(derivedCell([shown(2), { status: 'protects_another' }, { status: 'none' }], () => ({ n: 1, value: 1 }))).toEqual({ status: 'protects_another' });
  });

  it('shows a sum (FTE) exactly where its head count is shown', () => {
    // 14 people: 12 in category a at 0.5 FTE, 2 in b at 1.0 (k = 3). b is too few, so a is hidden
    // to protect it, and so are their FTE sums; the total of 14 (8.0 FTE) stays.
    const f = protectFigures(unitTree([-1]), new Int32Array(14), [dimension('d', ['a', 'b'], repeat([12, 2]))], 3);
    const t = tableOf(f, 'd');
    const sums = cellSums(f, t, [...Array<number>(12).fill(0.5), 1, 1]);
    expect([TOTAL, 0, 1].map((c) => sumCell(t, sums, 0, c))).toEqual([shown(14, 8), { status: 'protects_another' }, { status: 'too_few' }]);
  });

  it('checks k', () => {
    expect(() => checkK(0)).toThrow(RangeError);
    expect(() => checkK(2.5)).toThrow(RangeError);
    expect(() => checkK(11)).not.toThrow();
  });
});

// ——— The attacker ———
// Every figure is a count over "atoms": the people filed at one unit who share a category in
// every dimension. A shown figure is a 0/1 vector over atoms; the attacker holds every linear
// combination of them. Protection holds when (1) no hidden cell's vector and (2) no atom of 1 to
// k − 1 people lies in their span; and, the plainer attack the brief names, (3) in a row with a
// hidden cell, total − sum of shown cells is never one hidden cell's count, nor 1 to k − 1.

function inSpan(basis: number[][], target: number[]): boolean {
  const rows = basis.map((r) => r.slice());
  const t = target.slice();
  const width = t.length;
  let rank = 0;
  const pivots: number[] = [];
  for (let col = 0; col < width && rank < rows.length; col++) {
    let pivot = -1;
    for (let r = rank; r < rows.length && pivot < 0; r++) if (Math.abs(rows[r]![col]!) > 1e-9) pivot = r;
    if (pivot < 0) continue;
    [rows[rank], rows[pivot]] = [rows[pivot]!, rows[rank]!];
    const p = rows[rank]!;
    const scale = p[col]!;
    for (let c = 0; c < width; c++) p[c] = p[c]! / scale;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank) continue;
      const x = rows[r]![col]!;
      if (Math.abs(x) > 1e-12) for (let c = 0; c < width; c++) rows[r]![c] = rows[r]![c]! - x * p[c]!;
    }
    pivots.push(col);
    rank++;
  }
  rows.length = rank;
  pivots.forEach((col, i) => {
    const x = t[col]!;
    if (Math.abs(x) > 1e-12) for (let c = 0; c < width; c++) t[c] = t[c]! - x * rows[i]![c]!;
  });
  return t.every((x) => Math.abs(x) < 1e-7);
}

function generated(seed: number) {
  const rng = seededRng(seed);
  const size = rng.int(3, 9);
  const parents = [-1];
  for (let u = 1; u < size; u++) parents.push(rng.int(0, u - 1));
  const tree = unitTree(parents);
  const people = rng.int(25, 110);
  const unitOf = Int32Array.from({ length: people }, () => rng.int(0, size - 1));
  // Dimension a: 3 categories with uneven sizes; b: 2 categories, some people in neither.
  const a = Array.from({ length: people }, () => rng.weighted([[0, 6], [1, 3], [2, 1]] as const));
  const b = Array.from({ length: people }, () => rng.weighted([[0, 5], [1, 2], [-1, 1]] as const));
  const k = rng.pick([3, 5, 11]);
  const f = protectFigures(tree, unitOf, [dimension('a', ['a0', 'a1', 'a2'], a), dimension('b', ['b0', 'b1'], b)], k);
  return { tree, unitOf, codes: { a, b } as Record<string, number[]>, k, f };
}

function inRow(tree: UnitTree, row: number | null, unit: number): boolean {
  for (let u = unit; u >= 0; u = tree.parent[u]!) if (u === row) return true;
  return row === null;
}

function attack(g: ReturnType<typeof generated>) {
  const { tree, unitOf, codes, f } = g;
  // Atoms: people sharing unit and every code.
  const key = (p: number) => `${unitOf[p]}|${codes.a![p]}|${codes.b![p]}`;
  const atomKeys = [...new Set(Array.from(unitOf, (_, p) => key(p)))];
  const atomOf = Array.from(unitOf, (_, p) => atomKeys.indexOf(key(p)));
  const atomCount = atomKeys.map((_, a) => atomOf.filter((x) => x === a).length);
  const shownVectors: number[][] = [];
  const hidden: { vector: number[]; count: number; where: string }[] = [];
  for (const [name, t] of (f as Figures).tables) {
    f.rows.forEach((row, r) => {
      for (let col = 0; col < t.width; col++) {
        const vector = atomKeys.map(() => 0);
        let count = 0;
        for (let p = 0; p < unitOf.length; p++) {
          if (!inRow(tree, row, unitOf[p]!) || (col > 0 && codes[name]![p] !== col - 1)) continue;
          vector[atomOf[p]!] = 1;
          count++;
        }
        const status = t.status[r * t.width + col]!;
        if (status === SHOWN) shownVectors.push(vector);
        else if (status === TOO_FEW || status === PROTECTS_ANOTHER) hidden.push({ vector, count, where: `${name} row ${row} column ${col}` });
        else expect(status === NONE && count === 0).toBe(true);
      }
    });
  }
  return { atomCount, shownVectors, hidden };
}

describe('the attacker finds nothing', () => {
  it('by linear algebra over the atoms, in 40 generated organisations', () => {
    let hiddenCells = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const g = generated(seed);
      const { atomCount, shownVectors, hidden } = attack(g);
      hiddenCells += hidden.length;
      for (const h of hidden) expect(inSpan(shownVectors, h.vector), `seed ${seed}: ${h.where} (${h.count} people) can be worked out`).toBe(false);
      atomCount.forEach((n, a) => {
        if (n >= g.k) return;
        const unitVector = atomCount.map((_, x) => (x === a ? 1 : 0));
        expect(inSpan(shownVectors, unitVector), `seed ${seed}: an atom of ${n} people can be worked out`).toBe(false);
      });
    }
    expect(hiddenCells).toBeGreaterThan(100); // the check had something to bite on
  });

  it('by total − shown cells along each row', () => {
    let rowsWithHidden = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const g = generated(seed);
      for (const [name, t] of g.f.tables) {
        g.f.rows.forEach((row, r) => {
          const total = countCell(t, r, TOTAL);
          if (total.status !== 'shown') return;
          const cells = t.dimension.categories.map((_, c) => countCell(t, r, c));
          const hiddenCounts = cells.flatMap((c, i) =>
            c.status === 'too_few' || c.status === 'protects_another'
              ? [g.unitOf.filter((u, p) => inRow(g.tree, row, u) && g.codes[name]![p] === i).length]
              : [],
          );
          if (hiddenCounts.length === 0) return;
          rowsWithHidden++;
          const leftover = total.value - cells.reduce((s, c) => s + (c.status === 'shown' ? c.value : 0), 0);
          for (const h of hiddenCounts) expect(leftover, `seed ${seed}: ${name} row ${row} gives away a hidden cell`).not.toBe(h);
          expect(leftover === 0 || leftover >= g.k, `seed ${seed}: ${name} row ${row} leaves ${leftover}`).toBe(true);
        });
      }
    }
    expect(rowsWithHidden).toBeGreaterThan(20);
  });
});

describe('totalsAsIn', () => {
  it('keeps the totals of two splits of the same people in step', () => {
    // Root → A (30 people), B (4 people), k = 5. B is too few, so A is hidden to protect it
    // (root − A = B); the second split must not show all of A's categories, which add up to A.
    const tree = unitTree([-1, 0, 0]);
    const unitOf = Int32Array.from([...Array<number>(30).fill(1), ...Array<number>(4).fill(2)]);
    const first = protectFigures(tree, unitOf, [dimension('x', ['x'], Array<number>(34).fill(0))], 5);
    const second = protectFigures(tree, unitOf, [dimension('y', ['y0', 'y1'], repeat([17, 17]))], 5, { totalsAsIn: first });
    const y = tableOf(second, 'y');
    const rowA = second.rows.indexOf(1);
    expect(countCell(y, rowA, TOTAL)).toEqual({ status: 'protects_another' });
    expect([0, 1].map((c) => countCell(y, rowA, c).status).some((s) => s !== 'shown')).toBe(true);
    // And in generated organisations, every total has the same status in both.
    for (let seed = 1; seed <= 15; seed++) {
      const g = generated(seed);
      const other = protectFigures(g.tree, g.unitOf, [dimension('c', ['c0', 'c1'], g.codes.a!.map((x) => x % 2))], g.k, { totalsAsIn: g.f });
      const before = tableOf(g.f, 'b');
      const after = tableOf(other, 'c');
      expect(g.f.rows.map((_, r) => after.status[r * after.width]), `seed ${seed}`).toEqual(g.f.rows.map((_, r) => before.status[r * before.width]));
    }
  });

  it('refuses figures for other people', () => {
    const tree = unitTree([-1]);
    const first = protectFigures(tree, new Int32Array(12), [dimension('x', ['x'], Array<number>(12).fill(0))], 5);
    expect(() => protectFigures(tree, new Int32Array(13), [dimension('y', ['y'], Array<number>(13).fill(0))], 5, { totalsAsIn: first })).toThrow(RangeError);
  });
});
