// The leadership workforce analysis in real Chromium, with an axe scan of each state: a board
// member opens it from the header, reads the whole organisation's leaders and turnover,
// chooses the demo's ward of 9 (its figures hidden, and why), picks an earlier date (a future
// one is refused), downloads the figures, and reads the page at 320 px.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, follow, openPage, withDemo } from './support/index.js';

const demo = withDemo();
const SMALL_WARD = 'Ward 12 (Care of Older People)';

describe('leadership workforce analysis', () => {
  it('shows the board its leaders, turnover and protected small units, on any past date', async () => {
    const { page, context, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'board');
    await follow(page, page.getByRole('link', { name: 'Workforce', exact: true }).first(), 'Leadership workforce analysis');
    expect(await page.title()).toBe('Leadership workforce analysis – Cultivate');
    for (const section of ['Leaders', 'Span of control', 'Turnover and stability', 'Age profile and retirement risk', 'Succession cover', 'Representation', 'About these figures']) {
      await page.getByRole('heading', { name: section, level: 2, exact: true }).waitFor();
    }

    // The whole organisation's leaders: a count of people, with thousands separators.
    const leaders = page.getByRole('table', { name: 'Leaders and all staff in post, Whole organisation' });
    const leaderCount = await leaders.getByRole('row', { name: /^Leaders/ }).locator('td').first().innerText();
    expect(leaderCount.trim()).toMatch(/^\d{1,3}(,\d{3})*$/);
    expect(Number(leaderCount.replace(/,/g, ''))).toBeGreaterThan(0);
    const staffCount = await leaders.getByRole('row', { name: /^All staff in post/ }).locator('td').first().innerText();
    expect(Number(staffCount.replace(/,/g, ''))).toBeGreaterThan(1000);

    // Turnover for the 12 months to today, as a percentage.
    const turnover = page.getByRole('table', { name: /^Turnover and stability, .+, Whole organisation$/ });
    expect(await turnover.getByRole('row', { name: /^Turnover rate/ }).locator('td').first().innerText()).toMatch(/^\d+\.\d%$/);
    expect(await turnover.getByRole('row', { name: /^Stability index/ }).locator('td').first().innerText()).toMatch(/^\d+\.\d%$/);

    // The downloads are the API's export of the same figures.
    const csv = page.getByRole('link', { name: /^CSV/ });
    const response = await page.request.get(new URL((await csv.getAttribute('href'))!, demo.server.baseUrl).toString());
    expect(response.status()).toBe(200);
    expect((await response.text()).split(/\r?\n/)[0]).toMatch(/^Unit,Staff in post,Leaders,/);
    await expectNoSeriousAxeViolations(page);

    // A ward of 9: its figures are hidden, and the page says why.
    await page.getByLabel('Show figures for').selectOption({ label: SMALL_WARD });
    const ward = page.getByRole('table', { name: `Leaders and all staff in post, ${SMALL_WARD}` });
    await ward.waitFor();
    expect(await ward.getByRole('row', { name: /^All staff in post/ }).locator('td').first().innerText()).toMatch(/^Too few/);
    expect(await page.locator('main').innerText()).toContain(`Showing figures for ${SMALL_WARD} as at`);
    expect(await page.locator('main').innerText()).toContain('Figures about fewer than 11 people are not shown');
    expect(new URL(page.url()).searchParams.get('unit')).not.toBeNull();
    await expectNoSeriousAxeViolations(page);

    // Another date: a future one is refused before it is asked for, a past one shows that day.
    await page.getByLabel('Show figures for').selectOption({ label: 'Whole organisation' });
    await page.getByText('Choose another date').click();
    await page.getByLabel('Year').fill('2999');
    await page.getByRole('button', { name: 'Show figures for this date' }).click();
    await page.locator('.nhsuk-error-summary', { hasText: 'The date must be today or in the past' }).waitFor();
    await page.getByLabel('Day').fill('31');
    await page.getByLabel('Month').fill('10');
    await page.getByLabel('Year').fill('2026');
    await page.getByRole('button', { name: 'Show figures for this date' }).click();
    await page.getByText('Showing figures for the whole organisation as at 31 October 2026.').waitFor();
    expect(await page.locator('main').innerText()).toContain('Turnover and stability are for the 12 months from 1 November 2025 to 31 October 2026.');
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2026-10-31');
    expect(await page.getByRole('link', { name: /^CSV/ }).getAttribute('href')).toContain('asOf=2026-10-31');
    await expectNoSeriousAxeViolations(page);

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    await expectNoSeriousAxeViolations(page);
    expectNoProblems();
    await context.close();
  });
});
