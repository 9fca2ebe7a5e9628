// The setup most journeys share: Chromium and a server with the demo organisation, started
// once for the file and stopped after it, and the steps every journey takes through them.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { expectNoSeriousAxeViolations } from './axe.js';
import { launchBrowser } from './browser.js';
import { settle, signIn } from './index.js';
import { demoAccount, startServer, type RunningServer } from './server.js';

export interface DemoSuite {
  readonly browser: Browser;
  readonly server: RunningServer;
  /** Signs in as the demo account whose role starts with `role`, such as 'programme' or 'change'. */
  signInAs: (page: Page, role: string) => Promise<void>;
}

export function withDemo(): DemoSuite {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), startServer({ demo: true })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('the demo suite has not started yet');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get server() {
      return started(server);
    },
    signInAs: (page, role) => {
      const account = demoAccount(started(server).output(), role);
      return signIn(page, account.email, account.password);
    },
  };
}

/** Follows a link or button to a new page, waits for its heading, and scans it. */
export async function follow(page: Page, target: Locator, heading: string | RegExp): Promise<void> {
  await target.click();
  await page.locator('main h1', { hasText: heading }).waitFor({ timeout: 10_000 });
  await settle(page);
  await expectNoSeriousAxeViolations(page);
}
