// 360 feedback in real Chromium, with an axe scan of every page reached: a staff member asks
// three peers for feedback (a date error first), shares the request with a colleague and stops
// sharing, closes it early and reads the report, in which no group has enough answers to show.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccount, expectNoSeriousAxeViolations, follow, openPage, settle, signIn, withDemo } from './support/index.js';

const demo = withDemo();

const account = (role: string) => demoAccount(demo.server.output(), role);

const mainText = (page: Page) => page.locator('main').innerText();
const SEND = 'Submit your answers';
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

describe('360 feedback', () => {
  it('asks for feedback, shares it, closes it and shows the report', async () => {
    const { page, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await signIn(page, account('staff').email, account('staff').password);

    await follow(page, page.getByRole('link', { name: '360 feedback', exact: true }).first(), '360 feedback');
    expect(await page.title()).toBe('360 feedback – Cultivate');
    expect(await mainText(page)).toContain('You have not asked for feedback yet.');

    await follow(page, page.getByRole('link', { name: 'Ask for feedback' }), 'Ask for feedback');
    expect(await page.title()).toBe('Ask for feedback – Cultivate');
    for (let i = 0; i < 3; i++) await byId(page, `raters.${i}.email`).fill(`peer${i + 1}@example.nhs.uk`);
    // A fourth row, added then removed.
    await page.getByRole('button', { name: 'Add another person' }).click();
    expect(await byId(page, 'raters.3.email').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('button', { name: 'Remove person 4' }).click();
    expect(await byId(page, 'raters.3.email').count()).toBe(0);

    await page.getByRole('button', { name: 'Send the request' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary').innerText()).toContain('Enter the closing date');
    await expectNoSeriousAxeViolations(page);

    const closes = new Date(Date.now() + 14 * 86_400_000);
    await page.locator('#closesOn-day').fill(String(closes.getDate()));
    await page.locator('#closesOn-month').fill(String(closes.getMonth() + 1));
    await page.locator('#closesOn-year').fill(String(closes.getFullYear()));
    await follow(page, page.getByRole('button', { name: 'Send the request' }), 'Your feedback request');
    const text = await mainText(page);
    expect(text).toContain('Your feedback request has been sent.');
    expect(text).toContain('Open');
    expect(await page.getByRole('link', { name: 'Rate yourself' }).getAttribute('href')).toMatch(/^\/respond\/f\//);
    const peers = page.getByRole('row', { name: /Peers/ });
    expect(await peers.innerText()).toMatch(/3\s+0/);

    // Rate yourself through the respondent pages: the middle-ish option of every question.
    const requestUrl = page.url();
    await page.getByRole('link', { name: 'Rate yourself' }).click();
    await page.locator('main h1', { hasText: 'Rate your own leadership' }).waitFor({ timeout: 10_000 });
    expect(await mainText(page)).toContain('Who sees your answers');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Start now' }).click();
    for (let step = 0; step < 20; step++) {
      await page.locator('main h1').waitFor();
      if ((await page.locator('main h1').innerText()).includes('Check your answers')) break;
      await settle(page);
      await expectNoSeriousAxeViolations(page);
      await page.evaluate(() => {
        const names = new Set(Array.from(document.querySelectorAll<HTMLInputElement>('main input[type=radio]'), (r) => r.name));
        for (const name of names) document.querySelectorAll<HTMLInputElement>(`main input[type=radio][name="${name}"]`)[1]?.click();
      });
      const before = page.url();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL((u) => u.toString() !== before);
    }
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: SEND }).click();
    await page.locator('main h1', { hasText: 'Your answers have been sent' }).waitFor({ timeout: 10_000 });
    await expectNoSeriousAxeViolations(page);
    await page.goto(requestUrl);
    await page.locator('main h1', { hasText: 'Your feedback request' }).waitFor();
    await settle(page);
    expect(await page.getByRole('link', { name: 'Rate yourself' }).count()).toBe(0);
    expect(await page.getByRole('row', { name: /^You / }).innerText()).toMatch(/1\s+1/);

    // Share with a colleague, then stop.
    const colleague = account('programme').email;
    await page.getByLabel('Colleague’s email address').fill(colleague);
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await page.getByRole('button', { name: /Stop sharing/ }).waitFor();
    expect(await mainText(page)).toContain(colleague);
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: /Stop sharing/ }).click();
    await page.getByText('You have not shared it with anyone.').waitFor();

    await follow(page, page.getByRole('link', { name: 'Close and see the report' }), 'Are you sure');
    await follow(page, page.getByRole('button', { name: 'Yes, close and see the report' }), /^360 feedback report/);
    const report = await mainText(page);
    expect(report).toContain('Your feedback request has closed.');
    expect(report).toMatch(/Line manager\s+\(not anonymous\)/);
    expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
    // The person's own ratings show; three peers were asked but none answered.
    expect(await page.locator('main table tbody tr').first().locator('td').first().innerText()).toMatch(/^[1-4]\.\d$/);
    expect(report).toContain('No answers');

    await follow(page, page.getByRole('link', { name: 'Back to the request' }), 'Your feedback request');
    expect(await mainText(page)).toContain('Closed');
    await follow(page, page.getByRole('link', { name: 'Back to 360 feedback' }), '360 feedback');
    expect(await page.getByRole('table', { name: 'Your requests' }).innerText()).toContain('Closed');

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(overflow).toBe(false);
    await expectNoProblems();
  });
});
