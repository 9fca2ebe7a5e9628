import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Agent, type TestContext } from './test/harness.js';

let ctx: TestContext;
let orgId: string;
let admin: Agent;

beforeAll(async () => {
  ctx = await createTestContext({ trustProxy: true });
  orgId = await ctx.organisation('Hygiene Trust');
  admin = await ctx.agent(orgId, ['admin']);
});
afterAll(() => ctx.close());

function expectProblem(res: { statusCode: number; headers: Record<string, unknown>; json: () => Record<string, unknown> }, status: number, code: string) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  const body = res.json();
  expect(body).toMatchObject({ status, code, type: `urn:cultivate:problem:${code}` });
  expect(typeof body.title).toBe('string');
  return body;
}

describe('health and documentation', () => {
  it('answers health with the database reachable', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI 3 document that describes the organisation routes', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/organisations/{orgId}/units', '/api/v1/auth/sign-in', '/api/health']));
    const ui = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });
});

describe('bad requests get 4xx problems, never 500', () => {
  const url = () => `/api/v1/organisations/${orgId}/units`;

  it('malformed JSON', async () => {
    const res = await admin.request({ method: 'POST', url: url(), payload: '{"name": "Ward', headers: { 'content-type': 'application/json' } });
    expectProblem(res, 400, 'malformed_json');
  });

  it('wrong types, with the field named', async () => {
    const res = await admin.post(url(), { name: 42, externalCode: 'W1', kind: 'ward', parentId: null });
    const body = expectProblem(res, 400, 'validation_failed');
    expect(body.errors).toEqual([{ path: 'name', message: expect.any(String) }]);
  });

  it('unknown fields', async () => {
    const res = await admin.post(url(), { name: 'Ward 1', externalCode: 'W1', kind: 'ward', parentId: null, colour: 'red' });
    const body = expectProblem(res, 400, 'validation_failed');
    expect(body.errors).toEqual([{ path: 'colour', message: 'This field is not recognised' }]);
  });

  it('a value outside the allowed set', async () => {
    const res = await admin.post(url(), { name: 'Ward 1', externalCode: 'W1', kind: 'castle', parentId: null });
    const body = expectProblem(res, 400, 'validation_failed');
    expect(body.errors).toEqual([{ path: 'kind', message: expect.stringContaining('Choose one of') }]);
  });

  it('a malformed identifier in the path', async () => {
    const res = await admin.patch(`/api/v1/organisations/${orgId}/units/not-a-uuid`, { name: 'Ward 2' });
    const body = expectProblem(res, 400, 'validation_failed');
    expect(body.errors).toEqual([{ path: 'unitId', message: 'Must be an identifier' }]);
    // An organisation id that is not even well formed is simply not one the caller belongs to.
    expectProblem(await admin.get('/api/v1/organisations/not-a-uuid/units'), 404, 'not_found');
  });

  it('an oversized body', async () => {
    const res = await admin.post(url(), { name: 'x'.repeat(1_100_000), externalCode: 'W1', kind: 'ward', parentId: null });
    expectProblem(res, 413, 'body_too_large');
  });

  it('the wrong content type', async () => {
    const res = await admin.request({ method: 'POST', url: url(), payload: 'name=Ward', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expectProblem(res, 415, 'unsupported_media_type');
  });

  it('an unknown API route', async () => {
    const res = await admin.get('/api/v1/no-such-thing');
    const body = expectProblem(res, 404, 'route_not_found');
    expect(body.detail).toBe('There is no GET /api/v1/no-such-thing.');
  });

  it('a bad query value', async () => {
    const res = await admin.get(`/api/v1/organisations/${orgId}/staff?page=0`);
    const body = expectProblem(res, 400, 'validation_failed');
    expect(body.errors).toEqual([{ path: 'page', message: expect.any(String) }]);
  });

  it('no session at all', async () => {
    const anon = await ctx.anonymous();
    expectProblem(await anon.get(`/api/v1/organisations/${orgId}/home`), 401, 'unauthenticated');
  });
});

describe('security headers', () => {
  it('sends a CSP without unsafe-inline scripts, and forbids framing', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('adds HSTS only when the request came over TLS', async () => {
    const plain = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const tls = await ctx.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(tls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});
