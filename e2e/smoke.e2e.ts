// Smoke: the built server starts on an empty database, prints its one-time setup link, answers
// /api/health, and serves the web app with no console errors, no failed requests, no request to
// any other host, and no serious accessibility violations.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, readSetupLink, startServer, visit, type RunningServer } from './support/index.js';

describe('smoke', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('prints the one-time setup link exactly once on an empty database', async () => {
    await server.waitForOutput(/Open this link to set up Cultivate/, 5_000);
    const link = readSetupLink(server.output());
    expect(link, server.output()).not.toBeNull();
    expect(link!.url.startsWith(`${server.baseUrl}/setup?token=`)).toBe(true);
    expect(link!.token.length).toBeGreaterThanOrEqual(16);
    expect(server.output().match(/Open this link to set up Cultivate/g)).toHaveLength(1);
  });

  it('answers /api/health', async () => {
    const { page, context, expectNoProblems } = await openPage(browser, server.baseUrl);
    try {
      const response = await page.goto('/api/health');
      expect(response?.status()).toBe(200);
      expect(await response?.json()).toEqual({ status: 'ok' });
      expectNoProblems();
    } finally {
      await context.close();
    }
  });

  it('serves the web app at / with no console errors and no request to another host', async () => {
    const { page, context, problems, expectNoProblems } = await openPage(browser, server.baseUrl);
    const requested: string[] = [];
    page.on('request', (req) => requested.push(req.url()));
    try {
      const response = await visit(page, '/');
      expect(response?.status()).toBe(200);
      expect(await page.title()).not.toBe('');
      expect(await page.locator('html').getAttribute('lang')).toBeTruthy();
      // The app loaded its own script from the server, and nothing from elsewhere.
      expect(requested.some((u) => u.startsWith(server.baseUrl) && /\.js(\?|$)/.test(u))).toBe(true);
      expect(problems.foreignRequests).toEqual([]);
      expectNoProblems();
    } finally {
      await context.close();
    }
  });
});
