// The demo trust's closed patient survey, as a newcomer finds it: stored as a launched-then-closed
// patient survey is (open link and paper, no staff audience, every unit frozen as a place to file
// under), about five hundred answers from the wards, its whole-organisation scores on the patient
// experience page worked out here again by hand from the stored answers, small wards hidden, and
// the same survey on every load.
import { describe, expect, it } from 'vitest';
import { validateSubmission } from '../../../core/instruments/answers.js';
import type { InstrumentDefinition, Language } from '../../../core/instruments/definition.js';
import { inTransaction } from '../../kernel/transaction.js';
import { withDemoOrganisation } from '../../test/demo-fixture.js';
import { loadDemo } from '../demo/index.js';
import { DEMO_PATIENT_SURVEY_TITLE } from './demo-patient-survey.js';

const demo = withDemoOrganisation();
const db = () => demo.ctx.handle.db;

async function patientSurvey(orgId: string) {
  return db().selectFrom('surveys').selectAll().where('organisation_id', '=', orgId).where('title', '=', DEMO_PATIENT_SURVEY_TITLE).executeTakeFirstOrThrow();
}
const responsesOf = (orgId: string, surveyId: string) =>
  db().selectFrom('survey_responses').selectAll().where('organisation_id', '=', orgId).where('survey_id', '=', surveyId).execute();

/** A respondent's 0–10 score on a measure, by hand: option i of k is 10·i/(k−1), "Don't know" and blanks left out, then the mean of what they answered. */
function byHand(definition: InstrumentDefinition, measureId: string, answers: Record<string, unknown>): number | null {
  const measure = definition.constructs.find((c) => c.id === measureId)!;
  const scores = measure.items.flatMap((itemId) => {
    const item = definition.sections.flatMap((s) => s.items).find((i) => i.id === itemId || (i.type === 'grid' && i.rows.some((r) => r.id === itemId)))!;
    const scaleId = item.type === 'grid' || item.type === 'scale' ? item.scale : '';
    const options = definition.scales.find((s) => s.id === scaleId)!.options.map((o) => o.value);
    const value = answers[itemId];
    return typeof value === 'number' ? [(10 * options.indexOf(value)) / (options.length - 1)] : [];
  });
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
}

describe('the demo organisation’s patient survey', () => {
  it('is stored as a real patient survey launched and closed: open link and paper, no staff audience, every unit frozen', async () => {
    const survey = await patientSurvey(demo.orgId);
    expect(survey).toMatchObject({
      status: 'closed', instrument_ref: 'builtin:patient-experience', invitations_enabled: 0, open_link_enabled: 1, paper_enabled: 1, audience_size: null, audience_categories: null, version: 3,
    });
    expect(survey.open_link_code).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(survey.programme_id).not.toBeNull();
    const definition = JSON.parse(survey.definition!) as InstrumentDefinition;
    expect(definition.audience).toBe('patients');

    const units = await db().selectFrom('org_units').select(['id', 'parent_id']).where('organisation_id', '=', demo.orgId).execute();
    const frozen = await db().selectFrom('survey_units').selectAll().where('survey_id', '=', survey.id).execute();
    expect(frozen).toHaveLength(units.length + 1);
    expect(frozen.every((u) => u.files_responses === 1 && u.own_audience === 0 && u.subtree_audience === 0 && u.filed_audience === 0)).toBe(true);
    const root = frozen.find((u) => u.parent_id === null)!;
    expect(root).toMatchObject({ unit_id: demo.orgId, name: 'Whole organisation', external_code: '' });
    // Divisions hang under the organisation, everything else under its own parent.
    const parentOf = new Map(units.map((u) => [u.id, u.parent_id ?? demo.orgId]));
    expect(frozen.filter((u) => u !== root).every((u) => u.parent_id === parentOf.get(u.unit_id))).toBe(true);
    const invitations = await db().selectFrom('survey_invitations').select('id').where('survey_id', '=', survey.id).execute();
    expect(invitations).toHaveLength(0);

    const rows = await responsesOf(demo.orgId, survey.id);
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(rows.length).toBeLessThanOrEqual(700);
    const channels = new Map<string, number>();
    for (const r of rows) channels.set(r.channel, (channels.get(r.channel) ?? 0) + 1);
    expect([...channels.keys()].sort()).toEqual(['open_link', 'paper']);
    expect(channels.get('paper')!).toBeGreaterThan(0.2 * rows.length);
    // Each response is one a respondent could have sent: valid against the frozen questionnaire, filed under a ward, within the window.
    const wards = new Set((await db().selectFrom('org_units').select('id').where('organisation_id', '=', demo.orgId).where('kind', '=', 'ward').execute()).map((u) => u.id));
    for (const r of rows) {
      const { payBand, staffGroup, ...demographics } = JSON.parse(r.profile) as Record<string, unknown>;
      expect([payBand, staffGroup]).toEqual([null, null]);
      const check = validateSubmission(definition, { answers: JSON.parse(r.answers), demographics }, r.language as Language);
      expect(check.ok, JSON.stringify(check)).toBe(true);
      expect(wards.has(r.unit_id)).toBe(true);
      expect(r.submitted_on >= survey.opens_on && r.submitted_on <= survey.closes_on).toBe(true);
    }
  });

  it('shows on the patient experience page with whole-organisation scores that match the stored answers', async () => {
    const survey = await patientSurvey(demo.orgId);
    const definition = JSON.parse(survey.definition!) as InstrumentDefinition;
    const rows = await responsesOf(demo.orgId, survey.id);
    const board = await demo.as('board');
    const res = await board.get(`/api/v1/organisations/${demo.orgId}/patient-experience`);
    expect(res.statusCode, res.body).toBe(200);
    const surveys = res.json().surveys as { id: string; title: string; respondents: number; measures: { id: string; status: string; score: number | null }[] }[];
    expect(surveys.map((s) => s.title)).toEqual([DEMO_PATIENT_SURVEY_TITLE]);
    const shown = surveys[0]!;
    expect(shown.id).toBe(survey.id);
    expect(shown.respondents).toBe(rows.length);
    expect(shown.measures.map((m) => m.id)).toEqual(['working-together', 'kindness-respect', 'listening-involvement', 'recommend']);
    for (const measure of shown.measures) {
      const scores = rows.map((r) => byHand(definition, measure.id, JSON.parse(r.answers) as Record<string, unknown>)).filter((s): s is number => s !== null);
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      expect(measure.status).toBe('shown');
      expect(measure.score, measure.id).toBeCloseTo(mean, 2);
    }
    // Patients are kinder about how they were treated than about how joined up the staff were.
    const score = (id: string) => shown.measures.find((m) => m.id === id)!.score!;
    expect(score('kindness-respect')).toBeGreaterThan(score('working-together'));
    expect(score('kindness-respect')).toBeGreaterThan(7);
    expect(score('kindness-respect')).toBeLessThan(9.5);
  });

  it('has results by ward that differ, with the smallest wards hidden, and comments to read', async () => {
    const survey = await patientSurvey(demo.orgId);
    const board = await demo.as('board');
    const res = await board.get(`/api/v1/organisations/${demo.orgId}/surveys/${survey.id}/results/heatmap`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().rows as { name: string; respondents: number | null; respondentStatus: string; cells: { status: string; n: number | null; mean: number | null }[] }[];
    const byName = new Map(rows.map((r) => [r.name, r]));
    for (const small of ['Ward 12 (Care of Older People)', 'Birth Centre', 'Gynaecology Ward']) expect(byName.get(small)!.respondentStatus, small).toBe('too_few');
    const wardMeans = ['Acute Medical Unit', 'Cardiology Ward', 'Ward 10 (Frailty)', 'Children’s Ward', 'Ward 20 (Colorectal)'].map((n) => byName.get(n)!.cells[1]!);
    expect(wardMeans.every((c) => c.status === 'shown' && c.n! >= 11)).toBe(true);
    const means = wardMeans.map((c) => c.mean!);
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(1);
    // No staff bands or groups to break the results down by: only what patients said about themselves.
    const breakdowns = (await board.get(`/api/v1/organisations/${demo.orgId}/surveys/${survey.id}/results/breakdowns`)).json();
    expect(breakdowns.dimensions.map((d: { id: string }) => d.id)).toEqual(['respondent-type', 'age-band']);

    const comments = (await board.get(`/api/v1/organisations/${demo.orgId}/surveys/${survey.id}/results/comments?limit=500`)).json();
    expect(comments.status).toBe('shown');
    expect(comments.total).toBeGreaterThan(25);
    const texts = (comments.comments as { text: string }[]).map((c) => c.text);
    expect(texts.some((t) => t.startsWith('A healthcare assistant called [name] remembered'))).toBe(true);
    expect(texts.join('\n')).not.toContain('Joy');
  });

  it('is the same every time the demo is loaded', async () => {
    const second = (await inTransaction(db(), (trx) => loadDemo(trx))).organisationId;
    const contents = async (orgId: string) => {
      const survey = await patientSurvey(orgId);
      const names = new Map((await db().selectFrom('org_units').select(['id', 'name']).where('organisation_id', '=', orgId).execute()).map((u) => [u.id, u.name]));
      return (await responsesOf(orgId, survey.id)).map((r) => [names.get(r.unit_id), r.channel, r.language, r.submitted_on, r.profile, r.answers].join('|')).sort();
    };
    expect(await contents(second)).toEqual(await contents(demo.orgId));
  });
});
