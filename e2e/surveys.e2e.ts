// Survey administration in real Chromium, with an axe scan of every page reached: the demo's
// programme lead drafts a real-team check for one division (a date error first), launches it,
// follows its response rates, sends reminders and opens its QR code poster; the administrator
// then finds the invitations and the reminder summary in the outbox. Also: the create form by
// keyboard alone, the pages at 320 px, and the refusal to launch too small an audience.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoAccount, expectNoSeriousAxeViolations, follow, openPage, visit, withDemo } from './support/index.js';

const demo = withDemo();

const account = (role: string) => demoAccount(demo.server.output(), role);

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
const mainText = (page: Page) => page.locator('main').innerText();

async function fillDate(page: Page, field: string, date: Date) {
  await page.locator(`#${field}-day`).fill(String(date.getDate()));
  await page.locator(`#${field}-month`).fill(String(date.getMonth() + 1));
  await page.locator(`#${field}-year`).fill(String(date.getFullYear()));
}

/** Matches a heading that ends with the text (a caption may come first), so "Launch X?" is not "X". */
const endingWith = (text: string) => new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);
const TITLE = 'Medicine team check, spring';

describe('survey administration', () => {
  it('drafts, launches and follows a survey, prints its poster, and the admin sees the invitations', async () => {
    const { page, context, expectNoProblems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'programme');

    await follow(page, page.getByRole('link', { name: 'Surveys', exact: true }).first(), 'Surveys');
    expect(await page.title()).toBe('Surveys – Cultivate');
    // The demo's finished staff pulse is already there.
    expect(await page.locator('tr', { hasText: 'Staff pulse, summer 2026' }).locator('.nhsuk-tag').innerText()).toBe('Closed');

    await follow(page, page.getByRole('link', { name: 'Create a survey' }), 'Create a survey');
    await page.getByLabel('Survey title').fill(TITLE);
    await page.getByLabel('Real team check').check();
    await fillDate(page, 'opensOn', daysFromNow(0));
    await fillDate(page, 'closesOn', daysFromNow(-1));
    await page.getByLabel('Choose units').check();
    await page.getByLabel('Filter units by name or code').fill('medicine');
    await page.getByLabel('Medicine', { exact: true }).check();
    await page.getByLabel('Filter units by name or code').fill('');
    expect(await page.getByRole('status').filter({ hasText: 'chosen' }).innerText()).toBe('1 chosen: Medicine.');
    await page.getByLabel('An open link and a QR code poster').check();

    // The closing date comes before the opening date: the error summary takes focus and links to the field.
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await isFocused(summary)).toBe(true);
    expect(await summary.innerText()).toContain('The closing date must be the same as or after the opening date');
    expect(await page.locator('#closesOn-error').innerText()).toContain('The closing date must be the same as or after the opening date');
    expect(await page.title()).toBe('Error: Create a survey – Cultivate');
    await expectNoSeriousAxeViolations(page);
    await summary.getByRole('link').click();
    expect(await isFocused(page.locator('#closesOn-day'))).toBe(true);

    await fillDate(page, 'closesOn', daysFromNow(28));
    await follow(page, page.getByRole('button', { name: 'Save as a draft' }), endingWith(TITLE));
    expect(await mainText(page)).toContain(`${TITLE} has been saved as a draft`);
    expect(await page.locator('.nhsuk-summary-list').innerText()).toContain('Medicine, with every unit inside it');
    const surveyPath = new URL(page.url()).pathname;

    // Launching freezes the audience and sends the invitations.
    await follow(page, page.getByRole('link', { name: 'Launch survey' }), `Launch ${TITLE}?`);
    expect(await mainText(page)).toContain('You cannot change these settings after launching.');
    await follow(page, page.getByRole('button', { name: 'Launch survey' }), endingWith(TITLE));
    const flash = await page.locator('.nhsuk-notification-banner').innerText();
    const audience = Number(/Its audience is ([\d,]+) people/.exec(flash)?.[1]?.replace(/,/g, ''));
    expect(audience).toBeGreaterThan(100);
    expect(await page.locator('main .nhsuk-tag').first().innerText()).toBe('Open');

    // Response rates: nobody has answered yet. The top row counts everyone; the division counts
    // the people filed under it (some in units too small to stand alone are filed higher up).
    await page.getByText(`0 of ${audience.toLocaleString('en-GB')} people have answered (0%)`).waitFor();
    const rates = page.locator('table', { hasText: 'Response rates by unit' });
    const cells = async (unit: string) =>
      (await rates.locator('tr', { has: page.locator('th', { hasText: new RegExp(`^\\s*${unit}\\s*$`) }) }).locator('td').allInnerTexts()).map((t) => t.trim());
    expect(await cells('Whole organisation')).toEqual([audience.toLocaleString('en-GB'), '0', '0%']);
    const [medicineInvited, ...medicineRest] = await cells('Medicine');
    expect(Number(medicineInvited?.replace(/,/g, ''))).toBeGreaterThan(audience / 2);
    expect(medicineRest).toEqual(['0', '0%']);
    expect(await mainText(page)).toMatch(/\d+ units are too small to show \(fewer than 11 people\)/);
    expect(await mainText(page)).toContain('These figures refresh every 30 seconds while the survey is open.');

    // Reminders would go to everyone who has not answered (here, everyone) and name nobody; with
    // no mail server none can go, since a stored list of them would show who has not answered.
    await follow(page, page.getByRole('link', { name: 'Send reminders' }), `Send reminders for ${TITLE}?`);
    expect(await mainText(page)).toContain('Nobody can see who the reminders went to, including you.');
    await follow(page, page.getByRole('button', { name: 'Send reminders' }), endingWith(TITLE));
    expect(await page.locator('.nhsuk-notification-banner').innerText()).toContain(
      `No reminders were sent to the ${audience.toLocaleString('en-GB')} people who have not answered yet. Reminders need a working mail server.`,
    );

    // The open link in full, and its poster with a QR code drawn on the page.
    const openLink = (await page.locator('.app-open-link').innerText()).trim();
    expect(openLink).toMatch(new RegExp(`^${demo.server.baseUrl}/respond/open/[A-Za-z0-9_-]+$`));
    await follow(page, page.getByRole('link', { name: 'Print a QR code poster' }), endingWith(TITLE));
    expect(await page.title()).toBe(`Poster for ${TITLE} – Cultivate`);
    expect((await page.locator('.app-poster__url').innerText()).trim()).toBe(openLink);
    expect(await page.getByRole('img', { name: `QR code for the survey link ${openLink}` }).isVisible()).toBe(true);
    expect(await mainText(page)).toContain('Your answers are anonymous');
    // On paper only the poster shows: no site header, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.nhsuk-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print the poster' }).isVisible()).toBe(false);
    expect(await page.locator('.app-qr').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // The list shows it open, with its response rate.
    await visit(page, surveyPath.replace(/\/[^/]+$/, ''), { waitFor: 'main h1' });
    const row = page.locator('tr', { hasText: TITLE });
    await row.locator('td', { hasText: '0%' }).waitFor();
    expect(await row.locator('.nhsuk-tag').innerText()).toBe('Open');
    expect(await page.getByRole('link', { name: 'Outbox' }).count()).toBe(0);
    expectNoProblems();
    await context.close();

    // The administrator reads the invitations in the outbox, newest first.
    const admin = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(admin.page, 'admin');
    await follow(admin.page, admin.page.getByRole('link', { name: 'Outbox' }).first(), 'Outbox');
    const count = await admin.page.getByRole('status').filter({ hasText: 'messages' }).innerText();
    expect(count).toBe(`Showing 1 to 20 of ${(audience + 1).toLocaleString('en-GB')} messages`);
    // Newest first: the reminders' one-line summary, then the invitations.
    const [reminder, invitation] = [0, 1].map((n) => admin.page.locator('.app-outbox-message').nth(n));
    expect(await reminder!.locator('.nhsuk-tag').innerText()).toBe('Reminder summary');
    expect(await reminder!.innerText()).toContain(`Sent to ${audience} people who have not answered yet`);
    expect(await invitation!.locator('h2').innerText()).toBe(`Please share your views: ${TITLE}`);
    expect(await invitation!.locator('.nhsuk-tag').innerText()).toBe('Invitation');
    expect(await invitation!.innerText()).toContain('Not sent: no mail server is set up.');
    await invitation!.getByText('Show the message').click();
    expect(await invitation!.locator('.app-message-body').innerText()).toMatch(/Your personal link \(it works once\): http:\/\/\S+\/respond\/i\/[A-Za-z0-9_-]+/);
    await expectNoSeriousAxeViolations(admin.page);
    admin.expectNoProblems();
    await admin.context.close();
  });

  it('lets the create form be used by keyboard alone', async () => {
    const { page, context } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'programme');
    const orgPath = await page.evaluate(async () => {
      const body = (await (await fetch('/api/v1/auth/session')).json()) as { memberships: { organisationId: string }[] };
      return `/organisations/${body.memberships[0]?.organisationId}`;
    });
    await visit(page, `${orgPath}/surveys/new`, { waitFor: 'main h1' });
    const tabTo = async (target: Locator, limit = 60) => {
      for (let i = 0; i < limit && !(await isFocused(target)); i++) await page.keyboard.press('Tab');
      expect(await isFocused(target)).toBe(true);
    };
    await page.locator('main h1').focus();
    await tabTo(page.getByLabel('Survey title'));
    await page.keyboard.type('Keyboard check');
    // Tab reaches the first questionnaire; the arrow keys move through the group, Space is not needed.
    await page.keyboard.press('Tab');
    const first = page.locator('input[name=instrumentRef]').first();
    expect(await isFocused(first)).toBe(true);
    await page.keyboard.press('Space');
    expect(await first.isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name=instrumentRef]').nth(1).isChecked()).toBe(true);
    // "Choose units" reveals the unit picker; its filter box does not send the form on Enter.
    await tabTo(page.getByLabel('The whole organisation'));
    await page.keyboard.press('ArrowDown');
    await page.getByLabel('Filter units by name or code').waitFor();
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByLabel('Filter units by name or code'))).toBe(true);
    await page.keyboard.type('Day Surgery');
    await page.keyboard.press('Enter');
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByRole('status').filter({ hasText: 'chosen' }).innerText()).toMatch(/^1 of \d+ units match\. 1 chosen: Day Surgery Unit\.$/);
    // Sending with the dates missing: the summary takes focus, and Enter on its first link reaches the field.
    await tabTo(page.getByRole('button', { name: 'Save as a draft' }), 80);
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await isFocused(summary)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(summary.getByRole('link', { name: 'Enter the opening date' }))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await isFocused(page.locator('#opensOn-day'))).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await context.close();
  });

  it('fits the survey pages on a 320 px screen, and says why too small an audience cannot launch', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 320, height: 640 }, baseURL: demo.server.baseUrl, locale: 'en-GB' });
    const page = await context.newPage();
    await demo.signInAs(page, 'admin');
    // Surveys of its own, made through the API, so this test needs no other: one launched with an
    // open link, and a draft for a team of 8, below the anonymity threshold of 11.
    const paths = await page.evaluate(async () => {
      const session = (await (await fetch('/api/v1/auth/session')).json()) as { csrfToken: string; memberships: { organisationId: string }[] };
      const org = `/organisations/${session.memberships[0]?.organisationId}`;
      const post = async (path: string, body: object) => {
        const res = await fetch(`/api/v1${org}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken }, body: JSON.stringify(body) });
        return (await res.json()) as { id: string; version: number };
      };
      const units = (await (await fetch(`/api/v1${org}/units`)).json()) as { items: { id: string; name: string }[] };
      const matrons = units.items.find((u) => u.name === 'Community Matrons')?.id;
      const today = new Date().toISOString().slice(0, 10);
      const survey = (title: string, instrumentRef: string, extra: object) => post('/surveys', { title, instrumentRef, opensOn: today, closesOn: '2099-12-31', ...extra });
      const open = await survey('A survey whose title is long enough to wrap on a narrow phone screen', 'builtin:staff-pulse', {
        modes: { invitations: false, openLink: true, paper: false },
      });
      await post(`/surveys/${open.id}/launch`, { version: open.version });
      const small = await survey('Matrons pulse', 'builtin:staff-pulse', { audience: { unitIds: [matrons] } });
      return { org, survey: `${org}/surveys/${open.id}`, small: `${org}/surveys/${small.id}` };
    });
    for (const path of [`${paths.org}/surveys`, `${paths.org}/surveys/new`, paths.survey, `${paths.survey}/poster`, `${paths.survey}/close`, `${paths.small}/launch`, `${paths.org}/outbox`]) {
      await visit(page, path, { waitFor: 'main h1' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      if (path.endsWith('/launch')) {
        // The server's 422 audience_too_small, in the error summary; the survey stays a draft.
        await page.getByRole('button', { name: 'Launch survey' }).click();
        const summary = page.locator('.nhsuk-error-summary');
        await summary.waitFor();
        expect(await summary.innerText()).toContain('The survey was not launched');
        expect(await summary.innerText()).toContain('This audience has 8 people, fewer than the anonymity threshold of 11.');
        expect(await isFocused(summary)).toBe(true);
        await expectNoSeriousAxeViolations(page);
      }
    }
    await context.close();
  });
});
