// Tests that the server hands survey links the respondent page and every other address the staff
// app, from a built web folder made up in a temp dir, under the same strict CSP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './test/harness.js';

let ctx: TestContext;
let webRoot: string;

beforeAll(async () => {
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'cultivate-web-'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>staff app</title>');
  fs.writeFileSync(path.join(webRoot, 'respond.html'), '<!doctype html><title>respondent pages</title>');
  ctx = await createTestContext({ webRoot });
});
afterAll(async () => {
  await ctx.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

const get = (url: string, method: 'GET' | 'POST' = 'GET') => ctx.app.inject({ method, url });

describe('the web app routes', () => {
  it('serves the respondent page for personal and open survey links, at any depth', async () => {
    for (const url of ['/respond/i/abcdefghijklmnopqrstuvwxyz', '/respond/open/Zx81kkPq2w/section/your-team?change=1', '/respond/anything']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('respondent pages');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the staff app everywhere else, including an address that merely starts with "respond"', async () => {
    for (const url of ['/', '/organisations/1/surveys', '/respondents', '/respond']) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toContain('staff app');
    }
  });

  it('keeps the strict CSP and sends no referrer from survey pages', async () => {
    const res = await get('/respond/i/abcdefghijklmnopqrstuvwxyz');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('still answers unknown API routes and non-GET requests with a problem, not a page', async () => {
    const api = await get('/api/v1/respond/nowhere');
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('route_not_found');
    const post = await get('/respond/i/abcdefghijklmnopqrstuvwxyz', 'POST');
    expect(post.statusCode).toBe(404);
    expect(post.json().code).toBe('route_not_found');
  });

  it('answers a missing bundle file with 404, so a page left open across an upgrade fails plainly', async () => {
    const res = await get('/assets/index-OLDHASH.js');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('route_not_found');
  });
});
