// Survey results in real Chromium, with an axe scan of every page reached: a board member
// opens the demo's finished staff pulse, reads the heatmap (hidden cells explained), sorts it
// by a measure with the keyboard, and opens one unit's results. Also the page at 320 px.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, follow, openPage, REPO_ROOT, withDemo } from './support/index.js';

const demo = withDemo();
const PULSE = 'Staff pulse, summer 2026';

const score = (text: string) => Number(/^\d+\.\d/.exec(text.trim())?.[0] ?? Number.NaN);
const columnScores = (page: Page, column: number) =>
  page.locator('table.app-heatmap tbody tr').evaluateAll((rows, c) => rows.map((r) => (r.children[c] as HTMLElement | undefined)?.innerText ?? ''), column);

describe('survey results', () => {
  it('shows the heatmap, sorts it by keyboard, and opens a unit', async () => {
    const { page, context, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'board');
    await follow(page, page.getByRole('link', { name: 'Surveys', exact: true }).first(), 'Surveys');
    await follow(page, page.getByRole('link', { name: PULSE }), PULSE);
    await follow(page, page.getByRole('link', { name: 'See the results' }), 'Results by unit');
    expect(await page.title()).toBe(`Results: ${PULSE} – Cultivate`);

    const table = page.getByRole('table', { name: 'Scores out of 10 by unit' });
    // Without the sort buttons' hidden words (", sort highest first").
    const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.split(',')[0]!.trim());
    expect(headers.slice(0, 2)).toEqual(['Unit', 'People who answered']);
    expect(headers).toContain('Engagement');
    const first = table.locator('tbody tr').first();
    expect(await first.locator('th').innerText()).toBe('Whole organisation');
    expect(Number((await first.locator('td').first().innerText()).replace(/,/g, ''))).toBeGreaterThan(1000);
    // Small units are hidden and the legend says why.
    expect(await table.locator('td', { hasText: 'Too few' }).count()).toBeGreaterThan(0);
    expect(await page.locator('main').innerText()).toContain('so that a smaller group’s answers cannot be worked out from the other figures');

    // Sort by engagement, highest first, with the keyboard.
    const engagement = headers.indexOf('Engagement');
    await table.getByRole('button', { name: /^Engagement/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Sorted by Engagement, highest first.' }).waitFor();
    expect(await table.locator('thead th').nth(engagement).getAttribute('aria-sort')).toBe('descending');
    const sorted = (await columnScores(page, engagement)).slice(1).map(score).filter((x) => !Number.isNaN(x));
    expect(sorted.length).toBeGreaterThan(20);
    expect(sorted).toEqual([...sorted].sort((a, b) => b - a));

    // The top unit's own page: measures against the organisation, and every statement.
    const top = table.locator('tbody tr').nth(1).locator('th a');
    const name = await top.innerText();
    await follow(page, top, name);
    expect(await page.getByRole('table', { name: 'Measures, scored out of 10' }).innerText()).toMatch(/Engagement\s+\d+\.\d\s+\d+\.\d\s+[+−]?\d+\.\d/);
    expect(await page.getByRole('table', { name: 'Every statement' }).locator('tbody tr').count()).toBe(8);

    // Downloads are plain links to the API's export.
    expect(await page.getByRole('link', { name: /^CSV.*the statements/ }).getAttribute('href')).toMatch(/\/results\/units\/[^/]+\/export\?format=csv$/);
    await page.goBack();
    await page.getByRole('table', { name: 'Scores out of 10 by unit' }).waitFor();
    // The whole organisation against the winter pulse: each change tested, in words.
    await follow(page, page.getByRole('table', { name: 'Scores out of 10 by unit' }).getByRole('link', { name: 'Whole organisation' }), 'Whole organisation');
    await page.getByLabel('Survey to compare with').selectOption({ label: 'Staff pulse, winter 2025 (closed 28 November 2025)' });
    const changes = page.getByRole('table', { name: 'Scores out of 10: Staff pulse, winter 2025 and Staff pulse, summer 2026' });
    await changes.waitFor();
    expect(await changes.locator('tbody tr').count()).toBe(8);
    expect(await changes.innerText()).toMatch(/\(p [=<] 0\.\d{3}\)/);
    expect(new URL(page.url()).searchParams.get('with')).not.toBeNull();
    await expectNoSeriousAxeViolations(page);
    await page.goBack();
    await page.getByRole('table', { name: 'Scores out of 10 by unit' }).waitFor();
    // Statement by statement, and the measures' consistency.
    expect(await page.getByRole('table', { name: 'Cronbach’s alpha by measure' }).count()).toBe(0); // one statement each in the pulse
    await page.getByRole('link', { name: 'Each statement' }).click();
    await page.getByRole('columnheader', { name: /I look forward to coming to work/ }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    expectNoProblems();
    await context.close();
  });

  it('shows the key drivers of engagement as a chart and a table, and saves the chart', async () => {
    const { page, context, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'programme');
    await follow(page, page.getByRole('link', { name: 'Surveys', exact: true }).first(), 'Surveys');
    await follow(page, page.getByRole('link', { name: PULSE }), PULSE);
    await follow(page, page.getByRole('link', { name: 'See the results' }), 'Results by unit');
    await follow(page, page.getByRole('link', { name: /key drivers/ }), 'What goes with engagement');
    expect(await page.getByRole('img', { name: /How closely each measure moves with engagement/ }).count()).toBe(1);
    const table = page.getByRole('table', { name: 'Measures and engagement, strongest first' });
    const rs = (await table.locator('tbody tr td:nth-child(2)').allInnerTexts()).map(Number);
    expect(rs).toHaveLength(7);
    expect(rs).toEqual([...rs].sort((a, b) => b - a));
    expect(await page.locator('main').innerText()).toContain('Association, not cause');

    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('drivers-of-engagement.svg');
    const svgText = await (await import('node:fs/promises')).readFile((await svg.path())!, 'utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('Correlation with engagement');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('drivers-of-engagement.png');
    const pngBytes = await (await import('node:fs/promises')).readFile((await png.path())!);
    expect([...pngBytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(pngBytes.length).toBeGreaterThan(5_000);

    // Intention to stay instead.
    await page.getByLabel('Outcome').selectOption({ label: 'Intention to stay' });
    await page.getByRole('table', { name: 'Measures and intention to stay, strongest first' }).waitFor();
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    await expectNoSeriousAxeViolations(page);
    expectNoProblems();
    await context.close();
  });

  it('reads, searches and codes the leadership survey’s comments', async () => {
    const { page, context, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'programme');
    await follow(page, page.getByRole('link', { name: 'Surveys', exact: true }).first(), 'Surveys');
    await follow(page, page.getByRole('link', { name: 'Leadership behaviours survey, spring 2026' }), 'Leadership behaviours survey, spring 2026');
    await follow(page, page.getByRole('link', { name: 'See the results' }), 'Results by unit');
    await follow(page, page.getByRole('link', { name: 'Read and code the comments' }), 'Comments');
    expect(await page.locator('main').innerText()).toMatch(/\d+ comments from Whole organisation/);

    await page.getByLabel('Search the comments').fill('ward');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('main p', { hasText: /comments? from Whole organisation/ }).filter({ hasNotText: /^[4-9]\d comments/ }).waitFor();
    const marks = await page.locator('.app-comment mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.toLowerCase().startsWith('ward'))).toBe(true);
    await expectNoSeriousAxeViolations(page);

    // Code the first comment as teamwork, by keyboard.
    await page.getByRole('group', { name: 'Themes for comment 1' }).getByLabel('Teamwork').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Save themes for comment 1' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Themes saved for comment 1.' }).waitFor();
    await page.getByLabel('Theme').selectOption({ label: 'Teamwork' });
    await page.locator('main p', { hasText: /^1 comment from/ }).waitFor();
    expect(await page.getByRole('group', { name: 'Themes for comment 1' }).getByLabel('Teamwork').isChecked()).toBe(true);
    expectNoProblems();
    await context.close();
  });

  it('takes the real NHS Staff Survey organisation results as a benchmark table', async () => {
    const { page, context, problems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'programme');
    await follow(page, page.getByRole('link', { name: 'Benchmarks', exact: true }).first(), 'Benchmarks');
    expect(await page.locator('main').innerText()).toContain('No benchmark tables have been added yet.');
    // A file with a bad cell is refused whole, with its row and column.
    await page.getByLabel('Where it comes from').fill('NHS Staff Survey 2021 to 2024, organisation results');
    await page.getByLabel('The table, as a CSV file').setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('ODS code,Year,Stress_rate\nRAA,2023,lots\n') });
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary').innerText()).toContain('Row 2, column “Stress_rate”: "lots" is not a number.');
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('The table, as a CSV file').setInputFiles(path.join(REPO_ROOT, '..', 'shared', 'data', 'real', 'nss_org_results_wellbeing_2021_2024.csv'));
    await page.getByRole('button', { name: 'Upload' }).click();
    await page.getByLabel('Benchmarking group and year').selectOption({ label: 'Acute and Acute & Community Trusts, 2023 (122)' });
    const table = page.getByRole('table', { name: 'Acute and Acute & Community Trusts, 2023: 122 organisations' });
    await table.waitFor();
    const burnout = (await table.locator('tr', { has: page.locator('th', { hasText: /^Burned out rate$/ }) }).locator('td').allInnerTexts()).map((t) => t.trim());
    // numpy on the same file: 24.6, 29.2, 31.1, 32.7, 37.5.
    expect(burnout).toEqual(['24.6', '29.2', '31.1', '32.7', '37.5']);
    // The demo trust has no ODS code, so it is not placed in the group.
    expect(await page.locator('main').innerText()).toContain('Your organisation has no ODS code set');
    await expectNoSeriousAxeViolations(page);
    // The one console error is the bad file's refusal (422), which the page showed as a message.
    expect(problems.consoleErrors).toEqual([expect.stringMatching(/status of 422 .*\/benchmarks\)$/)]);
    expect([...problems.pageErrors, ...problems.foreignRequests, ...problems.failedRequests]).toEqual([]);
    await context.close();
  });

  it('breaks a unit down by pay band and by a demographic question, and crosses its teams with them', async () => {
    const { page, context, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'board');
    await follow(page, page.getByRole('link', { name: 'Surveys', exact: true }).first(), 'Surveys');
    await follow(page, page.getByRole('link', { name: PULSE }), PULSE);
    await follow(page, page.getByRole('link', { name: 'See the results' }), 'Results by unit');
    await follow(page, page.getByRole('link', { name: /^Break the results down by pay band/ }), 'Results by group');

    const byBand = page.getByRole('table', { name: 'Whole organisation by pay band: scores out of 10' });
    await byBand.waitFor();
    const groups = await byBand.locator('tbody th').allInnerTexts();
    expect(groups).toEqual(['Everyone in Whole organisation', 'Band 2', 'Band 3', 'Band 4', 'Band 5', 'Band 6', 'Consultant']);
    // The teams table defaults to head counts: the first row is the whole organisation, whose total matches the breakdown's.
    const teams = page.getByRole('table', { name: 'Whole organisation’s teams by pay band: people who answered' });
    const total = await byBand.locator('tbody tr').first().locator('td').first().innerText();
    expect(await teams.locator('tbody tr').first().locator('td').first().innerText()).toBe(total);

    // By a question the survey asked, chosen with the keyboard.
    await page.getByLabel('Break down by').focus();
    await page.getByLabel('Break down by').selectOption({ label: 'Manages others' });
    const byManaging = page.getByRole('table', { name: 'Whole organisation by manages others: scores out of 10' });
    await byManaging.waitFor();
    expect(await byManaging.locator('tbody th').allInnerTexts()).toEqual(['Everyone in Whole organisation', 'Yes', 'No']);
    expect(await page.getByText('Asked: “Do you manage other people as part of your job?”').count()).toBe(1);
    await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Engagement (score out of 10)' });
    const engagement = page.getByRole('table', { name: 'Whole organisation’s teams by manages others: Engagement, score out of 10' });
    await engagement.waitFor();
    const cells = await engagement.locator('tbody td').allInnerTexts();
    expect(cells.every((c) => /^(\d+\.\d|Too few|Hidden|–)$/.test(c))).toBe(true);
    expect(cells.some((c) => /^\d+\.\d$/.test(c))).toBe(true);
    expect(new URL(page.url()).searchParams.get('by')).toBe('manages-others');
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    expectNoProblems();
    await context.close();
  });
});
