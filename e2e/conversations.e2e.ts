// Focus groups and board interviews in real Chromium, with an axe scan of every page. The
// programme lead plans a focus group (first with a missing name), records consent, types notes
// under a question and imports a text file (an empty one first, refused with the server's own
// words), codes a note with the keyboard shortcuts (which stay quiet in the themes box and can be
// turned off), sees the suggestions learnt from the organisation's own coding and takes them with
// one click, and changes a note someone else changed first; the page fits 320 px. The guide is
// edited, refused by question, and saved only after the conflict with someone else's save is
// shown. A sample is drawn for blind second coding, the same person is refused as second coder,
// the change team codes it, and the agreement is read element by element.
// The demo organisation may hold sessions of its own; everything checked here is made here.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, follow, openPage, settle, visit, withDemo } from './support/index.js';

const demo = withDemo();

interface Api {
  orgId: string;
  programmeId: string;
  get: <T>(path: string) => Promise<T>;
  send: <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, data?: unknown) => Promise<{ status: number; body: T }>;
}

/** The API as the signed-in person, for setting up data and for a second person's edits. */
async function apiFor(page: Page): Promise<Api> {
  const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string; memberships: { organisationId: string }[] };
  const orgId = session.memberships[0]!.organisationId;
  const get = async <T,>(path: string) => (await (await page.request.get(`/api/v1${path}`)).json()) as T;
  const programmes = await get<{ items: { id: string }[] }>(`/organisations/${orgId}/programmes`);
  const send = async <T,>(method: string, path: string, data?: unknown) => {
    const response = await page.request.fetch(`/api/v1${path}`, { method, headers: { 'X-CSRF-Token': session.csrfToken }, ...(data === undefined ? {} : { data }) });
    const text = await response.text();
    return { status: response.status(), body: (text ? JSON.parse(text) : null) as T };
  };
  return { orgId, programmeId: programmes.items[0]!.id, get, send };
}

interface Excerpt {
  id: string;
  text: string;
  questionId: string | null;
  version: number;
  coding: { codes: { element: string; stance: string }[]; behaviours: string[]; themes: string[]; version: number } | null;
}
interface Conversation {
  id: string;
  version: number;
  questions: { id: string; text: string }[];
  excerpts: Excerpt[];
}

const programmePath = (api: Api, rest: string) => `/organisations/${api.orgId}/programmes/${api.programmeId}${rest}`;

async function openConversations(page: Page): Promise<void> {
  await follow(page, page.getByRole('link', { name: 'Focus groups and interviews', exact: true }).first(), 'Focus groups and board interviews');
}

/** A session with consent and notes, all made through the API; the notes coded first by this person when `codes` is given. */
async function sessionWithNotes(api: Api, title: string, texts: string[], codes?: (i: number) => { element: string; stance: string }[]): Promise<Conversation> {
  const planned = await api.send<Conversation>('POST', programmePath(api, '/conversations'), { kind: 'focus_group', title });
  expect(planned.status).toBe(201);
  const consented = await api.send<Conversation>('POST', programmePath(api, `/conversations/${planned.body.id}/consent`), { version: planned.body.version });
  expect(consented.status).toBe(200);
  const added = await api.send<Conversation>('POST', programmePath(api, `/conversations/${planned.body.id}/excerpts`), { excerpts: texts.map((text) => ({ questionId: null, text })) });
  expect(added.status).toBe(201);
  if (codes) {
    for (const [i, e] of added.body.excerpts.entries()) {
      const coded = await api.send('PUT', programmePath(api, `/conversations/${planned.body.id}/excerpts/${e.id}/coding/first`), { version: 0, codes: codes(i), behaviours: [], themes: [] });
      expect(coded.status).toBe(200);
    }
  }
  return added.body;
}

const noHorizontalScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe('focus groups and board interviews', () => {
  it('plans a focus group, records consent, takes notes typed and imported, and codes them by keyboard', async () => {
    const { page, context, problems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'programme');
    await openConversations(page);
    await page.getByRole('heading', { name: 'Focus groups', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Board interviews', level: 2 }).waitFor();

    // Plan: a missing name is refused, and the summary links to the field.
    await follow(page, page.getByRole('link', { name: 'Plan a focus group' }), 'Plan a focus group');
    await page.getByRole('button', { name: 'Plan the focus group' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: 'Enter a name for the session' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('title');
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('Name of the session').fill('Ward 20 nurses (journey)');
    await page.getByLabel('Day').fill('7');
    await page.getByLabel('Month').fill('3');
    await page.getByLabel('Year').fill('2026');
    await page.getByLabel('Where it is held (optional)').fill('Ward 20 day room');
    await page.getByLabel('This is a mobile session').check();
    expect(await page.getByLabel('Facilitator').locator('option:checked').innerText()).toMatch(/Priya Shah.*\(you\)/);
    await page.getByLabel('Staff group (optional)').fill('Nursing and midwifery');
    await page.getByLabel('Lowest pay band (optional)').selectOption('Band 5');
    await page.getByLabel('Highest pay band (optional)').selectOption('Band 7');
    await page.getByLabel('Number of people taking part (optional)').fill('9');
    await page.getByRole('button', { name: 'Plan the focus group' }).click();
    await page.locator('main h1', { hasText: 'Ward 20 nurses (journey)' }).waitFor();
    await settle(page);
    await expectNoSeriousAxeViolations(page);
    const details = await page.locator('.nhsuk-summary-list').innerText();
    expect(details).toMatch(/Date\s+7 March 2026/);
    expect(details).toMatch(/Ward 20 day room\s+Mobile session/);
    expect(details).toMatch(/Pay bands\s+Band 5 to Band 7/);
    expect(await page.locator('main').innerText()).toContain('Notes can be added once consent is recorded.');
    expect(await page.getByRole('form', { name: 'Type or paste notes' }).count()).toBe(0);
    const sessionPath = new URL(page.url()).pathname;

    // Consent, then notes.
    await page.getByLabel('Note about consent (optional)').fill('Read out the introduction; all nine agreed.');
    await page.getByRole('button', { name: 'Record consent' }).click();
    await page.getByText('Consent recorded', { exact: true }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Note: Read out the introduction; all nine agreed.');
    const typed = page.getByRole('form', { name: 'Type or paste notes' });
    await typed.getByLabel('Notes', { exact: true }).fill('We pull together when it is busy.\n\n- Nobody covers breaks on nights.\nThe ward manager always finds time to listen.');
    await typed.getByLabel('Which question were these said in answer to?').selectOption({ label: 'Q5. Think of a time a leader really listened to you. What did they do?' });
    await typed.getByRole('button', { name: 'Add notes' }).click();
    await page.getByText('Added 3 notes.').waitFor();
    await expectNoSeriousAxeViolations(page);

    // Import: an empty file is refused in the server's words; a good one lands under its headings.
    const file = page.getByLabel('Notes file');
    const importForm = page.getByRole('form', { name: 'Import notes from a file' });
    await file.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') });
    await importForm.getByRole('button', { name: 'Import notes' }).click();
    await summary.getByText('The file is empty. Choose the file that has your notes in it.').waitFor();
    await expectNoSeriousAxeViolations(page);
    const notesFile = ['Q1', 'Busy, but people are kind to each other.', '', 'support-care: We look after each other on nights.', 'Nobody asks how we are after a hard shift.'].join('\n');
    await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(notesFile) });
    await importForm.getByRole('button', { name: 'Import notes' }).click();
    await page.getByText('Added 3 notes from the file.').waitFor();
    expect(await summary.count()).toBe(0);
    const notes = page.locator('ol.app-comments > li');
    expect(await notes.count()).toBe(6);
    expect(await page.getByRole('heading', { level: 3, name: /^Q1\. / }).count()).toBe(1);
    const q1 = await page.locator('h3', { hasText: /^Q1\. / }).locator('xpath=following-sibling::ol[1]').innerText();
    expect(q1).toContain('Busy, but people are kind to each other.');
    expect(await page.locator('main').innerText()).toContain('0 of 6 notes coded.');

    // Code note 1 by keyboard: 5 cycles teamwork, 2 cycles goals and performance, Enter saves.
    const note1 = notes.filter({ hasText: 'Note 1' }).first();
    await note1.getByLabel('Vision and values: not coded').focus();
    await page.keyboard.press('5');
    expect(await note1.getByLabel('Teamwork: strength').isChecked()).toBe(true);
    await page.getByRole('status').filter({ hasText: 'Teamwork: strength' }).waitFor({ state: 'attached' });
    await page.keyboard.press('5');
    expect(await note1.getByLabel('Teamwork: area to develop').isChecked()).toBe(true);
    await page.keyboard.press('5');
    await page.keyboard.press('5');
    await page.keyboard.press('2');
    await page.keyboard.press('2');
    expect(await note1.getByLabel('Teamwork: strength').isChecked()).toBe(true);
    expect(await note1.getByLabel('Goals and performance: area to develop').isChecked()).toBe(true);
    // In the themes box the digits are text, not shortcuts.
    const themes = note1.getByLabel('Other themes (optional)');
    await themes.focus();
    await page.keyboard.type('3 huddles');
    expect(await themes.inputValue()).toBe('3 huddles');
    expect(await note1.getByLabel('Support and compassion: not coded').isChecked()).toBe(true);
    await themes.fill('huddles, breaks');
    await note1.getByLabel('Attending').check();
    // The shortcuts can be turned off, and the choice is remembered.
    await page.getByLabel('Use keyboard shortcuts when coding').uncheck();
    await note1.getByLabel('Teamwork: strength').focus();
    await page.keyboard.press('1');
    expect(await note1.getByLabel('Vision and values: not coded').isChecked()).toBe(true);
    expect(await page.evaluate(() => window.localStorage.getItem('cultivate.codingShortcuts'))).toBe('off');
    await page.getByLabel('Use keyboard shortcuts when coding').check();
    await note1.getByLabel('Teamwork: strength').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Coding saved for note 1.' }).waitFor({ state: 'attached' });
    await page.getByText('1 of 6 notes coded.').waitFor();
    await page.getByText('Keyboard shortcuts', { exact: true }).click();
    await page.getByText(/keys 1 to 6 change a cultural element each time you press them/).waitFor();
    await expectNoSeriousAxeViolations(page);

    const api = await apiFor(page);
    const conversationId = sessionPath.split('/').at(-1)!;
    const saved = await api.get<Conversation>(programmePath(api, `/conversations/${conversationId}`));
    const first = saved.excerpts.find((e) => e.coding);
    expect(first?.coding).toMatchObject({
      codes: [
        { element: 'goals_performance', stance: 'develop' },
        { element: 'teamwork', stance: 'strength' },
      ],
      behaviours: ['attending'],
      themes: ['huddles', 'breaks'],
      version: 1,
    });

    // Suggestions: once the organisation has coded enough notes, a new note gets them.
    // Words only these notes use, so the demo's own coding (if any) cannot drown them out.
    const lunches = [
      'The Tuesday learning lunch in pharmacy is where new ideas get tried.',
      'Pharmacy runs a learning lunch every Tuesday and anyone can bring an idea.',
      'At the pharmacy learning lunch we looked at a near miss and changed the checks.',
      'The learning lunch in pharmacy gave us time to test a new idea.',
      'We tried the idea from the pharmacy learning lunch and it worked.',
      'Every Tuesday the pharmacy learning lunch shares what went well.',
    ];
    const parking = ['The car park is full by eight.', 'Parking costs too much for the night staff.', 'The car park barrier is always broken.', 'Staff parking is a long walk in the dark.', 'We pay to park at our own work.', 'The car park has no lights at night.'];
    await sessionWithNotes(api, 'Earlier coding (journey)', [...lunches, ...parking], (i) => (i < 6 ? [{ element: 'learning_innovation', stance: 'strength' }] : [{ element: 'support_compassion', stance: 'develop' }]));
    await typed.getByLabel('Notes', { exact: true }).fill('The pharmacy learning lunch on Tuesdays is where ideas get tried.');
    await typed.getByLabel('Which question were these said in answer to?').selectOption({ label: 'No particular question' });
    await typed.getByRole('button', { name: 'Add notes' }).click();
    await page.getByText('Added 1 note.').waitFor();
    const fresh = notes.filter({ hasText: 'The pharmacy learning lunch on Tuesdays is where ideas get tried.' });
    await fresh.getByText(/^Suggested: Learning and innovation, strength \(\d+% likely\)/).waitFor();
    await fresh.getByRole('button', { name: /^Use suggestions/ }).click();
    expect(await fresh.getByLabel('Learning and innovation: strength').isChecked()).toBe(true);
    await fresh.getByRole('button', { name: /^Save coding/ }).click();
    await page.getByText('2 of 7 notes coded.').waitFor();
    await expectNoSeriousAxeViolations(page);

    // Someone else changes a note first: their version is shown and ours is not saved.
    const target = saved.excerpts.find((e) => e.text === 'Nobody covers breaks on nights.')!;
    const number = (await notes.allInnerTexts()).findIndex((t) => t.includes('Nobody covers breaks on nights.')) + 1;
    const item = notes.nth(number - 1);
    await item.getByRole('button', { name: `Change note ${number}` }).click();
    const words = item.getByLabel(`Words of note ${number}`);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    const theirs = await api.send('PATCH', programmePath(api, `/conversations/${conversationId}/excerpts/${target.id}`), { version: target.version, text: 'Nobody covers breaks on night shifts.' });
    expect(theirs.status).toBe(200);
    await words.fill('Breaks are not covered at night.');
    await item.getByRole('button', { name: `Save note ${number}` }).click();
    await item.getByText(`Someone else changed note ${number} after you opened it, so your change was not saved. Their version is shown; make your change again.`).waitFor();
    expect(await words.inputValue()).toBe('Nobody covers breaks on night shifts.');
    expect(await item.innerText()).toContain('Your words were: “Breaks are not covered at night.”');
    await expectNoSeriousAxeViolations(page);
    await words.fill('Breaks are not covered at night.');
    await item.getByRole('button', { name: `Save note ${number}` }).click();
    await item.locator('blockquote', { hasText: 'Breaks are not covered at night.' }).waitFor();

    // A phone's width: nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoSeriousAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Back on the overview the session shows its consent, its count and the mobile tag.
    await follow(page, page.getByRole('link', { name: 'Back to focus groups and interviews' }), 'Focus groups and board interviews');
    const row = page.getByRole('table', { name: 'Focus groups' }).locator('tr', { hasText: 'Ward 20 nurses (journey)' });
    expect(await row.innerText()).toMatch(/Mobile[\s\S]*7 March 2026[\s\S]*Priya Shah[\s\S]*Nursing and midwifery, Band 5 to Band 7[\s\S]*9[\s\S]*Recorded[\s\S]*2 of 7/);

    // The only failed requests were the refusals the journey set out to cause.
    expect(problems.consoleErrors.every((e) => /status of (409|422)/.test(e))).toBe(true);
    expect([...problems.pageErrors, ...problems.foreignRequests, ...problems.failedRequests]).toEqual([]);
    await context.close();
  });

  it('edits the focus group guide, names the wrong question, and shows a conflict rather than overwrite', async () => {
    const { page, context, problems } = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(page, 'programme');
    await openConversations(page);
    // Planning without saying what: the first question asks, and the form that follows takes focus.
    const overview = new URL(page.url()).pathname;
    await visit(page, `${overview}/new`);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.nhsuk-error-summary').getByText('Select a focus group or a board interview').waitFor();
    await page.getByLabel('A board interview').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('main h1', { hasText: 'Plan a board interview' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.getByLabel('Board role (optional)').count()).toBe(1);
    await expectNoSeriousAxeViolations(page);
    await openConversations(page);
    await follow(page, page.getByRole('link', { name: 'Read the focus group guide' }), /^Focus group guide/);
    expect(await page.getByText(/About \d+ minutes in all, with \d+ questions\./).count()).toBe(1);
    await follow(page, page.getByRole('link', { name: 'Change the guide' }), 'Change the guide');

    // The server names the question that is wrong, and the summary links to it.
    await page.getByLabel('What to ask in question 3', { exact: true }).fill('   ');
    await page.getByRole('button', { name: 'Save the guide' }).click();
    const summary = page.locator('.nhsuk-error-summary');
    await summary.getByRole('link', { name: 'Enter the words of question 3' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('guide-q2-text');
    await expectNoSeriousAxeViolations(page);
    await page.getByLabel('What to ask in question 3', { exact: true }).fill('How clear are you about what your team is trying to achieve?');

    // Moving a question keeps focus on it, so the next move is one key press away.
    const second = await page.getByLabel('What to ask in question 2', { exact: true }).inputValue();
    await page.getByRole('button', { name: 'Move up question 2' }).click();
    expect(await page.getByLabel('What to ask in question 1', { exact: true }).inputValue()).toBe(second);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Move down/);
    await page.getByRole('status').filter({ hasText: 'Question 2 moved up. It is now question 1.' }).waitFor({ state: 'attached' });

    // Someone else saves the guide in the meantime.
    const api = await apiFor(page);
    const current = await api.get<{ guide: { title: string }; version: number }>(programmePath(api, '/guides/focus_group'));
    const theirs = await api.send('PUT', programmePath(api, '/guides/focus_group'), { guide: { ...current.guide, title: 'Their focus group guide' }, version: current.version });
    expect(theirs.status).toBe(200);
    await page.getByLabel('Title', { exact: true }).fill('Our focus group guide');
    await page.getByRole('button', { name: 'Save the guide' }).click();
    await summary.getByText('Someone else changed this guide after you opened it, so your changes were not saved. Their version is shown below; make your change again.').waitFor();
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Their focus group guide');
    await expectNoSeriousAxeViolations(page);

    // Made again on their version, it saves.
    await page.getByLabel('Title', { exact: true }).fill('Our focus group guide');
    await page.getByRole('button', { name: 'Save the guide' }).click();
    await page.locator('main h1', { hasText: 'Our focus group guide' }).waitFor();
    await page.getByText('The focus group guide has been saved.').waitFor();
    expect(await page.getByText('Edited for this programme').count()).toBe(1);
    await expectNoSeriousAxeViolations(page);

    // And back to the built-in guide.
    await follow(page, page.getByRole('link', { name: 'Change the guide' }), 'Change the guide');
    await page.getByRole('button', { name: 'Go back to the built-in guide' }).click();
    await page.getByRole('button', { name: 'Yes, go back to the built-in guide' }).click();
    await page.getByText('Built-in guide', { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page);

    // The board interview guide has its 14 questions.
    await openConversations(page);
    await follow(page, page.getByRole('link', { name: 'Read the board interview guide' }), /^Board interview guide/);
    expect(await page.getByRole('heading', { level: 3, name: /^Question \d+ \(/ }).count()).toBe(14);

    expect(problems.consoleErrors.every((e) => /status of (409|422)/.test(e))).toBe(true);
    expect([...problems.pageErrors, ...problems.foreignRequests, ...problems.failedRequests]).toEqual([]);
    await context.close();
  });

  it('draws a sample for blind second coding by someone else, and reads the agreement', async () => {
    const lead = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(lead.page, 'programme');
    const leadApi = await apiFor(lead.page);
    const texts = ['The team shares the load well.', 'Nobody explains the plans.', 'We learn from every incident.', 'The team is kind to new starters.', 'Leaders never say where we are heading.', 'Good ideas get tried here.'];
    const element = (i: number) => (i % 3 === 0 ? 'teamwork' : i % 3 === 1 ? 'vision_values' : 'learning_innovation');
    const session = await sessionWithNotes(leadApi, 'Second coding check (journey)', texts, (i) => [{ element: element(i), stance: i % 3 === 1 ? 'develop' : 'strength' }]);

    await openConversations(lead.page);
    await follow(lead.page, lead.page.getByRole('link', { name: 'Second coding', exact: true }), 'Second coding');
    await lead.page.getByLabel('Percentage of notes to sample').fill('100');
    await lead.page.getByRole('button', { name: /^Draw (the|a larger) sample$/ }).click();
    await lead.page.getByText(/^0 coded of \d+ sampled$|^\d+ coded of \d+ sampled$/).waitFor();
    await lead.page.getByLabel('Show sampled notes from').selectOption(session.id);
    const leadNotes = lead.page.locator('ol.app-comments > li');
    await leadNotes.filter({ hasText: texts[0]! }).waitFor();
    expect(await leadNotes.count()).toBe(6);
    // Blind: nothing of the first coding shows.
    expect(await leadNotes.first().getByLabel('Teamwork: not coded').isChecked()).toBe(true);
    await expectNoSeriousAxeViolations(lead.page);
    // The first coder cannot be the second.
    await leadNotes.first().getByLabel('Teamwork: strength').check();
    await leadNotes.first().getByRole('button', { name: /^Save coding/ }).click();
    await leadNotes.first().getByText(/You coded this note the other time\. A second coding has to be done by someone else/).waitFor();
    await lead.context.close();

    const team = await openPage(demo.browser, demo.server.baseUrl);
    await demo.signInAs(team.page, 'change');
    await openConversations(team.page);
    await follow(team.page, team.page.getByRole('link', { name: 'Second coding', exact: true }), 'Second coding');
    const progress = async () => Number(/^(\d+) coded of/.exec(await team.page.locator('#second-coding-progress').innerText())![1]);
    const before = await progress();
    await team.page.getByLabel('Show sampled notes from').selectOption(session.id);
    const notes = team.page.locator('ol.app-comments > li');
    await notes.filter({ hasText: texts[0]! }).waitFor();
    expect(await team.page.getByLabel('Show sampled notes from').locator('option:checked').innerText()).toBe('Second coding check (journey) (0 of 6 coded)');
    const firstNote = notes.first();
    await firstNote.getByLabel('Teamwork: strength').check();
    await firstNote.getByRole('button', { name: /^Save coding/ }).click();
    await team.page.getByText(`${before + 1} coded of`).waitFor();
    await expectNoSeriousAxeViolations(team.page);

    // The rest of the sample from this session through the API: one disagreement on vision and values.
    const teamApi = await apiFor(team.page);
    const sample = await teamApi.get<{ excerpts: { id: string; conversationId: string; text: string; coding: unknown }[] }>(programmePath(teamApi, '/second-coding'));
    for (const e of sample.excerpts.filter((x) => x.conversationId === session.id && !x.coding)) {
      const i = texts.indexOf(e.text);
      const stance = i === 4 ? 'strength' : i % 3 === 1 ? 'develop' : 'strength';
      const coded = await teamApi.send('PUT', programmePath(teamApi, `/conversations/${session.id}/excerpts/${e.id}/coding/second`), { version: 0, codes: [{ element: element(i), stance }], behaviours: [], themes: [] });
      expect(coded.status).toBe(200);
    }

    await follow(team.page, team.page.getByRole('link', { name: 'agreement between coders', exact: true }), 'Agreement between coders');
    expect(await team.page.locator('main').innerText()).toContain('Landis and Koch (1977)');
    expect(await team.page.getByText(/^Worked out from \d+ notes? coded by both coders\.$/).count()).toBe(1);
    for (const name of ['Vision and values', 'Goals and performance', 'Support and compassion', 'Learning and innovation', 'Teamwork', 'Equity and inclusion']) {
      const table = team.page.getByRole('table', { name: `Agreement on ${name.toLowerCase()}` });
      expect(await table.locator('tbody tr').count()).toBe(2);
    }
    const teamworkRow = await team.page.getByRole('table', { name: 'Agreement on teamwork' }).locator('tbody tr').first().innerText();
    expect(teamworkRow).toMatch(/Whether the note shows it at all\s+\d+\s+(−?\d\.\d\d|–)/);
    await expectNoSeriousAxeViolations(team.page);
    await team.page.setViewportSize({ width: 320, height: 640 });
    expect(await noHorizontalScroll(team.page)).toBe(true);

    expect(team.problems.consoleErrors).toEqual([]);
    expect([...team.problems.pageErrors, ...team.problems.foreignRequests, ...team.problems.failedRequests]).toEqual([]);
    await team.context.close();
  });
});
