import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../../../core/instruments/definition.js';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
let orgId: string;
let admin: Agent;
let changeTeam: Agent;
let board: Agent;
const url = (rest = '') => `/api/v1/organisations/${orgId}/instruments${rest}`;

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  admin = await ctx.agent(orgId, ['admin']);
  changeTeam = await ctx.agent(orgId, ['change_team']);
  board = await ctx.agent(orgId, ['board']);
});
afterAll(() => ctx.close());

describe('the instrument library', () => {
  it('lists the seven built-ins with their sizes, to those who may read it', async () => {
    const res = await changeTeam.get(url());
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { key: string; itemCount: number; builtIn: boolean; audience: string }[];
    expect(items.map((i) => i.key)).toEqual([
      'leadership-behaviours', 'staff-pulse', 'real-team-check', 'innovation-culture', 'boundary-working', 'hlm-360', 'patient-experience',
    ]);
    // 66 statements in grids plus 2 free-text questions; 8 pulse items; 18 statements plus the team-size question.
    expect(items.find((i) => i.key === 'leadership-behaviours')!.itemCount).toBe(68);
    expect(items.find((i) => i.key === 'staff-pulse')!.itemCount).toBe(8);
    expect(items.find((i) => i.key === 'real-team-check')!.itemCount).toBe(19);
    expect(items.find((i) => i.key === 'patient-experience')!.audience).toBe('patients');
    expect((await board.get(url())).statusCode).toBe(403);
  });

  it('gives a built-in in full, and 404 for an unknown reference', async () => {
    const res = (await admin.get(url('/builtin%3Areal-team-check'))).json();
    expect(res.definition.key).toBe('real-team-check');
    expect(res.source).toMatch(/West/);
    expect((await admin.get(url('/builtin%3Anope'))).statusCode).toBe(404);
  });
});

describe('copying and editing', () => {
  let ref: string;
  let definition: InstrumentDefinition;
  let editVersion: number;

  it('copies a built-in into an English-only draft when no Welsh title is given', async () => {
    const res = await admin.post(url(), { from: 'builtin:real-team-check', title: { en: 'Our team check' } });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ key: 'our-team-check', status: 'draft', version: 1, builtIn: false, basedOn: 'builtin:real-team-check@1', languages: ['en'] });
    ({ ref, definition, editVersion } = body);
    expect((await changeTeam.post(url(), { from: 'builtin:real-team-check', title: { en: 'Mine' } })).statusCode).toBe(403);
  });

  it('saves a reordered, reworded draft', async () => {
    const edited = structuredClone(definition);
    edited.sections.reverse();
    const firstItem = edited.sections[0]!.items[0]!;
    firstItem.text = { en: 'Reworded by us' };
    const res = await admin.put(url(`/${ref}/draft`), { definition: edited, editVersion });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().definition.sections[0].id).toBe(definition.sections.at(-1)!.id);
    expect(res.json().definition.sections[0].items[0].text.en).toBe('Reworded by us');
    expect(res.json().editVersion).toBe(editVersion + 1);
    definition = res.json().definition;
    editVersion = res.json().editVersion;
  });

  it('refuses a broken mapping with the path of the problem, and a stale edit', async () => {
    const broken = structuredClone(definition);
    broken.constructs[0]!.items = ['no-such-item'];
    const res = await admin.put(url(`/${ref}/draft`), { definition: broken, editVersion });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('constructs[0].items[0]');
    expect((await admin.put(url(`/${ref}/draft`), { definition, editVersion: editVersion - 1 })).statusCode).toBe(409);
  });

  it('publishes a version that never changes again; editing starts version 2', async () => {
    const published = await admin.post(url(`/${ref}/publish`), { editVersion });
    expect(published.json()).toMatchObject({ status: 'published', version: 1 });
    const v1 = published.json().definition;
    const edited = structuredClone(definition);
    edited.sections[0]!.items[0]!.text = { en: 'Second thoughts' };
    const next = await admin.put(url(`/${ref}/draft`), { definition: edited, editVersion: published.json().editVersion });
    expect(next.json()).toMatchObject({ status: 'draft', version: 2 });
    const stored = await ctx.handle.db.selectFrom('instrument_versions').select(['version', 'status', 'definition']).where('instrument_id', '=', ref).orderBy('version').execute();
    expect(stored.map((v) => [v.version, v.status])).toEqual([[1, 'published'], [2, 'draft']]);
    expect(JSON.parse(stored[0]!.definition)).toEqual(v1);
  });

  it('runs surveys on the latest published version, never on a draft', async () => {
    const lead = await ctx.agent(orgId, ['programme_lead']);
    const survey = await lead.post(`/api/v1/organisations/${orgId}/surveys`, { title: 'Ours', instrumentRef: ref, opensOn: '2026-01-01', closesOn: '2099-01-01' });
    expect(survey.statusCode).toBe(201);
    expect(survey.json()).toMatchObject({ instrumentRef: ref, instrumentVersion: 1 });
  });
});
