// The exact search for a small group an attacker can isolate: any union of atoms holding 1 to
// k − 1 people whose indicator vector lies in the span of the published figures. Checking single
// atoms is not enough: the figures "women", "non-disabled" and "everyone" in a team with no
// disabled men give women who are not disabled as a + b − t, and across two wards that group
// spans two atoms neither of which can be worked out alone.
//
// How: a group of fewer than k people is made of atoms with fewer than k people each, and the
// atoms are ordered large first, so (row-echelon property) the span's vectors that vanish on
// every large atom are spanned exactly by the basis rows whose pivot is a small atom. Those
// rows are split into groups that share no column (a group found in one never needs another),
// and each is brought to a form where every row has a pivot column no other row touches
// (isolatePivots): a vector of their span is then fixed by its values at the pivots, and a 0/1
// vector is simply the sum of the rows at whose pivots it is 1. Rows that no small 0/1 sum can
// use are dropped (dropForced), and the rest are searched as sets of rows, growing a set only
// where some column demands it (searchComponent).
//
// The search is exponential at worst, so it has a budget; a component it could not finish is
// reported as unverified, and the caller treats that as a leak (hiding more cells always ends
// it, since the history alone passed).
import { EPS, type EchelonBasis } from './release-span.js';

export interface SmallGroup {
  atoms: Int32Array;
  people: number;
}

export interface SmallGroupFindings {
  groups: SmallGroup[];
  /** Basis rows of each component the search gave up on; treat each as a leak. */
  unverified: number[][];
  /** Search steps taken, for tuning the budget. */
  steps: number;
}

type Row = Map<number, number>;

/** Rows grouped so that no two groups share a column (union–find on columns). */
function components(rows: readonly Row[]): number[][] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root)! !== root) root = parent.get(root)!;
    while (parent.get(x)! !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const firstCol = rows.map((row) => row.keys().next().value!);
  for (const row of rows) {
    let anchor = -1;
    for (const c of row.keys()) {
      if (!parent.has(c)) parent.set(c, c);
      if (anchor < 0) anchor = find(c);
      else parent.set(find(c), anchor);
    }
  }
  const byRoot = new Map<number, number[]>();
  rows.forEach((_, i) => {
    const root = find(firstCol[i]!);
    const list = byRoot.get(root);
    if (list) list.push(i);
    else byRoot.set(root, [i]);
  });
  return [...byRoot.values()];
}

/**
 * Gauss–Jordan in place: afterwards each row has a pivot column that no other row touches, with
 * value 1, which is all the search needs (a 0/1 vector of the span is then the plain sum of the
 * rows at whose pivots it is 1). Which column becomes the pivot is free, so each row takes the
 * one fewest other rows touch (Markowitz's rule, among entries not much smaller than the row's
 * largest, preferring ±1). The echelon rows from release-span.ts are sparse, and this keeps
 * them so where reducing on their own pivots fills them in. Returns each row's pivot.
 */
function isolatePivots(rows: Row[]): number[] {
  const rowsOf = new Map<number, Set<number>>();
  rows.forEach((row, i) => {
    for (const c of row.keys()) {
      const set = rowsOf.get(c);
      if (set) set.add(i);
      else rowsOf.set(c, new Set([i]));
    }
  });
  const pivots = new Array<number>(rows.length).fill(-1);
  const order = rows.map((_, i) => i).sort((a, b) => rows[a]!.size - rows[b]!.size);
  for (const i of order) {
    const source = rows[i]!;
    let pivot = -1;
    let best = Infinity;
    let largest = 0;
    for (const v of source.values()) largest = Math.max(largest, Math.abs(v));
    for (const [c, v] of source) {
      if (Math.abs(v) < 0.1 * largest) continue; // a tiny pivot would blow up rounding error
      const cost = rowsOf.get(c)!.size * 2 + (Math.abs(Math.abs(v) - 1) < EPS ? 0 : 1);
      if (cost < best) {
        best = cost;
        pivot = c;
      }
    }
    const scale = 1 / source.get(pivot)!;
    for (const [c, v] of source) source.set(c, v * scale);
    source.set(pivot, 1);
    for (const j of [...rowsOf.get(pivot)!]) {
      if (j === i) continue;
      const target = rows[j]!;
      const f = target.get(pivot)!;
      for (const [c, v] of source) {
        const x = (target.get(c) ?? 0) - f * v;
        if (Math.abs(x) < EPS) {
          if (target.delete(c)) rowsOf.get(c)!.delete(j);
        } else {
          if (!target.has(c)) rowsOf.get(c)!.add(j);
          target.set(c, x);
        }
      }
    }
    pivots[i] = pivot;
  }
  return pivots;
}

const isZero = (x: number) => Math.abs(x) < 1e-7;
const isOne = (x: number) => Math.abs(x - 1) < 1e-7;

/**
 * Looks for sets P of rows whose sum is a 0/1 vector with 1 to k − 1 people, adding up to `most`
 * groups to `found`; false if the budget ran out first. `pivots[i]` is the column only row i
 * touches, with value 1 (isolatePivots).
 *
 * A 0/1 vector of the span is the sum of the rows at whose pivots it is 1, so it is such a set.
 * Each set is grown from its lowest row (the seed), one decision at a time, as in a SAT solver:
 *   - a column whose value is neither 0 nor 1 must still gain a row that touches it: branch over
 *     those rows (the column with fewest first), the j-th branch ruling out the earlier ones so
 *     no set is met twice; a column with none left ends the branch;
 *   - with every column at 0 or 1 the set is a group: reported if it has fewer than k people;
 *     otherwise only a further row cancelling one of its 1s can shrink it, so take a 1 that
 *     some row could still change and branch over those rows, or over none of them (then that 1
 *     is final);
 *   - a 1 no available row touches is final, and the final 1s (pivots included) are a lower
 *     bound on the people, which ends a branch at k.
 * Every qualifying set lies in some branch, so finishing the search proves there is none.
 */
function searchComponent(rows: Row[], pivots: number[], count: Float64Array, k: number, budget: { left: number }, found: SmallGroup[], most: number): boolean {
  const local = new Map<number, number>();
  const colIds: number[] = [];
  const rowCols = rows.map((row) =>
    Int32Array.from(row.keys(), (c) => {
      let at = local.get(c);
      if (at === undefined) {
        at = colIds.length;
        local.set(c, at);
        colIds.push(c);
      }
      return at;
    }),
  );
  const rowVals = rows.map((row) => Float64Array.from(row.values()));
  const width = colIds.length;
  const people = Float64Array.from(colIds, (c) => count[c]!);
  const touching: number[][] = colIds.map(() => []);
  rowCols.forEach((cols, i) => cols.forEach((at) => touching[at]!.push(i)));
  // The set's sum, and the columns where it is not zero as a list with positions (O(1) in and out).
  const vec = new Float64Array(width);
  const active = new Int32Array(width);
  const position = new Int32Array(width).fill(-1);
  let activeCount = 0;
  // A row is open while it could still join the set: above the seed, not in it, not ruled out.
  // Each column keeps how many open rows touch it, so a decision costs what the set touches.
  const closed = new Uint8Array(rows.length);
  const openTouching = Int32Array.from(touching, (list) => list.length);
  const close = (i: number, by: number) => {
    closed[i] = by > 0 ? 1 : 0;
    for (const at of rowCols[i]!) openTouching[at]! -= by;
  };
  const apply = (i: number, sign: number) => {
    const cols = rowCols[i]!;
    const vals = rowVals[i]!;
    for (let e = 0; e < cols.length; e++) {
      const at = cols[e]!;
      const x = vec[at]! + sign * vals[e]!;
      if (isZero(x)) {
        vec[at] = 0;
        const p = position[at]!;
        if (p >= 0) {
          const last = active[--activeCount]!;
          active[p] = last;
          position[last] = p;
          position[at] = -1;
        }
      } else {
        vec[at] = x;
        if (position[at]! < 0) {
          position[at] = activeCount;
          active[activeCount++] = at;
        }
      }
    }
  };

  const decide = (): boolean => {
    if (--budget.left < 0) return false;
    let finalPeople = 0;
    let fix = -1;
    let change = -1;
    for (let a = 0; a < activeCount; a++) {
      const at = active[a]!;
      const options = openTouching[at]!;
      if (isOne(vec[at]!)) {
        if (options === 0) finalPeople += people[at]!;
        else if (change < 0 || options < openTouching[change]!) change = at;
      } else if (options === 0) return true;
      else if (fix < 0 || options < openTouching[fix]!) fix = at;
    }
    if (finalPeople >= k) return true;
    if (fix >= 0) return branch(fix, false);
    let total = 0;
    for (let a = 0; a < activeCount; a++) total += people[active[a]!]!;
    if (total < k) {
      found.push({ atoms: Int32Array.from(active.subarray(0, activeCount), (at) => colIds[at]!).sort(), people: total });
      return true;
    }
    return change < 0 || branch(change, true);
  };

  // One branch per open row touching the column, each ruling out the rows tried before it, and
  // (for a column at 1) a last branch with all of them ruled out.
  const branch = (at: number, orNone: boolean): boolean => {
    const options = touching[at]!.filter((i) => !closed[i]);
    let ok = true;
    let tried = 0;
    for (const i of options) {
      close(i, 1);
      tried++;
      apply(i, 1);
      ok = decide();
      apply(i, -1);
      if (!ok || found.length >= most) break;
    }
    if (ok && orNone && found.length < most) ok = decide();
    for (let j = 0; j < tried; j++) close(options[j]!, -1);
    return ok;
  };

  for (let seed = 0; seed < rows.length && found.length < most; seed++) {
    close(seed, 1); // from here on, sets start above this row
    if (count[pivots[seed]!]! >= k) continue;
    apply(seed, 1);
    const ok = decide();
    apply(seed, -1);
    if (!ok) return false;
  }
  return true;
}

/**
 * Rows whose coefficient must be 0 in any small 0/1 combination. A column touched by one row
 * only takes that row's value times its coefficient: a value other than 0 or 1 rules the row
 * out, and so do its sole columns holding k or more people between them (its pivot among
 * them). Dropping a row can leave another alone on a column, so this repeats.
 */
function dropForced(rows: Row[], count: Float64Array, k: number): Row[] {
  const touch = new Map<number, number>();
  for (const row of rows) for (const c of row.keys()) touch.set(c, (touch.get(c) ?? 0) + 1);
  let alive = rows;
  for (let changed = true; changed; ) {
    changed = false;
    alive = alive.filter((row) => {
      let people = 0;
      let ruled = false;
      for (const [c, v] of row) {
        if (touch.get(c) !== 1) continue;
        if (Math.abs(v - 1) < 1e-7) people += count[c]!;
        else ruled = true;
      }
      if (!ruled && people < k) return true;
      for (const c of row.keys()) touch.set(c, touch.get(c)! - 1);
      changed = true;
      return false;
    });
  }
  return alive;
}

/**
 * Searches the span for a union of atoms with 1 to k − 1 people. `count` is people per atom;
 * atoms from `firstSmall` on have fewer than k each. Up to `most` groups per independent
 * component; `budget` caps the search steps per component.
 */
export function findSmallGroups(basis: EchelonBasis, count: Float64Array, firstSmall: number, k: number, budget = 200_000, most = 16): SmallGroupFindings {
  const rowIds: number[] = [];
  for (let r = 0; r < basis.rows.length; r++) if (basis.rows[r]!.cols[0]! >= firstSmall) rowIds.push(r);
  const rows = rowIds.map((r) => {
    const row = basis.rows[r]!;
    return new Map<number, number>(Array.from(row.cols, (c, i) => [c, row.vals[i]!]));
  });
  const idOf = new Map(rows.map((row, m) => [row, rowIds[m]!]));
  const findings: SmallGroupFindings = { groups: [], unverified: [], steps: 0 };
  for (const members of components(rows)) {
    const unsorted = members.map((m) => rows[m]!);
    const pivotList = isolatePivots(unsorted);
    const pivotOf = new Map(unsorted.map((row, i) => [row, pivotList[i]!]));
    // Seeds in column order keep each search near one unit's atoms (postorder).
    const compRows = unsorted.slice().sort((a, b) => pivotOf.get(a)! - pivotOf.get(b)!);
    // Ruling rows out can split a component, and smaller ones search far faster.
    const kept = dropForced(compRows, count, k);
    for (const part of components(kept)) {
      const partRows = part.map((m) => kept[m]!);
      const left = { left: budget };
      const finished = searchComponent(partRows, partRows.map((row) => pivotOf.get(row)!), count, k, left, findings.groups, findings.groups.length + most);
      findings.steps += budget - Math.max(0, left.left);
      if (!finished) findings.unverified.push(partRows.map((row) => idOf.get(row)!));
    }
  }
  return findings;
}
