import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, nowIso } from './ids.js';
import { bumpDataVersion } from '../modules/organisations/index.js';
import { createTestContext, type Agent, type TestContext } from '../test/harness.js';

let ctx: TestContext;
let orgA: string;
let orgB: string;
let admin: Agent;
let staff: Agent;
let outsider: Agent;
const unitsUrl = () => `/api/v1/organisations/${orgA}/units`;
const names = (body: string) => (JSON.parse(body) as { items: { name: string }[] }).items.map((u) => u.name).sort();

beforeAll(async () => {
  ctx = await createTestContext();
  orgA = await ctx.organisation('Cache Trust');
  orgB = await ctx.organisation('Other Trust');
  admin = await ctx.agent(orgA, ['admin']);
  staff = await ctx.agent(orgA, ['staff']);
  outsider = await ctx.agent(orgB, ['admin']);
  await admin.post(unitsUrl(), { name: 'Ward A', externalCode: 'WA', kind: 'ward', parentId: null });
});
afterAll(() => ctx.close());

describe('the page-data cache', () => {
  it('answers a repeated read from memory, with the same body', async () => {
    const first = await admin.get(unitsUrl());
    const second = await admin.get(unitsUrl());
    expect(first.headers['x-cache']).toBeUndefined();
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
    expect(names(second.body)).toEqual(['Ward A']);
  });

  it('still decides access first: a cached answer is never given to someone not allowed it', async () => {
    await admin.get(unitsUrl());
    expect((await staff.get(unitsUrl())).statusCode).toBe(403);
    expect((await outsider.get(unitsUrl())).statusCode).toBe(404);
  });

  it('misses after any change made through the API', async () => {
    await admin.get(unitsUrl());
    expect((await admin.post(unitsUrl(), { name: 'Ward B', externalCode: 'WB', kind: 'ward', parentId: null })).statusCode).toBe(201);
    const after = await admin.get(unitsUrl());
    expect(after.headers['x-cache']).toBeUndefined();
    expect(names(after.body)).toEqual(['Ward A', 'Ward B']);
  });

  it('misses when another server (or an import) changed the data and bumped the version', async () => {
    await admin.get(unitsUrl());
    const at = nowIso();
    await ctx.handle.db.transaction().execute(async (trx) => {
      await trx.insertInto('org_units').values({ id: newId(), organisation_id: orgA, parent_id: null, external_code: 'WC', name: 'Ward C', kind: 'ward', created_at: at, updated_at: at }).execute();
      await bumpDataVersion(trx, orgA);
    });
    expect(names((await admin.get(unitsUrl())).body)).toEqual(['Ward A', 'Ward B', 'Ward C']);
  });

  it('keys by the whole address, so different pages and filters never share an answer', async () => {
    const all = (await admin.get(`/api/v1/organisations/${orgA}/staff?page=1`)).json();
    const searched = (await admin.get(`/api/v1/organisations/${orgA}/staff?page=1&q=nobody`)).json();
    expect(all.page).toBe(1);
    expect(searched.total).toBe(0);
  });

  it('keeps organisations apart', async () => {
    await outsider.post(`/api/v1/organisations/${orgB}/units`, { name: 'Beta ward', externalCode: 'BW', kind: 'ward', parentId: null });
    expect(names((await outsider.get(`/api/v1/organisations/${orgB}/units`)).body)).toEqual(['Beta ward']);
    expect(names((await admin.get(unitsUrl())).body)).toEqual(['Ward A', 'Ward B', 'Ward C']);
  });
});
