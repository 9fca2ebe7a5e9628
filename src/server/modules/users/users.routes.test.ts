import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.js';
import { generatePassword } from './users.service.js';

let ctx: TestContext;
let orgId: string;
let admin: Agent;
const base = () => `/api/v1/organisations/${orgId}/users`;

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  admin = await ctx.agent(orgId, ['admin'], 'the.admin@example.nhs.uk');
});
afterAll(() => ctx.close());

describe('users and roles', () => {
  it('adds a user with a one-time password that works, then changes and removes their roles, auditing each step', async () => {
    const res = await admin.post(base(), { email: 'New.Person@example.nhs.uk', displayName: 'New Person', roles: ['change_team', 'change_team'] });
    expect(res.statusCode).toBe(201);
    const { userId, created, oneTimePassword } = res.json();
    expect(created).toBe(true);
    expect(oneTimePassword).toMatch(/^[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$/);
    const signIn = await (await ctx.anonymous()).post('/api/v1/auth/sign-in', { email: 'new.person@example.nhs.uk', password: oneTimePassword });
    expect(signIn.json().memberships[0].roles).toEqual(['change_team']);

    expect((await admin.put(`${base()}/${userId}/roles`, { roles: ['board', 'team_leader'] })).statusCode).toBe(204);
    const list = (await admin.get(base())).json().items;
    expect(list.find((u: { id: string }) => u.id === userId)).toMatchObject({ email: 'new.person@example.nhs.uk', roles: ['board', 'team_leader'], locked: false });
    expect((await admin.delete(`${base()}/${userId}`)).statusCode).toBe(204);
    expect((await admin.get(base())).json().items.map((u: { id: string }) => u.id)).not.toContain(userId);

    const audit = (await admin.get(`/api/v1/organisations/${orgId}/audit`)).json().items;
    const mine = audit.filter((e: { targetId: string }) => e.targetId === userId);
    expect(mine.map((e: { action: string }) => e.action).sort()).toEqual(['user.created', 'user.removed', 'user.roles_changed']);
    const change = mine.find((e: { action: string }) => e.action === 'user.roles_changed');
    expect(change.detail).toEqual({ before: ['change_team'], after: ['board', 'team_leader'] });
    expect(change.actor).toBe('the.admin@example.nhs.uk');
  });

  it('keeps at least one administrator', async () => {
    const self = admin.userId as string;
    const demote = await admin.put(`${base()}/${self}/roles`, { roles: ['staff'] });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe('last_admin');
    expect((await admin.delete(`${base()}/${self}`)).statusCode).toBe(409);
  });

  it('refuses a weak chosen password and an existing member', async () => {
    const weak = await admin.post(base(), { email: 'weak@example.nhs.uk', displayName: 'Weak', roles: ['staff'], password: 'letmein12345' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('weak_password');
    await admin.post(base(), { email: 'twice@example.nhs.uk', displayName: 'Twice', roles: ['staff'] });
    const again = await admin.post(base(), { email: 'twice@example.nhs.uk', displayName: 'Twice', roles: ['board'] });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_member');
    const noRoles = await admin.post(base(), { email: 'none@example.nhs.uk', displayName: 'None', roles: [] });
    expect(noRoles.json().errors).toEqual([{ path: 'roles', message: 'Choose at least one role' }]);
  });
});

describe('generated passwords', () => {
  it('are 19 characters from an unambiguous alphabet and do not repeat', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(p).toHaveLength(19);
      expect(p).not.toMatch(/[01ilIoOB5SZ]/);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
