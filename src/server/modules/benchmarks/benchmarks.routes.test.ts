import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.js';
import { multipartBody } from '../../test/multipart.js';

const NSS = fs.readFileSync(path.resolve(import.meta.dirname, '../../../../../shared/data/real/nss_org_results_wellbeing_2021_2024.csv'));
let ctx: TestContext;
let orgId: string;
let lead: Agent;
let board: Agent;
const url = (rest = '') => `/api/v1/organisations/${orgId}/benchmarks${rest}`;

const upload = (agent: Agent, fields: Record<string, string>, content: string | Buffer, name = 'nss.csv') => {
  const body = multipartBody(fields, { name, content });
  return agent.request({ method: 'POST', url: url(), payload: body.payload, headers: body.headers });
};

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  const admin = await ctx.agent(orgId, ['admin']);
  lead = await ctx.agent(orgId, ['programme_lead']);
  board = await ctx.agent(orgId, ['board']);
  // This organisation is London North West University Healthcare (ODS R1K), so it finds itself in the table.
  const org = (await admin.get(`/api/v1/organisations/${orgId}`)).json();
  expect((await admin.patch(`/api/v1/organisations/${orgId}`, { name: org.name, odsCode: 'R1K', kind: 'acute_trust' })).statusCode).toBe(200);
});
afterAll(() => ctx.close());

describe('external benchmarks', () => {
  it('take the real NHS Staff Survey organisation results and place the trust in its group', async () => {
    const res = await upload(lead, { name: 'NHS Staff Survey wellbeing', source: 'NHS Staff Survey 2021 to 2024, organisation results (Open Government Licence)' }, NSS);
    expect(res.statusCode, res.body).toBe(201);
    const set = res.json();
    expect(set).toMatchObject({ name: 'NHS Staff Survey wellbeing', organisations: expect.any(Number) });
    expect(set.groups).toContainEqual({ group: 'Acute and Acute & Community Trusts', year: 2023, organisations: 122 });

    const summary = (await board.get(url(`/${set.id}/summary?group=${encodeURIComponent('Acute and Acute & Community Trusts')}&year=2023`))).json();
    expect(summary).toMatchObject({ organisations: 122, ownCode: 'R1K', ownFound: true });
    const burnout = summary.measures.find((m: { name: string }) => m.name === 'Burned_out_rate');
    // numpy on the same file: median 31.1151; R1K 30.4411.
    expect(burnout.spread.median).toBeCloseTo(31.11505725211175, 10);
    expect(burnout.own).toBeCloseTo(30.4410939920869, 10);
    expect(burnout.standing).toBe('below average');
    const listed = (await board.get(url())).json().items;
    expect(listed).toEqual([set]);
    // A table uploaded before overviews were kept is listed the same, worked out from the table.
    await ctx.handle.db.updateTable('benchmark_sets').set({ overview_json: null }).where('id', '=', set.id).execute();
    expect((await board.get(url())).json().items).toEqual([set]);
  });

  it('refuse a bad file whole, with row and column, and keep nothing', async () => {
    const res = await upload(lead, { source: 'Made up' }, 'ODS code,Year,Stress_rate\nRAA,2023,41\nRBB,2023,lots\n', 'bad.csv');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: 'row 3, column “Stress_rate”', message: '"lots" is not a number.' }]);
    expect((await upload(lead, {}, 'ODS code,Year\nRAA,2023\n')).statusCode).toBe(400);
    expect((await upload(board, { source: 'x' }, 'ODS code,Year\nRAA,2023\n')).statusCode).toBe(403);
    expect((await board.get(url())).json().items).toHaveLength(1);
  });

  it('refuse a group or year the table does not hold', async () => {
    const [set] = (await board.get(url())).json().items;
    expect((await board.get(url(`/${set.id}/summary?group=Nowhere&year=2023`))).statusCode).toBe(422);
    expect((await board.get(url(`/${set.id}/summary?group=Nowhere&year=twenty`))).statusCode).toBe(400);
  });
});
