// Small-number protection for the workforce figures: the same protection the survey results
// get, reused rather than rebuilt. Staff records describe people just as survey answers do, and
// a count of 3 Black staff in Band 8b on one ward, or a turnover rate over 4 leavers, points at
// individuals as surely as a survey score over 4 respondents.
//
// How a report's figures are protected:
//   - Every report counts one population (for example everyone in post on a date, or everyone
//     in post at some point in a period). Each figure is a count of that population in a unit's
//     whole subtree (or the whole organisation), in total or within one category of one
//     dimension (pay band, leader or not, ethnicity group, …); every dimension's figures form one
//     table, a row per unit and a column per category after the row's total.
//   - First the unit totals go through suppressHierarchy (hierarchy-suppression.ts): a unit of
//     fewer than k people is hidden (TOO_FEW), and more units are hidden (PROTECTS_ANOTHER) until
//     no parent minus the units shown below it leaves a "leftover" of 1 to k − 1 people.
//   - Then each dimension's table goes through the survey breakdowns' suppressCrossTab (via
//     breakdown.ts releaseTable), protected against every table of the report released before
//     it. Its rules are the ones asked of a breakdown: along a row, the total minus the shown
//     cells must leave 0 or at least k people and must not be one hidden cell (so when one cell
//     is hidden the next smallest is hidden as well); down each category, suppressHierarchy's
//     leftover rule across the unit tree. After the rules an exact audit checks that no hidden
//     cell and no group of 1 to k − 1 people can be worked out by any sum or difference of the
//     report's shown figures, across all its tables, and hides more until none can. Applying
//     suppressHierarchy per column and the row rule once each is not enough: a cell the row rule
//     hides in team A can come straight back as the division's figure minus team B's.
//   - Anything else a report shows (an FTE sum, a share, a rate, a median) is computed from
//     shown figures only, and is hidden when any figure it uses is hidden ('too_few' if any of
//     them has too few people, else 'protects_another'). An FTE sum is shown exactly where its
//     head count is, so any subtraction of FTE sums is one of head counts the audit ruled out.
//
// Every figure comes back as a Cell: shown with `n` (the people it rests on: the count itself,
// or the denominator of a share or rate) and `value`, or one of the hidden statuses.
//
// What this does not cover: two reports are separate populations with separate histories, so
// a figure in one is not audited against a figure in another (the leaders report's count of
// leaders on a date and the turnover report's count of leaders in post on the same date). One
// report may split the same people into two populations to keep the audit's work down (the
// audit's cost grows with every way the people are split at once); `totalsAsIn` then carries
// the first population's unit totals into the second, so the totals they share agree.
import { populationOf, releaseTable, startedHistory } from '../analytics/breakdown.js';
import { NONE, PROTECTS_ANOTHER, SHOWN, suppressHierarchy, TOO_FEW } from '../analytics/hierarchy-suppression.js';
import type { Demographic } from '../analytics/release-atoms.js';
import { addRelease } from '../analytics/release-history.js';
import { rollUpUnits } from '../analytics/unit-rollup.js';
import type { UnitTree } from '../analytics/unit-tree.js';

export type HiddenStatus = 'too_few' | 'protects_another' | 'none';
export type Cell = { status: 'shown'; n: number; value: number } | { status: HiddenStatus };

/** The default threshold: counts of fewer than 11 people are not shown. Reports take k as a parameter. */
export const DEFAULT_K = 11;

const STATUS_NAMES: Record<number, Cell['status']> = {
  [SHOWN]: 'shown',
  [TOO_FEW]: 'too_few',
  [PROTECTS_ANOTHER]: 'protects_another',
  [NONE]: 'none',
};

/** One way of splitting the population: each member's category, or -1 for none (still counted in the row's total). */
export interface Dimension {
  name: string;
  categories: readonly string[];
  of: Int32Array;
}

export interface FigureTable {
  dimension: Dimension;
  /** 1 + categories: the row's total, then each category. */
  width: number;
  /** Suppression codes (hierarchy-suppression.ts), row-major: row × width + column. */
  status: Uint8Array;
  /** People per shown cell; 0 elsewhere. */
  n: Float64Array;
}

export interface Figures {
  k: number;
  tree: UnitTree;
  unitOf: Int32Array;
  /** null for the whole organisation, then each unit (its whole subtree), parents first. */
  rows: (number | null)[];
  tables: Map<string, FigureTable>;
}

export function checkK(k: number): void {
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k must be a whole number of at least 1, not ${k}.`);
}

/**
 * Protects every table of one population at threshold k, in the order the dimensions are given
 * (a table is checked against all tables before it, so the order only decides which of two
 * equally small cells ends up hidden).
 */
export function protectFigures(tree: UnitTree, unitOf: Int32Array, dimensions: readonly Dimension[], k: number, options: { totalsAsIn?: Figures } = {}): Figures {
  checkK(k);
  const demographics: Record<string, Demographic> = {};
  for (const d of dimensions) {
    if (d.of.length !== unitOf.length) throw new RangeError(`Dimension ${d.name} has ${d.of.length} values for ${unitOf.length} people.`);
    if (demographics[d.name]) throw new RangeError(`Dimension ${d.name} is given twice.`);
    demographics[d.name] = { categories: d.categories.length, of: d.of };
  }
  const counts = rollUpUnits([], unitOf, tree).respondents;
  const population = populationOf(tree, unitOf, demographics, null);
  let history = startedHistory(null, k, population, suppressHierarchy(tree, counts, k));
  const rows: (number | null)[] = [null, ...tree.order];
  const earlier = options.totalsAsIn;
  if (earlier) {
    // The same people protected in another report: start from the totals as that report left
    // them, so a total hidden there cannot be added up from this report's categories.
    if (earlier.unitOf.length !== unitOf.length || earlier.unitOf.some((u, i) => u !== unitOf[i]) || earlier.k !== k) {
      throw new RangeError('totalsAsIn must be figures for the same people at the same k.');
    }
    const last = [...earlier.tables.values()].at(-1);
    if (last) history = addRelease(history, { label: 'Totals as already released', dimension: null, rows: earlier.rows, status: earlier.rows.map((_, r) => String(last.status[r * last.width]!)) });
  }
  const tables = new Map<string, FigureTable>();
  for (const d of dimensions) {
    const released = releaseTable(population, history, d.name, rows, null);
    history = released.history;
    tables.set(d.name, { dimension: d, width: released.width, status: released.status, n: released.n });
  }
  return { k, tree, unitOf, rows, tables };
}

export function tableOf(f: Figures, dimension: string): FigureTable {
  const t = f.tables.get(dimension);
  if (!t) throw new RangeError(`No table by ${dimension}.`);
  return t;
}

/** Column of a table: the row's total, or a category's position. */
export const TOTAL = -1;
const columnOf = (t: FigureTable, category: number): number => {
  if (category !== TOTAL && !(category >= 0 && category < t.width - 1)) throw new RangeError(`No category ${category} in ${t.dimension.name}.`);
  return category === TOTAL ? 0 : 1 + category;
};

/** A count: people in the row's subtree, in total (TOTAL) or in one category. */
export function countCell(t: FigureTable, row: number, category: number): Cell {
  const cell = row * t.width + columnOf(t, category);
  const status = t.status[cell]!;
  if (status !== SHOWN) return { status: STATUS_NAMES[status] as HiddenStatus };
  return { status: 'shown', n: t.n[cell]!, value: t.n[cell]! };
}

/**
 * Per cell of a table, the sum of a value over the cell's people (NaN values left out), for
 * figures such as FTE that are shown exactly where their head count is.
 */
export function cellSums(f: Figures, t: FigureTable, values: ArrayLike<number>): Float64Array {
  if (values.length !== f.unitOf.length) throw new RangeError(`${values.length} values for ${f.unitOf.length} people.`);
  const sums = new Float64Array(f.rows.length * t.width);
  const rowOf = new Int32Array(f.tree.size).fill(-1);
  f.rows.forEach((u, r) => {
    if (u !== null) rowOf[u] = r;
  });
  const everyone = f.rows.indexOf(null);
  const of = t.dimension.of;
  for (let p = 0; p < values.length; p++) {
    const v = values[p]!;
    if (Number.isNaN(v)) continue;
    const add = (r: number) => {
      sums[r * t.width]! += v;
      if (of[p]! >= 0) sums[r * t.width + 1 + of[p]!]! += v;
    };
    if (everyone >= 0) add(everyone);
    for (let u = f.unitOf[p]!; u >= 0; u = f.tree.parent[u]!) if (rowOf[u]! >= 0) add(rowOf[u]!);
  }
  return sums;
}

/** A sum (from cellSums) shown where the same cell's head count is shown; n is the head count. */
export function sumCell(t: FigureTable, sums: Float64Array, row: number, category: number): Cell {
  const count = countCell(t, row, category);
  if (count.status !== 'shown') return count;
  return { status: 'shown', n: count.n, value: sums[row * t.width + columnOf(t, category)]! };
}

/** The value a cell stands for in arithmetic: a shown cell's value, and 0 for a cell with nobody. */
const valueOf = (c: Cell): number => (c.status === 'shown' ? c.value : 0);

/**
 * A figure worked out from other cells. Hidden when any input is hidden: 'too_few' when any
 * input has too few people (the reason a reader can act on), else 'protects_another'. Cells
 * with nobody count as 0. `compute` returns null when there is nothing to show (dividing by
 * nobody): the cell is then 'none'.
 */
export function derivedCell(inputs: readonly Cell[], compute: (values: number[]) => { n: number; value: number } | null): Cell {
  if (inputs.some((c) => c.status === 'too_few')) return { status: 'too_few' };
  if (inputs.some((c) => c.status === 'protects_another')) return { status: 'protects_another' };
  const out = compute(inputs.map(valueOf));
  return out === null ? { status: 'none' } : { status: 'shown', n: out.n, value: out.value };
}

/** part ÷ whole, with n the whole's people. */
export const shareCell = (part: Cell, whole: Cell): Cell =>
  derivedCell([whole, part], ([w, p]) => (w! > 0 ? { n: w!, value: p! / w! } : null));

/** total − part as a count (say, staff whose ethnicity is known: everyone − not known). */
export const differenceCell = (total: Cell, part: Cell): Cell =>
  derivedCell([total, part], ([t, p]) => (t! - p! > 0 ? { n: t! - p!, value: t! - p! } : null));

/** a + b as a count. */
export const sumOfCells = (a: Cell, b: Cell): Cell =>
  derivedCell([a, b], ([x, y]) => (x! + y! > 0 ? { n: x! + y!, value: x! + y! } : null));

/** A dimension from a category code per person (-1 for none). */
export const dimension = (name: string, categories: readonly string[], of: ArrayLike<number>): Dimension => ({ name, categories, of: Int32Array.from(of) });

/** A yes-only dimension: category 0 for the people where `test` holds, -1 (total only) otherwise. */
export const flagDimension = <T>(name: string, label: string, members: readonly T[], test: (m: T, i: number) => boolean): Dimension =>
  dimension(name, [label], members.map((m, i) => (test(m, i) ? 0 : -1)));
