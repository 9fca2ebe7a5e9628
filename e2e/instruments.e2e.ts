// The questionnaire library and editor in real Chromium, with an axe scan of every page reached:
// the demo's programme lead copies the built-in real-team check (a missing title first),
// rewords a statement and remaps it to another measure, moves a statement by keyboard, adds a
// question in another section, removes one, and publishes the copy, which the survey form then
// offers. A change team member can read the copy but not change it. Also the page at 320 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, follow, openPage, visit, withDemo } from './support/index.js';

const demo = withDemo();

/** The caption above the heading, without the hidden separator that follows it. */
const caption = async (page: Page) => (await page.locator('main h1 .nhsuk-caption-l').innerText()).split('\n')[0]?.trim();
const flash = (page: Page) => page.locator('.nhsuk-notification-banner').innerText();
const COPY = 'Real team check, community';

/** The statements of one question on the questionnaire page, in order. */
const statementsOf = (page: Page, question: string) =>
  page.locator('.app-instrument-question', { has: page.locator('h3', { hasText: question }) }).locator('.app-instrument-text').allInnerTexts();

describe('questionnaire library and editor', () => {
  let copyPath = '';

  it('copies a built-in questionnaire, edits the copy and publishes it', async () => {
    const { page, context, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'programme');
    await follow(page, page.getByRole('link', { name: 'Questionnaires', exact: true }).first(), 'Questionnaires');
    expect(await page.getByRole('table', { name: 'Built-in questionnaires' }).innerText()).toContain('Healthcare Leadership Model 360');
    expect(await page.locator('main').innerText()).toContain('You have not made any of your own yet.');

    // A built-in can be read and copied, never changed.
    await follow(page, page.getByRole('link', { name: 'Real team check', exact: true }), 'Real team check');
    expect(await caption(page)).toBe('Built in');
    expect(await page.getByRole('link', { name: /^Change/ }).count()).toBe(0);
    expect(await statementsOf(page, 'Shared goals')).toEqual([
      'Our team has clear goals that we all know.',
      'We agreed our team goals together.',
      'I know how my own work helps the team reach its goals.',
    ]);

    await follow(page, page.getByRole('link', { name: 'Make a copy' }), 'Make a copy');
    await page.getByRole('button', { name: 'Make a copy' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('#title\\.en-error').innerText()).toContain('Enter the title in English');
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('Title of the copy').fill(COPY);
    await follow(page, page.getByRole('button', { name: 'Make a copy' }), COPY);
    expect(await flash(page)).toContain(`${COPY} has been made as a draft.`);
    expect(await caption(page)).toBe('Draft, version 1');
    expect(await page.locator('.nhsuk-summary-list').innerText()).toContain('Real team check, version 1');
    copyPath = new URL(page.url()).pathname;

    // Reword a statement and count it towards another measure.
    await follow(page, page.getByRole('link', { name: 'Change statement 2 of question 2, We agreed our team goals together.' }), 'Change a statement');
    expect(await page.getByLabel('Statement').inputValue()).toBe('We agreed our team goals together.');
    expect(await page.getByLabel('Shared objectives').isChecked()).toBe(true);
    await page.getByLabel('Statement').fill('We set our team goals together.');
    await page.getByLabel('Shared objectives').uncheck();
    await page.getByLabel('Regular review of effectiveness').check();
    await follow(page, page.getByRole('button', { name: 'Save' }), COPY);
    expect(await flash(page)).toContain('The statement ‘We set our team goals together.’ has been changed.');
    const changed = page.locator('.app-instrument-statements li', { hasText: 'We set our team goals together.' });
    expect(await changed.locator('.app-instrument-meta').innerText()).toBe('Counts towards: Regular review of effectiveness');

    // Move the first statement down with the keyboard; focus stays on it and the move is announced.
    await page.getByRole('button', { name: 'Move down statement 1 of question 2, Our team has clear goals that we all know.' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Moved down' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Moved down' }).innerText()).toBe('Moved down: statement 1 of question 2, Our team has clear goals that we all know.');
    expect(await page.locator('#s-rt-goals-1').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await statementsOf(page, 'Shared goals')).toEqual([
      'We set our team goals together.',
      'Our team has clear goals that we all know.',
      'I know how my own work helps the team reach its goals.',
    ]);

    // Add a single-choice question to the second section.
    await follow(page, page.getByRole('link', { name: 'Add a question' }), 'Add a question');
    await page.getByLabel('Section 2: Learning as a team').check();
    await page.getByLabel('Choose one option').check();
    await page.getByLabel('Question', { exact: true }).fill('Which shifts do you mostly work?');
    await page.getByLabel('Options', { exact: true }).fill('Days\nNights\nBoth');
    await follow(page, page.getByRole('button', { name: 'Save' }), COPY);
    expect(await flash(page)).toContain('The question has been added at the end of its section.');
    const added = page.locator('.app-instrument-question', { has: page.locator('h3', { hasText: 'Which shifts do you mostly work?' }) });
    expect(await added.locator('h3 .nhsuk-caption-m').innerText()).toBe('Question 8');
    expect(await added.locator('.app-instrument-meta').innerText()).toBe('Choose one of 3 options.');

    // Remove the team size question.
    await follow(page, page.getByRole('link', { name: 'Remove question 1, How many people are in your team?' }), 'Remove this question?');
    await follow(page, page.getByRole('button', { name: 'Remove question' }), COPY);
    expect(await flash(page)).toContain('The question ‘How many people are in your team?’ has been removed.');
    expect(await page.locator('.app-instrument-question h3').allInnerTexts()).not.toContainEqual(expect.stringContaining('How many people are in your team?'));
    expect(await page.locator('.app-instrument-question h3').count()).toBe(7);

    // Publish, and the survey form offers it.
    await follow(page, page.getByRole('link', { name: 'Publish version 1' }), `Publish version 1 of ${COPY}?`);
    await follow(page, page.getByRole('button', { name: 'Publish' }), COPY);
    expect(await flash(page)).toContain(`Version 1 of ${COPY} is published. Surveys can now use it.`);
    expect(await caption(page)).toBe('Published, version 1');
    expect(await page.locator('main').innerText()).toContain('Any change you make here starts version 2 as a draft.');

    await visit(page, copyPath.replace(/instruments\/.*$/, 'surveys/new'), { waitFor: 'main h1' });
    await page.getByLabel(COPY).waitFor();

    await visit(page, copyPath, { waitFor: 'main h1' });
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)).toBe(false);
    expectNoProblems();
    await context.close();
  });

  it('lets the change team read a questionnaire but not change it', async () => {
    expect(copyPath).not.toBe('');
    const { page, context, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'change');
    await visit(page, copyPath, { waitFor: 'main h1' });
    expect(await page.locator('main h1').innerText()).toContain(COPY);
    expect(await page.getByRole('link', { name: /^(Change|Remove)/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Move/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Make a copy' }).count()).toBe(0);
    await visit(page, `${copyPath}/questions/new`, { waitFor: 'main h1' });
    expect(await page.locator('main h1').innerText()).toBe('You do not have permission to see this page');
    expectNoProblems();
    await context.close();
  });
});
