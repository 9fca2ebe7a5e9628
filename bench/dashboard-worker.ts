// One engine's run of the dashboard benchmark, in a process of its own:
//   node --import tsx bench/dashboard-worker.ts   (DATABASE_URL set for PostgreSQL; unset for SQLite)
// The app on a real migrated database (the route-test harness); 40 metrics × 60 months for the
// organisation, then the dashboard asked for repeatedly (server time: from the request entering
// Fastify to the response, by app.inject, so no network), then a 100,000-row CSV imported
// through the API. Prints one JSON line.
import { METRIC_CATALOGUE } from '../src/core/metrics/catalogue.js';
import { createTestContext } from '../src/server/test/harness.js';
import { multipartBody } from '../src/server/test/multipart.js';
import { percentile, round } from './lib/stats.js';

const ctx = await createTestContext();
const orgId = await ctx.organisation('Bench Trust');
const lead = await ctx.agent(orgId, ['programme_lead']);
const admin = await ctx.agent(orgId, ['admin']);

const month = (i: number) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
const valueFor = (m: number, i: number, u = 0) => {
  const metric = METRIC_CATALOGUE[m]!;
  const lo = metric.min ?? 0;
  const hi = metric.max ?? 100;
  const mid = lo + (hi - lo) * 0.4;
  return Math.round((mid + ((((m * 31 + i * 17 + u * 7) % 23) - 11) / 11) * (hi - lo) * 0.05) * 100) / 100;
};
const upload = async (csv: string) => {
  const body = multipartBody({}, { name: 'values.csv', content: csv });
  const started = performance.now();
  const res = await lead.request({ method: 'POST', url: `/api/v1/organisations/${orgId}/metrics/values/import`, payload: body.payload, headers: body.headers });
  const ms = performance.now() - started;
  if (res.statusCode !== 200) throw new Error(`import answered ${res.statusCode}: ${res.body.slice(0, 300)}`);
  return { ms, written: res.json().written as number };
};

// 40 metrics × 60 months for the whole organisation.
const header = 'Metric,Unit code,Period,Value\n';
const orgCsv = header + METRIC_CATALOGUE.flatMap((m, mi) => Array.from({ length: 60 }, (_, i) => `${m.key},,${month(i)},${valueFor(mi, i)}\n`)).join('');
await upload(orgCsv);

const dashboardMs: number[] = [];
for (let i = 0; i < 60; i++) {
  const started = performance.now();
  const res = await lead.get(`/api/v1/organisations/${orgId}/metrics/dashboard`);
  const ms = performance.now() - started;
  if (res.statusCode !== 200) throw new Error(`dashboard answered ${res.statusCode}`);
  if (i >= 10) dashboardMs.push(ms); // after warming up
}
const cards = (await lead.get(`/api/v1/organisations/${orgId}/metrics/dashboard`)).json().elements.flatMap((e: { metrics: { points: number }[] }) => e.metrics);

// 100,000 rows: 20 metrics × 100 units × 50 months.
const units: string[] = [];
for (let u = 0; u < 100; u++) {
  const res = await admin.post(`/api/v1/organisations/${orgId}/units`, { name: `Ward ${u}`, externalCode: `W${u}`, kind: 'ward', parentId: null });
  if (res.statusCode !== 201) throw new Error(`unit answered ${res.statusCode}`);
  units.push(`W${u}`);
}
const lines: string[] = [header];
for (let m = 0; m < 20; m++) for (let u = 0; u < 100; u++) for (let i = 0; i < 50; i++) lines.push(`${METRIC_CATALOGUE[m]!.key},${units[u]},${month(i)},${valueFor(m, i, u)}\n`);
const bigCsv = lines.join('');
const big = await upload(bigCsv);
const stored = await ctx.handle.db.selectFrom('metric_values').select((eb) => eb.fn.countAll<number>().as('n')).where('organisation_id', '=', orgId).executeTakeFirstOrThrow();
await ctx.close();

console.log(
  JSON.stringify({
    dashboard: { metrics: cards.length, pointsEach: 60, medianMs: round(percentile(dashboardMs, 50), 1), p95Ms: round(percentile(dashboardMs, 95), 1) },
    import: { rows: lines.length - 1, csvBytes: Buffer.byteLength(bigCsv), wallMs: round(big.ms, 0), written: big.written, storedAfter: Number(stored.n) },
    peakRssMb: round(process.resourceUsage().maxRSS / 1024, 0),
  }),
);
