import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../kernel/ids.js';
import { createTestContext, type Agent, type TestContext, unitCreator } from '../../test/harness.js';

let ctx: TestContext;
let orgId: string;
let changeTeam: Agent;
const units: Record<string, string> = {};

async function person(unit: string, name: string, role: string) {
  const at = nowIso();
  await ctx.handle.db
    .insertInto('people')
    .values({ id: newId(), organisation_id: orgId, unit_id: units[unit] as string, assignment_number: `N${name.length}${name.charCodeAt(0)}${Object.keys(units).length}${Math.random()}`, full_name: name, work_email: null, pay_band: 'Band 5', staff_group: 'Nursing and Midwifery Registered', job_role: role, is_leader: 0, ethnicity: 'White', sex: 'Female', disability: 'No', age_band: '31-40', created_at: at, updated_at: at })
    .execute();
}

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  const admin = await ctx.agent(orgId, ['admin']);
  changeTeam = await ctx.agent(orgId, ['change_team'], 'ct@example.nhs.uk');
  const u = unitCreator(admin, orgId);
  units.med = await u({ name: 'Medicine', externalCode: 'MED', kind: 'division', parentId: null });
  units.w1 = await u({ name: 'Ward 1', externalCode: 'W1', kind: 'ward', parentId: units.med });
  units.w2 = await u({ name: 'Ward 2', externalCode: 'W2', kind: 'ward', parentId: units.med });
  units.est = await u({ name: 'Estates', externalCode: 'EST', kind: 'department', parentId: null });
  await person('w1', 'Amy Able', 'Staff Nurse');
  await person('w1', 'Ben Baker', 'Healthcare Assistant');
  await person('w2', 'Cat Cole', 'Staff Nurse');
  await person('est', '=HYPERLINK("http://evil")', 'Porter');
});
afterAll(() => ctx.close());

describe('staff list', () => {
  it('filters by a unit including the units below it', async () => {
    const res = (await changeTeam.get(`/api/v1/organisations/${orgId}/staff?unitId=${units.med}`)).json();
    expect(res.total).toBe(3);
    expect(res.items.map((p: { fullName: string }) => p.fullName)).toEqual(['Amy Able', 'Ben Baker', 'Cat Cole']);
    expect((await changeTeam.get(`/api/v1/organisations/${orgId}/staff?unitId=${units.w2}`)).json().total).toBe(1);
  });

  it('searches names and roles case-insensitively, treating % and _ literally', async () => {
    expect((await changeTeam.get(`/api/v1/organisations/${orgId}/staff?q=NURSE`)).json().total).toBe(2);
    expect((await changeTeam.get(`/api/v1/organisations/${orgId}/staff?q=%25`)).json().total).toBe(0);
    expect((await changeTeam.get(`/api/v1/organisations/${orgId}/staff?q=_`)).json().total).toBe(0);
  });

  it('pages through the list', async () => {
    const page2 = (await changeTeam.get(`/api/v1/organisations/${orgId}/staff?page=2&pageSize=3`)).json();
    expect(page2).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(page2.items).toHaveLength(1);
  });

  it('exports CSV without protected characteristics, defusing formulas, and audits the export', async () => {
    const res = await changeTeam.get(`/api/v1/organisations/${orgId}/staff/export`);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('assignment_number,full_name,work_email,pay_band,staff_group,job_role,leader,unit');
    expect(lines).toHaveLength(5);
    expect(res.body).not.toContain('White');
    expect(lines.find((l) => l.includes('HYPERLINK'))).toContain('"\'=HYPERLINK(""http://evil"")"');
    const events = await ctx.handle.db.selectFrom('audit_events').selectAll().where('action', '=', 'export.created').execute();
    expect(events).toHaveLength(1);
    expect(events[0]?.actor_label).toBe('ct@example.nhs.uk');
    expect(JSON.parse(events[0]?.detail as string).rows).toBe(4);
  });
});

describe('staff facets', () => {
  it('counts people by pay band and staff group, in natural order', async () => {
    const res = (await changeTeam.get(`/api/v1/organisations/${orgId}/staff/facets`)).json();
    // The four people made above are all Band 5 registered nurses.
    expect(res).toEqual({ payBands: [{ value: 'Band 5', count: 4 }], staffGroups: [{ value: 'Nursing and Midwifery Registered', count: 4 }] });
  });
});

