// The breakdowns benchmark: publishing one table after another for a large trust's survey,
// each protected against every table released before it (core/analytics/breakdown.ts), the
// way a change team opens breakdowns over an afternoon: for each of five demographics in turn,
// the whole organisation, the 30 largest units, and the organisation's divisions crossed with
// the demographic. The history, and so the audit's work, grows with every table; the figures
// show how the cost grows. This is one population: the server does the same for head counts
// and for each measure of a table it shows.
import { populationOf, releaseTable, startedHistory, unitAndChildren } from '../src/core/analytics/breakdown.js';
import { suppressHierarchy } from '../src/core/analytics/hierarchy-suppression.js';
import type { Demographic } from '../src/core/analytics/release-atoms.js';
import { rollUpUnits } from '../src/core/analytics/unit-rollup.js';
import { unitTree } from '../src/core/analytics/unit-tree.js';
import { LARGE_TRUST, parentOf, unitOfRespondent } from './lib/synthetic-responses.js';
import { percentile, round } from './lib/stats.js';

/** Five demographics with NHS-like spreads, from integer hashes so the run is the same every time. */
const DEMOGRAPHICS: [name: string, weights: number[]][] = [
  ['payBand', [8, 14, 10, 24, 18, 12, 7, 4, 3]],
  ['staffGroup', [30, 22, 12, 15, 8, 8, 5]],
  ['lengthOfService', [10, 15, 20, 20, 15, 20]],
  ['managesOthers', [25, 75]],
  ['workingPattern', [70, 25, 5]],
];

function category(r: number, d: number, weights: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = ((r * 2246822519 + d * 3266489917) % 1000003) / 1000003 * total;
  for (let c = 0; c < weights.length; c++) {
    x -= weights[c]!;
    if (x < 0) return (r * 7 + d) % 41 === 0 ? -1 : c; // about 1 in 41 prefers not to say
  }
  return weights.length - 1;
}

export interface BreakdownsResult {
  shape: { respondents: number; units: number; demographics: number; k: number };
  tables: number;
  perTableMs: { median: number; p95: number; max: number };
  /** Median per table while the history holds 1, 2, … 5 demographics. */
  byDemographicsReleased: { demographics: number; tables: number; medianMs: number; maxMs: number }[];
  peakRssMb: number;
}

export function breakdownsBench(): BreakdownsResult {
  const shape = LARGE_TRUST;
  const k = 11;
  const tree = unitTree(Array.from({ length: shape.units }, (_, u) => parentOf(u)));
  const unitOf = Int32Array.from({ length: shape.respondents }, (_, r) => unitOfRespondent(r, shape.units));
  const demographics: Record<string, Demographic> = Object.fromEntries(
    DEMOGRAPHICS.map(([name, weights], d) => [name, { categories: weights.length, of: Int32Array.from({ length: shape.respondents }, (_, r) => category(r, d, weights)) }]),
  );
  const counts = rollUpUnits([], unitOf, tree).respondents;
  const population = populationOf(tree, unitOf, demographics, null);
  let history = startedHistory(null, k, population, suppressHierarchy(tree, counts, k));
  const largest = [...counts.keys()].sort((a, b) => counts[b]! - counts[a]! || a - b).slice(1, 31);
  const times: number[] = [];
  const byStage: BreakdownsResult['byDemographicsReleased'] = [];
  for (const [d, [name]] of DEMOGRAPHICS.entries()) {
    const stage: number[] = [];
    for (const rows of [[0], ...largest.map((u) => [u]), unitAndChildren(tree, 0)]) {
      const started = performance.now();
      history = releaseTable(population, history, name, rows, null).history;
      stage.push(performance.now() - started);
    }
    times.push(...stage);
    byStage.push({ demographics: d + 1, tables: stage.length, medianMs: round(percentile(stage, 50), 1)!, maxMs: round(Math.max(...stage), 1)! });
  }
  return {
    shape: { respondents: shape.respondents, units: shape.units, demographics: DEMOGRAPHICS.length, k },
    tables: times.length,
    perTableMs: { median: round(percentile(times, 50), 1)!, p95: round(percentile(times, 95), 1)!, max: round(Math.max(...times), 1)! },
    byDemographicsReleased: byStage,
    peakRssMb: round(process.memoryUsage().rss / 2 ** 20, 0)!,
  };
}

if (process.argv[1]?.endsWith('breakdowns.ts')) console.log(JSON.stringify(breakdownsBench(), null, 2));
