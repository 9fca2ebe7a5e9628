// The respondent's side of a survey in real Chromium, with an axe scan of every page reached. The
// demo's programme lead launches a real-team check (an organisation copy that makes the team-size
// question required, since no built-in has a required question) to the whole organisation, with
// invitations and an open link. Then: a personal link answered by keyboard alone (a validation
// error first, a change from "Check your answers", the confirmation, the link refused after);
// and the open link in Welsh on a 320 px screen, saved on the device part-way and resumed.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn as apiSignIn } from '../bench/lib/http.js';
import { demoAccount, expectNoSeriousAxeViolations, launchBrowser, openPage, settle, startServer, visit, type RunningServer } from './support/index.js';

let browser: Browser;
let server: RunningServer;
let survey: { title: string; token: string; openPath: string };

const TITLE = 'Ward team check';

type Json = Record<string, unknown>;

/** Signs in over HTTP and returns a caller for the organisation's API, with the CSRF token on every change. */
async function orgApi(role: string) {
  const account = demoAccount(server.output(), role);
  const { cookie, session } = await apiSignIn(server.baseUrl, account.email, account.password);
  const orgId = session.memberships[0]!.organisationId;
  return async (method: string, path: string, body?: unknown): Promise<Json> => {
    const res = await fetch(`${server.baseUrl}/api/v1/organisations/${orgId}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': session.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
    return JSON.parse(text) as Json;
  };
}

/** Copies the real-team check with "How many people are in your team?" required, launches it, and takes one invitation link. */
async function launchSurvey() {
  const lead = await orgApi('programme');
  const copy = await lead('POST', '/instruments', { from: 'builtin:real-team-check', title: { en: 'Real team check (size required)', cy: 'Gwiriad tîm go iawn (maint yn ofynnol)' } });
  const definition = copy.definition as { sections: { items: { id: string; required?: boolean }[] }[] };
  definition.sections[0]!.items.find((i) => i.id === 'team-size')!.required = true;
  const draft = await lead('PUT', `/instruments/${copy.ref as string}/draft`, { definition, editVersion: copy.editVersion });
  await lead('POST', `/instruments/${copy.ref as string}/publish`, { editVersion: draft.editVersion });
  const today = new Date().toISOString().slice(0, 10);
  const closes = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const created = await lead('POST', '/surveys', {
    title: TITLE,
    instrumentRef: copy.ref,
    opensOn: today,
    closesOn: closes,
    languages: ['en', 'cy'],
    modes: { invitations: true, openLink: true, paper: false },
  });
  const launched = await lead('POST', `/surveys/${created.id as string}/launch`, { version: created.version });
  const admin = await orgApi('admin');
  const { items } = (await admin('GET', '/outbox?page=1&pageSize=20')) as { items: { kind: string; body: string }[] };
  const invitation = items.find((m) => m.kind === 'invitation');
  const token = invitation && /\/respond\/i\/([A-Za-z0-9_-]+)/.exec(invitation.body)?.[1];
  if (!token) throw new Error('no invitation link in the outbox');
  return { title: TITLE, token, openPath: launched.openLinkPath as string };
}

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer({ demo: true })]);
  survey = await launchSurvey();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const mainText = (page: Page) => page.locator('main').innerText();

/** Presses Tab until the element has focus (at most `limit` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit && !(await isFocused(target)); i++) await page.keyboard.press('Tab');
  expect(await isFocused(target)).toBe(true);
}

/** Waits for a new page's heading, checks it took focus, and scans the page. */
async function arrive(page: Page, heading: string | RegExp) {
  const h1 = page.locator('main h1', { hasText: heading });
  await h1.waitFor({ timeout: 10_000 });
  await settle(page);
  expect(await isFocused(h1)).toBe(true);
  await expectNoSeriousAxeViolations(page);
}

/** Answers each radio group on the page by keyboard: Tab into it, Space to choose the first option, arrows for the rest. */
async function answerByKeyboard(page: Page, names: string[], arrowDowns: number) {
  for (const name of names) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe(name);
    await page.keyboard.press('Space');
    for (let i = 0; i < arrowDowns; i++) await page.keyboard.press('ArrowDown');
  }
}

const rowNames = (page: Page) => page.locator('main fieldset input[type=radio]:first-of-type').evaluateAll((els) => [...new Set(els.map((e) => (e as HTMLInputElement).name))]);

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ url: page.url(), overflow }).toEqual({ url: page.url(), overflow: 0 });
}

const storedDrafts = (page: Page) =>
  page.evaluate(() => [...Object.keys(sessionStorage), ...Object.keys(localStorage)].filter((k) => k.startsWith('cultivate.respond.')));

describe('answering a survey', () => {
  it('takes a personal link by keyboard alone: an error first, a change, then the confirmation; the link is refused after', async () => {
    const { page, context, problems } = await openPage(browser, server.baseUrl);
    const link = `/respond/i/${survey.token}`;
    await visit(page, link, { waitFor: 'main h1' });
    expect(await page.locator('main h1').innerText()).toBe(TITLE);
    expect(await page.title()).toBe(`${TITLE} – Cultivate`);
    expect(await mainText(page)).toContain('We only show results for groups of 11 people or more');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');

    // Skip link first, then on to Start now.
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('link', { name: 'Skip to main content' }))).toBe(true);
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Start now' }));
    await page.keyboard.press('Enter');
    await arrive(page, 'Your team');
    expect(await page.title()).toBe(`Section 1 of 2 – ${TITLE} – Cultivate`);
    expect(await mainText(page)).toContain('Section 1 of 2');

    // Continue with the required question blank: the summary takes focus and links to the question.
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    const summary = page.locator('.nhsuk-error-summary');
    await summary.waitFor();
    expect(await isFocused(summary)).toBe(true);
    const message = 'Select an answer for ‘How many people are in your team?’';
    expect(await summary.innerText()).toContain(message);
    expect(await page.locator('.nhsuk-form-group--error .nhsuk-error-message').textContent()).toBe(`Error: ${message}`);
    expect(await page.title()).toBe(`Error: Section 1 of 2 – ${TITLE} – Cultivate`);
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('q-team-size');

    // Answer: the team size ("6 to 8"), then every statement "Agree" (the fourth option).
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    const firstRows = (await rowNames(page)).filter((n) => n !== 'q-team-size');
    expect(firstRows).toHaveLength(9);
    await answerByKeyboard(page, firstRows, 3);
    await page.keyboard.press('Tab');
    expect(await isFocused(page.getByRole('button', { name: 'Continue' }))).toBe(true);
    await page.keyboard.press('Enter');

    await arrive(page, 'Learning as a team');
    expect(await page.title()).toBe(`Section 2 of 2 – ${TITLE} – Cultivate`);
    const secondRows = await rowNames(page);
    expect(secondRows).toHaveLength(9);
    await answerByKeyboard(page, secondRows, 4); // "Strongly agree"
    await tabTo(page, page.getByRole('button', { name: 'Continue' }), 3);
    await page.keyboard.press('Enter');

    await arrive(page, 'Check your answers');
    const checkText = await mainText(page);
    expect(checkText).toMatch(/How many people are in your team\?\s+6 to 8/);
    expect(checkText).toMatch(/We agreed our team goals together\.\s+Agree/);
    expect(checkText).toMatch(/We carry out the changes we plan\.\s+Strongly agree/);
    expect(checkText).toContain('You can change any answer before you submit.');

    // Change the team size from the summary, and come straight back.
    await tabTo(page, page.getByRole('link', { name: 'Change your answer to ‘How many people are in your team?’' }), 10);
    await page.keyboard.press('Enter');
    await page.waitForURL(/section\/your-team\?change=1/);
    await page.locator('main h1', { hasText: 'Your team' }).waitFor();
    expect(await focusedId(page)).toBe('q-team-size');
    await expectNoSeriousAxeViolations(page);
    await page.keyboard.press('Space'); // "1 to 5"
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // "9 to 12"
    await tabTo(page, page.getByRole('button', { name: 'Continue' }), 15);
    await page.keyboard.press('Enter');
    await arrive(page, 'Check your answers');
    expect(await mainText(page)).toMatch(/How many people are in your team\?\s+9 to 12/);

    await tabTo(page, page.getByRole('button', { name: 'Submit your answers' }), 60);
    await page.keyboard.press('Enter');
    await arrive(page, 'Your answers have been sent');
    expect(await page.locator('.nhsuk-panel').innerText()).toContain('Thank you');
    expect(await mainText(page)).toContain('They are anonymous');
    expect(await storedDrafts(page)).toEqual([]);

    // The same link again: refused, saying only that it has been used.
    await visit(page, link, { waitFor: 'main h1' });
    expect(await page.locator('main h1').innerText()).toBe('This link has already been used');
    expect(await mainText(page)).not.toContain(TITLE);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.foreignRequests).toEqual([]);
    await context.close();
  });

  it('takes the open link in Welsh at 320 px wide, saved on the device part-way and resumed', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, baseURL: server.baseUrl, locale: 'cy-GB' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await visit(page, survey.openPath, { waitFor: 'main h1' });
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('button', { name: 'Dechrau nawr' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
    expect(await mainText(page)).toContain("Sut rydyn ni'n cadw eich atebion yn ddienw");
    await noSidewaysScroll(page);
    await expectNoSeriousAxeViolations(page);

    await page.getByRole('button', { name: 'Dechrau nawr' }).click();
    await arrive(page, 'Dewiswch eich tîm neu eich adran');
    await noSidewaysScroll(page);
    await page.getByRole('button', { name: 'Parhau' }).click();
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary').innerText()).toContain('Dewiswch eich tîm neu eich adran');
    expect(await page.title()).toMatch(/^Gwall: /);
    await expectNoSeriousAxeViolations(page);
    const unit = page.getByLabel('Tîm neu adran');
    const unitName = (await unit.locator('option').nth(1).innerText()).trim();
    await unit.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Parhau' }).click();

    await arrive(page, 'Eich tîm');
    expect(await page.title()).toBe(`Adran 1 o 2 – ${TITLE} – Cultivate`);
    expect(await mainText(page)).toContain('Faint o bobl sydd yn eich tîm?');
    await noSidewaysScroll(page);
    await page.getByLabel('13 i 20').check();
    await page.getByRole('group', { name: /^Mae arnon ni angen ein gilydd i wneud ein gwaith\. \(dewisol\)/ }).getByLabel('Cytuno', { exact: true }).check();

    // Save on this device, with the shared-computer warning first.
    await page.getByRole('button', { name: 'Cadw a dod yn ôl yn nes ymlaen' }).click();
    await arrive(page, 'Cadw eich atebion ar y ddyfais hon');
    expect(await mainText(page)).toContain('Peidiwch â gwneud hyn ar gyfrifiadur a rennir');
    await noSidewaysScroll(page);
    await page.getByRole('button', { name: 'Cadw ar y ddyfais hon' }).click();
    await arrive(page, 'Mae eich atebion wedi cael eu cadw');
    expect(await mainText(page)).toMatch(/agorwch yr un ddolen eto cyn \d+ \S+ \d{4}/);
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cultivate.respond.')));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^cultivate\.respond\.[0-9a-f]{64}$/);
    expect(kept[0]).not.toContain(survey.openPath.split('/').at(-1));
    await page.close();

    // Later, in a new tab on the same device: offered to carry on, in Welsh, with the answers kept.
    const later = await context.newPage();
    later.on('pageerror', (e) => pageErrors.push(e.message));
    await visit(later, survey.openPath, { waitFor: 'main h1' });
    expect(await mainText(later)).toContain("Rydych chi eisoes wedi dechrau'r arolwg hwn");
    await later.getByRole('button', { name: "Parhau o'r man lle roeddech chi" }).click();
    await arrive(later, 'Eich tîm');
    expect(await later.getByLabel('13 i 20').isChecked()).toBe(true);
    await later.getByRole('button', { name: 'Parhau' }).click();
    await arrive(later, 'Dysgu fel tîm');
    await noSidewaysScroll(later);
    await later.getByRole('button', { name: 'Parhau' }).click();

    await arrive(later, 'Gwirio eich atebion');
    const check = await mainText(later);
    expect(check).toContain(unitName);
    expect(check).toMatch(/Faint o bobl sydd yn eich tîm\?\s+13 i 20/);
    expect(check).toContain('Heb ei ateb');
    await noSidewaysScroll(later);
    await later.getByRole('button', { name: 'Cyflwyno eich atebion' }).click();
    await arrive(later, 'Mae eich atebion wedi cael eu hanfon');
    await noSidewaysScroll(later);
    expect(await storedDrafts(later)).toEqual([]);
    // Switching language afterwards stores nothing again.
    await later.getByRole('button', { name: 'English' }).click();
    await later.locator('main h1', { hasText: 'Your answers have been sent' }).waitFor();
    expect(await storedDrafts(later)).toEqual([]);

    // An open link can be used again, afresh: nothing is offered to resume.
    await visit(later, survey.openPath, { waitFor: 'main h1' });
    expect(await mainText(later)).not.toContain("Rydych chi eisoes wedi dechrau'r arolwg hwn");
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('says plainly when a link does not work', async () => {
    const { page, context } = await openPage(browser, server.baseUrl);
    await visit(page, '/respond/i/this-is-not-a-real-invitation-token', { waitFor: 'main h1' });
    expect(await page.locator('main h1').innerText()).toBe('This link does not work');
    await visit(page, '/respond/somewhere-else', { waitFor: 'main h1' });
    expect(await page.locator('main h1').innerText()).toBe('This link does not work');
    await context.close();
  });
});
