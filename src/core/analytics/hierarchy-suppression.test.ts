import { describe, expect, it } from 'vitest';
import { seededRng } from '../random/seeded.js';
import { buildHeatmap } from './heatmap.js';
import { NONE, PROTECTS_ANOTHER, SHOWN, suppressHierarchy, TOO_FEW } from './hierarchy-suppression.js';
import { rollUpUnits } from './unit-rollup.js';
import { unitTree, type UnitTree } from './unit-tree.js';

/** Subtree totals from the people filed directly under each unit. */
function subtreeCounts(tree: UnitTree, direct: readonly number[]): Float64Array {
  const unitOf = Int32Array.from(direct.flatMap((count, u) => Array<number>(count).fill(u)));
  return rollUpUnits([], unitOf, tree).respondents;
}

describe('suppressHierarchy, worked by hand', () => {
  it('hides a sibling when a parent minus its shown child would reveal a small team', () => {
    // root → A, B; A → A1, A2. People: A1 10, A2 3, B 20 (k = 5).
    // Subtrees: A1 10, A2 3, A 13, B 20, root 33. A2 is too small; A − A1 would give A2's 3,
    // so A1 is hidden too. root − A − B leaves nobody, so both stay shown.
    const tree = unitTree([-1, 0, 0, 1, 1]);
    const status = suppressHierarchy(tree, subtreeCounts(tree, [0, 0, 20, 10, 3]), 5);
    expect([...status]).toEqual([SHOWN, SHOWN, SHOWN, PROTECTS_ANOTHER, TOO_FEW]);
  });

  it('protects the people filed at a parent itself', () => {
    // root holds 2 people of its own, above teams of 15 and 12: root − A − B = those 2, so the
    // smaller team is hidden, leaving 14 unaccounted for.
    const tree = unitTree([-1, 0, 0]);
    expect([...suppressHierarchy(tree, subtreeCounts(tree, [2, 15, 12]), 5)]).toEqual([SHOWN, SHOWN, PROTECTS_ANOTHER]);
  });

  it('goes down through a hidden unit to units that cover it only in part', () => {
    // root → A (→ A1 8, A2 8), B 9, and 3 people at root. k = 5. Hiding B (the smallest
    // frontier unit, 9) leaves 12 unaccounted for: enough.
    const tree = unitTree([-1, 0, 1, 1, 0]);
    expect([...suppressHierarchy(tree, subtreeCounts(tree, [3, 0, 8, 8, 9]), 5)]).toEqual([SHOWN, SHOWN, SHOWN, SHOWN, PROTECTS_ANOTHER]);
    // With A's 16 split 8 + 8 and B at 20, A (16) is the smallest: hiding it puts A1 and A2 in
    // its place and adds nothing (A has nobody of its own), so A1 goes next: 3 + 8 = 11.
    expect([...suppressHierarchy(tree, subtreeCounts(tree, [3, 0, 8, 8, 20]), 5)]).toEqual([SHOWN, PROTECTS_ANOTHER, PROTECTS_ANOTHER, SHOWN, SHOWN]);
  });

  it('marks units with nobody, and shows a lone unit at the threshold', () => {
    const tree = unitTree([-1, 0, 0]);
    expect([...suppressHierarchy(tree, subtreeCounts(tree, [0, 11, 0]), 11)]).toEqual([SHOWN, SHOWN, NONE]);
    expect([...suppressHierarchy(tree, subtreeCounts(tree, [0, 10, 0]), 11)]).toEqual([TOO_FEW, TOO_FEW, NONE]);
  });
});

// ——— The attacker ———
// A published figure is a sum over a unit's subtree. Working on the people filed at each unit
// (the finest groups there are), the attacker tries, for every organisation generated:
//   1. linear algebra: is any hidden unit's subtree, or any small group of people filed at one
//      unit, a linear combination of the shown subtrees? (Gaussian elimination, exact on
//      these 0/1 vectors since every pivot is ±1 after scaling.)
//   2. differencing (tracker style): a shown unit minus any set of disjoint shown units inside
//      it, for many random sets and for the largest one; is the leftover a group of 1 to k−1?

/** Row-reduces the shown subtrees and reports whether `target` lies in their span. */
function inSpan(basis: number[][], target: number[]): boolean {
  const rows = basis.map((r) => r.slice());
  const t = target.slice();
  const width = t.length;
  let rank = 0;
  const pivotCols: number[] = [];
  for (let col = 0; col < width && rank < rows.length; col++) {
    let pivot = -1;
    for (let r = rank; r < rows.length; r++) if (Math.abs(rows[r]![col]!) > 1e-9) pivot = pivot < 0 ? r : pivot;
    if (pivot < 0) continue;
    [rows[rank], rows[pivot]] = [rows[pivot]!, rows[rank]!];
    const p = rows[rank]!;
    const scale = p[col]!;
    for (let c = 0; c < width; c++) p[c] = p[c]! / scale;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank) continue;
      const f = rows[r]![col]!;
      if (Math.abs(f) > 1e-12) for (let c = 0; c < width; c++) rows[r]![c] = rows[r]![c]! - f * p[c]!;
    }
    pivotCols.push(col);
    rank++;
  }
  rows.length = rank;
  pivotCols.forEach((col, i) => {
    const f = t[col]!;
    if (Math.abs(f) > 1e-12) for (let c = 0; c < width; c++) t[c] = t[c]! - f * rows[i]![c]!;
  });
  return t.every((x) => Math.abs(x) < 1e-7);
}

function randomOrganisation(seed: number) {
  const rng = seededRng(seed);
  const size = 8 + Math.floor(rng.next() * 40);
  const parents = [-1];
  for (let u = 1; u < size; u++) parents.push(Math.floor(rng.next() * u * 0.7));
  // Many small teams, some empty, some people filed at directorates themselves.
  const direct = parents.map(() => (rng.next() < 0.2 ? 0 : Math.floor(rng.next() ** 2 * 25)));
  const k = [5, 8, 11][Math.floor(rng.next() * 3)]!;
  return { tree: unitTree(parents), direct, k, rng };
}

describe('the attacker finds nothing', () => {
  it('in 300 generated organisations, by linear algebra or by differencing', () => {
    let hiddenTotal = 0;
    let complementary = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { tree, direct, k, rng } = randomOrganisation(seed);
      const counts = subtreeCounts(tree, direct);
      const status = suppressHierarchy(tree, counts, k);
      const inSubtree = (u: number) => {
        const member = Array<number>(tree.size).fill(0);
        const visit = (x: number) => {
          member[x] = 1;
          for (let i = tree.childStart[x]!; i < tree.childStart[x + 1]!; i++) visit(tree.childList[i]!);
        };
        visit(u);
        return member;
      };
      const shown = [...Array(tree.size).keys()].filter((u) => status[u] === SHOWN);
      // People filed at a unit are weighted by how many they are: a vector over units of head counts.
      const vector = (u: number) => inSubtree(u).map((m, x) => m * direct[x]!);
      const basis = shown.map(vector);
      for (let u = 0; u < tree.size; u++) {
        if (status[u] === TOO_FEW || status[u] === PROTECTS_ANOTHER) {
          hiddenTotal++;
          // Any hidden unit with people in it must not be derivable, whatever its size.
          if (counts[u]! > 0) expect(inSpan(basis, vector(u)), `seed ${seed}: hidden unit ${u} equals what is shown`).toBe(false);
          if (status[u] === PROTECTS_ANOTHER) complementary++;
          if (counts[u]! > 0 && counts[u]! < k) expect(inSpan(basis, vector(u)), `seed ${seed}: hidden unit ${u} can be worked out`).toBe(false);
        }
        if (direct[u]! > 0 && direct[u]! < k) {
          const atom = direct.map((d, x) => (x === u ? d : 0));
          expect(inSpan(basis, atom), `seed ${seed}: the ${direct[u]} people filed at unit ${u} can be worked out`).toBe(false);
        }
      }
      // Differencing: shown unit minus disjoint shown units inside it.
      for (const p of shown) {
        const inside = shown.filter((q) => q !== p && inSubtree(p)[q] === 1);
        for (let attempt = 0; attempt < 40; attempt++) {
          const picked: number[] = [];
          for (const q of inside) {
            if ((attempt === 0 || rng.next() < 0.5) && picked.every((x) => inSubtree(x)[q] === 0 && inSubtree(q)[x] === 0)) picked.push(q);
          }
          const leftover = counts[p]! - picked.reduce((s, q) => s + counts[q]!, 0);
          expect(leftover === 0 || leftover >= k, `seed ${seed}: unit ${p} minus [${picked.join(', ')}] leaves ${leftover}`).toBe(true);
        }
      }
    }
    // The generated organisations really do exercise both kinds of suppression.
    expect(hiddenTotal).toBeGreaterThan(500);
    expect(complementary).toBeGreaterThan(50);
  });

  it('and primary suppression alone would have given a group away', () => {
    // The same attacker against primary suppression only, so the test above can fail.
    let leaks = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const { tree, direct, k } = randomOrganisation(seed);
      const counts = subtreeCounts(tree, direct);
      for (let u = 0; u < tree.size; u++) {
        if (counts[u]! < k) continue;
        let covered = 0;
        for (let i = tree.childStart[u]!; i < tree.childStart[u + 1]!; i++) if (counts[tree.childList[i]!]! >= k) covered += counts[tree.childList[i]!]!;
        const leftover = counts[u]! - covered;
        if (leftover > 0 && leftover < k) leaks++;
      }
    }
    expect(leaks).toBeGreaterThan(50);
  });
});

describe('buildHeatmap', () => {
  it('gives each unit its subtree’s mean and hides cells by each scale’s own counts', () => {
    // root → A (leaf), B (leaf). k = 3. Scale 0 answered by everyone; scale 1 skipped by two in B.
    const tree = unitTree([-1, 0, 0]);
    const unitOf = Int32Array.from([1, 1, 1, 2, 2, 2, 2]);
    const scale0 = Float64Array.from([6, 8, 10, 2, 4, 6, 8]);
    const scale1 = Float64Array.from([5, 5, 5, 1, 9, NaN, NaN]);
    const h = buildHeatmap({ tree, unitOf, scales: [scale0, scale1], k: 3 });
    expect([...h.respondents]).toEqual([7, 3, 4]);
    // Scale 0: root mean 44/7, A 8, B 5; all shown.
    expect([...h.mean.subarray(0, 3)]).toEqual([44 / 7, 8, 5]);
    expect(h.sd[1]).toBeCloseTo(2, 12); // 6, 8, 10
    // Scale 1: B has 2 scores (too few); root − A would give B, so A is hidden as well.
    expect([...h.status.subarray(3, 6)]).toEqual([SHOWN, PROTECTS_ANOTHER, TOO_FEW]);
    expect(h.mean[3]).toBe(25 / 5);
    expect(Number.isNaN(h.mean[4]!) && Number.isNaN(h.mean[5]!)).toBe(true);
  });
});
