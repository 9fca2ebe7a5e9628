import { describe, expect, it } from 'vitest';
import { seededRng, type Rng } from '../random/seeded.js';
import { NONE, PROTECTS_ANOTHER, SHOWN, TOO_FEW } from './hierarchy-suppression.js';
import type { SurveyPeople } from './release-atoms.js';
import { addRelease, emptyReleaseHistory, type ReleaseHistory, type ReleasedTable } from './release-history.js';
import { subtreeRows, suppressCrossTab } from './crosstab-suppression.js';
import { unitTree } from './unit-tree.js';

// ——— The organisations ———
// Small trusts with a unit hierarchy, two or three demographics of two to four categories (skewed,
// so some categories are rare), a few people who did not state a category, sometimes a few filed
// at no unit. Each publishes the hierarchy table and then, in random order, for every
// demographic: a breakdown for everyone, the cross-tab of the whole organisation (every unit a
// row), cross-tabs of some directorates' subtrees and breakdowns for some single units.

interface Plan {
  people: SurveyPeople;
  k: number;
  tables: { dimension: string | null; rows: (number | null)[] }[];
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function randomPlan(seed: number): Plan {
  const rng = seededRng(seed);
  const size = 4 + Math.floor(rng.next() * 10);
  const parents = [-1];
  for (let u = 1; u < size; u++) parents.push(Math.floor(rng.next() * u * 0.7));
  const tree = unitTree(parents);
  const dimCount = rng.next() < 0.5 ? 2 : 3;
  const categories = Array.from({ length: dimCount }, () => rng.int(2, 4));
  const unitOf: number[] = [];
  for (let u = 0; u < size; u++) {
    const n = rng.next() < 0.25 ? 0 : Math.floor(rng.next() ** 2 * 18);
    for (let i = 0; i < n; i++) unitOf.push(u);
  }
  if (rng.next() < 0.3) for (let i = rng.int(1, 4); i > 0; i--) unitOf.push(-1);
  const demographics = Object.fromEntries(
    categories.map((c, d) => [`d${d}`, { categories: c, of: Int32Array.from(unitOf, () => (rng.next() < 0.04 ? -1 : Math.floor(rng.next() ** 1.7 * c))) }]),
  );
  const people: SurveyPeople = { tree, unitOf: Int32Array.from(unitOf), demographics };
  const k = rng.pick([3, 5, 5, 8, 11]);
  const later: Plan['tables'] = [];
  for (const dimension of Object.keys(demographics)) {
    later.push({ dimension, rows: [null] }, { dimension, rows: subtreeRows(tree, null) });
    for (let u = 0; u < size; u++) {
      if (tree.childStart[u + 1]! > tree.childStart[u]! && rng.next() < 0.5) later.push({ dimension, rows: subtreeRows(tree, u) });
      if (rng.next() < 0.15) later.push({ dimension, rows: [u] });
    }
  }
  return { people, k, tables: [{ dimension: null, rows: [...tree.order] }, ...shuffle(rng, later)] };
}

// ——— The attacker ———
// Written apart from the code under test: people with the same unit and categories are merged
// into one column (an atom), every figure ever shown is a 0/1 row over those columns, and a
// dense reduced row-echelon form gives the null space N. A group is in the span of the shown
// figures exactly when the sum of its columns' rows of N is zero. The attacker then tries:
//   1. every hidden cell of every table;
//   2. every union of the small classes (atoms no shown figure tells apart) with 1 to k − 1
//      people: any group in the span is a union of classes, since every shown figure treats a
//      class as one, so this is the whole of "no small group can be worked out";
//   3. differencing (tracker style): a shown figure minus random sets of disjoint shown figures
//      inside it;
//   4. random sums and differences of two to four shown figures that come out as a plain group.

interface Attack {
  leaks: string[];
  hiddenCells: number;
  complementary: number;
  /** Whether the search for small unions finished (rather than hitting its cap). */
  exhaustive: boolean;
}

const CAP = 1_000_000;
function attack(plan: Plan, history: ReleaseHistory, rng: Rng): Attack {
  const { people, k } = plan;
  const { tree, unitOf } = people;
  const dims = Object.keys(people.demographics);
  // Columns: distinct (unit, codes) among the respondents.
  const columnOf = new Map<string, number>();
  const colUnit: number[] = [];
  const colCodes: number[][] = [];
  const weight: number[] = [];
  unitOf.forEach((u, r) => {
    const codes = dims.map((d) => people.demographics[d]!.of[r]!);
    const key = `${u}:${codes.join(',')}`;
    let c = columnOf.get(key);
    if (c === undefined) {
      c = colUnit.length;
      columnOf.set(key, c);
      colUnit.push(u);
      colCodes.push(codes);
      weight.push(0);
    }
    weight[c]! += 1;
  });
  const width = colUnit.length;
  const within = (top: number, u: number) => {
    for (let x = u; x >= 0; x = tree.parent[x]!) if (x === top) return true;
    return false;
  };
  const groupVector = (unit: number | null, dimension: string | null, column: number) =>
    Array.from({ length: width }, (_, c) => {
      const inUnit = unit === null || (colUnit[c]! >= 0 && within(unit, colUnit[c]!));
      const inCat = column === 0 || colCodes[c]![dims.indexOf(dimension!)] === column - 1;
      return inUnit && inCat ? 1 : 0;
    });
  const headcount = (v: readonly number[]) => v.reduce((s, x, c) => s + x * weight[c]!, 0);

  const shown: number[][] = [];
  const hidden: { v: number[]; what: string; status: number }[] = [];
  const seen = new Set<string>();
  history.tables.forEach((t: ReleasedTable, ti) => {
    t.rows.forEach((unit, r) => {
      for (let j = 0; j < t.status[r]!.length; j++) {
        const status = Number(t.status[r]![j]);
        const v = groupVector(unit, t.dimension, j);
        if (status === SHOWN) {
          const key = v.join('');
          if (!seen.has(key)) {
            seen.add(key);
            shown.push(v);
          }
        } else if ((status === TOO_FEW || status === PROTECTS_ANOTHER) && headcount(v) > 0) {
          hidden.push({ v, what: `table ${ti} (${t.dimension ?? 'totals'}) row ${unit} column ${j}`, status });
        }
      }
    });
  });

  // Reduced row-echelon form of the shown figures, then a null-space row per column.
  const rref: number[][] = [];
  const pivots: number[] = [];
  for (const f of shown) {
    const v = f.slice();
    rref.forEach((row, i) => {
      const x = v[pivots[i]!]!;
      if (Math.abs(x) > 1e-12) for (let c = 0; c < width; c++) v[c] = v[c]! - x * row[c]!;
    });
    let p = -1;
    for (let c = 0; c < width && p < 0; c++) if (Math.abs(v[c]!) > 1e-9) p = c;
    if (p < 0) continue;
    const s = v[p]!;
    for (let c = 0; c < width; c++) v[c] = v[c]! / s;
    rref.forEach((row) => {
      const x = row[p]!;
      if (Math.abs(x) > 1e-12) for (let c = 0; c < width; c++) row[c] = row[c]! - x * v[c]!;
    });
    rref.push(v);
    pivots.push(p);
  }
  const isPivot = new Set(pivots);
  const free = [...Array(width).keys()].filter((c) => !isPivot.has(c));
  // Null vector per free column f: 1 at f, −rref[i][f] at pivot i. Row c of N is column c's signature.
  const signature = Array.from({ length: width }, (_, c): number[] => free.map((f) => (c === f ? 1 : 0)));
  pivots.forEach((p, i) => {
    signature[p] = free.map((f) => -rref[i]![f]!);
  });
  const inSpan = (v: readonly number[]) => {
    for (let j = 0; j < free.length; j++) {
      let s = 0;
      for (let c = 0; c < width; c++) if (v[c]) s += v[c]! * signature[c]![j]!;
      if (Math.abs(s) > 1e-7) return false;
    }
    return true;
  };

  const leaks: string[] = [];
  // 1. Hidden cells.
  for (const h of hidden) if (inSpan(h.v)) leaks.push(`hidden cell ${h.what} (${headcount(h.v)} people) can be worked out`);

  // 2. Unions of small classes. A union is in the span when its classes' signatures sum to zero:
  // a 0/1 vector z in the kernel of the matrix whose columns are the small classes' signatures.
  // Row-reduce that matrix; a kernel vector is fixed by its entries at the non-pivot columns, and
  // a 0/1 vector's entries there are 0/1, so trying every subset of non-pivot columns (with
  // fewer than k people) and reading off the pivot entries finds every such union.
  const classOf = new Map<string, number[]>();
  for (let c = 0; c < width; c++) {
    const key = shown.map((f) => f[c]).join('');
    classOf.set(key, [...(classOf.get(key) ?? []), c]);
  }
  const small = [...classOf.values()]
    .map((cols) => ({ n: cols.reduce((s, c) => s + weight[c]!, 0), sig: free.map((_, j) => cols.reduce((s, c) => s + signature[c]![j]!, 0)) }))
    .filter((g) => g.n < k);
  const m = small.length;
  const a = free.map((_, j) => small.map((g) => g.sig[j]!));
  const pivotCols: number[] = [];
  for (let col = 0, r = 0; col < m && r < a.length; col++) {
    let best = r;
    for (let i = r; i < a.length; i++) if (Math.abs(a[i]![col]!) > Math.abs(a[best]![col]!)) best = i;
    if (Math.abs(a[best]![col]!) < 1e-9) continue;
    [a[r], a[best]] = [a[best]!, a[r]!];
    const row = a[r]!;
    const s = row[col]!;
    for (let c = 0; c < m; c++) row[c] = row[c]! / s;
    for (let i = 0; i < a.length; i++) {
      const x = a[i]![col]!;
      if (i !== r && Math.abs(x) > 1e-12) for (let c = 0; c < m; c++) a[i]![c] = a[i]![c]! - x * row[c]!;
    }
    pivotCols.push(col);
    r++;
  }
  const nonPivot = [...Array(m).keys()].filter((c) => !pivotCols.includes(c));
  const pivotValue = new Float64Array(pivotCols.length);
  let steps = 0;
  const tryFrom = (from: number, n: number) => {
    for (let f = from; f < nonPivot.length && steps < CAP; f++) {
      const q = nonPivot[f]!;
      if (n + small[q]!.n >= k) continue;
      steps++;
      pivotCols.forEach((_, i) => (pivotValue[i] = pivotValue[i]! - a[i]![q]!));
      let total = n + small[q]!.n;
      let plain = true;
      pivotCols.forEach((p, i) => {
        const x = pivotValue[i]!;
        if (Math.abs(x - 1) < 1e-7) total += small[p]!.n;
        else if (Math.abs(x) > 1e-7) plain = false;
      });
      if (plain && total < k) leaks.push(`a group of ${total} people (small classes around ${q}) can be worked out`);
      tryFrom(f + 1, n + small[q]!.n);
      pivotCols.forEach((_, i) => (pivotValue[i] = pivotValue[i]! + a[i]![q]!));
    }
  };
  tryFrom(0, 0);
  const exhaustive = steps < CAP;

  // 3. Differencing: a shown figure minus disjoint shown figures inside it.
  const inside = (a: number[], b: number[]) => b.every((x, c) => !x || a[c]);
  const disjoint = (a: number[], b: number[]) => a.every((x, c) => !(x && b[c]));
  for (const p of shown) {
    const parts = shown.filter((q) => q !== p && inside(p, q));
    for (let attempt = 0; attempt < 12; attempt++) {
      const picked: number[][] = [];
      for (const q of shuffle(rng, parts.slice())) if ((attempt === 0 || rng.next() < 0.5) && picked.every((x) => disjoint(x, q))) picked.push(q);
      const left = headcount(p) - picked.reduce((s, q) => s + headcount(q), 0);
      if (left > 0 && left < k) leaks.push(`a shown figure minus ${picked.length} others inside it leaves ${left}`);
    }
  }
  // 4. Sums and differences of a few shown figures.
  for (let attempt = 0; attempt < 300 && shown.length > 1; attempt++) {
    const v = new Array<number>(width).fill(0);
    for (let t = rng.int(2, 4); t > 0; t--) {
      const f = rng.pick(shown);
      const sign = rng.next() < 0.5 ? -1 : 1;
      f.forEach((x, c) => (v[c] = v[c]! + sign * x));
    }
    const n = headcount(v);
    if (v.every((x) => x === 0 || x === 1) && n > 0 && n < k) leaks.push(`a sum and difference of shown figures isolates ${n}`);
  }
  return { leaks, hiddenCells: hidden.length, complementary: hidden.filter((h) => h.status === PROTECTS_ANOTHER).length, exhaustive };
}

/** Publishes the plan's tables through suppressCrossTab, each against everything before it. */
function publishAll(plan: Plan, rules = true): { history: ReleaseHistory; rounds: number } {
  let history = emptyReleaseHistory(plan.k, plan.people.unitOf.length);
  let rounds = 0;
  for (const t of plan.tables) {
    const table = suppressCrossTab({ people: plan.people, dimension: t.dimension, rows: t.rows, k: plan.k, history, rules });
    rounds += table.rounds;
    history = addRelease(history, table.released);
  }
  return { history, rounds };
}

/** The same tables with primary suppression only (fewer than k hidden, nothing more). */
function primaryOnly(plan: Plan): ReleaseHistory {
  let history = emptyReleaseHistory(plan.k, plan.people.unitOf.length);
  for (const t of plan.tables) {
    const width = t.dimension === null ? 1 : 1 + plan.people.demographics[t.dimension]!.categories;
    const counts = countsOf(plan, t.dimension, t.rows);
    const status = t.rows.map((_, r) => counts.slice(r * width, (r + 1) * width).map((x) => (x === 0 ? NONE : x < plan.k ? TOO_FEW : SHOWN)).join(''));
    history = addRelease(history, { dimension: t.dimension, rows: t.rows, status });
  }
  return history;
}

/** People per cell of a table, counted straight from the respondents. */
function countsOf(plan: Plan, dimension: string | null, rows: (number | null)[]): number[] {
  const { tree, unitOf, demographics } = plan.people;
  const width = dimension === null ? 1 : 1 + demographics[dimension]!.categories;
  const out = new Array<number>(rows.length * width).fill(0);
  unitOf.forEach((u, r) => {
    rows.forEach((top, i) => {
      let inside = top === null;
      for (let x = u; x >= 0 && !inside; x = tree.parent[x]!) inside = x === top;
      if (!inside) return;
      out[i * width]! += 1;
      const c = dimension === null ? -1 : demographics[dimension]!.of[r]!;
      if (c >= 0) out[i * width + 1 + c]! += 1;
    });
  });
  return out;
}

/** Each table protected on its own (rules and audit, but against an empty history). */
function eachTableAlone(plan: Plan): ReleaseHistory {
  let history = emptyReleaseHistory(plan.k, plan.people.unitOf.length);
  for (const t of plan.tables) {
    const table = suppressCrossTab({ people: plan.people, dimension: t.dimension, rows: t.rows, k: plan.k, history: emptyReleaseHistory(plan.k, plan.people.unitOf.length) });
    history = addRelease(history, table.released);
  }
  return history;
}

const SEEDS = 220;

describe('the attacker finds nothing in a survey’s whole release history', () => {
  it(`in ${SEEDS} generated organisations, by linear algebra, exhaustive small unions or differencing`, () => {
    let hidden = 0;
    let complementary = 0;
    let rounds = 0;
    let tables = 0;
    let exhaustive = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const plan = randomPlan(seed);
      const published = publishAll(plan);
      const result = attack(plan, published.history, seededRng(seed * 7919));
      expect(result.leaks, `seed ${seed} (k = ${plan.k})`).toEqual([]);
      hidden += result.hiddenCells;
      complementary += result.complementary;
      rounds += published.rounds;
      tables += plan.tables.length;
      if (result.exhaustive) exhaustive++;
    }
    // The organisations really exercise the protection: many hidden cells, many of them hidden
    // only to protect others, audits that had to hide more than the table rules did, and the
    // search for small unions finished everywhere.
    expect(tables).toBeGreaterThan(SEEDS * 8);
    expect(hidden).toBeGreaterThan(3000);
    expect(complementary).toBeGreaterThan(1000);
    expect(rounds).toBeGreaterThan(30);
    expect(exhaustive).toBe(SEEDS);
  }, 120_000);

  it('and the audit alone, without the table rules, leaves nothing either', () => {
    // The rules only save audit rounds; the audit is what makes the release safe. With them
    // switched off every complementary cell is the audit's choice, and every check of the
    // audit (hidden cells, small groups) has work to do.
    let rounds = 0;
    for (let seed = 1; seed <= SEEDS; seed += 2) {
      const plan = randomPlan(seed);
      const published = publishAll(plan, false);
      expect(attack(plan, published.history, seededRng(seed)).leaks, `seed ${seed} (k = ${plan.k})`).toEqual([]);
      rounds += published.rounds;
    }
    expect(rounds).toBeGreaterThan(300);
  }, 120_000);

  it('and primary suppression alone, or each table protected without the history, gives groups away', () => {
    let primaryLeaks = 0;
    let aloneLeaks = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const plan = randomPlan(seed);
      if (attack(plan, primaryOnly(plan), seededRng(seed)).leaks.length > 0) primaryLeaks++;
      if (attack(plan, eachTableAlone(plan), seededRng(seed)).leaks.length > 0) aloneLeaks++;
    }
    expect(primaryLeaks).toBeGreaterThan(SEEDS / 2);
    expect(aloneLeaks).toBeGreaterThan(SEEDS / 3);
  }, 120_000);
});
