// Breakdowns of a closed survey by pay band, staff group or a demographic question, for one
// unit (its whole subtree) or crossed with the unit's teams. Every figure counts a population:
// everyone who answered, for head counts, or the people who answered one measure or statement,
// for its score. Each population keeps its own release history, because a score's n is over
// its answerers: protecting only the head counts would let the difference of two scores'
// counts isolate a handful of answerers (release-audit.ts works within one population).
import { suppressCrossTab } from './crosstab-suppression.js';
import { SHOWN } from './hierarchy-suppression.js';
import type { Demographic, SurveyPeople } from './release-atoms.js';
import { addRelease, emptyReleaseHistory, releasedStatus, type ReleaseHistory, type ReleasedTable } from './release-history.js';
import type { UnitTree } from './unit-tree.js';

export interface BreakdownDimension {
  /** "payBand", "staffGroup", or a demographic question's id. */
  id: string;
  name: string;
  /** In the order they are coded and shown. */
  categories: readonly { value: string; label: string }[];
}

/** Each respondent's category code: its position among the dimension's categories; -1 when not stated or not one of them. */
export function dimensionCodes(dimension: BreakdownDimension, values: readonly unknown[]): Demographic {
  const code = new Map(dimension.categories.map((c, i) => [c.value, i]));
  return { categories: dimension.categories.length, of: Int32Array.from(values, (v) => (typeof v === 'string' ? (code.get(v) ?? -1) : -1)) };
}

/** The people a figure counts, with their row in the survey's respondents. */
export interface Population {
  people: SurveyPeople;
  /** members[p]: population member p's index among all respondents. */
  members: Int32Array;
}

/** Everyone (answered null) or the respondents with a value in `answered` (not NaN). */
export function populationOf(tree: UnitTree, unitOf: Int32Array, demographics: Readonly<Record<string, Demographic>>, answered: Float64Array | null): Population {
  const members: number[] = [];
  for (let r = 0; r < unitOf.length; r++) if (answered === null || !Number.isNaN(answered[r]!)) members.push(r);
  const index = Int32Array.from(members);
  const pick = (column: Int32Array) => Int32Array.from(index, (r) => column[r]!);
  return {
    members: index,
    people: {
      tree,
      unitOf: pick(unitOf),
      demographics: Object.fromEntries(Object.entries(demographics).map(([name, d]) => [name, { categories: d.categories, of: pick(d.of) }])),
    },
  };
}

/** The hierarchy table the heatmap already published for a population: every unit's total, as the heatmap decided. */
export function hierarchyRelease(status: ArrayLike<number>): ReleasedTable {
  return { label: 'Every unit', dimension: null, rows: Array.from({ length: status.length }, (_, u) => u), status: Array.from(status, (s) => String(s)) };
}

/** A population's history, started with the heatmap's hierarchy table when nothing has been recorded. */
export function startedHistory(stored: ReleaseHistory | null, k: number, population: Population, hierarchyStatus: ArrayLike<number>): ReleaseHistory {
  if (stored) {
    if (stored.respondents !== population.members.length) throw new RangeError('The recorded releases describe a different set of responses.');
    return stored;
  }
  return addRelease(emptyReleaseHistory(k, population.members.length), hierarchyRelease(hierarchyStatus));
}

export interface ReleasedFigures {
  rows: (number | null)[];
  /** 1 + categories: the row's total, then each category. */
  width: number;
  status: Uint8Array;
  /** People per cell and the mean of `values` over them; 0 and NaN where not shown. */
  n: Float64Array;
  mean: Float64Array;
  /** The history with this table added; the same object when the table had been released before. */
  history: ReleaseHistory;
  isNew: boolean;
}

const sameRows = (a: readonly (number | null)[], b: readonly (number | null)[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The table of one population (rows: units, each standing for its subtree, or null for
 * everyone; columns: the total and each category of `dimension`), protected against the
 * population's history. A table released before is shown exactly as it was then, so asking
 * again never changes what is visible; a new one is added to the history.
 */
export function releaseTable(population: Population, history: ReleaseHistory, dimension: string, rows: readonly (number | null)[], values: Float64Array | null): ReleasedFigures {
  const categories = population.people.demographics[dimension]?.categories;
  if (categories === undefined) throw new RangeError(`No demographic called ${dimension}.`);
  const width = 1 + categories;
  const before = history.tables.find((t) => t.dimension === dimension && sameRows(t.rows, rows));
  let status: Uint8Array;
  let next = history;
  if (before) {
    status = new Uint8Array(rows.length * width);
    for (let r = 0; r < rows.length; r++) for (let c = 0; c < width; c++) status[r * width + c] = releasedStatus(before, r, c);
  } else {
    const table = suppressCrossTab({ people: population.people, dimension, rows, k: history.k, history });
    status = table.status;
    next = addRelease(history, table.released);
  }
  const { n, mean } = cellMeans(population, dimension, rows, values, status);
  return { rows: [...rows], width, status, n, mean, history: next, isNew: !before };
}

/** Counts and means per shown cell, summing each member into every row whose subtree holds their unit. */
function cellMeans(population: Population, dimension: string, rows: readonly (number | null)[], values: Float64Array | null, status: Uint8Array) {
  const { tree, unitOf, demographics } = population.people;
  const width = 1 + demographics[dimension]!.categories;
  const rowOf = new Int32Array(tree.size).fill(-1);
  rows.forEach((u, r) => {
    if (u !== null) rowOf[u] = r;
  });
  const everyone = rows.indexOf(null);
  const count = new Float64Array(rows.length * width);
  const sum = new Float64Array(rows.length * width);
  const of = demographics[dimension]!.of;
  const add = (r: number, p: number) => {
    const v = values === null ? 0 : values[population.members[p]!]!;
    const cat = of[p]!;
    count[r * width]! += 1;
    sum[r * width]! += v;
    if (cat >= 0) {
      count[r * width + 1 + cat]! += 1;
      sum[r * width + 1 + cat]! += v;
    }
  };
  for (let p = 0; p < unitOf.length; p++) {
    if (everyone >= 0) add(everyone, p);
    for (let u = unitOf[p]!; u >= 0; u = tree.parent[u]!) if (rowOf[u]! >= 0) add(rowOf[u]!, p);
  }
  const n = new Float64Array(count.length);
  const mean = new Float64Array(count.length).fill(Number.NaN);
  for (let cell = 0; cell < count.length; cell++) {
    if (status[cell] !== SHOWN || count[cell] === 0) continue;
    n[cell] = count[cell]!;
    if (values !== null) mean[cell] = sum[cell]! / count[cell]!;
  }
  return { n, mean };
}

/** Rows for a unit crossed with a demographic: the unit itself (its row doubles as the column totals), then its direct teams. */
export function unitAndChildren(tree: UnitTree, unit: number): number[] {
  return [unit, ...tree.childList.subarray(tree.childStart[unit]!, tree.childStart[unit + 1]!)];
}
