// Friends and Family Test results over the API: a file imported whole or not at all, the whole
// organisation's percentage positive charted with SPC, and the latest month by unit with NHS
// England's suppression, every figure worked out by hand below; downloads match the screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Agent, type TestContext, unitCreator } from '../../test/harness.js';
import { multipartBody } from '../../test/multipart.js';

let ctx: TestContext;
let orgId: string;
let lead: Agent;
let board: Agent;
const url = (rest = '') => `/api/v1/organisations/${orgId}/patient-experience${rest}`;
const upload = (agent: Agent, content: string) => {
  const body = multipartBody({}, { name: 'fft.csv', content });
  return agent.request({ method: 'POST', url: url('/fft/import'), payload: body.payload, headers: body.headers });
};
const HEADER = "Unit code,Period,Very good,Good,Neither good nor poor,Poor,Very poor,Don't know";

// The whole organisation, 500 responses a month: very good = P − 150, good 150, neither
// 500 − P − 15, poor 5, very poor 5, don't know 5, so percentage positive is P / 5; February 2025
// is split 300, 150, 20, 10, 5, 15. June 2024 is missing (a gap) and December 2023 had 3
// responses (left off the chart, as the publication hides it).
const POSITIVE: [string, number][] = [
  ['2024-01', 455], ['2024-02', 460], ['2024-03', 450], ['2024-04', 465], ['2024-05', 470], ['2024-07', 460], ['2024-08', 455],
  ['2024-09', 470], ['2024-10', 475], ['2024-11', 465], ['2024-12', 460], ['2025-01', 480], ['2025-02', 450],
];
const ORG_ROWS = [',2023-12,2,1,0,0,0,0', ...POSITIVE.map(([m, p]) => (m === '2025-02' ? `,${m},300,150,20,10,5,15` : `,${m},${p - 150},150,${500 - p - 15},5,5,5`))];
// February 2025 by unit. Medicine 300 (93.3%), Surgery 200 (85%); inside Medicine, Ward A has 3
// responses (first level: everything hidden) and Ward B 60, the next smallest beside it (second
// level: counts hidden, 55 / 60 = 91.7% positive and 1 / 60 = 1.7% negative still shown).
const UNIT_ROWS = ['MED,2025-02,200,80,10,5,3,2', 'SUR,2025-02,100,70,10,5,2,13', 'WA,2025-02,2,1,0,0,0,0', 'WB,2025-02,40,15,2,1,0,2'];
const GOOD = [HEADER, ...ORG_ROWS, ...UNIT_ROWS].join('\n');

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  const admin = await ctx.agent(orgId, ['admin']);
  lead = await ctx.agent(orgId, ['programme_lead']);
  board = await ctx.agent(orgId, ['board']);
  const unit = unitCreator(admin, orgId);
  const med = await unit({ name: 'Medicine', externalCode: 'MED', kind: 'division', parentId: null });
  await unit({ name: 'Surgery', externalCode: 'SUR', kind: 'division', parentId: null });
  await unit({ name: 'Ward A', externalCode: 'WA', kind: 'ward', parentId: med });
  await unit({ name: 'Ward B', externalCode: 'WB', kind: 'ward', parentId: med });
});
afterAll(() => ctx.close());

describe('Friends and Family Test results', () => {
  it('refuses a bad file whole, naming every problem by row and column, and keeps nothing', async () => {
    const bad = [HEADER, ',2025-01,10,5,0,0,0,0', 'NOPE,2025-01,1,1,1,1,1,1', ',2025-Q1,1,1,1,1,1,1', 'MED,2025-01,ten,1,1,1,-1,1', ',2025-01,1,1,1,1,1,1'].join('\n');
    const res = await upload(lead, bad);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().errors).toEqual([
      { path: 'row 3, column “Unit code”', message: '“NOPE” is not a unit code in this organisation’s structure. Leave it blank for the whole organisation.' },
      { path: 'row 4, column “Period”', message: '2025-Q1 is a quarter; Friends and Family Test results are monthly. Use a month such as 2025-04.' },
      { path: 'row 5, column “Very good”', message: '“ten” is not a number' },
      { path: 'row 5, column “Very poor”', message: '-1 is below zero; a number of answers is 0 or more' },
      { path: 'row 6, column “Period”', message: '2025-01 for this unit is already on row 2' },
    ]);
    const overview = (await board.get(url())).json();
    expect(overview.fft).toMatchObject({ periods: [], latest: null, spc: null });
    expect((await upload(lead, '')).statusCode).toBe(400);
    expect((await upload(lead, `${HEADER}\n`)).statusCode).toBe(400);
  });

  it('imports a good file, warning of the gap it leaves rather than filling it', async () => {
    const res = await upload(lead, GOOD);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ written: 18, skipped: 0, warnings: [{ row: 2, column: 'Period', message: 'No results for 2024-06 for this unit; the gap is shown as a gap, not filled in' }] });
  });

  it('charts the organisation’s percentage positive with the SPC lines worked out by hand', async () => {
    const { fft } = (await board.get(url())).json();
    expect(fft.periods).toEqual(POSITIVE.map(([m]) => m));
    expect(fft.values).toEqual([91, 92, 90, 93, 94, 92, 91, 94, 95, 93, 92, 96, 90]);
    expect(fft.responses).toEqual(Array(13).fill(500));
    expect(fft.gaps).toEqual(['2024-06']);
    expect(fft.leftOut).toEqual(['2023-12']);
    // Sum 1,203 over 13 months; moving ranges 1, 2, 3, 1, 2, 1, 3, 1, 2, 1, 4, 6 sum to 27 over 12.
    const [partition] = fft.spc.partitions;
    expect(partition.mean).toBeCloseTo(1203 / 13, 10);
    expect(partition.upl).toBeCloseTo(1203 / 13 + 2.66 * (27 / 12), 10);
    expect(partition.lpl).toBeCloseTo(1203 / 13 - 2.66 * (27 / 12), 10);
    expect(fft.spc.direction).toBe('increase');
    expect(fft.spc.variation).toBe('common_cause');
  });

  it('shows the latest month by unit with the publication’s suppression', async () => {
    const { fft } = (await board.get(url())).json();
    expect(fft.latest.period).toBe('2025-02');
    const rows = Object.fromEntries(fft.latest.rows.map((r: { name: string }) => [r.name, r]));
    expect(fft.latest.rows.map((r: { name: string; depth: number }) => [r.name, r.depth])).toEqual([['Whole organisation', 0], ['Medicine', 1], ['Ward A', 2], ['Ward B', 2], ['Surgery', 1]]);
    // 300 + 150 = 450 of 500 positive (90%); 10 + 5 = 15 negative (3%).
    expect(rows['Whole organisation']).toMatchObject({ status: 'shown', responses: 500, veryGood: 300, good: 150, neither: 20, poor: 10, veryPoor: 5, dontKnow: 15, percentPositive: 90, percentNegative: 3 });
    // 280 / 300 = 93.3%; 8 / 300 = 2.7%.
    expect(rows.Medicine).toMatchObject({ status: 'shown', responses: 300, veryGood: 200, percentPositive: 93.3, percentNegative: 2.7 });
    // 170 / 200 = 85%; 7 / 200 = 3.5%.
    expect(rows.Surgery).toMatchObject({ status: 'shown', responses: 200, dontKnow: 13, percentPositive: 85, percentNegative: 3.5 });
    expect(rows['Ward A']).toEqual({ unitId: rows['Ward A'].unitId, name: 'Ward A', depth: 2, status: 'too_few', responses: null, veryGood: null, good: null, neither: null, poor: null, veryPoor: null, dontKnow: null, percentPositive: null, percentNegative: null });
    expect(rows['Ward B']).toMatchObject({ status: 'protects_another', responses: null, veryGood: null, dontKnow: null, percentPositive: 91.7, percentNegative: 1.7 });
  });

  it('downloads exactly what the screen shows, with * where it hides a figure', async () => {
    const units = await board.get(url('/fft/export?format=csv'));
    expect(units.statusCode).toBe(200);
    expect(units.headers['content-disposition']).toBe('attachment; filename="friends-and-family-test-by-unit-february-2025.csv"');
    expect(units.body.trim().split(/\r?\n/)).toEqual([
      'Unit,Responses,Very good,Good,Neither good nor poor,Poor,Very poor,Don’t know,% positive,% negative,Shown',
      'Whole organisation,500,300,150,20,10,5,15,90,3,Shown',
      'Medicine,300,200,80,10,5,3,2,93.3,2.7,Shown',
      '  Ward A,*,*,*,*,*,*,*,*,*,Hidden: fewer than 5 responses',
      '  Ward B,*,*,*,*,*,*,*,91.7,1.7,Counts hidden to protect a smaller unit',
      'Surgery,200,100,70,10,5,2,13,85,3.5,Shown',
    ]);
    const trend = (await board.get(url('/fft/export?format=csv&view=trend'))).body.trim().split(/\r?\n/);
    expect(trend).toHaveLength(14);
    expect(trend[1]!.startsWith(`2024-01,500,91,${1203 / 13},`)).toBe(true);
    const xlsx = await board.get(url('/fft/export?format=xlsx'));
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await board.get(url('/fft/export?format=pdf'))).statusCode).toBe(400);
    expect((await board.get(url('/fft/template.csv'))).body.split(/\r?\n/)[0]).toBe(HEADER);
  });

  it('lets the board read but not import, and replaces a month when it is imported again', async () => {
    expect((await upload(board, GOOD)).statusCode).toBe(403);
    const again = await upload(lead, [HEADER, 'WA,2025-02,20,5,0,0,0,0'].join('\n'));
    expect(again.json()).toEqual({ written: 1, skipped: 0, warnings: [] });
    const rows = (await board.get(url())).json().fft.latest.rows as { name: string; status: string; responses: number | null }[];
    // Ward A now has 25 and ranks first beside Ward B's 60: nothing in Medicine is hidden.
    expect(rows.map((r) => [r.name, r.status, r.responses])).toEqual([
      ['Whole organisation', 'shown', 500],
      ['Medicine', 'shown', 300],
      ['Ward A', 'shown', 25],
      ['Ward B', 'shown', 60],
      ['Surgery', 'shown', 200],
    ]);
  });
});
