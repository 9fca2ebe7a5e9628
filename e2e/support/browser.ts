// Launches Debian's Chromium through playwright-core (browsers cannot be downloaded here) and opens
// pages that record console errors, page errors and any request that leaves the server's origin.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CULTIVATE_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export type PageProblems = {
  /** console.error messages (and failed resource loads Chromium reports there). */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Requests to any origin other than the server's (data:, blob: and about: are allowed). */
  foreignRequests: string[];
  /** Requests that failed at the network level. */
  failedRequests: string[];
};

export type OpenedPage = {
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** Throws with a readable list if any console error, page error, foreign or failed request was seen. */
  expectNoProblems(): void;
};

/**
 * A new context (fresh cookies, en-GB, 1280×800) with baseURL set to the server, so `page.goto('/x')`
 * works, and listeners that record problems. Close it with `context.close()`.
 */
export async function openPage(browser: Browser, baseUrl: string): Promise<OpenedPage> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], foreignRequests: [], failedRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(`${msg.text()} (${msg.location().url || 'no url'})`);
  });
  page.on('pageerror', (err) => problems.pageErrors.push(err.stack ?? err.message));
  page.on('request', (req) => {
    const url = req.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) problems.foreignRequests.push(`${req.method()} ${url}`);
  });
  page.on('requestfailed', (req) => {
    const why = req.failure()?.errorText ?? 'failed';
    // A navigation that replaced an in-flight request is not a fault of the page.
    if (why === 'net::ERR_ABORTED') return;
    problems.failedRequests.push(`${req.method()} ${req.url()}: ${why}`);
  });
  const expectNoProblems = () => {
    const sections = (
      [
        ['console errors', problems.consoleErrors],
        ['page errors', problems.pageErrors],
        ['requests to other hosts', problems.foreignRequests],
        ['failed requests', problems.failedRequests],
      ] as const
    )
      .filter(([, list]) => list.length > 0)
      .map(([name, list]) => `${name}:\n${list.map((l) => `  - ${l}`).join('\n')}`);
    if (sections.length) throw new Error(`The page had problems:\n${sections.join('\n')}`);
  };
  return { context, page, problems, expectNoProblems };
}
