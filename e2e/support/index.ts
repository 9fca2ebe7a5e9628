// The e2e support API: start the server, launch Chromium, open pages, visit and scan them.
import type { Page, Response } from 'playwright-core';
import { expectNoSeriousAxeViolations, type AxeScanOptions } from './axe.js';

export { AXE_TAGS, expectNoSeriousAxeViolations, type AxeScanOptions } from './axe.js';
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser, openPage, type OpenedPage, type PageProblems } from './browser.js';
export {
  demoAccount,
  freePort,
  readDemoAccounts,
  readSetupLink,
  REPO_ROOT,
  startServer,
  type DemoAccount,
  type RunningServer,
  type StartServerOptions,
} from './server.js';

export type VisitOptions = AxeScanOptions & {
  /** Wait for this selector (e.g. 'h1', 'main h1:has-text("Home")') before scanning. Default: 'main'. Pass null to skip. */
  waitFor?: string | null;
  /** HTTP statuses accepted for the document (default: any status below 400). */
  allowStatus?: number[];
};

/**
 * Navigates to `path` (relative to the context's baseURL), waits until the page has settled,
 * checks the document's status, and runs the axe scan, so that every visited page is scanned.
 */
export async function visit(page: Page, path: string, options: VisitOptions = {}): Promise<Response | null> {
  const response = await page.goto(path, { waitUntil: 'load' });
  if (response) {
    const status = response.status();
    const ok = options.allowStatus ? options.allowStatus.includes(status) : status < 400;
    if (!ok) throw new Error(`GET ${path} answered ${status}`);
  }
  await settle(page, options.waitFor === undefined ? 'main' : options.waitFor);
  await expectNoSeriousAxeViolations(page, options);
  return response;
}

/** Waits for the network to go quiet (bounded) and, when given, for a selector to be visible. */
export async function settle(page: Page, selector: string | null = null): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
  if (!selector) return;
  try {
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 15_000 });
  } catch (err) {
    const text = await page
      .locator('body')
      .innerText({ timeout: 1_000 })
      .catch(() => '(no body)');
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new Error(`${reason}\nWaiting for ${selector} on ${page.url()}; the page reads:\n${text.slice(0, 1_500)}`, { cause: err });
  }
}

/** Signs in through the sign-in page, as a person would, and waits for the home page's heading. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await visit(page, '/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await settle(page, 'main h1');
}
export { follow, withDemo, type DemoSuite } from './demo-suite.js';
