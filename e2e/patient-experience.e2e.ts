// Patient experience in real Chromium, with an axe scan of every page: a board member reads the
// demo trust's Friends and Family Test (the SPC chart, and the latest month by unit with a small
// ward hidden as NHS England's publication hides it), the strengths and concerns by cultural
// element, and the complaints and compliments with names taken out, on a desktop and at 320 px;
// the programme lead imports an FFT file, first with mistakes (refused by row and column), then
// a good one, and codes a compliment with the help of a suggestion.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, follow, openPage, settle, visit, withDemo } from './support/index.js';

const demo = withDemo();

/** The organisation's patient experience page, reached from the dashboard link every reader of metrics has. */
async function openPatientExperience(page: Page): Promise<string> {
  await follow(page, page.getByRole('link', { name: 'Dashboard', exact: true }).first(), 'Culture and outcomes dashboard');
  const path = new URL(page.url()).pathname.replace(/\/dashboard$/, '/patient-experience');
  await visit(page, path, { waitFor: 'main h2' });
  await page.getByRole('heading', { name: 'Patient experience', level: 1 }).waitFor();
  return path;
}

describe('patient experience', () => {
  it('shows the board the FFT with small numbers hidden, strengths and concerns, and redacted feedback', async () => {
    const { page, context, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'board');
    await openPatientExperience(page);
    await page.getByRole('region', { name: 'Chart: Percentage positive, whole organisation' }).waitFor();
    // The board reads but does not import.
    expect(await page.getByRole('link', { name: 'Import results and feedback' }).count()).toBe(0);

    const latest = page.getByRole('table', { name: 'Latest month by unit: October 2026' });
    const ward12 = latest.locator('tr', { hasText: 'Ward 12 (Care of Older People)' });
    expect(await ward12.innerText()).toMatch(/Fewer than 5 responses/);
    expect(await ward12.innerText()).not.toMatch(/\d+\.\d%/);
    const ward11 = latest.locator('tr', { hasText: 'Ward 11 (Care of Older People)' });
    expect(await ward11.innerText()).toMatch(/Counts hidden to protect a smaller unit[\s\S]*\d+\.\d%/);
    expect(await page.locator('main').innerText()).toContain('Hidden, as NHS England hides it in the Friends and Family Test publication');

    const strengths = page.getByRole('table', { name: 'Strengths and concerns: Whole organisation' });
    expect(await strengths.locator('tbody tr').count()).toBe(6);
    expect(await strengths.locator('tr', { hasText: 'Support and compassion' }).innerText()).toMatch(/Support and compassion\s+\d+\s+\d+/);
    await page.getByLabel('Show strengths and concerns for').selectOption({ label: '– – Ward 22 (Trauma)' });
    await page.getByRole('table', { name: 'Strengths and concerns: Ward 22 (Trauma)' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Too few');
    // The demo's patient survey, its scores as its results page gives them (8.46 to one decimal).
    const survey = page.getByRole('table', { name: 'Inpatient experience of our culture, summer 2026: the whole organisation’s scores out of 10' });
    expect(await survey.locator('tr', { hasText: 'Kindness and respect' }).innerText()).toMatch(/Kindness and respect\s+8\.5/);
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });

    await follow(page, page.getByRole('link', { name: 'Read the complaints and compliments' }), 'Complaints and compliments');
    const list = page.locator('ol.app-comments');
    expect(await list.locator('li').count()).toBeGreaterThan(100);
    const words = await list.innerText();
    expect(words).toContain('A healthcare assistant called [name] sat with me');
    expect(words).not.toMatch(/Megan|Okafor|07700/);
    expect(await page.getByRole('button', { name: /Save themes/ }).count()).toBe(0);
    await page.getByLabel('Search the words').fill('interpreter');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText(/^\d items$/).waitFor();
    expect(await list.locator('mark').first().innerText()).toBe('interpreter');
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    expectNoProblems();
    await context.close();
  });

  it('lets the programme lead import FFT results, refusing a bad file by row and column, and code a compliment', async () => {
    const { page, context, problems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'programme');
    await openPatientExperience(page);
    await follow(page, page.getByRole('link', { name: 'Import results and feedback' }), 'Import patient experience');
    const fftForm = page.getByRole('form', { name: 'Import Friends and Family Test results' });
    const header = "Unit code,Period,Very good,Good,Neither good nor poor,Poor,Very poor,Don't know";
    const bad = `${header}\n,2026-11,410,120,9,6,3,7\n,2026-12,lots,120,9,6,3,7\nNOPE,2026-12,1,1,1,1,1,1\n`;
    await page.getByLabel('Friends and Family Test file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await fftForm.getByRole('button', { name: 'Import' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    const summary = await page.locator('.nhsuk-error-summary').innerText();
    expect(summary).toContain('Row 3, column “Very good”: “lots” is not a number');
    expect(summary).toContain('Row 4, column “Unit code”');
    await expectNoSeriousAxeViolations(page);

    // November and December 2026 for the whole trust: 530 of 555 and 520 of 550 positive.
    const good = `${header}\n,2026-11,410,120,9,6,3,7\n,2026-12,400,120,12,8,4,6\n`;
    await page.getByLabel('Friends and Family Test file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await fftForm.getByRole('button', { name: 'Import' }).click();
    await page.getByText('Saved 2 rows of results.').waitFor();
    await expectNoSeriousAxeViolations(page);

    await follow(page, page.getByRole('link', { name: 'Back to patient experience' }), /^Patient experience$/);
    const latest = page.getByRole('table', { name: 'Latest month by unit: December 2026' });
    // 520 / 550 = 94.5% positive; 12 / 550 = 2.2% negative.
    expect(await latest.locator('tr', { hasText: 'Whole organisation' }).innerText()).toMatch(/550\s+94\.5%\s+2\.2%/);
    await page.getByText('Show the data as a table').click();
    expect(await page.getByRole('table', { name: /Percentage positive, whole organisation/ }).locator('tbody tr').count()).toBe(32);

    await follow(page, page.getByRole('link', { name: 'Read the complaints and compliments' }), 'Complaints and compliments');
    await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Not coded yet' });
    await settle(page);
    await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Compliments' });
    await settle(page);
    // The first compliment with a suggestion: take it.
    const suggested = page.locator('ol.app-comments > li', { has: page.locator('.app-comment__suggested') }).first();
    await suggested.locator('.nhsuk-checkboxes__item', { has: page.locator('.app-comment__suggested') }).first().locator('input').check();
    await suggested.getByRole('button', { name: /Save themes/ }).click();
    await page.getByRole('status').filter({ hasText: /Themes saved for item \d+\./ }).waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(problems.consoleErrors).toEqual([expect.stringMatching(/status of 422 .*\/patient-experience\/fft\/import\)$/)]);
    expect([...problems.pageErrors, ...problems.foreignRequests, ...problems.failedRequests]).toEqual([]);
    await context.close();
  });
});
