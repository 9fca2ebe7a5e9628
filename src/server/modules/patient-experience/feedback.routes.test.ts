// Complaints and compliments over the API: imported whole or not at all, redacted before anyone
// reads them (a staff member's name never leaves the server), filtered and searched, coded to
// the cultural elements with suggestions learnt from the organisation's own coding, summed into
// strengths and concerns with small numbers hidden, and listed beside the closed patient surveys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { BUILT_IN_INSTRUMENTS } from '../../../core/instruments/builtins/index.js';
import { completeAnswers } from '../../../core/instruments/complete-answers.js';
import type { InstrumentDefinition } from '../../../core/instruments/definition.js';
import { newId } from '../../kernel/ids.js';
import { createTestContext, type Agent, type TestContext, unitCreator } from '../../test/harness.js';
import { multipartBody } from '../../test/multipart.js';
import { addStaff } from '../../test/staff-fixture.js';
import { closeSurvey, runSurvey } from '../../test/survey-fixture.js';

let ctx: TestContext;
let orgId: string;
let lead: Agent;
let board: Agent;
const units: Record<string, string> = {};
const url = (rest = '') => `/api/v1/organisations/${orgId}/patient-experience${rest}`;
const upload = (agent: Agent, content: string) => {
  const body = multipartBody({}, { name: 'feedback.csv', content });
  return agent.request({ method: 'POST', url: url('/feedback/import'), payload: body.payload, headers: body.headers });
};

// Seven compliments about kindness and seven complaints about waiting: three of each on the
// Cardiology Ward, three on the Respiratory Ward, one with no unit. The first compliment names a
// nurse on the staff list and gives a phone number; the first complaint gives an email address.
const FILE = [
  'Date,Unit code,Kind,Category,Text',
  '2026-01-05,CARD,Compliment,Staff attitude,"Bethan Llewellyn on the Cardiology Ward was so kind and caring. Ring me on 07700 900123 if you want to hear more."',
  '06/01/2026,CARD,compliment,,The nurses were kind and caring to my father every single day.',
  '2026-01-07,CARD,Compliment,,"Kind, caring nurses who always had time to listen."',
  '2026-01-08,RESP,Compliment,,"Such caring and kind nurses, thank you."',
  '2026-01-09,RESP,Compliment,,"The nurses were gentle, kind and caring throughout."',
  '2026-01-10,,Compliment,,Every nurse we met was kind and caring.',
  '2026-01-11,RESP,Compliment,,The nurses were so kind and caring to my mother.',
  '2026-02-01,CARD,Complaint,Waiting times,We waited four hours past the appointment time. Email me at pat.jones@example.com.',
  '2026-02-02,CARD,Complaint,,The appointment ran hours late and we waited with no news.',
  '2026-02-03,CARD,Complaint,,Waited hours for an appointment that was then cancelled.',
  '2026-02-04,RESP,Complaint,,Hours of waiting for a late appointment.',
  '2026-02-05,RESP,Complaint,,My appointment was hours late and we waited all afternoon.',
  '2026-02-06,,Complaint,,We waited hours in the corridor for our appointment.',
  '2026-02-07,RESP,Complaint,,We waited hours in the waiting room for the appointment.',
].join('\n');

interface Item { id: string; text: string; kind: string; themes: string[]; suggestions: { theme: string; score: number }[]; unit: { name: string } | null; highlights: { start: number; end: number }[] }
const list = async (query = '') => (await board.get(url(`/feedback?limit=500${query}`))).json() as { total: number; items: Item[] };

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  const admin = await ctx.agent(orgId, ['admin']);
  lead = await ctx.agent(orgId, ['programme_lead']);
  board = await ctx.agent(orgId, ['board']);
  const unit = unitCreator(admin, orgId);
  units.med = await unit({ name: 'Medicine', externalCode: 'MED', kind: 'division', parentId: null });
  units.card = await unit({ name: 'Cardiology Ward', externalCode: 'CARD', kind: 'ward', parentId: units.med });
  units.resp = await unit({ name: 'Respiratory Ward', externalCode: 'RESP', kind: 'ward', parentId: units.med });
  await addStaff(ctx.handle.db, orgId, units.card, 'card', 12, { names: { 0: 'Bethan Llewellyn' } });
});
afterAll(() => ctx.close());

describe('complaints and compliments', () => {
  it('refuses a bad file whole, by row and column, and keeps nothing', async () => {
    const bad = ['Date,Unit code,Kind,Category,Text', '2026-01-05,CARD,Compliment,,Lovely.', '31/02/2026,NOPE,praise,,', '2099-01-01,,Complaint,,From the future.'].join('\n');
    const res = await upload(lead, bad);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { path: 'row 3, column “Date”', message: '“31/02/2026” is not a date. Use 2025-04-17 or 17/04/2025.' },
      { path: 'row 3, column “Unit code”', message: '“NOPE” is not a unit code in this organisation’s structure. Leave it blank for the whole organisation.' },
      { path: 'row 3, column “Kind”', message: '“praise” is not a kind of feedback. Use complaint or compliment.' },
      { path: 'row 3, column “Text”', message: 'Enter the words of the complaint or compliment' },
      { path: 'row 4, column “Date”', message: '2099-01-01 is after today. Check the date the feedback came in.' },
    ]);
    expect((await list()).total).toBe(0);
  });

  it('imports a good file once: importing it again skips what is already there', async () => {
    const first = await upload(lead, FILE);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ written: 14, skipped: 0, warnings: [] });
    const again = await upload(lead, FILE);
    expect(again.json()).toEqual({ written: 0, skipped: 14, warnings: [{ row: 2, column: '', message: '14 rows, starting with this one, were already imported (the same date, unit, kind and words), so they were skipped' }] });
    expect((await list()).total).toBe(14);
  });

  it('redacts names, phone numbers, email addresses and unit names before anyone reads them', async () => {
    const res = await board.get(url('/feedback?limit=500'));
    for (const secret of ['Bethan', 'Llewellyn', '07700', 'pat.jones']) expect(res.body).not.toContain(secret);
    const texts = (res.json().items as Item[]).map((i) => i.text);
    expect(texts).toContain('[name] on the [unit] was so kind and caring. Ring me on [phone] if you want to hear more.');
    expect(texts).toContain('We waited four hours past the appointment time. Email me at [email].');
  });

  it('filters by kind, unit (with everything below it) and words', async () => {
    expect((await list('&kind=complaint')).total).toBe(7);
    expect((await list(`&unitId=${units.med}`)).total).toBe(12);
    expect((await list(`&unitId=${units.card}&kind=compliment`)).total).toBe(3);
    expect((await list('&unitId=organisation')).items.map((i) => i.text)).toEqual(['We waited hours in the corridor for our appointment.', 'Every nurse we met was kind and caring.']);
    const corridor = await list('&q=corridor');
    expect(corridor.items).toHaveLength(1);
    // "We waited hours in the " is 23 characters; "corridor" is 8.
    expect(corridor.items[0]!.highlights).toEqual([{ start: 23, end: 31 }]);
    expect((await board.get(url(`/feedback?unitId=${newId()}`))).statusCode).toBe(404);
    expect((await board.get(url('/feedback?theme=parking'))).statusCode).toBe(422);
    expect((await board.get(url('/feedback?kind=praise'))).statusCode).toBe(400);
  });

  it('codes items to cultural elements and suggests themes for the rest from that coding', async () => {
    const items = (await list()).items;
    const last = (kind: string) => items.filter((i) => i.kind === kind).at(-1)!; // newest first: the last is the oldest
    const uncoded = new Set([items.find((i) => i.text.includes('to my mother'))!.id, items.find((i) => i.text.includes('waiting room'))!.id]);
    for (const item of items) {
      if (uncoded.has(item.id)) continue;
      const res = await lead.put(url(`/feedback/${item.id}/themes`), { themes: [item.kind === 'compliment' ? 'support_compassion' : 'goals_performance'] });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect(last('compliment').themes).toEqual([]);
    const left = await list('&theme=uncoded');
    expect(left.items.map((i) => i.text)).toEqual(['We waited hours in the waiting room for the appointment.', 'The nurses were so kind and caring to my mother.']);
    // Six coded examples with each theme and six without: enough for the classifier to suggest.
    expect(left.items[0]!.suggestions[0]!.theme).toBe('goals_performance');
    expect(left.items[1]!.suggestions[0]!.theme).toBe('support_compassion');
    expect(left.items[1]!.suggestions[0]!.score).toBeGreaterThan(0.5);
    expect((await list('&theme=support_compassion')).total).toBe(6);
    expect((await list('&theme=support_compassion')).items.every((i) => i.suggestions.length === 0)).toBe(true);
  });

  it('refuses unknown themes and ids, and lets the board read but not code or import', async () => {
    const { items } = await list();
    expect((await lead.put(url(`/feedback/${items[0]!.id}/themes`), { themes: ['parking'] })).statusCode).toBe(422);
    const missing = await lead.put(url(`/feedback/${newId()}/themes`), { themes: [] });
    expect([missing.statusCode, missing.json().code]).toEqual([404, 'not_found']);
    expect((await lead.put(url('/feedback/not-an-id/themes'), { themes: [] })).statusCode).toBe(400);
    expect((await board.put(url(`/feedback/${items[0]!.id}/themes`), { themes: [] })).statusCode).toBe(403);
    expect((await upload(board, FILE)).statusCode).toBe(403);
  });

  it('sums strengths and concerns by cultural element, hiding kinds with fewer than 5 in a unit', async () => {
    const { feedback } = (await board.get(url())).json();
    const byName = Object.fromEntries(feedback.units.map((u: { name: string }) => [u.name, u]));
    expect(feedback.total).toBe(14);
    expect(feedback.units.map((u: { name: string }) => u.name)).toEqual(['Whole organisation', 'Medicine', 'Cardiology Ward', 'Respiratory Ward']);
    // The organisation: 7 compliments (6 coded, all support and compassion); 7 complaints (6 coded, goals and performance).
    expect(byName['Whole organisation'].strengths).toEqual({ status: 'shown', items: 7, coded: 6, byTheme: { vision_values: 0, goals_performance: 0, support_compassion: 6, learning_innovation: 0, teamwork: 0, equity_inclusion: 0 } });
    expect(byName['Whole organisation'].concerns).toMatchObject({ status: 'shown', items: 7, coded: 6, byTheme: { goals_performance: 6, support_compassion: 0 } });
    // Medicine holds both wards: 6 of each kind, 5 coded (the two uncoded items are on the Respiratory Ward).
    expect(byName.Medicine.strengths).toMatchObject({ status: 'shown', items: 6, coded: 5, byTheme: { support_compassion: 5 } });
    expect(byName.Medicine.concerns).toMatchObject({ status: 'shown', items: 6, coded: 5, byTheme: { goals_performance: 5 } });
    // Each ward has 3 of each kind: too few to count by element.
    for (const ward of ['Cardiology Ward', 'Respiratory Ward']) {
      expect(byName[ward].strengths).toEqual({ status: 'too_few', items: null, coded: null, byTheme: null });
      expect(byName[ward].concerns.status).toBe('too_few');
    }
    const file = (await board.get(url('/feedback-summary/export?format=csv'))).body.trim().split(/\r?\n/);
    expect(file).toHaveLength(1 + 4 * 7);
    expect(file[0]).toBe('Unit,Cultural element,Strengths (compliments),Concerns (complaints)');
    expect(file).toContain('Whole organisation,Support and compassion,6,0');
    expect(file).toContain('Medicine,Goals and performance,0,5');
    expect(file).toContain('Medicine,"All items, coded or not",6,6');
    expect(file).toContain('Cardiology Ward,Support and compassion,Too few,Too few');
  });

  it('lists the closed patient surveys only, with the organisation’s scores exactly as their results page shows them', async () => {
    const surveys = `/api/v1/organisations/${orgId}/surveys`;
    const created = (await lead.post(surveys, { title: 'Inpatient experience, winter', instrumentRef: 'builtin:patient-experience', anonymityThreshold: 5, opensOn: '2026-01-01', closesOn: '2099-01-01', modes: { invitations: false, openLink: true, paper: false } })).json();
    const launched = (await lead.post(`${surveys}/${created.id}/launch`, { version: created.version })).json();
    const code = launched.openLinkPath.split('/').at(-1);
    const patient = await ctx.anonymous();
    const definition = BUILT_IN_INSTRUMENTS.find((d) => d.key === 'patient-experience') as InstrumentDefinition;
    for (let i = 0; i < 6; i++) {
      const res = await patient.post(`/api/v1/respond/open/${code}`, { unitId: orgId, submissionKey: randomUUID(), answers: completeAnswers(definition) });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect((await board.get(url())).json().surveys).toEqual([]);
    await closeSurvey(orgId, lead, created.id);
    await runSurvey(ctx, orgId, lead, { title: 'Staff pulse', instrumentRef: 'builtin:staff-pulse', anonymityThreshold: 5, answer: () => null, close: true });
    const overview = await board.get(url());
    expect(overview.statusCode, overview.body).toBe(200);
    const listed = overview.json().surveys;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ id: created.id, title: 'Inpatient experience, winter', respondents: 6 });
    const page = (await board.get(`${surveys}/${created.id}/results/units/${orgId}`)).json();
    expect(listed[0].measures).toEqual(page.measures.map((m: { id: string; name: string; status: string; mean: number | null }) => ({ id: m.id, name: m.name, status: m.status, score: m.mean })));
    expect(listed[0].measures.length).toBeGreaterThan(0);
    expect(listed[0].measures.every((m: { status: string; score: number }) => m.status === 'shown' && m.score >= 0 && m.score <= 10)).toBe(true);
  });
});
