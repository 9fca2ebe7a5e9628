// The culture and outcomes dashboard in real Chromium, with an axe scan of every page: a board
// member reads the demo trust's dashboard by cultural element and opens a metric's SPC chart
// (icons in words, the figures as a table, at 320 px); the programme lead imports a file,
// first with mistakes (refused by row and column), then a good one, and enters a value by hand.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, follow, openPage, withDemo } from './support/index.js';

const demo = withDemo();

describe('culture and outcomes dashboard', () => {
  it('shows the board every metric under its element, and a metric’s chart with its words and figures', async () => {
    const { page, context, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'board');
    await follow(page, page.getByRole('link', { name: 'Dashboard', exact: true }).first(), 'Culture and outcomes dashboard');
    for (const element of ['Vision and values', 'Goals and performance', 'Support and compassion', 'Learning and innovation', 'Teamwork', 'Equity and inclusion']) {
      await page.getByRole('heading', { name: element, level: 2 }).waitFor();
    }
    // The board reads but does not import.
    expect(await page.getByRole('link', { name: 'Import values' }).count()).toBe(0);
    const support = page.getByRole('table', { name: 'Support and compassion: metrics' });
    const sickness = support.locator('tr', { has: page.getByRole('link', { name: 'Sickness absence' }) });
    // 30 months of demo figures: the latest is October 2026, and the chart judges it.
    expect(await sickness.innerText()).toMatch(/\d+\.\d%\s+2026-10/);
    expect(await sickness.innerText()).toMatch(/Common cause: no significant change|Special cause/);
    await expectNoSeriousAxeViolations(page);

    await follow(page, sickness.getByRole('link', { name: 'Sickness absence' }), 'Sickness absence');
    await page.getByRole('region', { name: /^Chart: Sickness absence/ }).waitFor();
    // The step down after month 16 shows as improvement somewhere in the table of figures.
    await page.getByText('Show the data as a table').click();
    const figures = page.getByRole('table', { name: /Sickness absence, Whole organisation/ });
    expect(await figures.locator('tbody tr').count()).toBe(30);
    expect(await figures.innerText()).toMatch(/Special cause: improvement/i);
    // Divisions side by side, each a link to its own chart.
    const units = page.getByRole('table', { name: 'By unit' });
    expect(await units.locator('tbody tr').count()).toBeGreaterThan(2);
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    expectNoProblems();
    await context.close();
  });

  it('lets the programme lead import figures, refusing a bad file by row and column, and enter one by hand', async () => {
    const { page, context, problems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'programme');
    await follow(page, page.getByRole('link', { name: 'Dashboard', exact: true }).first(), 'Culture and outcomes dashboard');
    await follow(page, page.getByRole('link', { name: 'Import values' }), 'Import dashboard values');
    const bad = 'Metric,Unit code,Period,Value\nae-four-hour,,2026-01,81.5\nae-four-hour,,2026-02,lots\nwaiting-happily,,2026-02,3\n';
    await page.getByLabel('The file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    const summary = await page.locator('.nhsuk-error-summary').innerText();
    expect(summary).toContain('Row 3, column “Value”: “lots” is not a number');
    expect(summary).toContain('Row 4, column “Metric”');
    await expectNoSeriousAxeViolations(page);

    const good = 'Metric,Unit code,Period,Value\nae-four-hour,,2026-01,81.5\nae-four-hour,,2026-02,79.9\nae-four-hour,,2026-04,83.0\n';
    await page.getByLabel('The file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByText('Saved 3 values.').waitFor();
    expect(await page.locator('main').innerText()).toContain('No value for 2026-03 in this series');

    await page.goto(`${demo.server.baseUrl}${new URL(page.url()).pathname.replace(/\/import$/, '/ae-four-hour')}`);
    await page.getByRole('heading', { name: 'A&E patients seen within 4 hours', level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Limits and icons need at least 13 points');
    await page.getByLabel('Period').fill('2026-05');
    await page.getByLabel(/^Value/).fill('84.2');
    await page.getByRole('button', { name: 'Save the value' }).click();
    await page.getByText('Saved 84.2 for 2026-05.').waitFor();
    await page.getByText('Show the data as a table').click();
    expect(await page.getByRole('table', { name: /A&E patients seen within 4 hours/ }).locator('tbody tr').count()).toBe(4);
    await expectNoSeriousAxeViolations(page);
    expect(problems.consoleErrors).toEqual([expect.stringMatching(/status of 422 .*\/metrics\/values\/import\)$/)]);
    expect([...problems.pageErrors, ...problems.foreignRequests, ...problems.failedRequests]).toEqual([]);
    await context.close();
  });
});
