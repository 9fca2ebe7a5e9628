// The analytics benchmark: the full heatmap (every unit with its subtree rolled up, against
// every scale, with complementary suppression) and one unit's item report, on synthetic
// responses at the size of a large trust and at national scale, each engine in its own
// process; then DuckDB computing the same aggregation on the same data, side by side.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../e2e/support/server.js';
import { LARGE_TRUST, NATIONAL, type SyntheticShape } from './lib/synthetic-responses.js';
import { percentile, round } from './lib/stats.js';

interface WorkerResult {
  heatmapMs: number[];
  unitReportMs?: number[];
  checksum: { n: number; sum: number };
  peakRssMb: number;
  shownCells?: number;
  cells?: number;
  threads?: number;
}

export interface AnalyticsScaleResult {
  shape: SyntheticShape;
  ours: { heatmapMedianMs: number; heatmapP95Ms: number; unitReportMedianMs: number; unitReportP95Ms: number; peakRssMb: number; cells: number; shownCells: number };
  duckdb: { heatmapMedianMs: number; threads: number; peakRssMb: number };
  /** DuckDB's median over ours: above 1 means ours is faster. */
  duckdbOverOurs: number;
  sameAggregation: boolean;
}

function runWorker(scale: 'trust' | 'national', engine: 'ours' | 'duckdb', runs: number): WorkerResult {
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'bench', 'analytics-worker.ts'), scale, engine, String(runs)], {
    cwd: REPO_ROOT,
    maxBuffer: 1 << 24,
    stdio: ['ignore', 'pipe', 'inherit'],
  }).toString();
  return JSON.parse(out.trim().split('\n').at(-1)!) as WorkerResult;
}

const median = (xs: number[]) => round(percentile(xs, 50), 1)!;

export function analyticsBench(scale: 'trust' | 'national', runs: number): AnalyticsScaleResult {
  const ours = runWorker(scale, 'ours', runs);
  const duck = runWorker(scale, 'duckdb', Math.max(3, Math.ceil(runs / 3)));
  const oursMedian = median(ours.heatmapMs);
  const duckMedian = median(duck.heatmapMs);
  return {
    shape: scale === 'national' ? NATIONAL : LARGE_TRUST,
    ours: {
      heatmapMedianMs: oursMedian,
      heatmapP95Ms: round(percentile(ours.heatmapMs, 95), 1)!,
      unitReportMedianMs: median(ours.unitReportMs ?? []),
      unitReportP95Ms: round(percentile(ours.unitReportMs ?? [], 95), 1)!,
      peakRssMb: round(ours.peakRssMb, 0)!,
      cells: ours.cells ?? 0,
      shownCells: ours.shownCells ?? 0,
    },
    duckdb: { heatmapMedianMs: duckMedian, threads: duck.threads ?? 0, peakRssMb: round(duck.peakRssMb, 0)! },
    duckdbOverOurs: round(duckMedian / oursMedian, 2)!,
    sameAggregation: ours.checksum.n === duck.checksum.n && Math.abs(ours.checksum.sum - duck.checksum.sum) <= 1e-9 * Math.abs(ours.checksum.sum),
  };
}

export function printAnalyticsTable(results: { trust: AnalyticsScaleResult | null; national: AnalyticsScaleResult | null }): void {
  console.log('\nAnalytics (ours vs DuckDB on the same data; medians)');
  console.log('scale         respondents × items / units   heatmap ours   DuckDB     DuckDB/ours   unit report   peak RSS ours   same sums');
  for (const [name, r] of Object.entries(results)) {
    if (!r) continue;
    const s = r.shape;
    console.log(
      `${name.padEnd(13)} ${`${s.respondents.toLocaleString('en-GB')} × ${s.items} / ${s.units.toLocaleString('en-GB')}`.padEnd(29)} ${`${r.ours.heatmapMedianMs} ms`.padEnd(14)} ${`${r.duckdb.heatmapMedianMs} ms`.padEnd(10)} ${`${r.duckdbOverOurs}×`.padEnd(13)} ${`${r.ours.unitReportMedianMs} ms`.padEnd(13)} ${`${r.ours.peakRssMb} MB`.padEnd(15)} ${r.sameAggregation ? 'yes' : 'NO'}`,
    );
  }
}
