import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { prepareSetupToken } from './index.js';

let ctx: TestContext;
let token: string;

beforeEach(async () => {
  ctx = await createTestContext();
  token = (await prepareSetupToken(ctx.handle.db)) as string;
});
afterEach(() => ctx.close());

const validSetup = (t: string) => ({
  token: t,
  organisation: { name: 'Riverside Community NHS Trust', odsCode: 'rx9', kind: 'community_trust' },
  admin: { displayName: 'Jo Bloggs', email: 'Jo.Bloggs@riverside.example', password: 'tall ships and quiet harbours' },
});

describe('first-run setup', () => {
  it('mints a token on an empty database and recognises only that token', async () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const anon = await ctx.anonymous();
    expect((await anon.get(`/api/v1/setup/status?token=${token}`)).json()).toEqual({ setupRequired: true, tokenValid: true });
    expect((await anon.get('/api/v1/setup/status?token=guess')).json()).toEqual({ setupRequired: true, tokenValid: false });
    const state = await ctx.handle.db.selectFrom('app_state').select('value').execute();
    expect(state.map((s) => s.value)).not.toContain(token); // only the hash is stored
  });

  it('creates the organisation and its first admin, signs them in, and then refuses a second admin', async () => {
    const anon = await ctx.anonymous();
    const res = await anon.post('/api/v1/setup', validSetup(token));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user.email).toBe('jo.bloggs@riverside.example');
    expect(body.memberships[0].organisationName).toBe('Riverside Community NHS Trust');
    expect(body.memberships[0].roles).toEqual(['admin']);
    const org = await anon.get(`/api/v1/organisations/${body.memberships[0].organisationId}`);
    expect(org.json()).toMatchObject({ name: 'Riverside Community NHS Trust', odsCode: 'RX9', kind: 'community_trust', isDemo: false });

    const again = await (await ctx.anonymous()).post('/api/v1/setup', { ...validSetup(token), admin: { ...validSetup(token).admin, email: 'second@riverside.example' } });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('setup_complete');
    expect(await prepareSetupToken(ctx.handle.db)).toBeNull();
    const users = await ctx.handle.db.selectFrom('users').select('email').execute();
    expect(users.map((u) => u.email)).toEqual(['jo.bloggs@riverside.example']);
  });

  it('refuses a wrong token without creating anything', async () => {
    const res = await (await ctx.anonymous()).post('/api/v1/setup', validSetup('not-the-token'));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('invalid_setup_token');
    expect(await ctx.handle.db.selectFrom('organisations').selectAll().execute()).toEqual([]);
  });

  it('lets only one of two simultaneous setups through', async () => {
    const [a, b] = await Promise.all([ctx.anonymous(), ctx.anonymous()]);
    const results = await Promise.all([
      a.post('/api/v1/setup', validSetup(token)),
      b.post('/api/v1/setup', { ...validSetup(token), admin: { ...validSetup(token).admin, email: 'racer@riverside.example' } }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 410]);
    expect(await ctx.handle.db.selectFrom('organisations').selectAll().execute()).toHaveLength(1);
  });

  it('reports every invalid field with its path, and keeps the token usable', async () => {
    const res = await (await ctx.anonymous()).post('/api/v1/setup', {
      token,
      organisation: { name: '', odsCode: 'not an ods code', kind: 'hospital' },
      admin: { displayName: 'Jo', email: 'not-an-email', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['admin.email', 'organisation.kind', 'organisation.name', 'organisation.odsCode']);
    const weak = await (await ctx.anonymous()).post('/api/v1/setup', { ...validSetup(token), admin: { ...validSetup(token).admin, password: 'short' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json()).toMatchObject({ code: 'weak_password', errors: [{ path: 'password', message: expect.stringContaining('at least 12 characters') }] });
    // Nothing was written, so the same link still works.
    expect((await (await ctx.anonymous()).post('/api/v1/setup', validSetup(token))).statusCode).toBe(201);
  });

  it('loads the demo organisation with one working account per role', async () => {
    const anon = await ctx.anonymous();
    const res = await anon.post('/api/v1/setup/demo', { token });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.accounts.map((a: { role: string }) => a.role)).toEqual(['admin', 'programme_lead', 'change_team', 'board', 'team_leader', 'staff']);
    const home = (await anon.get(`/api/v1/organisations/${body.organisationId}/home`)).json();
    expect(home.organisation).toMatchObject({ name: 'Northfield Valley NHS Foundation Trust', isDemo: true });
    expect(home.counts.staff).toBeGreaterThanOrEqual(2800);
    expect(home.counts.staff).toBeLessThanOrEqual(3300);
    expect(home.counts.changeTeam).toBe(18);
    expect(home.programme.currentPhase).toBe('discover');
    for (const account of body.accounts) {
      const signIn = await (await ctx.anonymous()).post('/api/v1/auth/sign-in', { email: account.email, password: account.password });
      expect(signIn.statusCode).toBe(200);
      expect(signIn.json().memberships[0].roles).toEqual([account.role]);
    }
    expect((await (await ctx.anonymous()).post('/api/v1/setup/demo', { token })).statusCode).toBe(410);
  });
});
