// The demo trust's patient experience: 30 months of Friends and Family Test results (May 2024 to
// October 2026, as the dashboard's figures) for each clinical division and the whole trust, at
// the levels an English acute trust sees (93% to 96% positive, a few hundred responses per
// division a month; NHS England's FFT publication), with a small improvement from month 21; two
// care of older people wards that report their own results, one of them with only 3 responses in
// the latest month so the publication's suppression shows; and about 120 complaints and
// compliments from the last year, two thirds of them already coded to the cultural elements.
// Deterministic: the same demo every time.
import { seededRng, type Rng } from '../../../core/random/seeded.js';
import type { Db } from '../../db/database.js';
import { newId, nowIso } from '../../kernel/ids.js';
import { listUnits } from '../units/index.js';
import { DEMO_COMPLAINTS, DEMO_COMPLIMENTS, THEME_OF, type DemoFeedback } from './demo-feedback-texts.js';
import { insertCodes, insertFeedback, ORGANISATION_KEY, upsertFft } from './patient-experience.repository.js';
import type { FftResultsTable } from './patient-experience.table.js';

const START = { year: 2024, month: 5 };
const MONTHS = 30;
const FIRST_INDEX = START.year * 12 + START.month - 1;

// Responses a month and the usual share positive, by division; Corporate Services has no patients.
const DIVISIONS: Record<string, { responses: number; positive: number }> = {
  Medicine: { responses: 420, positive: 0.936 },
  'Surgery and Critical Care': { responses: 360, positive: 0.948 },
  'Women and Children': { responses: 240, positive: 0.955 },
  'Clinical Support Services': { responses: 300, positive: 0.944 },
  'Community and Integrated Care': { responses: 150, positive: 0.952 },
};

type Counts = Pick<FftResultsTable, 'very_good' | 'good' | 'neither' | 'poor' | 'very_poor' | 'dont_know'>;

/** Answers for one month: roughly three quarters of the positive ones "very good", the rest spread as the publication's are. */
function month(rng: Rng, responses: number, positive: number): Counts {
  const total = Math.max(0, Math.round(responses * (0.9 + 0.2 * rng.next())));
  const share = Math.min(0.99, positive + (rng.next() + rng.next() - 1) * 0.012);
  const pos = Math.round(total * share);
  const veryGood = Math.round(pos * (0.7 + 0.08 * rng.next()));
  const rest = total - pos;
  const dontKnow = Math.round(rest * 0.2);
  const neither = Math.round(rest * 0.35);
  const poor = Math.round(rest * 0.25);
  return { very_good: veryGood, good: pos - veryGood, neither, poor, very_poor: Math.max(0, rest - dontKnow - neither - poor), dont_know: dontKnow };
}

const label = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
const add = (a: Counts, b: Counts): Counts => ({ very_good: a.very_good + b.very_good, good: a.good + b.good, neither: a.neither + b.neither, poor: a.poor + b.poor, very_poor: a.very_poor + b.very_poor, dont_know: a.dont_know + b.dont_know });
const ZERO: Counts = { very_good: 0, good: 0, neither: 0, poor: 0, very_poor: 0, dont_know: 0 };

export async function seedDemoPatientExperience(db: Db, organisationId: string): Promise<void> {
  const rng = seededRng(20261102);
  const at = nowIso();
  const units = await listUnits(db, organisationId);
  const byName = new Map(units.map((u) => [u.name, u.id]));
  const rows: FftResultsTable[] = [];
  const push = (unitId: string | null, index: number, counts: Counts) =>
    rows.push({ organisation_id: organisationId, unit_key: unitId ?? ORGANISATION_KEY, unit_id: unitId, period: label(index), period_index: index, ...counts, updated_at: at });

  const divisions = Object.entries(DIVISIONS).filter(([name]) => byName.has(name));
  const ward11 = byName.get('Ward 11 (Care of Older People)');
  const ward12 = byName.get('Ward 12 (Care of Older People)');
  for (let i = 0; i < MONTHS; i++) {
    const index = FIRST_INDEX + i;
    // A new discharge-information leaflet from month 21 lifts every division a little.
    const lift = i >= 20 ? 0.012 : 0;
    let organisation = ZERO;
    for (const [name, d] of divisions) {
      const counts = month(rng, d.responses, d.positive + lift);
      organisation = add(organisation, counts);
      push(byName.get(name)!, index, counts);
    }
    push(null, index, organisation);
    // Two wards of Medicine report their own results; Ward 12 is small and in the latest month had
    // only 3 responses, so it is hidden, and Ward 11 beside it has its counts hidden as well.
    if (ward11) push(ward11, index, month(rng, 64, 0.93 + lift));
    if (ward12) push(ward12, index, i === MONTHS - 1 ? { very_good: 2, good: 1, neither: 0, poor: 0, very_poor: 0, dont_know: 0 } : month(rng, 14, 0.95));
  }
  await upsertFft(db, rows);
  await seedFeedback(db, organisationId, byName, rng, at);
}

async function seedFeedback(db: Db, organisationId: string, byName: ReadonlyMap<string, string>, rng: Rng, at: string): Promise<void> {
  const items: (readonly [DemoFeedback, 'complaint' | 'compliment'])[] = [...DEMO_COMPLIMENTS.map((f) => [f, 'compliment'] as const), ...DEMO_COMPLAINTS.map((f) => [f, 'complaint'] as const)];
  // Received over the year to 31 October 2026.
  const end = Date.UTC(2026, 9, 31);
  const feedback = items.map(([f, kind]) => ({
    id: newId(),
    organisation_id: organisationId,
    unit_id: f.unit ? (byName.get(f.unit) ?? null) : null,
    received_on: new Date(end - rng.int(0, 364) * 86_400_000).toISOString().slice(0, 10),
    kind,
    category: f.category,
    text: f.text,
    created_at: at,
  }));
  await insertFeedback(db, feedback);
  // Two in every three already coded, so the strengths and concerns have something to say and
  // the rest are left for the change team, with suggestions learnt from these.
  const codes = items.flatMap(([f], i) => (i % 3 === 2 ? [] : f.themes.map((k) => ({ organisation_id: organisationId, feedback_id: feedback[i]!.id, theme: THEME_OF[k] }))));
  await insertCodes(db, codes);
}
