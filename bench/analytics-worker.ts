// One engine's run of the heatmap benchmark, in a process of its own so its memory is its own:
//   node --import tsx bench/analytics-worker.ts trust|national ours|duckdb RUNS
// Prints one JSON line: run times, peak memory and a checksum of the aggregation.
import { buildHeatmap } from '../src/core/analytics/heatmap.js';
import { respondentScaleScores } from '../src/core/analytics/scale-scores.js';
import { rollUpUnits } from '../src/core/analytics/unit-rollup.js';
import { unitReport } from '../src/core/analytics/unit-report.js';
import { unitTree } from '../src/core/analytics/unit-tree.js';
import { duckdbHeatmapQuery, duckdbSetup, generate, LARGE_TRUST, NATIONAL, parentOf } from './lib/synthetic-responses.js';

const [scale = 'trust', engine = 'ours', runsArg = '10'] = process.argv.slice(2);
const shape = scale === 'national' ? NATIONAL : LARGE_TRUST;
const runs = Math.max(1, Number(runsArg));
const K = 11;
const scaleCount = Math.floor(shape.items / shape.itemsPerScale);

function timed<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

async function ours() {
  const { unitOf, items } = generate(shape);
  const rssAfterData = process.memoryUsage().rss;
  const heatmap = () => {
    const tree = unitTree(Array.from({ length: shape.units }, (_, u) => parentOf(u)));
    const scales = Array.from({ length: scaleCount }, (_, s) => respondentScaleScores(items.slice(s * shape.itemsPerScale, (s + 1) * shape.itemsPerScale)));
    return buildHeatmap({ tree, unitOf, scales, k: K });
  };
  // Warm-up, so the JIT has compiled the loops, as in a server that has answered a few requests.
  for (let i = 0; i < 5; i++) heatmap();
  const heatmapMs = Array.from({ length: runs }, () => timed(heatmap).ms);
  const tree = unitTree(Array.from({ length: shape.units }, (_, u) => parentOf(u)));
  const positiveFrom = items.map(() => 7.5);
  const reportUnit = shape.units >> 1;
  for (let i = 0; i < 5; i++) unitReport({ tree, unitOf, items, positiveFrom, k: K }, reportUnit);
  const unitReportMs = Array.from({ length: runs }, () => timed(() => unitReport({ tree, unitOf, items, positiveFrom, k: K }, reportUnit)).ms);
  // The checksum covers the aggregation before anything is hidden, as DuckDB computes it.
  const scales = Array.from({ length: scaleCount }, (_, s) => respondentScaleScores(items.slice(s * shape.itemsPerScale, (s + 1) * shape.itemsPerScale)));
  const rollup = rollUpUnits(scales, unitOf, tree);
  let n = 0;
  let sum = 0;
  for (let i = 0; i < rollup.n.length; i++) {
    n += rollup.n[i]!;
    sum += rollup.sum[i]!;
  }
  const shown = heatmap().status.reduce((c, s) => c + (s === 0 ? 1 : 0), 0);
  return { heatmapMs, unitReportMs, checksum: { n, sum }, cells: scaleCount * shape.units, shownCells: shown, rssAfterDataMb: rssAfterData / 1048576 };
}

async function duckdb() {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const sql of duckdbSetup(shape)) await connection.run(sql);
  const query = duckdbHeatmapQuery(shape);
  await connection.runAndReadAll(query); // warm-up
  const heatmapMs: number[] = [];
  let rows: unknown[][] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows = (await connection.runAndReadAll(query)).getRows();
    heatmapMs.push(performance.now() - started);
  }
  let n = 0;
  let sum = 0;
  for (const row of rows) {
    for (let s = 0; s < scaleCount; s++) {
      n += Number(row[2 + 3 * s]);
      sum += Number(row[3 + 3 * s] ?? 0);
    }
  }
  const threads = (await connection.runAndReadAll("SELECT current_setting('threads')")).getRows()[0]?.[0];
  return { heatmapMs, checksum: { n, sum }, units: rows.length, threads: Number(threads) };
}

const result = engine === 'duckdb' ? await duckdb() : await ours();
console.log(JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
