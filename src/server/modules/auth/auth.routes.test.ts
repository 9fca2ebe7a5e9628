import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_PASSWORD, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
let orgId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation('Auth Trust');
});
afterAll(() => ctx.close());

async function signInAttempt(email: string, password: string) {
  const anon = await ctx.anonymous();
  return anon.post('/api/v1/auth/sign-in', { email, password });
}

describe('sessions and sign-in', () => {
  it('gives an anonymous caller a CSRF token bound to an httpOnly cookie', async () => {
    const anon = await ctx.anonymous();
    const res = await anon.get('/api/v1/auth/session');
    const body = res.json();
    expect(body.user).toBeNull();
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(anon.cookies.cultivate_csrf).toBe(body.csrfToken);
  });

  it('signs in with a session cookie that is httpOnly and SameSite=Strict, and never stores the token itself', async () => {
    const agent = await ctx.agent(orgId, ['board'], 'cookie.check@example.nhs.uk');
    expect(agent.cookies.cultivate_session).toBeTruthy();
    const anon = await ctx.anonymous();
    const res = await anon.post('/api/v1/auth/sign-in', { email: 'Cookie.Check@example.nhs.uk ', password: TEST_PASSWORD });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'cultivate_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect(cookie?.path).toBe('/');
    const stored = await ctx.handle.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((s) => s.id)).not.toContain(cookie?.value);
    const body = res.json();
    expect(body.user.email).toBe('cookie.check@example.nhs.uk');
    expect(body.memberships).toEqual([
      { organisationId: orgId, organisationName: 'Auth Trust', roles: ['board'], actions: ['organisation.read', 'units.read', 'programme.read', 'surveys.read', 'results.read', 'metrics.read', 'feedback.use', 'synthesis.read'] },
    ]);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    await ctx.agent(orgId, ['staff'], 'known@example.nhs.uk');
    const wrong = await signInAttempt('known@example.nhs.uk', 'not the right password');
    const unknown = await signInAttempt('nobody@example.nhs.uk', 'not the right password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json().code).toBe('invalid_credentials');
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('locks an account after five failures, refusing even the right password until it expires', async () => {
    await ctx.agent(orgId, ['staff'], 'lockme@example.nhs.uk');
    for (let i = 1; i <= 4; i++) expect((await signInAttempt('lockme@example.nhs.uk', `wrong password ${i}`)).statusCode).toBe(401);
    const fifth = await signInAttempt('lockme@example.nhs.uk', 'wrong password 5');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('account_locked');
    const right = await signInAttempt('lockme@example.nhs.uk', TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    const audit = await ctx.handle.db.selectFrom('audit_events').select('action').where('actor_label', '=', 'lockme@example.nhs.uk').execute();
    expect(audit.map((a) => a.action).filter((a) => a === 'auth.sign_in_failed')).toHaveLength(4);
    expect(audit.map((a) => a.action)).toContain('auth.locked_out');
    // Once the lock has passed, the right password works again.
    await ctx.handle.db.updateTable('users').set({ locked_until: '2000-01-01T00:00:00.000Z' }).where('email', '=', 'lockme@example.nhs.uk').execute();
    expect((await signInAttempt('lockme@example.nhs.uk', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a state-changing request without the CSRF token, and with a wrong one', async () => {
    const agent = await ctx.agent(orgId, ['admin']);
    const missing = await agent.request({ method: 'POST', url: '/api/v1/auth/sign-out', headers: { 'x-csrf-token': '' } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('csrf_failed');
    const wrong = await agent.request({ method: 'PATCH', url: `/api/v1/organisations/${orgId}`, payload: { name: 'Hijacked' }, headers: { 'x-csrf-token': 'guess' } });
    expect(wrong.statusCode).toBe(403);
    const org = await ctx.handle.db.selectFrom('organisations').select('name').where('id', '=', orgId).executeTakeFirstOrThrow();
    expect(org.name).toBe('Auth Trust');
    // An anonymous sign-in without the pre-session token is refused too.
    const anon = await ctx.anonymous();
    const res = await anon.request({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email: 'a@b.nhs.uk', password: 'x' }, headers: { 'x-csrf-token': 'nope' } });
    expect(res.json().code).toBe('csrf_failed');
  });

  it('ends every session of the account when asked to sign out everywhere', async () => {
    const first = await ctx.agent(orgId, ['programme_lead'], 'everywhere@example.nhs.uk');
    const anon = await ctx.anonymous();
    expect((await anon.post('/api/v1/auth/sign-in', { email: 'everywhere@example.nhs.uk', password: TEST_PASSWORD })).statusCode).toBe(200);
    const second = anon;
    expect((await second.get(`/api/v1/organisations/${orgId}/home`)).statusCode).toBe(200);
    expect((await first.post('/api/v1/auth/sign-out-everywhere')).statusCode).toBe(204);
    expect((await second.get(`/api/v1/organisations/${orgId}/home`)).statusCode).toBe(401);
    expect((await first.get(`/api/v1/organisations/${orgId}/home`)).statusCode).toBe(401);
  });

  it('changes a password under the rules and ends the other sessions only', async () => {
    const agent = await ctx.agent(orgId, ['staff'], 'changer@example.nhs.uk');
    const other = await ctx.anonymous();
    await other.post('/api/v1/auth/sign-in', { email: 'changer@example.nhs.uk', password: TEST_PASSWORD });
    const weak = await agent.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'password1234' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([{ path: 'newPassword', message: expect.stringContaining('commonly used') }]);
    const wrongCurrent = await agent.post('/api/v1/auth/password', { currentPassword: 'not it at all', newPassword: 'a new and long passphrase' });
    expect(wrongCurrent.json().errors[0].path).toBe('currentPassword');
    expect((await agent.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'a new and long passphrase' })).statusCode).toBe(204);
    expect((await agent.get(`/api/v1/organisations/${orgId}/home`)).statusCode).toBe(200);
    expect((await other.get(`/api/v1/organisations/${orgId}/home`)).statusCode).toBe(401);
    expect((await signInAttempt('changer@example.nhs.uk', 'a new and long passphrase')).statusCode).toBe(200);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 once a client exceeds the per-minute limit', async () => {
    const limited = await createTestContext({ signInRatePerMinute: 3 });
    try {
      const anon = await limited.anonymous();
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await anon.post('/api/v1/auth/sign-in', { email: `x${i}@example.nhs.uk`, password: 'whatever it is' })).statusCode);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const last = await anon.post('/api/v1/auth/sign-in', { email: 'x@example.nhs.uk', password: 'whatever it is' });
      expect(last.json().code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});
