// Breakdowns by pay band, staff group and demographic questions, on the demo organisation's
// summer staff pulse (threshold 11). The attack: ask for every breakdown and
// cross-tab the product offers, then take what was recorded and check, as an attacker holding
// every published figure would, that no hidden figure and no group of 1 to 10 people can be
// worked out; and that everything the API showed is exactly what was recorded.
import { beforeAll, describe, expect, it } from 'vitest';
import { populationOf } from '../../../core/analytics/breakdown.js';
import { SHOWN } from '../../../core/analytics/hierarchy-suppression.js';
import { auditRelease } from '../../../core/analytics/release-audit.js';
import { readReleaseHistory, releasedStatus, type ReleaseHistory } from '../../../core/analytics/release-history.js';
import { withDemoOrganisation } from '../../test/demo-fixture.js';
import type { Agent } from '../../test/harness.js';
import { DEMO_SURVEY_TITLE } from '../surveys/index.js';
import { resultsOf } from './results.service.js';

const demo = withDemoOrganisation();
let board: Agent;
let staff: Agent;
let orgId: string;
let surveyId: string;
const url = (rest: string) => `/api/v1/organisations/${orgId}/surveys/${surveyId}/results${rest}`;

interface Cell { status: string; n: number | null; mean: number | null }
interface Options { dimensions: { id: string; name: string; categories: string[] }[]; measures: { id: string; name: string }[] }

beforeAll(async () => {
  orgId = demo.orgId;
  board = await demo.as('board');
  staff = await demo.as('staff');
  const surveys = (await board.get(`/api/v1/organisations/${orgId}/surveys`)).json().items as { id: string; title: string }[];
  surveyId = surveys.find((s) => s.title === DEMO_SURVEY_TITLE)!.id;
});

describe('breakdowns of a closed survey', () => {
  it('offers pay band and staff group from the frozen audience, then the survey’s own demographic questions', async () => {
    const res = await board.get(url('/breakdowns'));
    expect(res.statusCode, res.body).toBe(200);
    const options = res.json() as Options;
    expect(options.dimensions.map((d) => d.id)).toEqual(['payBand', 'staffGroup', 'length-of-service', 'manages-others', 'working-pattern']);
    // Bands and groups are kept only where a unit has at least 11 people sharing both (the
    // frozen audience's rule), so the demo's few Band 7 and 8 leaders are not among them.
    expect(options.dimensions[0]!.categories).toEqual(['Band 2', 'Band 3', 'Band 4', 'Band 5', 'Band 6', 'Consultant']);
    expect(options.dimensions[3]!.categories).toEqual(['Yes', 'No']);
  });

  it('shows the organisation by pay band: shown bands add up with the hidden ones to the total, none below 11', async () => {
    const res = await board.get(url('/breakdown?by=payBand'));
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as { rows: { name: string; isTotal: boolean; respondents: number | null; respondentStatus: string; cells: Cell[] }[]; measures: unknown[] };
    expect(view.rows.map((r) => r.name)).toEqual(['Everyone in Whole organisation', 'Band 2', 'Band 3', 'Band 4', 'Band 5', 'Band 6', 'Consultant']);
    const [total, ...bands] = view.rows;
    expect(total!.respondents).toBeGreaterThan(100);
    const shown = bands.filter((b) => b.respondentStatus === 'shown');
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.every((b) => b.respondents! >= 11)).toBe(true);
    // Independent count: the respondents' stored profiles, band by band.
    const rows = await demo.ctx.handle.db.selectFrom('survey_responses').select('profile').where('survey_id', '=', surveyId).execute();
    const perBand = new Map<string, number>();
    for (const r of rows) {
      const band = (JSON.parse(r.profile) as { payBand: string }).payBand;
      perBand.set(band, (perBand.get(band) ?? 0) + 1);
    }
    expect(total!.respondents).toBe(rows.length);
    for (const b of shown) expect(b.respondents).toBe(perBand.get(b.name));
    expect(view.measures.length).toBeGreaterThan(4);
    for (const row of view.rows) for (const c of row.cells) if (c.status === 'shown') expect(c.n).toBeGreaterThanOrEqual(11);
  });

  it('downloads a cross-tab as CSV with exactly the cells the screen shows', async () => {
    const view = (await board.get(url('/crosstab?by=staffGroup'))).json() as { columns: string[]; rows: { name: string; respondents: Cell[] }[] };
    const csv = await board.get(url('/crosstab/export?by=staffGroup&format=csv'));
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toBe(['Unit', ...view.columns].map((c) => (/[",]/.test(c) ? `"${c}"` : c)).join(','));
    expect(lines).toHaveLength(1 + view.rows.length);
    const hiddenWords = { too_few: 'Too few', protects_another: 'Hidden', none: '' } as Record<string, string>;
    view.rows.forEach((r, i) => {
      const cells = lines[1 + i]!.split(',').slice(-view.columns.length);
      expect(cells).toEqual(r.respondents.map((c) => (c.status === 'shown' ? String(c.n) : hiddenWords[c.status])));
    });
  });

  it('refuses what it cannot do, clearly', async () => {
    const unknown = await board.get(url('/breakdown?by=religion'));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('unknown_breakdown');
    expect(unknown.json().detail).toMatch(/payBand, staffGroup, length-of-service/);
    expect((await board.get(url('/breakdown?by=payBand&unit=nope'))).statusCode).toBe(404);
    expect((await board.get(url('/crosstab?by=payBand&measure=nope'))).json().code).toBe('unknown_measure');
    expect((await staff.get(url('/breakdown?by=payBand'))).statusCode).toBe(403);
  });

  it('survives an attacker who asks for every table and holds every figure published', { timeout: 600_000 }, async () => {
    const options = (await board.get(url('/breakdowns'))).json() as Options;
    const heatmap = (await board.get(url('/heatmap'))).json() as { rows: { unitId: string; parentId: string | null; respondentStatus: string }[] };
    const parents = new Set(heatmap.rows.map((r) => r.parentId).filter(Boolean));
    // Every unit that has teams, and every third of the rest: the whole sweep (all five
    // breakdowns of every unit) takes minutes, and the core attack suites cover the rules.
    const units = heatmap.rows.filter((r, i) => parents.has(r.unitId) || i % 3 === 0);
    const dimensions = options.dimensions.filter((d) => d.id !== 'working-pattern' && d.id !== 'length-of-service');
    const seen: { population: string; dimension: string; unitId: string; column: number; n: number }[] = [];
    const started = performance.now();
    let tables = 0;
    for (const d of dimensions) {
      for (const row of units) {
        const res = await board.get(url(`/breakdown?by=${d.id}&unit=${row.unitId}`));
        expect(res.statusCode, res.body).toBe(200);
        tables++;
        const view = res.json() as { measures: { id: string }[]; rows: { respondents: number | null; respondentStatus: string; cells: Cell[] }[] };
        view.rows.forEach((r, column) => {
          if (r.respondentStatus === 'shown') seen.push({ population: 'respondents', dimension: d.id, unitId: row.unitId, column, n: r.respondents! });
          r.cells.forEach((c, m) => {
            if (c.status === 'shown') seen.push({ population: `measure:${view.measures[m]!.id}`, dimension: d.id, unitId: row.unitId, column, n: c.n! });
          });
        });
      }
      for (const unitId of parents) {
        for (const measure of [undefined, options.measures[0]!.id]) {
          const res = await board.get(url(`/crosstab?by=${d.id}&unit=${unitId}${measure ? `&measure=${measure}` : ''}`));
          expect(res.statusCode, res.body).toBe(200);
          tables++;
          const view = res.json() as { rows: { unitId: string; respondents: Cell[]; cells: Cell[] | null }[] };
          for (const r of view.rows) {
            (measure ? r.cells! : r.respondents).forEach((c, column) => {
              if (c.status === 'shown') seen.push({ population: measure ? `measure:${measure}` : 'respondents', dimension: d.id, unitId: r.unitId, column, n: c.n! });
            });
          }
        }
      }
    }
    console.info(`${tables} tables published in ${Math.round(performance.now() - started)} ms`);
    expect(seen.every((s) => s.n >= 11)).toBe(true);

    const results = await resultsOf(demo.ctx.handle.db, orgId, surveyId);
    const stored = await demo.ctx.handle.db.selectFrom('result_releases').select(['population', 'history_json']).where('survey_id', '=', surveyId).execute();
    const histories = new Map<string, ReleaseHistory>(stored.map((r) => [r.population, readReleaseHistory(JSON.parse(r.history_json))]));
    // Everything the API showed was recorded as shown, in a table of the same dimension and unit.
    for (const s of seen) {
      const h = histories.get(s.population)!;
      const unit = results.matrix.unitIds.indexOf(s.unitId);
      const recorded = h.tables.some((t) => t.dimension === s.dimension && t.rows.some((u, r) => u === unit && releasedStatus(t, r, s.column) === SHOWN));
      expect(recorded, `${s.population} ${s.dimension} ${s.unitId} ${s.column}`).toBe(true);
    }
    // The attacker's audit of everything recorded, population by population: each table
    // against all before it, so the whole history is safe.
    for (const [key, history] of histories) {
      const values = key === 'respondents' ? null : results.matrix.measureScores[results.matrix.measures.findIndex((m) => `measure:${m.id}` === key)]!;
      const { people } = populationOf(results.matrix.tree, results.matrix.unitOf, results.demographics, values);
      const last = history.tables.length - 1;
      const audit = auditRelease(people, { ...history, tables: history.tables.slice(0, last) }, { dimension: history.tables[last]!.dimension, rows: history.tables[last]!.rows, status: [...history.tables[last]!.status.join('')].map(Number) });
      expect(audit.ok, key).toBe(true);
      expect(audit.leaks).toEqual([]);
    }
  });
});
