// The synthesis over the API on the demo trust: every cell's evidence is the figure its own
// screen shows; ratings are saved without losing anyone's change and without throwing away the
// gathered evidence; agreeing needs every element rated, is the programme lead's alone, and moves
// the programme from Discover to Design (reopening moves it back); the checklist reads the data.
import { beforeAll, describe, expect, it } from 'vitest';
import { CULTURAL_ELEMENTS } from '../../../core/instruments/builtins/leadership-framework.js';
import { withDemoOrganisation } from '../../test/demo-fixture.js';
import type { Agent } from '../../test/harness.js';

const demo = withDemoOrganisation();
let lead: Agent;
let team: Agent;
let board: Agent;
let programmeId: string;
const url = (rest = '') => `/api/v1/organisations/${demo.orgId}/programmes/${programmeId}${rest}`;

interface Cell { source: string; evidence: { kind: string; label: string; [k: string]: unknown }[]; suggested: { rating: string | null }; rating: string | null; narrative: string; version: number }
interface Element { key: string; cells: Cell[]; overall: { rating: string | null; version: number }; triangulation: { agreement: string; text: string } }
const cellOf = (s: { elements: Element[] }, element: string, source: string) => s.elements.find((e) => e.key === element)!.cells.find((c) => c.source === source)!;
const dataVersion = async () => Number((await demo.ctx.handle.db.selectFrom('organisations').select('data_version').where('id', '=', demo.orgId).executeTakeFirstOrThrow()).data_version);

beforeAll(async () => {
  lead = await demo.as('programme_lead');
  team = await demo.as('change_team');
  board = await demo.as('board');
  programmeId = (await lead.get(`/api/v1/organisations/${demo.orgId}/programmes`)).json().items[0].id;
});

describe('the synthesis', () => {
  it('lays every element against every source, each cell starting from the figures its own screen shows', async () => {
    const res = await board.get(url('/synthesis'));
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.status).toBe('draft');
    expect(s.elements.map((e: Element) => e.key)).toEqual(CULTURAL_ELEMENTS.map((e) => e.key));
    expect(s.elements.every((e: Element) => e.cells.length === 7)).toBe(true);

    // The dashboard: each metric's latest value and variation as the dashboard gives them.
    const dash = (await board.get(`/api/v1/organisations/${demo.orgId}/metrics/dashboard`)).json();
    for (const element of dash.elements) {
      const cell = cellOf(s, element.key, 'dashboard');
      const withFigures = element.metrics.filter((m: { latest: unknown }) => m.latest);
      expect(cell.evidence.map((e) => e.label)).toEqual(withFigures.map((m: { name: string }) => m.name));
      for (const [i, m] of withFigures.entries()) expect(cell.evidence[i]).toMatchObject({ kind: 'metric', period: m.latest.period, variation: m.variation, assurance: m.assurance });
    }

    // The leadership behaviours survey: each element's measures at the organisation's score on its results page.
    const surveys = (await lead.get(`/api/v1/organisations/${demo.orgId}/surveys`)).json().items;
    const leadership = surveys.find((x: { title: string }) => x.title.startsWith('Leadership behaviours survey'));
    const page = (await board.get(`/api/v1/organisations/${demo.orgId}/surveys/${leadership.id}/results/units/${demo.orgId}`)).json();
    let compared = 0;
    for (const m of page.measures.filter((x: { framework: string; status: string }) => x.framework === 'cultural_element' && x.status === 'shown')) {
      const evidence = cellOf(s, m.frameworkKey, 'leadership_survey').evidence.find((e) => e.label === `${leadership.title}: ${m.name}`);
      expect(evidence, m.name).toMatchObject({ kind: 'score', score: Math.round(m.mean * 100) / 100, n: m.n });
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(6);

    // The pulse survey carries its change since the winter wave.
    const pulse = cellOf(s, 'teamwork', 'other_surveys').evidence[0] as unknown as { change: { reading: string } | null; label: string };
    expect(pulse.label).toMatch(/^Staff pulse, summer 2026/);
    expect(pulse.change?.reading).toMatch(/ Compared with Staff pulse, winter 2025\.$/);
  });

  it('lets the change team rate a cell, refuses a save from a stale version, and keeps the data version', async () => {
    const before = await dataVersion();
    const put = (agent: Agent, body: object) => agent.request({ method: 'PUT', url: url('/synthesis/cells/teamwork/focus_groups'), payload: body });
    expect((await put(board, { version: 0, rating: 'strength', narrative: '' })).statusCode).toBe(403);
    const saved = await put(team, { version: 0, rating: 'strength', narrative: 'Teams pull together on the wards.' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ rating: 'strength', narrative: 'Teams pull together on the wards.', version: 1 });
    const stale = await put(lead, { version: 0, rating: 'develop', narrative: 'Not across boundaries.' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'edit_conflict', current: { rating: 'strength', version: 1 } });
    expect(await dataVersion()).toBe(before);
    const unknown = await team.request({ method: 'PUT', url: url('/synthesis/cells/morale/focus_groups'), payload: { version: 0, rating: 'strength', narrative: '' } });
    expect(unknown.statusCode).toBe(404);
  });

  it('shows where the sources disagree', async () => {
    const put = (source: string, rating: string) => team.request({ method: 'PUT', url: url(`/synthesis/cells/teamwork/${source}`), payload: { version: 0, rating, narrative: '' } });
    expect((await put('patient_experience', 'develop')).statusCode).toBe(200);
    const teamwork = (await board.get(url('/synthesis'))).json().elements.find((e: Element) => e.key === 'teamwork');
    expect(teamwork.triangulation).toEqual({
      agreement: 'disagree',
      text: 'The sources disagree: Culture focus groups points to a strength, Patient experience to an area to develop.',
    });
  });

  it('is agreed only by the programme lead, once every element is rated, and then moves the programme to Design', async () => {
    const s = (await lead.get(url('/synthesis'))).json();
    const incomplete = await lead.post(url('/synthesis/agree'), { version: s.version, eventDate: '2026-11-20' });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().code).toBe('synthesis_incomplete');
    expect(incomplete.json().errors.map((e: { path: string }) => e.path)).toEqual(CULTURAL_ELEMENTS.map((e) => `elements.${e.key}.overall`));
    for (const e of CULTURAL_ELEMENTS) {
      const res = await team.request({ method: 'PUT', url: url(`/synthesis/cells/${e.key}/overall`), payload: { version: 0, rating: 'mixed', narrative: `What we found about ${e.name.en}.` } });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await team.post(url('/synthesis/agree'), { version: s.version, eventDate: '2026-11-20' })).statusCode).toBe(403);
    const agreed = await lead.post(url('/synthesis/agree'), { version: s.version, eventDate: '2026-11-20' });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json()).toMatchObject({ status: 'agreed', eventDate: '2026-11-20' });
    const phases = (await lead.get(`/api/v1/organisations/${demo.orgId}/programmes/${programmeId}`)).json().phases;
    expect(phases.find((p: { phase: string }) => p.phase === 'discover')).toMatchObject({ status: 'complete', endDate: '2026-11-20' });
    expect(phases.find((p: { phase: string }) => p.phase === 'design')).toMatchObject({ status: 'in_progress', startDate: '2026-11-20' });
    const locked = await team.request({ method: 'PUT', url: url('/synthesis/cells/vision_values/dashboard'), payload: { version: 0, rating: 'strength', narrative: '' } });
    expect([locked.statusCode, locked.json().code]).toEqual([409, 'synthesis_agreed']);
    const checklist = (await board.get(url('/discover'))).json();
    expect(checklist.phase).toBe('design');
    expect(checklist.items.find((i: { key: string }) => i.key === 'synthesis')).toMatchObject({ status: 'done', detail: 'Agreed at the synthesis event on 20 November 2026.' });

    const reopened = await lead.post(url('/synthesis/reopen'), { version: agreed.json().version });
    expect(reopened.json().status).toBe('draft');
    const back = (await lead.get(`/api/v1/organisations/${demo.orgId}/programmes/${programmeId}`)).json().phases;
    expect(back.find((p: { phase: string }) => p.phase === 'discover').status).toBe('in_progress');
    expect(back.find((p: { phase: string }) => p.phase === 'design').status).toBe('not_started');
  });

  it('reads the Discover checklist from the data', async () => {
    const checklist = (await board.get(url('/discover'))).json();
    const status = Object.fromEntries(checklist.items.map((i: { key: string; status: string }) => [i.key, i.status]));
    expect(status).toMatchObject({ dashboard: 'done', workforce: 'done', leadership_survey: 'done', patient_experience: 'done', synthesis: 'in_progress' });
    const people = await demo.ctx.handle.db.selectFrom('people').select(['leaving_date', 'start_date']).where('organisation_id', '=', demo.orgId).execute();
    const today = new Date().toISOString().slice(0, 10);
    const inPost = people.filter((p) => !p.leaving_date || p.leaving_date >= today).length;
    expect(checklist.items.find((i: { key: string }) => i.key === 'workforce').detail).toMatch(new RegExp(`^${inPost.toLocaleString('en-GB')} people in post`));
  });
});
