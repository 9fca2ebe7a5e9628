// Tests the paper entry form's data: the change team gets an open survey's frozen questions and
// the units answers may be filed under; staff, other surveys and other states are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../kernel/ids.js';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
let orgId: string;
let lead: Agent;
let changeTeam: Agent;
let staff: Agent;
let ward: string;

const surveysUrl = () => `/api/v1/organisations/${orgId}/surveys`;

async function draft(modes: object) {
  const res = await lead.post(surveysUrl(), { title: 'Paper check', instrumentRef: 'builtin:real-team-check', opensOn: '2026-01-01', closesOn: '2099-12-31', languages: ['en', 'cy'], modes });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

async function launched(modes: object) {
  const created = await draft(modes);
  const res = await lead.post(`${surveysUrl()}/${created.id}/launch`, { version: created.version });
  expect(res.statusCode, res.body).toBe(200);
  return created.id;
}

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  const admin = await ctx.agent(orgId, ['admin']);
  lead = await ctx.agent(orgId, ['programme_lead']);
  changeTeam = await ctx.agent(orgId, ['change_team']);
  staff = await ctx.agent(orgId, ['staff']);
  ward = (await admin.post(`/api/v1/organisations/${orgId}/units`, { name: 'Ward 7', externalCode: 'W7', kind: 'ward', parentId: null })).json().id;
  // Twelve people on the ward: above the default threshold of 11, so the ward files its own answers.
  const at = nowIso();
  const people = Array.from({ length: 12 }, (_, i) => ({
    id: newId(), organisation_id: orgId, unit_id: ward, assignment_number: `P-${i}`, full_name: `Paper Person ${i}`, work_email: null,
    pay_band: 'Band 5', staff_group: 'Nursing', job_role: 'Nurse', is_leader: 0, ethnicity: null, sex: null, disability: null, age_band: null, created_at: at, updated_at: at,
  }));
  await ctx.handle.db.insertInto('people').values(people).execute();
});
afterAll(() => ctx.close());

describe('GET /surveys/:surveyId/paper-form', () => {
  it('gives the change team the frozen questions, languages and filing units of an open paper survey', async () => {
    const id = await launched({ invitations: false, openLink: false, paper: true });
    const res = await changeTeam.get(`${surveysUrl()}/${id}/paper-form`);
    expect(res.statusCode, res.body).toBe(200);
    const form = res.json();
    expect(form).toMatchObject({ title: 'Paper check', closesOn: '2099-12-31', anonymityThreshold: 11, languages: ['en', 'cy'] });
    expect(form.instrument.key).toBe('real-team-check');
    expect(form.instrument.sections.map((s: { id: string }) => s.id)).toEqual(['your-team', 'learning-as-a-team']);
    // Everyone is on Ward 7, which is big enough to report alone, so nothing climbs to the organisation.
    expect(form.units).toEqual([{ id: ward, name: 'Ward 7' }]);
  });

  it('refuses staff, who cannot enter paper responses', async () => {
    const id = await launched({ invitations: false, openLink: false, paper: true });
    const res = await staff.get(`${surveysUrl()}/${id}/paper-form`);
    expect(res.statusCode).toBe(403);
  });

  it('refuses a survey that takes no paper, one not launched yet, and one that does not exist', async () => {
    const noPaper = await launched({ invitations: false, openLink: true, paper: false });
    const refused = await changeTeam.get(`${surveysUrl()}/${noPaper}/paper-form`);
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'paper_not_enabled']);

    const notLaunched = await draft({ invitations: false, openLink: false, paper: true });
    const early = await changeTeam.get(`${surveysUrl()}/${notLaunched.id}/paper-form`);
    expect([early.statusCode, early.json().code]).toEqual([410, 'survey_not_open_yet']);

    const missing = await changeTeam.get(`${surveysUrl()}/${newId()}/paper-form`);
    expect(missing.statusCode).toBe(404);
  });
});
