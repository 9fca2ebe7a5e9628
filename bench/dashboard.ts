// The dashboard benchmark: SPC on 10,000 series of 60 points (pure, in this process), then the
// dashboard page's data and a 100,000-row import on SQLite and on PostgreSQL side by side, each
// in a process of its own (bench/dashboard-worker.ts).
import { analyseSpc } from '../src/core/spc/index.js';
import { seededRng } from '../src/core/random/seeded.js';
import { percentile, round } from './lib/stats.js';
import { runWorker } from './lib/worker.js';

export interface DashboardEngineResult {
  dashboard: { metrics: number; pointsEach: number; medianMs: number; p95Ms: number };
  import: { rows: number; csvBytes: number; wallMs: number; written: number; storedAfter: number };
  peakRssMb: number;
}

export interface SpcThroughput {
  series: number;
  points: number;
  medianMs: number;
  runs: number[];
  specialCausePoints: number;
}

/** 10,000 series of 60 points (a level, a little drift, noise, sometimes a step), analysed 5 times. */
export function spcThroughput(): SpcThroughput {
  const rng = seededRng(60);
  const series = Array.from({ length: 10_000 }, () => {
    const level = 50 + rng.next() * 50;
    const step = rng.next() < 0.3 ? (rng.next() - 0.5) * 20 : 0;
    return Array.from({ length: 60 }, (_, i) => level + (i > 40 ? step : 0) + (rng.next() + rng.next() + rng.next() - 1.5) * 6);
  });
  let special = 0;
  for (const s of series.slice(0, 200)) analyseSpc(s, { direction: 'increase', target: 70 }); // warm-up
  const runs: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    special = 0;
    for (const s of series) special += analyseSpc(s, { direction: 'increase', target: 70 }).points.filter((p) => p.type !== 'common_cause').length;
    runs.push(round(performance.now() - started, 1)!);
  }
  return { series: series.length, points: 60, medianMs: round(percentile(runs, 50), 1)!, runs, specialCausePoints: special };
}

export function dashboardEngine(env: Record<string, string | undefined>): DashboardEngineResult {
  return runWorker<DashboardEngineResult>('dashboard-worker.ts', env);
}
