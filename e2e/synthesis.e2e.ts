// The Discover synthesis in real Chromium, with an axe scan of every page. The change team opens
// the matrix (which fits 320 px), opens an element, rates a cell and writes its narrative, and
// meets a conflict: the programme lead saved the same cell through the API first, so the page
// shows the lead's words and lets the change team put its own back on purpose. The programme lead
// sets the event date, tries to agree and is shown each element still without an overall rating,
// rates them (the first with the keyboard alone), agrees, and the programme page's Discover
// checklist shows the synthesis done and the programme in Design. The board reads the report,
// whose dashboard figure matches the dashboard's own, and downloads it as DOCX and PDF.
// Tests run in order on one server: each builds on the one before.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, follow, openPage, settle, withDemo } from './support/index.js';

const demo = withDemo();
/** The synthesis page's h1 ends with "Synthesis" (after the programme's name); an element page's starts with it. */
const SYNTHESIS_HEADING = /Synthesis$/;
const ELEMENTS = ['Vision and values', 'Goals and performance', 'Support and compassion', 'Learning and innovation', 'Teamwork', 'Equity and inclusion'];

interface Api {
  orgId: string;
  programmeId: string;
  get: <T>(path: string) => Promise<T>;
  send: <T>(method: 'POST' | 'PUT' | 'PATCH', path: string, data: unknown) => Promise<{ status: number; body: T }>;
}

/** The API as the signed-in person: for a second person's save, and for checking what was saved. */
async function apiFor(page: Page): Promise<Api> {
  const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string; memberships: { organisationId: string }[] };
  const orgId = session.memberships[0]!.organisationId;
  const get = async <T,>(path: string) => (await (await page.request.get(`/api/v1${path}`)).json()) as T;
  const programmes = await get<{ items: { id: string }[] }>(`/organisations/${orgId}/programmes`);
  const send = async <T,>(method: string, path: string, data: unknown) => {
    const response = await page.request.fetch(`/api/v1${path}`, { method, headers: { 'X-CSRF-Token': session.csrfToken }, data });
    return { status: response.status(), body: (await response.json()) as T };
  };
  return { orgId, programmeId: programmes.items[0]!.id, get, send };
}

interface Cell {
  source: string;
  rating: string | null;
  narrative: string;
  version: number;
}
interface Synthesis {
  status: string;
  elements: { key: string; name: string; overall: Cell; cells: Cell[] }[];
}

const synthesisUrl = (api: Api, rest = '') => `/organisations/${api.orgId}/programmes/${api.programmeId}/synthesis${rest}`;

async function fitsAt320(page: Page): Promise<boolean> {
  await page.setViewportSize({ width: 320, height: 640 });
  const fits = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  await page.setViewportSize({ width: 1280, height: 800 });
  return fits;
}

/** The polite live region that announces saves. */
const announcement = (page: Page, text: string | RegExp) => page.locator('[role="status"][aria-live="polite"]').filter({ hasText: text });

function sourceSection(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

describe('the Discover synthesis', () => {
  it('lets the change team rate a cell, and shows a conflict with someone else’s save instead of overwriting it', async () => {
    const { page, context, problems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'change');
    await follow(page, page.getByRole('link', { name: 'Synthesis', exact: true }).first(), SYNTHESIS_HEADING);
    const matrix = page.getByRole('table', { name: 'Ratings by cultural element and source' });
    expect(await matrix.locator('tbody tr').count()).toBe(6);
    const headers = await matrix.locator('thead th').allInnerTexts();
    expect(headers).toEqual(['Cultural element', 'Leadership behaviours survey', 'Other staff surveys', 'Culture and outcomes dashboard', 'Leadership workforce analysis', 'Culture focus groups', 'Board interviews', 'Patient experience', 'Overall', 'Agreement']);
    // Nothing is rated yet: every cell is a suggestion, marked as one, or says there is no evidence; words, not colour alone.
    const cells = await matrix.locator('tbody td').allInnerTexts();
    expect(cells.filter((t) => /^Suggested: (Strength|Mixed|Area to develop)$/.test(t)).length).toBeGreaterThan(10);
    expect(cells.every((t) => /^(Suggested: (Strength|Mixed|Area to develop)|No evidence|Not rated|Too few rated)$/.test(t))).toBe(true);
    expect(await fitsAt320(page)).toBe(true);

    await follow(page, matrix.getByRole('link', { name: 'Teamwork' }), 'Teamwork');
    const api = await apiFor(page);
    const focusGroups = sourceSection(page, 'Culture focus groups');
    expect(await focusGroups.innerText()).toMatch(/Focus group notes coded to this element/);
    await focusGroups.getByRole('radio', { name: 'Strength' }).check();
    await focusGroups.getByLabel('Narrative for Culture focus groups (optional)').fill('Ward teams pull together, and say so in every group.');
    await focusGroups.getByRole('button', { name: 'Save the rating and narrative for Culture focus groups' }).click();
    await announcement(page, 'Saved Culture focus groups: Strength.').waitFor();
    let saved = (await api.get<Synthesis>(synthesisUrl(api))).elements.find((e) => e.key === 'teamwork')!;
    expect(saved.cells.find((c) => c.source === 'focus_groups')).toMatchObject({ rating: 'strength', narrative: 'Ward teams pull together, and say so in every group.', version: 1 });

    // The programme lead, signed in elsewhere, saves the board interviews cell through the API while this page is open.
    const lead = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(lead.page, 'programme');
    const leadApi = await apiFor(lead.page);
    const theirs = await leadApi.send<Cell>('PUT', synthesisUrl(leadApi, '/cells/teamwork/board_interviews'), { version: 0, rating: 'mixed', narrative: 'The board sees teamwork within wards, not between them.' });
    expect(theirs.status).toBe(200);

    const interviews = sourceSection(page, 'Board interviews');
    await interviews.getByRole('radio', { name: 'Area to develop' }).check();
    await interviews.getByLabel('Narrative for Board interviews (optional)').fill('Directors work in silos.');
    await interviews.getByRole('button', { name: 'Save the rating and narrative for Board interviews' }).click();
    const conflict = interviews.locator('.app-conflict');
    await conflict.getByRole('heading', { name: 'Someone else saved Board interviews first' }).waitFor();
    const conflictText = await conflict.innerText();
    expect(conflictText).toContain('The board sees teamwork within wards, not between them.');
    expect(conflictText).toMatch(/Their rating\s+Mixed/);
    expect(conflictText).toMatch(/Your rating \(not saved\)\s+Area to develop/);
    expect(conflictText).toContain('Directors work in silos.');
    // Nothing was overwritten: the form now shows the lead's version.
    expect(await interviews.getByRole('radio', { name: 'Mixed' }).isChecked()).toBe(true);
    expect(await interviews.getByLabel('Narrative for Board interviews (optional)').inputValue()).toBe('The board sees teamwork within wards, not between them.');
    saved = (await api.get<Synthesis>(synthesisUrl(api))).elements.find((e) => e.key === 'teamwork')!;
    expect(saved.cells.find((c) => c.source === 'board_interviews')).toMatchObject({ rating: 'mixed', version: 1 });
    await expectNoSeriousAxeViolations(page);

    // The change team puts its own version back, on purpose, and saves it over the lead's.
    await conflict.getByRole('button', { name: /Put my version back in the form/ }).click();
    expect(await interviews.getByRole('radio', { name: 'Area to develop' }).isChecked()).toBe(true);
    await interviews.getByRole('button', { name: 'Save the rating and narrative for Board interviews' }).click();
    await announcement(page, 'Saved Board interviews: Area to develop.').waitFor();
    saved = (await api.get<Synthesis>(synthesisUrl(api))).elements.find((e) => e.key === 'teamwork')!;
    expect(saved.cells.find((c) => c.source === 'board_interviews')).toMatchObject({ rating: 'develop', narrative: 'Directors work in silos.', version: 2 });
    // Strength from focus groups, area to develop from board interviews: the sources disagree.
    expect(await page.locator('main').innerText()).toContain('The sources disagree: Culture focus groups points to a strength, Board interviews to an area to develop.');
    await expectNoSeriousAxeViolations(page);

    await follow(page, page.getByRole('link', { name: 'Back to the synthesis' }), SYNTHESIS_HEADING);
    const teamwork = page.getByRole('table', { name: 'Ratings by cultural element and source' }).locator('tbody tr', { hasText: 'Teamwork' });
    expect(await teamwork.innerText()).toMatch(/Strength\s+Area to develop[\s\S]*Sources disagree/);
    expect([...problems.pageErrors, ...problems.foreignRequests, ...problems.failedRequests]).toEqual([]);
    // The refused save is a 409 the browser logs; nothing else may be.
    expect(problems.consoleErrors).toEqual([expect.stringMatching(/status of 409 .*\/synthesis\/cells\/teamwork\/board_interviews\)$/)]);
    await lead.context.close();
    await context.close();
  });

  it('lets the programme lead agree the synthesis only once every element is rated, and moves the programme to Design', async () => {
    const { page, context, problems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'programme');
    await follow(page, page.getByRole('link', { name: 'Synthesis', exact: true }).first(), SYNTHESIS_HEADING);

    // The event date, set by the change team's settings form (which the lead may use too).
    const settings = page.getByRole('form', { name: 'The synthesis event and quotes' });
    await settings.getByLabel('Day').fill('20');
    await settings.getByLabel('Month').fill('11');
    await settings.getByLabel('Year').fill('2026');
    await settings.getByRole('button', { name: 'Save the event date and quote threshold' }).click();
    await announcement(page, 'The event date and quote threshold have been saved.').waitFor();
    expect(await page.locator('.nhsuk-summary-list').innerText()).toMatch(/Synthesis event\s+20 November 2026/);

    const agree = page.getByRole('form', { name: 'Record the synthesis as agreed' });
    expect(await agree.getByLabel('Year').inputValue()).toBe('2026');
    await agree.getByRole('button', { name: 'Record as agreed' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByRole('heading', { name: 'The synthesis cannot be agreed yet' }).waitFor();
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(ELEMENTS.map((e) => `Give ${e} an overall rating`));
    await expectNoSeriousAxeViolations(page);

    // The first element with the keyboard alone: the summary has focus; Tab to its first link, Enter;
    // the element page puts focus on its overall rating; Tab to the radios, an arrow key to choose,
    // Tab to the narrative, type, Tab to the save button, Enter.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Give Vision and values an overall rating');
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: 'Vision and values' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'overall');
    await expectNoSeriousAxeViolations(page);
    // Tab lands on the chosen radio, "Not rated" (the last); two arrow keys up choose Mixed.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id)).toBe('overall-rating-4');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.id)).toBe('overall-rating-2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Staff know the values; fewer see them lived by leaders.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await announcement(page, 'Saved Vision and values overall: Mixed.').waitFor();

    // The rest by pointer, each reached from the refused agreement's list of what is missing.
    for (const [i, element] of ELEMENTS.slice(1).entries()) {
      await follow(page, page.getByRole('link', { name: 'Back to the synthesis' }), SYNTHESIS_HEADING);
      await page.getByRole('form', { name: 'Record the synthesis as agreed' }).getByRole('button', { name: 'Record as agreed' }).click();
      const links = page.locator('.nhsuk-error-summary').getByRole('link');
      await links.first().waitFor();
      expect(await links.allInnerTexts()).toEqual(ELEMENTS.slice(i + 1).map((e) => `Give ${e} an overall rating`));
      await links.first().click();
      await page.locator('main h1', { hasText: element }).waitFor();
      const overall = sourceSection(page, `Overall rating for ${element}`);
      await overall.getByRole('radio', { name: i % 2 ? 'Strength' : 'Area to develop' }).check();
      await overall.getByRole('button', { name: `Save the rating and narrative for ${element} overall` }).click();
      await announcement(page, `Saved ${element} overall:`).waitFor();
    }

    await follow(page, page.getByRole('link', { name: 'Back to the synthesis' }), SYNTHESIS_HEADING);
    await page.getByRole('form', { name: 'Record the synthesis as agreed' }).getByRole('button', { name: 'Record as agreed' }).click();
    await page.getByText('The synthesis has been recorded as agreed. Discover is complete and the programme has moved to Design.').waitFor();
    expect(await page.locator('.nhsuk-summary-list').innerText()).toMatch(/Status\s+Agreed at the synthesis event on 20 November 2026/);
    expect(await page.getByRole('button', { name: 'Reopen the synthesis' }).count()).toBe(1);
    expect(await page.getByRole('form', { name: 'The synthesis event and quotes' }).count()).toBe(0);
    await expectNoSeriousAxeViolations(page);

    // Agreed, the element pages are read-only.
    await follow(page, page.getByRole('table', { name: 'Ratings by cultural element and source' }).getByRole('link', { name: 'Teamwork' }), 'Teamwork');
    expect(await page.locator('main').innerText()).toContain('The synthesis was agreed at the synthesis event on 20 November 2026');
    expect(await page.getByRole('button', { name: /^Save/ }).count()).toBe(0);

    await follow(page, page.getByRole('link', { name: 'Programme', exact: true }).first(), /./);
    const checklist = page.getByRole('region', { name: 'Discover checklist' });
    const synthesisItem = checklist.locator('li', { has: page.getByRole('link', { name: 'Synthesis', exact: true }) });
    expect(await synthesisItem.innerText()).toMatch(/Agreed at the synthesis event on 20 November 2026\.\s+Done/);
    expect(await page.locator('.nhsuk-summary-list').first().innerText()).toMatch(/Current phase\s+Design/);
    expect(await checklist.locator('li').count()).toBe(7);
    await expectNoSeriousAxeViolations(page);
    expect([...problems.pageErrors, ...problems.foreignRequests, ...problems.failedRequests]).toEqual([]);
    // Each refused agreement is a 422 the browser logs; nothing else may be.
    expect(problems.consoleErrors.filter((e) => !/status of 422 .*\/synthesis\/agree\)$/.test(e))).toEqual([]);
    await context.close();
  });

  it('shows the board the report, with the dashboard’s own figures, to print or download', async () => {
    const { page, context, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'board');
    // The board reads the synthesis but cannot change it.
    await follow(page, page.getByRole('link', { name: 'Synthesis', exact: true }).first(), SYNTHESIS_HEADING);
    expect(await page.getByRole('button', { name: 'Record as agreed' }).count()).toBe(0);
    await follow(page, page.getByRole('link', { name: 'Read the board report' }), /what Discover found/);
    await settle(page, 'main table');
    await expectNoSeriousAxeViolations(page);
    const main = page.locator('main');
    expect(await main.getByRole('heading', { level: 2 }).first().innerText()).toBe('Summary');
    expect(await main.innerText()).toContain('The change team agreed this synthesis at the synthesis event on 20 November 2026.');
    const summaryTable = page.getByRole('table', { name: 'Each cultural element: the change team’s overall rating and how far the sources agree' });
    expect(await summaryTable.locator('tbody tr', { hasText: 'Vision and values' }).innerText()).toMatch(/^Vision and values\s+Mixed/);
    // Charts: the SVG is hidden from assistive technology; its text alternative is on the image.
    const chart = page.locator('figure.app-report-figure').first();
    expect(await chart.locator('[role="img"]').getAttribute('aria-label')).toBeTruthy();
    expect(await chart.locator('svg').getAttribute('aria-hidden')).toBe('true');

    // One figure both ways: a dashboard metric's latest value in the report equals the dashboard's.
    const reportRow = page.getByRole('table', { name: 'Culture and outcomes dashboard: latest figures judged with SPC' }).first().locator('tbody tr').first();
    const [metric, latest, period] = (await reportRow.locator('th, td').allInnerTexts()).map((t) => t.trim());
    expect(latest).toMatch(/^[\d,.]+/);
    expect(await page.getByRole('button', { name: 'Print this report' }).count()).toBe(1);
    const docx = await page.getByRole('link', { name: 'Download the report as a Word document (DOCX)' }).getAttribute('href');
    const pdf = await page.getByRole('link', { name: 'Download the report as a PDF' }).getAttribute('href');
    expect(await fitsAt320(page)).toBe(true);

    await follow(page, page.getByRole('link', { name: 'Dashboard', exact: true }).first(), 'Culture and outcomes dashboard');
    const dashboardRow = page.locator('tr', { has: page.getByRole('link', { name: metric!, exact: true }) }).first();
    const latestCell = (await dashboardRow.locator('td').first().innerText()).replace(/\s+/g, ' ').trim();
    expect(latestCell).toBe(`${latest} ${period}`);

    // The downloads are the same report as files.
    const files = await Promise.all([page.request.get(docx!), page.request.get(pdf!)]);
    expect(files.map((f) => f.status())).toEqual([200, 200]);
    expect(files[0]!.headers()['content-type']).toMatch(/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document/);
    expect(files[1]!.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await files[1]!.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await files[0]!.body()).subarray(0, 2).toString()).toBe('PK');
    expectNoProblems();
    await context.close();
  });
});
