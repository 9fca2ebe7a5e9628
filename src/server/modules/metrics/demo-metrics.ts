// The demo organisation's dashboard: 30 months of realistic figures (May 2024 to October 2026)
// for the whole trust and its divisions, so a newcomer sees the charts at work at once: sickness
// absence with its winter peaks and a step down after a wellbeing programme, turnover drifting
// down, the inpatient Friends and Family Test improving, complaints with no real change, and a
// few metrics reported quarterly or yearly as boards receive them. Levels are typical of an
// English acute trust (NHS Digital sickness absence and turnover statistics, the FFT publication).
import { seededRng, type Rng } from '../../../core/random/seeded.js';
import type { Db } from '../../db/database.js';
import { nowIso } from '../../kernel/ids.js';
import { listUnits } from '../units/index.js';
import { insertSettings, ORGANISATION_KEY, upsertValues } from './metrics.repository.js';
import type { MetricValuesTable } from './metrics.table.js';

const START = { year: 2024, month: 5 };
const MONTHS = 30;

interface Shape {
  key: string;
  base: number;
  /** Change per month. */
  trend?: number;
  /** Size of the winter rise (December to February). */
  winter?: number;
  /** A lasting step from this month (0-based) on. */
  step?: { from: number; by: number };
  noise: number;
  decimals: number;
}

const MONTHLY: Shape[] = [
  { key: 'sickness-absence', base: 5.2, winter: 0.9, step: { from: 16, by: -0.6 }, noise: 0.18, decimals: 1 },
  { key: 'turnover', base: 12.8, trend: -0.07, noise: 0.25, decimals: 1 },
  { key: 'stability', base: 84.5, trend: 0.06, noise: 0.4, decimals: 1 },
  { key: 'vacancy-rate', base: 8.4, trend: -0.05, noise: 0.3, decimals: 1 },
  { key: 'agency-spend', base: 6.1, step: { from: 12, by: -2.2 }, noise: 0.35, decimals: 1 },
  { key: 'bank-spend', base: 7.3, noise: 0.4, decimals: 1 },
  { key: 'appraisal-rate', base: 78, trend: 0.25, noise: 1.4, decimals: 0 },
  { key: 'mandatory-training', base: 86, trend: 0.12, noise: 0.9, decimals: 0 },
  { key: 'fft-inpatient', base: 93.4, step: { from: 20, by: 1.6 }, noise: 0.5, decimals: 1 },
  { key: 'complaints', base: 52, winter: 6, noise: 6, decimals: 0 },
  { key: 'incidents-reported', base: 41, trend: 0.35, noise: 2.2, decimals: 1 },
  { key: 'harm-incidents', base: 14, noise: 3, decimals: 0 },
  { key: 'financial-position', base: -850, trend: 40, noise: 160, decimals: 0 },
];

const QUARTERLY: Shape[] = [
  { key: 'recommend-place-to-work', base: 56, trend: 0.6, noise: 1.2, decimals: 0 },
  { key: 'fft-staff-care', base: 64, trend: 0.4, noise: 1.2, decimals: 0 },
  { key: 'shmi', base: 1.04, trend: -0.004, noise: 0.015, decimals: 2 },
];

const YEARLY: [key: string, values: number[]][] = [
  ['staff-engagement', [6.7, 6.8, 6.9]],
  ['team-working', [6.6, 6.6, 6.8]],
  ['wres-board-gap', [14.2, 11.5, 9.8]],
  ['wres-shortlisting', [1.61, 1.48, 1.37]],
  ['wdes-harassment-gap', [6.4, 5.9, 5.1]],
  ['cqc-rating', [2, 2, 3]],
];

function series(shape: Shape, count: number, rng: Rng, scale = 1, monthOf = (i: number) => (START.month - 1 + i) % 12): number[] {
  return Array.from({ length: count }, (_, i) => {
    const month = monthOf(i);
    let v = shape.base * scale + (shape.trend ?? 0) * i;
    if (shape.winter && (month === 11 || month === 0 || month === 1)) v += shape.winter;
    if (shape.step && i >= shape.step.from) v += shape.step.by;
    v += (rng.next() + rng.next() + rng.next() - 1.5) * 2 * shape.noise;
    const f = 10 ** shape.decimals;
    return Math.round(v * f) / f;
  });
}

const monthLabel = (i: number) => {
  const m = START.month - 1 + i;
  return { label: `${START.year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`, index: START.year * 12 + m };
};

export async function seedDemoMetrics(db: Db, organisationId: string): Promise<void> {
  const rng = seededRng(20261101);
  const at = nowIso();
  const rows: MetricValuesTable[] = [];
  const push = (key: string, unitId: string | null, kind: string, label: string, index: number, value: number) =>
    rows.push({ organisation_id: organisationId, metric_key: key, unit_key: unitId ?? ORGANISATION_KEY, unit_id: unitId, period_kind: kind, period: label, period_index: index, value, updated_at: at });

  for (const shape of MONTHLY) series(shape, MONTHS, rng).forEach((v, i) => push(shape.key, null, 'month', monthLabel(i).label, monthLabel(i).index, v));
  for (const shape of QUARTERLY) {
    // 2024-Q3 to 2026-Q3: nine quarters.
    series(shape, 9, rng, 1, (i) => (6 + 3 * i) % 12).forEach((v, i) => {
      const index = 2024 * 4 + 2 + i;
      push(shape.key, null, 'quarter', `${Math.floor(index / 4)}-Q${(index % 4) + 1}`, index, v);
    });
  }
  for (const [key, values] of YEARLY) values.forEach((v, i) => push(key, null, 'year', String(2024 + i), 2024 + i, v));

  // Divisions: sickness, turnover and the FFT, each division a little different.
  const divisions = (await listUnits(db, organisationId)).filter((u) => u.kind === 'division').sort((a, b) => a.externalCode.localeCompare(b.externalCode));
  divisions.forEach((d, n) => {
    const lean = 0.8 + 0.1 * n;
    for (const key of ['sickness-absence', 'turnover', 'fft-inpatient']) {
      const shape = MONTHLY.find((s) => s.key === key)!;
      const scale = key === 'fft-inpatient' ? 1 - (n % 3) * 0.01 : lean;
      series({ ...shape, noise: shape.noise * 1.8 }, MONTHS, rng, scale).forEach((v, i) => push(key, d.id, 'month', monthLabel(i).label, monthLabel(i).index, Math.min(100, v)));
    }
  });
  await upsertValues(db, rows);
  // Targets as a trust's board might set them, so the assurance icons have something to say.
  const targets: [key: string, target: number, benchmark: number | null, label: string | null][] = [
    ['sickness-absence', 4.5, 5.1, 'NHS England acute trusts, 2025'],
    ['appraisal-rate', 90, null, null],
    ['mandatory-training', 90, null, null],
    ['fft-inpatient', 95, 94.3, 'England, 2025'],
    ['turnover', 12, 11.6, 'NHS England acute trusts, 2025'],
    ['vacancy-rate', 7, null, null],
  ];
  await insertSettings(db, targets.map(([key, target, benchmark, label]) => ({ organisation_id: organisationId, metric_key: key, target, benchmark, benchmark_label: label, version: 1, updated_at: at })));
}
