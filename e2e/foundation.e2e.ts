// Foundation journeys in real Chromium, with an axe scan of every page reached:
// first-run setup, sign-in, a unit import with a bad row then a good file, a staff member
// refused an admin page, keyboard-only use, and the 320 px layout.
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoSeriousAxeViolations,
  launchBrowser,
  openPage,
  demoAccount,
  readSetupLink,
  settle,
  signIn,
  startServer,
  visit,
  type RunningServer,
} from './support/index.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ADMIN = { name: 'Jo Bloggs', email: 'jo.bloggs@riverside.example', password: 'tall ships and quiet harbours' };

/** Waits until the element shows the text (exactly, when asked); fails after 10 s. */
async function see(locator: Locator, text: string | RegExp, exact = false) {
  const matcher = exact && typeof text === 'string' ? new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) : text;
  await locator.filter({ hasText: matcher }).first().waitFor({ timeout: 10_000 });
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

function csvFile(name: string, rows: string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${rows.join('\r\n')}\r\n`) };
}

describe('first run, sign-in and import', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('sets up the organisation from the printed link, once', async () => {
    const link = readSetupLink(server.output());
    expect(link?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const { page, context, problems } = await openPage(browser, server.baseUrl);
    await visit(page, link?.path as string, { waitFor: 'main h1' });
    await see(page.locator('h1'), 'Set up Cultivate', true);

    // Submitting with mismatched passwords shows the NHS error summary, focused, linking to the field.
    await page.getByLabel('Organisation name').fill('Riverside Community NHS Trust');
    await page.getByLabel('Community trust').check();
    await page.getByLabel('Full name').fill(ADMIN.name);
    await page.getByLabel('Email address').fill(ADMIN.email);
    await page.getByLabel('Create a password').fill(ADMIN.password);
    await page.getByLabel('Confirm password').fill('something else entirely');
    await page.getByRole('button', { name: 'Set up organisation' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await isFocused(summary)).toBe(true);
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Confirm password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Set up organisation' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await settle(page, 'main h1');
    await see(page.locator('main'), 'Riverside Community NHS Trust');
    await expectNoSeriousAxeViolations(page);

    // The link is spent: opening it again says so and offers sign-in.
    await context.clearCookies();
    await visit(page, link?.path as string, { waitFor: 'main h1' });
    await see(page.locator('main h1'), 'Cultivate is already set up', true);
    // Nothing was fetched from anywhere but this server, and the page threw nothing.
    expect(problems.foreignRequests).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    await context.close();
  });

  it('signs in, refusing a wrong password with an error summary', async () => {
    const { page, context } = await openPage(browser, server.baseUrl);
    await visit(page, '/sign-in');
    await page.getByLabel('Email address').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    await see(summary, 'Enter a correct email address and password');
    await expectNoSeriousAxeViolations(page);
    await signIn(page, ADMIN.email, ADMIN.password);
    await see(page.locator('header'), ADMIN.name);
    await context.close();
  });

  it('imports units: a file with one bad row changes nothing, then the corrected file is imported', async () => {
    const { page, context } = await openPage(browser, server.baseUrl);
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.getByRole('link', { name: 'Import' }).first().click();
    await settle(page, 'main h1');
    await see(page.locator('h1'), 'Import from a spreadsheet', true);
    await expectNoSeriousAxeViolations(page);

    const header = 'Unit Code,Unit Name,Parent Code,Unit Type';
    await page.getByLabel('Units', { exact: true }).check();
    await page.locator('input[type=file]').setInputFiles(
      csvFile('structure-bad.csv', [header, 'MED,Medicine,,division', 'W1,Ward 1,MED,ward', 'W2,Ward 2,NOPE,ward', 'W3,Ward 3,MED,castle']),
    );
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByText('The file was not imported. Nothing was changed.').waitFor();
    const problems = page.locator('table', { hasText: 'Problems in the file' });
    await see(problems, '4'); // row 4: the unknown parent
    await see(problems, 'Parent Code');
    await see(problems, 'Unit Type');
    await expectNoSeriousAxeViolations(page);

    await visit(page, new URL(page.url()).pathname.replace(/\/import.*$/, '/units'), { waitFor: 'main h1' });
    expect(await page.locator('main').innerText()).not.toContain('Ward 1');

    await visit(page, new URL(page.url()).pathname.replace(/\/units$/, '/import'), { waitFor: 'main h1' });
    await page.getByLabel('Units', { exact: true }).check();
    await page.locator('input[type=file]').setInputFiles(
      csvFile('structure.csv', [header, 'MED,Medicine,,division', 'W1,Ward 1,MED,ward', 'W2,Ward 2,MED,ward', 'W3,Ward 3,MED,ward']),
    );
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByText('4 created and 0 updated').waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: /See the/ }).click();
    await settle(page, 'main h1');
    await see(page.locator('main'), 'Medicine');
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });
});

describe('the demo organisation', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ demo: true });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const account = (role: string) => demoAccount(server.output(), role);

  it('refuses a staff member an admin page, and offers them no link to it', async () => {
    const { page, context } = await openPage(browser, server.baseUrl);
    const staff = account('staff');
    await signIn(page, staff.email, staff.password);
    expect(await page.getByRole('link', { name: 'Users' }).count()).toBe(0);
    const home = new URL(page.url());
    const orgPath = await page.evaluate(async () => {
      const res = await fetch('/api/v1/auth/session');
      const body = (await res.json()) as { memberships: { organisationId: string }[] };
      return `/organisations/${body.memberships[0]?.organisationId}`;
    });
    await visit(page, `${orgPath}/users`, { waitFor: 'main h1' });
    await see(page.locator('h1'), 'You do not have permission to see this page', true);
    expect(home.pathname).toBe('/');
    await context.close();
  });

  it('shows the programme in its Discover phase on the home page', async () => {
    const { page, context } = await openPage(browser, server.baseUrl);
    const lead = account('programme');
    await signIn(page, lead.email, lead.password);
    await see(page.locator('main'), 'Discover');
    await see(page.locator('main'), 'Growing a compassionate culture');
    await context.close();
  });

  it('can be used by keyboard alone: skip link, sign-in form, navigation, focus moved to each new page', async () => {
    const { page, context } = await openPage(browser, server.baseUrl);
    const lead = account('programme');
    await visit(page, '/sign-in');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await isFocused(skip)).toBe(true);
    await page.keyboard.press('Enter');
    // Tab from the top of main content until the email field has focus, then type and submit.
    for (let i = 0; i < 10 && !(await page.getByLabel('Email address').evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await isFocused(page.getByLabel('Email address'))).toBe(true);
    await page.keyboard.type(lead.email);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByLabel('Password', { exact: true }))).toBe(true);
    await page.keyboard.type(lead.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await settle(page, 'main h1');
    expect(await isFocused(page.locator('main h1'))).toBe(true);

    // Tab to the Structure link in the header and follow it.
    const structure = page.getByRole('link', { name: 'Structure' }).first();
    for (let i = 0; i < 40 && !(await structure.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await isFocused(structure)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/units$/);
    await settle(page, 'main h1');
    expect(await isFocused(page.locator('main h1'))).toBe(true);
    expect(await page.title()).toMatch(/ – Cultivate$/);
    // A focused control must show a visible focus indicator.
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, box: style.boxShadow, outline: style.outlineStyle, bg: style.backgroundColor };
    });
    expect(outline.box !== 'none' || outline.outline !== 'none').toBe(true);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, baseURL: server.baseUrl, locale: 'en-GB' });
    const page = await context.newPage();
    const admin = account('admin');
    await signIn(page, admin.email, admin.password);
    const orgPath = await page.evaluate(async () => {
      const body = (await (await fetch('/api/v1/auth/session')).json()) as { memberships: { organisationId: string }[] };
      return `/organisations/${body.memberships[0]?.organisationId}`;
    });
    for (const path of ['/', `${orgPath}/units`, `${orgPath}/staff`, `${orgPath}/programme`, `${orgPath}/import`, `${orgPath}/users`]) {
      await visit(page, path, { waitFor: 'main h1' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
    }
    await context.close();
  });
});
