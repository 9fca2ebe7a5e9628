import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_INSTRUMENTS } from '../../../core/instruments/builtins/index.js';
import { completeAnswers } from '../../../core/instruments/complete-answers.js';
import type { InstrumentDefinition } from '../../../core/instruments/definition.js';
import { newId } from '../../kernel/ids.js';
import { createTestContext, type Agent, type TestContext, unitCreator } from '../../test/harness.js';
import { addStaff } from '../../test/staff-fixture.js';
import { closeSurvey, runSurvey } from '../../test/survey-fixture.js';

// A small trust with threshold 5: Medicine holds Ward 1 (12 staff) and Ward 3 (8); Estates
// holds the Workshop (6) and Stores (6). Each files its own responses. Answers, on 0–10:
// Ward 1 all "agree" (7.5), three in Ward 3 "neither" (5), all six in the Workshop
// "disagree" (2.5), two in Stores "strongly agree" (10).
//   Ward 3: 3, too few.   Stores: 2, too few.
//   Medicine: 15, mean (12 × 7.5 + 3 × 5) / 15 = 7.   Estates: 8, mean (6 × 2.5 + 2 × 10) / 8 = 4.375.
//   Whole organisation: 23, mean (90 + 15 + 15 + 20) / 23 = 6.0869…
// Medicine minus Ward 1 would give Ward 3's 3 people away, so Ward 1 is hidden too; Estates
// minus the Workshop would give Stores' 2 away, so the Workshop is hidden too.
let ctx: TestContext;
let orgId: string;
let lead: Agent;
let board: Agent;
let staff: Agent;
let surveyId = '';
const units: Record<string, string> = {};
const instrument = BUILT_IN_INSTRUMENTS.find((d) => d.key === 'real-team-check') as InstrumentDefinition;

const addPeople = (unit: string, n: number) => addStaff(ctx.handle.db, orgId, units[unit]!, unit, n);

const resultsUrl = (rest: string) => `/api/v1/organisations/${orgId}/surveys/${surveyId}/results${rest}`;

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  const admin = await ctx.agent(orgId, ['admin']);
  lead = await ctx.agent(orgId, ['programme_lead']);
  board = await ctx.agent(orgId, ['board']);
  staff = await ctx.agent(orgId, ['staff']);
  const u = unitCreator(admin, orgId);
  units.med = await u({ name: 'Medicine', externalCode: 'MED', kind: 'division', parentId: null });
  units.w1 = await u({ name: 'Ward 1', externalCode: 'W1', kind: 'ward', parentId: units.med });
  units.w3 = await u({ name: 'Ward 3', externalCode: 'W3', kind: 'ward', parentId: units.med });
  units.est = await u({ name: 'Estates', externalCode: 'EST', kind: 'department', parentId: null });
  units.wk = await u({ name: 'Workshop', externalCode: 'WK', kind: 'team', parentId: units.est });
  units.st = await u({ name: 'Stores', externalCode: 'ST', kind: 'team', parentId: units.est });
  await addPeople('w1', 12);
  await addPeople('w3', 8);
  await addPeople('wk', 6);
  await addPeople('st', 6);

  surveyId = await teamCheck('Team check', { w1: 3, w3: 2, wk: 1, st: 4 });
});

/** A team check for everyone: 12 of Ward 1, 3 of Ward 3, all 6 of the Workshop and 2 of
 * Stores answer every statement with the option at the given position. */
function teamCheck(title: string, pickFor: Record<'w1' | 'w3' | 'wk' | 'st', number>): Promise<string> {
  const answered = { w1: 0, w3: 0, wk: 0, st: 0 };
  const wanted = { w1: 12, w3: 3, wk: 6, st: 2 };
  return runSurvey(ctx, orgId, lead, {
    title,
    instrumentRef: 'builtin:real-team-check',
    anonymityThreshold: 5,
    answer: (recipient) => {
      const unit = recipient.split('.')[0] as keyof typeof answered;
      if (answered[unit] === wanted[unit]) return null;
      answered[unit]++;
      return completeAnswers(instrument, (n) => Math.min(n - 1, pickFor[unit]));
    },
  });
}

const close = (id: string) => closeSurvey(orgId, lead, id);
afterAll(() => ctx.close());

describe('survey results', () => {
  it('are not shown while the survey is open', async () => {
    const res = await lead.get(resultsUrl('/heatmap'));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('results_not_ready');
  });

  it('show each unit’s subtree, hiding small groups and the units that would give them away', async () => {
    await close(surveyId);

    const res = await board.get(resultsUrl('/heatmap'));
    expect(res.statusCode, res.body).toBe(200);
    const heatmap = res.json();
    expect(heatmap.measures.map((m: { id: string }) => m.id)).toEqual(['shared-objectives', 'interdependent-working', 'regular-review', 'reflexivity-reflection', 'reflexivity-planning', 'reflexivity-action']);
    const rows = heatmap.rows.map((r: { name: string; depth: number; respondents: number | null; cells: { status: string; n: number | null; mean: number | null }[] }) => [r.name, r.depth, r.respondents, r.cells[0]!.status, r.cells[0]!.n, r.cells[0]!.mean]);
    expect(rows).toEqual([
      ['Whole organisation', 0, 23, 'shown', 23, 6.09],
      ['Estates', 1, 8, 'shown', 8, 4.38],
      ['Stores', 2, null, 'too_few', null, null],
      ['Workshop', 2, null, 'protects_another', null, null],
      ['Medicine', 1, 15, 'shown', 15, 7],
      ['Ward 1', 2, null, 'protects_another', null, null],
      ['Ward 3', 2, null, 'too_few', null, null],
    ]);
    // Everyone gave all three statements of a measure the same answer, so each measure is
    // perfectly consistent: Cronbach's alpha is k/(k−1)·(1 − k·var / k²·var) = 1, from all 23.
    expect(heatmap.measures[0].alpha).toEqual({ n: 23, raw: 1, standardised: 1 });
    // Statement by statement: 18 statements, hidden the same way.
    const items = (await board.get(resultsUrl('/heatmap?level=items'))).json();
    expect(items.level).toBe('items');
    expect(items.measures).toHaveLength(18);
    expect(items.measures[0]).toMatchObject({ id: 'rt-goals-1', name: 'Our team has clear goals that we all know.', framework: null, alpha: null });
    expect(items.rows.map((r: { cells: { mean: number | null }[] }) => r.cells[0]!.mean)).toEqual([6.09, 4.38, null, null, 7, null, null]);
    expect((await board.get(resultsUrl('/heatmap?level=everything'))).statusCode).toBe(400);
    // Every measure here is answered by everyone, so every column hides the same cells.
    for (const row of heatmap.rows) expect(new Set(row.cells.map((c: { status: string }) => c.status)).size).toBe(1);
  });

  it('give one unit’s items with % positive, under the same protection', async () => {
    const medicine = (await lead.get(resultsUrl(`/units/${units.med}`))).json();
    expect(medicine.unit).toEqual({ unitId: units.med, name: 'Medicine', respondents: 15, respondentStatus: 'shown' });
    // 12 of Medicine's 15 agreed; the 3 who neither agreed nor disagreed are not positive.
    const goals = medicine.items.find((i: { id: string }) => i.id === 'rt-goals-1');
    expect(goals).toEqual({ id: 'rt-goals-1', text: 'Our team has clear goals that we all know.', status: 'shown', n: 15, mean: 7, sd: 1.04, pctPositive: 80 });
    const rootId = (await lead.get(resultsUrl('/heatmap'))).json().rows[0].unitId;
    const whole = (await lead.get(resultsUrl(`/units/${rootId}`))).json();
    // 14 of 23 agreed or strongly agreed.
    expect(whole.items[0]).toMatchObject({ n: 23, mean: 6.09, pctPositive: 60.9 });
    const ward3 = (await lead.get(resultsUrl(`/units/${units.w3}`))).json();
    expect(ward3.items.every((i: { status: string; mean: number | null }) => i.status === 'too_few' && i.mean === null)).toBe(true);
    expect(ward3.unit.respondents).toBeNull();
    const ward1 = (await lead.get(resultsUrl(`/units/${units.w1}`))).json();
    expect(ward1.measures[0]).toMatchObject({ id: 'shared-objectives', status: 'protects_another', n: null, mean: null });
    expect(ward1.items[0]).toMatchObject({ status: 'protects_another', n: null, mean: null, pctPositive: null });
  });

  it('download as CSV and XLSX with exactly the same cells hidden', async () => {
    const csv = await lead.get(resultsUrl('/heatmap/export?format=csv'));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="team-check-results-by-unit.csv"');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('Unit,Part of,People who answered,Shared objectives,Interdependent working,Regular review of effectiveness,Team reflexivity: reflection,Team reflexivity: planning,Team reflexivity: action');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      'Whole organisation,,23,6.09',
      'Estates,Whole organisation,8,4.38',
      'Stores,Estates,Too few,Too few',
      'Workshop,Estates,Hidden,Hidden',
      'Medicine,Whole organisation,15,7',
      'Ward 1,Medicine,Hidden,Hidden',
      'Ward 3,Medicine,Too few,Too few',
    ]);

    const xlsx = await lead.get(resultsUrl(`/units/${units.w3}/export?format=xlsx`));
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet('Results')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Statement', 'People who answered', '% positive', 'Score out of 10']);
    expect(sheet.getRow(2).values).toEqual([undefined, 'Our team has clear goals that we all know.', 'Too few', 'Too few', 'Too few']);
    expect(workbook.getWorksheet('Notes')!.getRow(3).getCell(1).value).toBe('Too few: fewer than 5 people answered, so nothing is shown.');

    expect((await lead.get(resultsUrl('/heatmap/export?format=pdf'))).statusCode).toBe(400);
  });

  it('compare a unit with an earlier survey, testing each change', async () => {
    // A second wave: Ward 1 now strongly agrees (10); everyone else answers as before.
    const earlier = surveyId;
    const later = await teamCheck('Team check, autumn', { w1: 4, w3: 2, wk: 1, st: 4 });
    await close(later);
    surveyId = later;
    expect((await lead.get(resultsUrl('/comparable'))).json().items.map((s: { id: string }) => s.id)).toEqual([earlier]);
    const res = await lead.get(resultsUrl(`/units/${units.med}/comparison?with=${earlier}`));
    expect(res.statusCode, res.body).toBe(200);
    const cmp = res.json();
    // Medicine: (12 × 7.5 + 3 × 5) / 15 = 7 before, (12 × 10 + 3 × 5) / 15 = 9 now.
    // SciPy: ttest_ind([10]*12 + [5]*3, [7.5]*12 + [5]*3, equal_var=False) → p = 0.0031192.
    expect(cmp.measures[0]).toMatchObject({ id: 'shared-objectives', earlier: 7, now: 9, difference: 2, pValue: 0.0031, significant: true });
    expect(cmp.measures[0].reading).toBe('Up 2.0 points, a real change: a difference this large would be unlikely by chance alone (p = 0.003).');
    // The same 12 of 15 agreed both times: no difference in % positive.
    expect(cmp.items[0]).toMatchObject({ id: 'rt-goals-1', earlier: 80, now: 80, difference: 0, pValue: 1, significant: false });
    // Ward 1 is hidden in both surveys (it would give Ward 3 away), so it is not compared.
    const ward1 = (await lead.get(resultsUrl(`/units/${units.w1}/comparison?with=${earlier}`))).json();
    expect(ward1.measures[0]).toMatchObject({ earlier: null, now: null, pValue: null, reading: 'Not compared: at least one of the two results is hidden to protect anonymity.' });
    expect((await lead.get(resultsUrl(`/units/${units.med}/comparison?with=${later}`))).statusCode).toBe(422);
    const csv = (await lead.get(resultsUrl(`/units/${units.med}/comparison/export?with=${earlier}&format=csv`))).body.split('\r\n');
    expect(csv[1]).toBe('Score out of 10,Shared objectives,7,9,2,0.0031,Yes,"Up 2.0 points, a real change: a difference this large would be unlikely by chance alone (p = 0.003)."');
    surveyId = earlier;
  });

  it('rank drivers of an outcome, with intervals, a regression and the caveat', async () => {
    // Everyone here gave every statement the same answer, so every measure equals every other
    // for each person: each correlates perfectly with the outcome, and the regression keeps the
    // first and drops the rest as adding nothing new (collinear).
    const drivers = (await board.get(resultsUrl('/drivers?outcome=regular-review'))).json();
    expect(drivers.outcome).toEqual({ id: 'regular-review', name: 'Regular review of effectiveness' });
    expect(drivers.suppressed).toBe(false);
    expect(drivers.measures.map((d: { id: string; r: number; n: number; ciLow: number }) => [d.id, d.r, d.n, d.ciLow])).toEqual([
      ['shared-objectives', 1, 23, 1],
      ['interdependent-working', 1, 23, 1],
      ['reflexivity-reflection', 1, 23, 1],
      ['reflexivity-planning', 1, 23, 1],
      ['reflexivity-action', 1, 23, 1],
    ]);
    expect(drivers.regression).toMatchObject({ n: 23, r2: 1 });
    expect(drivers.regression.coefficients.map((c: { id: string }) => c.id)).toEqual(['shared-objectives']);
    expect(drivers.caveat).toContain('they do not show what causes what');
    expect((await board.get(resultsUrl('/drivers?outcome=nope'))).statusCode).toBe(422);
    const csv = (await board.get(resultsUrl('/drivers/export?outcome=regular-review&format=csv'))).body.split('\r\n');
    expect(csv[0]).toBe('Kind,Measure or statement,Correlation (r),"95% interval, low","95% interval, high",People,p-value');
    expect(csv[1]).toBe('Measure,Shared objectives,1,1,1,23,0');
  });

  it('are refused to staff, and to unknown surveys and units', async () => {
    expect((await staff.get(resultsUrl('/heatmap'))).statusCode).toBe(403);
    expect((await lead.get(resultsUrl(`/units/${newId()}`))).statusCode).toBe(404);
    surveyId = newId();
    expect((await lead.get(resultsUrl('/heatmap'))).statusCode).toBe(404);
  });
});
