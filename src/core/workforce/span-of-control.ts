// Span of control: how many people report directly to each manager. Very wide spans leave
// managers too little time for each person (the programme's leadership diagnostic looks for
// them alongside staff survey results on line management); very narrow spans suggest layers
// of management that add little. Counted from the line-manager links in the staff record.
//
// Definitions, on day `asOf`:
//   - a direct report is someone in post whose managerId names someone else in post;
//   - a manager is someone in post with at least one direct report, and their span is how many;
//   - spans above `max` (default 15) or below `min` (default 3) are flagged;
//   - the distribution per unit subtree (by the manager's unit) gives the median and quartiles
//     (linear interpolation between order statistics: position (n − 1)·p in the sorted spans,
//     as R's default and Excel's QUARTILE.INC) and the largest span.
// Links that cannot be counted are reported instead: someone managing themselves, managers not
// in the record, managers no longer (or not yet) in post. Loops of managers (A reports to B, B
// to A) are reported too, each once, starting from its smallest id; the walk that finds them
// visits each person once, so it ends however the links are tangled. The links on a loop are
// still counted as direct reports: each one on its own is an ordinary link.
//
// The per-manager list is an operational list for the people running the programme, about a
// manager's role rather than anyone's protected characteristics, and is not suppressed. The
// per-unit figures are: the count of managers is protected at k with the unit tree, and the
// median, quartiles and largest span of a unit are shown only where that count is shown.
import { checkDate, inPostOn } from './dates.js';
import { inPostIndices } from './leaders.js';
import { countCell, derivedCell, dimension, protectFigures, tableOf, TOTAL, type Cell } from './small-numbers.js';
import { rowUnitId, type Workforce } from './workforce.js';

export interface SpanOptions {
  asOf: string;
  k: number;
  /** Spans below this are flagged (default 3). */
  min?: number;
  /** Spans above this are flagged (default 15). */
  max?: number;
}

export interface ManagerSpan {
  managerId: string;
  unitId: string | null;
  directReports: number;
}

export interface BrokenLink {
  /** The person whose manager link could not be counted. */
  id: string;
  managerId: string;
}

export interface SpanRow {
  unitId: string | null;
  managers: Cell;
  median: Cell;
  lowerQuartile: Cell;
  upperQuartile: Cell;
  largest: Cell;
  /** Managers with more than `max` direct reports. */
  overMax: Cell;
  /** Managers with fewer than `min` direct reports. */
  underMin: Cell;
}

export interface SpanReport {
  asOf: string;
  k: number;
  min: number;
  max: number;
  /** Every manager, widest span first (then by id). */
  managers: ManagerSpan[];
  overMax: ManagerSpan[];
  underMin: ManagerSpan[];
  /** Each loop of manager links once, as ids in link order (each one's manager is the next; the last's is the first), smallest id first. */
  cycles: string[][];
  managesSelf: BrokenLink[];
  managerUnknown: BrokenLink[];
  managerNotInPost: BrokenLink[];
  rows: SpanRow[];
}

/** The p-quantile of ascending values by linear interpolation at position (n − 1)·p. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('No values.');
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * Loops in a set of "reports to" links (each person at most one). Each loop is returned once,
 * rotated to start at its smallest id. Every person is visited once, so this always ends.
 */
export function managerCycles(managerOf: ReadonlyMap<string, string>): string[][] {
  const state = new Map<string, 1 | 2>(); // 1: on the walk in progress; 2: finished
  const cycles: string[][] = [];
  for (const start of [...managerOf.keys()].sort()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !state.has(at)) {
      state.set(at, 1);
      path.push(at);
      at = managerOf.get(at);
    }
    if (at !== undefined && state.get(at) === 1) {
      const loop = path.slice(path.indexOf(at));
      const first = loop.indexOf([...loop].sort()[0]!);
      cycles.push([...loop.slice(first), ...loop.slice(0, first)]);
    }
    for (const p of path) state.set(p, 2);
  }
  return cycles.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
}

export function spanOfControl(w: Workforce, options: SpanOptions): SpanReport {
  const { asOf, k } = options;
  const min = options.min ?? 3;
  const max = options.max ?? 15;
  checkDate(asOf, 'The as-at date');
  if (!(min >= 0 && max >= min)) throw new RangeError(`The span range ${min} to ${max} is not a range.`);

  const byId = new Map(w.staff.map((s, i) => [s.id, i]));
  const inPost = inPostIndices(w, asOf);
  const reports = new Map<number, number>(); // manager's index in w.staff → direct reports
  const managerOf = new Map<string, string>();
  const managesSelf: BrokenLink[] = [];
  const managerUnknown: BrokenLink[] = [];
  const managerNotInPost: BrokenLink[] = [];
  for (const i of inPost) {
    const s = w.staff[i]!;
    const managerId = s.managerId?.trim() ?? '';
    if (managerId === '') continue;
    const link = { id: s.id, managerId };
    const m = byId.get(managerId);
    if (managerId === s.id) managesSelf.push(link);
    else if (m === undefined) managerUnknown.push(link);
    else if (!inPostOn(w.staff[m]!, asOf)) managerNotInPost.push(link);
    else {
      reports.set(m, (reports.get(m) ?? 0) + 1);
      managerOf.set(s.id, managerId);
    }
  }
  for (const link of managesSelf) managerOf.set(link.id, link.id);
  const cycles = managerCycles(managerOf);

  const managerIndex = [...reports.keys()];
  const managers = managerIndex
    .map((m): ManagerSpan => ({ managerId: w.staff[m]!.id, unitId: w.unitOf[m]! < 0 ? null : w.unitIds[w.unitOf[m]!]!, directReports: reports.get(m)! }))
    .sort((a, b) => b.directReports - a.directReports || (a.managerId < b.managerId ? -1 : 1));

  // Managers are the population: one table of who is above or below the range.
  const spans = managerIndex.map((m) => reports.get(m)!);
  const unitOf = Int32Array.from(managerIndex, (m) => w.unitOf[m]!);
  const range = spans.map((n) => (n < min ? 0 : n > max ? 1 : -1));
  const f = protectFigures(w.tree, unitOf, [dimension('spanRange', [`Fewer than ${min}`, `More than ${max}`], range)], k);
  const t = tableOf(f, 'spanRange');

  // Spans per row: a manager counts in the whole organisation and in each unit above them.
  const rowOfUnit = new Map(f.rows.map((u, r) => [u, r]));
  const perRow: number[][] = f.rows.map(() => []);
  spans.forEach((n, p) => {
    perRow[0]!.push(n);
    for (let u = unitOf[p]!; u >= 0; u = w.tree.parent[u]!) perRow[rowOfUnit.get(u)!]!.push(n);
  });
  const rows = f.rows.map((unit, row): SpanRow => {
    const managersCell = countCell(t, row, TOTAL);
    const sorted = perRow[row]!.sort((a, b) => a - b);
    const stat = (value: () => number) => derivedCell([managersCell], ([n]) => (n! > 0 ? { n: n!, value: value() } : null));
    return {
      unitId: rowUnitId(w, unit),
      managers: managersCell,
      median: stat(() => quantile(sorted, 0.5)),
      lowerQuartile: stat(() => quantile(sorted, 0.25)),
      upperQuartile: stat(() => quantile(sorted, 0.75)),
      largest: stat(() => sorted[sorted.length - 1]!),
      underMin: countCell(t, row, 0),
      overMax: countCell(t, row, 1),
    };
  });

  return {
    asOf,
    k,
    min,
    max,
    managers,
    overMax: managers.filter((m) => m.directReports > max),
    underMin: managers.filter((m) => m.directReports < min),
    cycles,
    managesSelf,
    managerUnknown,
    managerNotInPost,
    rows,
  };
}
