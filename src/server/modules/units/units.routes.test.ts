import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
let orgId: string;
let lead: Agent;
const base = () => `/api/v1/organisations/${orgId}/units`;

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  lead = await ctx.agent(orgId, ['programme_lead']);
});
afterAll(() => ctx.close());

describe('unit tree editing', () => {
  it('builds, renames, moves and removes units', async () => {
    const med = (await lead.post(base(), { name: 'Medicine', externalCode: 'MED', kind: 'division', parentId: null })).json();
    const surg = (await lead.post(base(), { name: 'Surgery', externalCode: 'SUR', kind: 'division', parentId: null })).json();
    const ward = await lead.post(base(), { name: 'Ward 7', externalCode: 'W7', kind: 'ward', parentId: med.id });
    expect(ward.statusCode).toBe(201);
    const wardId = ward.json().id;

    expect((await lead.patch(`${base()}/${wardId}`, { name: 'Ward 7 (Respiratory)', parentId: surg.id })).statusCode).toBe(204);
    const items = (await lead.get(base())).json().items as { id: string; name: string; parentId: string | null; staffCount: number }[];
    expect(items.map((u) => u.name)).toEqual(['Medicine', 'Surgery', 'Ward 7 (Respiratory)']); // sorted by name
    expect(items.find((u) => u.id === wardId)).toMatchObject({ parentId: surg.id, staffCount: 0 });

    const blocked = await lead.delete(`${base()}/${surg.id}`);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json()).toMatchObject({ code: 'unit_not_empty', detail: 'This unit still has 1 unit and 0 staff records in it. Move them first.' });
    expect((await lead.delete(`${base()}/${wardId}`)).statusCode).toBe(204);
    expect((await lead.delete(`${base()}/${surg.id}`)).statusCode).toBe(204);
    expect((await lead.get(base())).json().items).toHaveLength(1);
  });

  it('refuses a duplicate code with the field named', async () => {
    await lead.post(base(), { name: 'Theatres', externalCode: 'TH1', kind: 'department', parentId: null });
    const dup = await lead.post(base(), { name: 'Theatres again', externalCode: 'TH1', kind: 'department', parentId: null });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors).toEqual([{ path: 'externalCode', message: 'The code TH1 is already used by Theatres' }]);
  });

  it('refuses to move a unit inside its own subtree', async () => {
    const top = (await lead.post(base(), { name: 'Top', externalCode: 'T0', kind: 'division', parentId: null })).json();
    const mid = (await lead.post(base(), { name: 'Mid', externalCode: 'T1', kind: 'directorate', parentId: top.id })).json();
    const low = (await lead.post(base(), { name: 'Low', externalCode: 'T2', kind: 'team', parentId: mid.id })).json();
    const res = await lead.patch(`${base()}/${top.id}`, { parentId: low.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('parentId');
    const self = await lead.patch(`${base()}/${mid.id}`, { parentId: mid.id });
    expect(self.statusCode).toBe(400);
  });

  it('refuses an empty change and a parent that does not exist', async () => {
    const unit = (await lead.post(base(), { name: 'Solo', externalCode: 'S1', kind: 'team', parentId: null })).json();
    expect((await lead.patch(`${base()}/${unit.id}`, {})).statusCode).toBe(400);
    const orphan = await lead.post(base(), { name: 'Orphan', externalCode: 'O1', kind: 'team', parentId: '00000000-0000-4000-8000-000000000000' });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().errors).toEqual([{ path: 'parentId', message: 'Choose a parent unit from this organisation' }]);
  });
});
