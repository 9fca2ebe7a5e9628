import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../kernel/ids.js';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
let orgId: string;
let lead: Agent;
let board: Agent;
let personId: string;
const base = () => `/api/v1/organisations/${orgId}/programmes`;

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  lead = await ctx.agent(orgId, ['programme_lead']);
  board = await ctx.agent(orgId, ['board']);
  const unit = (await lead.post(`/api/v1/organisations/${orgId}/units`, { name: 'Ward 3', externalCode: 'W3', kind: 'ward', parentId: null })).json();
  personId = newId();
  const at = nowIso();
  await ctx.handle.db
    .insertInto('people')
    .values({ id: personId, organisation_id: orgId, unit_id: unit.id, assignment_number: '123', full_name: 'Ada Volunteer', work_email: null, pay_band: 'Band 3', staff_group: 'Additional Clinical Services', job_role: 'Healthcare Assistant', is_leader: 0, ethnicity: null, sex: null, disability: null, age_band: null, created_at: at, updated_at: at })
    .execute();
});
afterAll(() => ctx.close());

describe('programme', () => {
  it('starts a programme with four phases and shows it on the home page', async () => {
    const res = await lead.post(base(), { name: 'Culture 2027', sponsor: 'Chief Executive', startDate: '2027-01-01', endDate: '2028-12-31', includeScoping: false });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p.phases.map((x: { phase: string; status: string }) => `${x.phase}:${x.status}`)).toEqual([
      'scoping:skipped', 'discover:not_started', 'design:not_started', 'deliver:not_started',
    ]);
    expect(p.currentPhase).toBe('discover');
    expect(p.progressPercent).toBe(0);

    const moved = (await lead.patch(`${base()}/${p.id}/phases/discover`, { status: 'complete', startDate: '2027-01-01', endDate: '2027-09-30' })).json();
    expect(moved.currentPhase).toBe('design');
    expect(moved.progressPercent).toBe(33); // 1 of the 3 phases that are not skipped

    expect((await lead.post(`${base()}/${p.id}/change-team`, { personId, roleNote: 'Ambassador' })).statusCode).toBe(204);
    const team = (await board.get(`${base()}/${p.id}/change-team`)).json().items;
    expect(team).toEqual([{ personId, fullName: 'Ada Volunteer', jobRole: 'Healthcare Assistant', payBand: 'Band 3', staffGroup: 'Additional Clinical Services', unitName: 'Ward 3', roleNote: 'Ambassador' }]);

    const home = (await board.get(`/api/v1/organisations/${orgId}/home`)).json();
    expect(home.programme).toMatchObject({ name: 'Culture 2027', currentPhase: 'design' });
    expect(home.counts).toEqual({ units: 1, staff: 1, changeTeam: 1 });

    expect((await lead.delete(`${base()}/${p.id}/change-team/${personId}`)).statusCode).toBe(204);
    expect((await lead.delete(`${base()}/${p.id}/change-team/${personId}`)).statusCode).toBe(404);
  });

  it('detects two people editing at once instead of losing one edit', async () => {
    const p = (await lead.post(base(), { name: 'Edit race', sponsor: 'Sponsor', startDate: '2027-01-01', endDate: '2027-12-31' })).json();
    const first = await lead.patch(`${base()}/${p.id}`, { version: p.version, sponsor: 'First editor' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(p.version + 1);
    const second = await lead.patch(`${base()}/${p.id}`, { version: p.version, sponsor: 'Second editor' });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'edit_conflict', current: { sponsor: 'First editor' } });
  });

  it('refuses dates in the wrong order, both at creation and when one end moves', async () => {
    const bad = await lead.post(base(), { name: 'Backwards', sponsor: 'S', startDate: '2027-06-01', endDate: '2027-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'endDate', message: 'The end date must be the same as or after the start date' }]);
    const p = (await lead.post(base(), { name: 'Forwards', sponsor: 'S', startDate: '2027-01-01', endDate: '2027-06-01' })).json();
    const later = await lead.patch(`${base()}/${p.id}`, { version: p.version, startDate: '2027-07-01' });
    expect(later.statusCode).toBe(400);
    const notADate = await lead.post(base(), { name: 'Nonsense', sponsor: 'S', startDate: '2027-02-30', endDate: '2027-06-01' });
    expect(notADate.json().errors[0]).toEqual({ path: 'startDate', message: 'Enter a real date' });
  });

  it('writes an audit event for programme changes', async () => {
    const events = (await lead.get(`/api/v1/organisations/${orgId}/audit?pageSize=200`)).json();
    const actions = events.items.map((e: { action: string }) => e.action);
    // Culture 2027, Edit race and Forwards were created; Backwards and Nonsense were refused.
    expect(actions.filter((a: string) => a === 'programme.created')).toHaveLength(3);
    expect(actions).toContain('programme.updated');
  });
});
