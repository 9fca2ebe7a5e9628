// The culture and outcomes dashboard over the API, with a real NHS series: Barking, Havering and
// Redbridge's (RF4) type 1 A&E attendances seen within four hours, April 2016 to March 2019,
// from NHS England's A&E statistics. The chart's mean and limits are checked against figures
// worked out here from the raw file, not by the SPC engine.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.js';
import { multipartBody } from '../../test/multipart.js';

const AE = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../../shared/data/real/ae_attendances_nhsrdatasets.csv'), 'utf8');
const rf4 = AE.trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .filter((c) => c[1] === 'RF4' && c[2] === '1')
  .map(([period, , , attendances, breaches]) => ({ period: period!.slice(0, 7), pct: Math.round(10000 * (1 - Number(breaches) / Number(attendances))) / 100 }))
  .sort((a, b) => (a.period < b.period ? -1 : 1));

let ctx: TestContext;
let orgId: string;
let lead: Agent;
let board: Agent;
let wardId: string;
const url = (rest = '') => `/api/v1/organisations/${orgId}/metrics${rest}`;
const upload = (agent: Agent, content: string, name = 'values.csv') => {
  const body = multipartBody({}, { name, content });
  return agent.request({ method: 'POST', url: url('/values/import'), payload: body.payload, headers: body.headers });
};
const csv = (rows: string[][]) => ['Metric,Unit code,Period,Value', ...rows.map((r) => r.join(','))].join('\n');

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  const admin = await ctx.agent(orgId, ['admin']);
  lead = await ctx.agent(orgId, ['programme_lead']);
  board = await ctx.agent(orgId, ['board']);
  wardId = (await admin.post(`/api/v1/organisations/${orgId}/units`, { name: 'Ward 1', externalCode: 'W1', kind: 'ward', parentId: null })).json().id;
});
afterAll(() => ctx.close());

describe('the culture and outcomes dashboard', () => {
  it('imports a real series and charts it with the limits worked out by hand', async () => {
    expect(rf4).toHaveLength(36);
    const res = await upload(lead, csv(rf4.map((p) => ['ae-four-hour', '', p.period, String(p.pct)])));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ written: 36, warnings: [] });

    const series = (await board.get(url('/ae-four-hour'))).json();
    expect(series.periods[0]).toBe('2016-04');
    expect(series.values).toEqual(rf4.map((p) => p.pct));
    // By hand: the mean, the mean moving range, and limits at ± 2.66 of it.
    const mean = rf4.reduce((s, p) => s + p.pct, 0) / 36;
    const mr = rf4.slice(1).reduce((s, p, i) => s + Math.abs(p.pct - rf4[i]!.pct), 0) / 35;
    const [partition] = series.spc.partitions;
    expect(partition.mean).toBeCloseTo(mean, 10);
    expect(partition.upl).toBeCloseTo(mean + 2.66 * mr, 10);
    expect(partition.lpl).toBeCloseTo(mean - 2.66 * mr, 10);
    // Winter 2017/18 at this trust fell well below the usual run: some special cause of concern.
    expect(series.spc.points.some((p: { type: string }) => p.type === 'special_cause_concern')).toBe(true);
    expect(series.gaps).toEqual([]);

    const dashboard = (await board.get(url('/dashboard'))).json();
    const card = dashboard.elements.find((e: { key: string }) => e.key === 'goals_performance').metrics.find((m: { key: string }) => m.key === 'ae-four-hour');
    expect(card).toMatchObject({ points: 36, latest: { period: '2019-03', value: rf4[35]!.pct }, variation: series.spc.variation });
    expect(card.recent).toHaveLength(24);
  });

  it('refuses a bad file whole, by row and column, and keeps nothing', async () => {
    const before = (await board.get(url('/ae-four-hour'))).json().values.length;
    const res = await upload(lead, csv([['ae-four-hour', '', '2019-04', '80'], ['waiting-happily', '', '2019-04', '1'], ['ae-four-hour', 'NOPE', '2019-04', '80'], ['ae-four-hour', '', '2019-05', 'eighty'], ['ae-four-hour', '', '2019-02', '80']]));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['row 3, column “Metric”', 'row 4, column “Unit code”', 'row 5, column “Value”', 'row 6, column “Period”']);
    expect((await board.get(url('/ae-four-hour'))).json().values).toHaveLength(before);
    expect((await upload(lead, '')).statusCode).toBe(400);
    expect((await upload(lead, 'Metric,Unit code,Period,Value\n')).statusCode).toBe(400);
  });

  it('takes values by hand, reports gaps, and keeps a unit’s series apart', async () => {
    for (const [period, value] of [['2025-01', '6.1'], ['2025-02', '5.8'], ['2025-05', '5.0']] as const) {
      const res = await lead.post(url('/sickness-absence/values'), { unitId: wardId, period, value });
      expect(res.statusCode, res.body).toBe(200);
    }
    const bad = await lead.post(url('/sickness-absence/values'), { unitId: wardId, period: 'Spring', value: '5' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([{ path: 'period', message: '“Spring” is not a period. Use 2025-04 for a month, 2025-Q2 for a quarter or 2025 for a year.' }]);
    const ward = (await board.get(url(`/sickness-absence?unit=${wardId}`))).json();
    expect(ward.values).toEqual([6.1, 5.8, 5]);
    expect(ward.gaps).toEqual(['2025-03', '2025-04']);
    // Three points: no limits, and the reason says so.
    expect(ward.spc.partitions[0].upl).toBeNull();
    expect(ward.spc.reasons.join(' ')).toMatch(/13 points/);
    const units = (await board.get(url('/sickness-absence/units'))).json();
    expect(units.rows).toEqual([{ unitId: wardId, name: 'Ward 1', latest: { period: '2025-05', value: 5 }, points: 3, variation: null, assurance: null }]);
    expect((await lead.request({ method: 'DELETE', url: url(`/sickness-absence/values?unit=${wardId}&period=2025-05`) })).statusCode).toBe(204);
    expect((await board.get(url(`/sickness-absence?unit=${wardId}`))).json().values).toEqual([6.1, 5.8]);
  });

  it('sets a target without losing a colleague’s change, and reads assurance from it', async () => {
    const first = await lead.put(url('/ae-four-hour/settings'), { target: 95, benchmark: 88.5, benchmarkLabel: 'England, type 1', version: 0 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().version).toBe(1);
    const stale = await lead.put(url('/ae-four-hour/settings'), { target: 90, benchmark: null, benchmarkLabel: null, version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('edit_conflict');
    const series = (await board.get(url('/ae-four-hour'))).json();
    expect(series.settings).toMatchObject({ target: 95, benchmark: 88.5, version: 1 });
    // 95% sits above this trust's upper limit: the target will consistently be missed.
    expect(series.spc.partitions[0].upl).toBeLessThan(95);
    expect(series.spc.assurance).toBe('consistent_fail');
    expect((await lead.put(url('/ae-four-hour/settings'), { target: 140, benchmark: null, benchmarkLabel: null, version: 1 })).statusCode).toBe(422);
  });

  it('lets the board read but not change, and downloads what the screen shows', async () => {
    expect((await board.post(url('/sickness-absence/values'), { unitId: null, period: '2025-01', value: '5' })).statusCode).toBe(403);
    expect((await board.put(url('/ae-four-hour/settings'), { target: 1, benchmark: null, benchmarkLabel: null, version: 1 })).statusCode).toBe(403);
    const file = await board.get(url('/ae-four-hour/export?format=csv'));
    expect(file.statusCode).toBe(200);
    const lines = file.body.trim().split(/\r?\n/);
    expect(lines).toHaveLength(37);
    expect(lines[1]!.startsWith(`2016-04,${rf4[0]!.pct},`)).toBe(true);
    expect((await board.get(url('/template.csv'))).body.split(/\r?\n/)[0]).toBe('Metric,Unit code,Period,Value');
    expect((await board.get(url('/no-such-metric'))).statusCode).toBe(404);
  });
});
