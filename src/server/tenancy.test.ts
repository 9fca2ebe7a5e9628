// Attacks on tenancy and roles, over every organisation route the app registers (read from
// the route catalogue, so a new route is covered the moment it exists).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyBuiltInGuide } from '../core/qualitative/guides.js';
import { can, type Action } from '../core/access/policy.js';
import { ROLES } from '../core/access/roles.js';
import { newId, nowIso } from './kernel/ids.js';
import { createTestContext, type Agent, type TestContext } from './test/harness.js';

const FOCUS_GROUP_GUIDE_COPY = copyBuiltInGuide('focus_group');

let ctx: TestContext;
let orgA: string;
let orgB: string;
let adminA: Agent;
let adminB: Agent;
const idsA: Record<string, string> = {};

async function addPerson(organisationId: string, unitId: string, name: string): Promise<string> {
  const id = newId();
  const at = nowIso();
  await ctx.handle.db
    .insertInto('people')
    .values({
      id, organisation_id: organisationId, unit_id: unitId, assignment_number: `A${id.slice(0, 8)}`, full_name: name,
      work_email: null, pay_band: 'Band 5', staff_group: 'Nursing and Midwifery Registered', job_role: 'Staff Nurse',
      is_leader: 0, ethnicity: null, sex: null, disability: null, age_band: null, created_at: at, updated_at: at,
    })
    .execute();
  return id;
}

function fill(url: string, org: string, ids: Record<string, string>): string {
  return url
    .replace(':orgId', org)
    .replace(':phase', 'discover')
    .replace('/guides/:kind', '/guides/focus_group')
    .replace(':kind', 'units')
    .replace(':element', 'teamwork')
    .replace(':source', 'focus_groups')
    .replace(':coder', 'first')
    .replace(/:(\w+)/g, (_, name: string) => ids[name] ?? newId());
}

async function snapshotA() {
  const db = ctx.handle.db;
  return {
    org: await db.selectFrom('organisations').selectAll().where('id', '=', orgA).execute(),
    units: await db.selectFrom('org_units').selectAll().where('organisation_id', '=', orgA).orderBy('id').execute(),
    people: await db.selectFrom('people').selectAll().where('organisation_id', '=', orgA).orderBy('id').execute(),
    programmes: await db.selectFrom('programmes').selectAll().where('organisation_id', '=', orgA).execute(),
    phases: await db.selectFrom('programme_phases').selectAll().where('organisation_id', '=', orgA).orderBy('id').execute(),
    team: await db.selectFrom('change_team_members').selectAll().where('organisation_id', '=', orgA).execute(),
    members: await db.selectFrom('memberships').selectAll().where('organisation_id', '=', orgA).orderBy('user_id').orderBy('role').execute(),
    surveys: await db.selectFrom('surveys').selectAll().where('organisation_id', '=', orgA).execute(),
    instruments: await db.selectFrom('instrument_versions').selectAll().where('organisation_id', '=', orgA).orderBy('id').execute(),
    outbox: await db.selectFrom('mail_outbox').selectAll().where('organisation_id', '=', orgA).orderBy('id').execute(),
  };
}

beforeAll(async () => {
  ctx = await createTestContext();
  orgA = await ctx.organisation('Alpha Trust');
  orgB = await ctx.organisation('Beta Trust');
  adminA = await ctx.agent(orgA, ['admin'], 'admin.a@alpha.example');
  adminB = await ctx.agent(orgB, ['admin'], 'admin.b@beta.example');
  const parent = (await adminA.post(`/api/v1/organisations/${orgA}/units`, { name: 'Alpha Medicine', externalCode: 'AM', kind: 'division', parentId: null })).json();
  const child = (await adminA.post(`/api/v1/organisations/${orgA}/units`, { name: 'Alpha Ward', externalCode: 'AW', kind: 'ward', parentId: parent.id })).json();
  idsA.unitId = child.id;
  idsA.personId = await addPerson(orgA, child.id, 'Alpha Person');
  const programme = (await adminA.post(`/api/v1/organisations/${orgA}/programmes`, { name: 'Alpha programme', sponsor: 'Alpha CEO', startDate: '2026-01-01', endDate: '2027-12-31' })).json();
  idsA.programmeId = programme.id;
  await adminA.post(`/api/v1/organisations/${orgA}/programmes/${programme.id}/change-team`, { personId: idsA.personId });
  idsA.userId = adminA.userId as string;
  idsA.ref = (await adminA.post(`/api/v1/organisations/${orgA}/instruments`, { from: 'builtin:staff-pulse', title: { en: 'Alpha pulse' } })).json().ref;
  idsA.surveyId = (await adminA.post(`/api/v1/organisations/${orgA}/surveys`, { title: 'Alpha survey', instrumentRef: 'builtin:staff-pulse', opensOn: '2026-01-01', closesOn: '2099-01-01' })).json().id;
  expect(idsA.ref && idsA.surveyId).toBeTruthy();
  // Beta gets a unit too, so its own ids exist for mixed requests.
  await adminB.post(`/api/v1/organisations/${orgB}/units`, { name: 'Beta Ward', externalCode: 'BW', kind: 'ward', parentId: null });
});
afterAll(() => ctx.close());

const orgRoutes = () => ctx.app.routeCatalogue.filter((r) => r.url.includes(':orgId'));

describe('tenancy', () => {
  it('has organisation routes to attack (the catalogue is not empty)', () => {
    const urls = orgRoutes().map((r) => `${r.method} ${r.url}`);
    expect(urls.length).toBeGreaterThanOrEqual(20);
    expect(urls).toContain('GET /api/v1/organisations/:orgId/staff');
    expect(urls).toContain('DELETE /api/v1/organisations/:orgId/units/:unitId');
  });

  it("never lets another organisation's admin reach any route of this organisation", async () => {
    const before = await snapshotA();
    for (const route of orgRoutes()) {
      const url = fill(route.url, orgA, idsA);
      const res = await adminB.request({ method: route.method as 'GET', url, ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }) });
      expect({ route: `${route.method} ${route.url}`, status: res.statusCode }).toEqual({ route: `${route.method} ${route.url}`, status: 404 });
      expect(res.body).not.toContain('Alpha');
    }
    expect(await snapshotA()).toEqual(before);
  });

  it("finds nothing of another organisation's when its ids are used under one's own organisation", async () => {
    const before = await snapshotA();
    const bodies: Record<string, unknown> = {
      'PATCH /api/v1/organisations/:orgId/units/:unitId': { name: 'Renamed by Beta' },
      'PATCH /api/v1/organisations/:orgId/programmes/:programmeId': { version: 1, name: 'Renamed by Beta' },
      'PATCH /api/v1/organisations/:orgId/programmes/:programmeId/phases/:phase': { status: 'complete' },
      'POST /api/v1/organisations/:orgId/programmes/:programmeId/change-team': { personId: idsA.personId },
      'PUT /api/v1/organisations/:orgId/users/:userId/roles': { roles: ['staff'] },
      'PUT /api/v1/organisations/:orgId/programmes/:programmeId/guides/:kind': { version: 0, guide: FOCUS_GROUP_GUIDE_COPY },
      'POST /api/v1/organisations/:orgId/programmes/:programmeId/conversations': { kind: 'focus_group', title: 'Beta’s session in Alpha’s programme' },
      'PUT /api/v1/organisations/:orgId/programmes/:programmeId/synthesis/cells/:element/:source': { version: 0, rating: 'strength', narrative: '' },
      'PATCH /api/v1/organisations/:orgId/programmes/:programmeId/synthesis': { version: 1, quoteThreshold: 12 },
      'POST /api/v1/organisations/:orgId/programmes/:programmeId/synthesis/agree': { version: 1, eventDate: '2026-11-20' },
      'POST /api/v1/organisations/:orgId/programmes/:programmeId/synthesis/reopen': { version: 1 },
      'POST /api/v1/organisations/:orgId/programmes/:programmeId/second-coding/sample': { percent: 20 },
      'PATCH /api/v1/organisations/:orgId/programmes/:programmeId/conversations/:conversationId': { version: 1, title: 'Renamed by Beta' },
      'POST /api/v1/organisations/:orgId/programmes/:programmeId/conversations/:conversationId/consent': { version: 1 },
      'POST /api/v1/organisations/:orgId/programmes/:programmeId/conversations/:conversationId/excerpts': { excerpts: [{ questionId: null, text: 'Written by Beta.' }] },
      'PATCH /api/v1/organisations/:orgId/programmes/:programmeId/conversations/:conversationId/excerpts/:excerptId': { version: 1, questionId: null },
      'PUT /api/v1/organisations/:orgId/programmes/:programmeId/conversations/:conversationId/excerpts/:excerptId/coding/:coder': { version: 0, codes: [], behaviours: [], themes: [] },
    };
    // Routes that need a query string to get past validation to the lookup.
    const queries: Record<string, string> = {
      'GET /api/v1/organisations/:orgId/surveys/:surveyId/results/units/:unitId/comparison': `?with=${idsA.surveyId}`,
      'GET /api/v1/organisations/:orgId/surveys/:surveyId/results/units/:unitId/export': '?format=csv',
      'GET /api/v1/organisations/:orgId/surveys/:surveyId/results/units/:unitId/comparison/export': `?format=csv&with=${idsA.surveyId}`,
      'DELETE /api/v1/organisations/:orgId/programmes/:programmeId/guides/:kind': '?version=1',
      'DELETE /api/v1/organisations/:orgId/programmes/:programmeId/conversations/:conversationId/excerpts/:excerptId': '?version=1',
    };
    const withForeignIds = orgRoutes().filter((r) => /:(unitId|programmeId|personId|userId|importId)/.test(r.url));
    expect(withForeignIds.length).toBeGreaterThanOrEqual(8);
    for (const route of withForeignIds) {
      const key = `${route.method} ${route.url}`;
      const res = await adminB.request({ method: route.method as 'GET', url: `${fill(route.url, orgB, idsA)}${queries[key] ?? ''}`, ...(bodies[key] ? { payload: bodies[key] as object } : {}) });
      expect({ key, status: res.statusCode }).toEqual({ key, status: 404 });
    }
    // A person from Alpha cannot be put on Beta's change team either.
    const betaProgramme = (await adminB.post(`/api/v1/organisations/${orgB}/programmes`, { name: 'Beta programme', sponsor: 'Beta CEO', startDate: '2026-01-01', endDate: '2027-01-01' })).json();
    const poach = await adminB.post(`/api/v1/organisations/${orgB}/programmes/${betaProgramme.id}/change-team`, { personId: idsA.personId });
    expect(poach.statusCode).toBe(400);
    // A Beta unit cannot be moved under an Alpha unit.
    const betaUnits = (await adminB.get(`/api/v1/organisations/${orgB}/units`)).json().items;
    const move = await adminB.patch(`/api/v1/organisations/${orgB}/units/${betaUnits[0].id}`, { parentId: idsA.unitId });
    expect(move.statusCode).toBe(400);
    expect(await snapshotA()).toEqual(before);
  });

  it("does not list another organisation's staff, units or audit events", async () => {
    const units = (await adminB.get(`/api/v1/organisations/${orgB}/units`)).json().items;
    expect(units.map((u: { name: string }) => u.name)).toEqual(['Beta Ward']);
    const staff = (await adminB.get(`/api/v1/organisations/${orgB}/staff?q=alpha`)).json();
    expect(staff.total).toBe(0);
    const audit = (await adminB.get(`/api/v1/organisations/${orgB}/audit`)).json();
    expect(JSON.stringify(audit)).not.toContain('admin.a@alpha.example');
  });
});

describe('every route enforces the policy for every role', () => {
  it('refuses exactly the roles the policy refuses', async () => {
    const agents = Object.fromEntries(await Promise.all(ROLES.map(async (role) => [role, await ctx.agent(orgA, [role])] as const)));
    let refusals = 0;
    let allowances = 0;
    for (const route of orgRoutes()) {
      for (const role of ROLES) {
        // Random ids for the resources: an allowed caller gets past the policy and then finds nothing.
        const url = fill(route.url, orgA, {});
        const res = await (agents[role] as Agent).request({ method: route.method as 'GET', url, ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }) });
        const allowed = can({ userId: 'x', roles: [role] }, route.action as Action);
        const label = `${role} ${route.method} ${route.url}`;
        if (allowed) {
          allowances++;
          expect({ label, refused: res.statusCode === 403 || res.statusCode === 401 }).toEqual({ label, refused: false });
        } else {
          refusals++;
          expect({ label, status: res.statusCode, code: res.json().code }).toEqual({ label, status: 403, code: 'forbidden' });
        }
      }
    }
    expect(refusals).toBeGreaterThan(50);
    expect(allowances).toBeGreaterThan(50);
  });
});
