// Focus groups and board interviews over the API, as the change team uses them and as a careless
// or hostile caller might: guides edited without losing anyone's change, no notes before consent,
// names redacted for everyone but the facilitator and the note's author, notes imported from
// files (and bad files refused with their reason), coding with version checks, a blind second
// coder who must be someone else, and Cohen's kappa worked by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docx, para } from '../../../core/qualitative/testing.js';
import { createTestContext, type Agent, type TestContext, unitCreator } from '../../test/harness.js';
import { multipartBody } from '../../test/multipart.js';
import { addStaff } from '../../test/staff-fixture.js';

let ctx: TestContext;
let orgId: string;
let programmeId: string;
let lead: Agent;
let team: Agent;
let second: Agent;
let board: Agent;
const url = (rest = '') => `/api/v1/organisations/${orgId}/programmes/${programmeId}${rest}`;
const upload = (agent: Agent, conversationId: string, name: string, content: string | Buffer, type = 'text/plain') => {
  const body = multipartBody({}, { name, content, type });
  return agent.request({ method: 'POST', url: url(`/conversations/${conversationId}/notes`), payload: body.payload, headers: body.headers });
};

interface Excerpt { id: string; questionId: string | null; text: string; unredacted: boolean; secondCoding: boolean; version: number; coding: { codes: { element: string; stance: string }[]; version: number } | null; suggestions: { element: string; stance: string; score: number }[] }
interface Conversation { id: string; version: number; consent: unknown; excerpts: Excerpt[]; questions: { id: string }[]; viewerIsFacilitator: boolean }

async function plan(agent: Agent, body: object): Promise<Conversation> {
  const res = await agent.post(url('/conversations'), body);
  expect(res.statusCode).toBe(201);
  return res.json();
}
async function consented(title: string): Promise<Conversation> {
  const c = await plan(lead, { kind: 'focus_group', title, facilitatorUserId: lead.userId, participants: 12 });
  return (await lead.post(url(`/conversations/${c.id}/consent`), { version: c.version, note: 'Read out and agreed by all' })).json();
}

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  const admin = await ctx.agent(orgId, ['admin']);
  lead = await ctx.agent(orgId, ['programme_lead']);
  team = await ctx.agent(orgId, ['change_team']);
  second = await ctx.agent(orgId, ['change_team']);
  board = await ctx.agent(orgId, ['board']);
  const ward = await unitCreator(admin, orgId)({ name: 'Ward 20 Colorectal', externalCode: 'W20', kind: 'ward', parentId: null });
  await addStaff(ctx.handle.db, orgId, ward, 'w20', 3, { names: { 0: 'Bethan Llewellyn' } });
  programmeId = (await lead.post(`/api/v1/organisations/${orgId}/programmes`, { name: 'Culture 2027', sponsor: 'Chief Executive', startDate: '2027-01-01', endDate: '2028-12-31' })).json().id;
});
afterAll(() => ctx.close());

describe('guides', () => {
  it('gives the built-in board interview guide of 14 questions until the programme edits its copy', async () => {
    const res = await team.get(url('/guides/board_interview'));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.builtIn).toBe(true);
    expect(body.version).toBe(0);
    expect(body.guide.questions).toHaveLength(14);
    expect(body.minutes).toBeGreaterThanOrEqual(55);
    expect(body.minutes).toBeLessThanOrEqual(65);
  });

  it('saves an edit, refuses a second edit made from the same old version, and goes back to the built-in guide', async () => {
    const { guide } = (await lead.get(url('/guides/focus_group'))).json();
    const mine = { ...guide, title: 'Our focus group guide' };
    const theirs = { ...guide, title: 'Their focus group guide' };
    const saved = await lead.put(url('/guides/focus_group'), { guide: mine, version: 0 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ builtIn: false, version: 1, guide: { title: 'Our focus group guide' } });
    const lost = await team.put(url('/guides/focus_group'), { guide: theirs, version: 0 });
    expect(lost.statusCode).toBe(409);
    expect(lost.json().code).toBe('edit_conflict');
    expect(lost.json().current.guide.title).toBe('Our focus group guide');
    const reset = await team.delete(url('/guides/focus_group?version=1'));
    expect(reset.json()).toMatchObject({ builtIn: true, version: 0 });
    expect(reset.json().guide.title).toBe(guide.title);
  });

  it('says which question of an edited guide is wrong', async () => {
    const { guide } = (await lead.get(url('/guides/focus_group'))).json();
    guide.questions[2].text = '';
    const res = await lead.put(url('/guides/focus_group'), { guide, version: 0 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain('guide.questions[2].text');
  });
});

describe('sessions and notes', () => {
  it('keeps the board out of the notes', async () => {
    expect((await board.get(url('/conversations'))).statusCode).toBe(403);
  });

  it('refuses a facilitator who has no access to the organisation', async () => {
    const res = await lead.post(url('/conversations'), { kind: 'focus_group', title: 'Night staff', facilitatorUserId: '00000000-0000-4000-8000-000000000000' });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: 'facilitatorUserId', message: 'Choose someone on the programme team: only they can read the notes as written' }]);
    const asBoard = await lead.post(url('/conversations'), { kind: 'board_interview', title: 'Chair', facilitatorUserId: board.userId });
    expect(asBoard.statusCode).toBe(422);
  });

  it('lists the programme team as possible facilitators, and nobody else', async () => {
    const ids = (await team.get(url('/facilitators'))).json().items.map((f: { id: string }) => f.id);
    expect(ids).toContain(lead.userId);
    expect(ids).toContain(team.userId);
    expect(ids).toContain(second.userId);
    expect(ids).not.toContain(board.userId);
  });

  it('holds no notes until consent is recorded', async () => {
    const c = await plan(lead, { kind: 'focus_group', title: 'Theatres', mobile: true, location: 'Theatre coffee room', facilitatorUserId: lead.userId });
    const refused = await team.post(url(`/conversations/${c.id}/excerpts`), { excerpts: [{ questionId: null, text: 'We feel listened to.' }] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('consent_required');
    expect((await upload(team, c.id, 'notes.txt', 'Some notes')).statusCode).toBe(409);
    const listed = (await team.get(url('/conversations?kind=focus_group'))).json().items.find((x: { id: string }) => x.id === c.id);
    expect(listed).toMatchObject({ mobile: true, location: 'Theatre coffee room', consent: null, excerpts: 0 });
  });

  it('shows names to the facilitator and the note’s author, and takes them out for everyone else', async () => {
    const c = await consented('Ward 20');
    const question = c.questions[1]!.id;
    const added = await team.post(url(`/conversations/${c.id}/excerpts`), { excerpts: [{ questionId: question, text: 'Bethan Llewellyn on Ward 20 Colorectal always makes time to listen.' }] });
    expect(added.statusCode).toBe(201);
    const asAuthor = added.json().excerpts[0];
    expect(asAuthor).toMatchObject({ questionId: question, unredacted: true, text: 'Bethan Llewellyn on Ward 20 Colorectal always makes time to listen.' });
    const asFacilitator = (await lead.get(url(`/conversations/${c.id}`))).json();
    expect(asFacilitator.viewerIsFacilitator).toBe(true);
    expect(asFacilitator.excerpts[0].text).toContain('Bethan Llewellyn');
    const asOther = (await second.get(url(`/conversations/${c.id}`))).json().excerpts[0];
    expect(asOther.unredacted).toBe(false);
    expect(asOther.text).not.toContain('Bethan');
    expect(asOther.text).not.toContain('Llewellyn');
    expect(asOther.text).toContain('always makes time to listen.');
  });

  it('refuses a note under a question the session’s guide does not have', async () => {
    const c = await consented('Estates');
    const res = await team.post(url(`/conversations/${c.id}/excerpts`), { excerpts: [{ questionId: 'no-such-question', text: 'Fine.' }] });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: 'excerpts[0].questionId', message: 'Choose a question from this session’s guide, or none' }]);
  });

  it('imports notes from a Word file under their question headings', async () => {
    const c = await consented('Outpatients');
    const [q1, q2] = [c.questions[1]!.id, c.questions[2]!.id];
    const file = Buffer.from(await docx([para(`${q1}:`), para('The vision is on every wall.'), para(''), para(`${q2}:`), para('Nobody tells us how we are doing.')].join('')));
    const res = await upload(team, c.id, 'notes.docx', file, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.statusCode).toBe(201);
    expect(res.json().format).toBe('docx');
    expect(res.json().added).toBe(2);
    expect(res.json().conversation.excerpts.map((e: Excerpt) => [e.questionId, e.text])).toEqual([
      [q1, 'The vision is on every wall.'],
      [q2, 'Nobody tells us how we are doing.'],
    ]);
  });

  it('refuses an empty file, a PDF and an old Word file, each with its reason, and keeps nothing', async () => {
    const c = await consented('Pharmacy');
    const empty = await upload(team, c.id, 'notes.txt', '');
    expect([empty.statusCode, empty.json().code]).toEqual([422, 'notes_empty_file']);
    const pdf = await upload(team, c.id, 'notes.pdf', Buffer.from('%PDF-1.7\n...'), 'application/pdf');
    expect([pdf.statusCode, pdf.json().code]).toEqual([415, 'notes_unsupported_format']);
    const doc = await upload(team, c.id, 'notes.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'application/msword');
    expect([doc.statusCode, doc.json().code]).toEqual([415, 'notes_unsupported_format']);
    expect(doc.json().detail).toMatch(/\.docx/);
    // Over the notes limit of 5 MB (the server takes uploads of up to 25 MB for other imports).
    const big = await upload(team, c.id, 'notes.txt', Buffer.alloc(6 * 1024 * 1024, 'a'));
    expect([big.statusCode, big.json().code]).toEqual([413, 'notes_too_large']);
    expect(big.json().detail).toMatch(/5 MB/);
    expect((await team.get(url(`/conversations/${c.id}`))).json().excerpts).toEqual([]);
  });

  it('does not let two people overwrite each other’s edit of a note', async () => {
    const c = await consented('Maternity');
    const e = (await team.post(url(`/conversations/${c.id}/excerpts`), { excerpts: [{ questionId: null, text: 'First words.' }] })).json().excerpts[0];
    expect((await team.patch(url(`/conversations/${c.id}/excerpts/${e.id}`), { version: e.version, text: 'Mine.' })).statusCode).toBe(200);
    // The lead facilitates this session, so reads and may change the note as written.
    const late = await lead.patch(url(`/conversations/${c.id}/excerpts/${e.id}`), { version: e.version, text: 'Theirs.' });
    expect(late.statusCode).toBe(409);
    expect(late.json().current.excerpts[0].text).toBe('Mine.');
  });

  it('does not let someone who reads a note redacted save over its words', async () => {
    const c = await consented('Radiology');
    const e = (await lead.post(url(`/conversations/${c.id}/excerpts`), { excerpts: [{ questionId: null, text: 'Bethan Llewellyn listens.' }] })).json().excerpts[0];
    const res = await second.patch(url(`/conversations/${c.id}/excerpts/${e.id}`), { version: e.version, text: '[name] listens.' });
    expect([res.statusCode, res.json().code]).toEqual([403, 'note_redacted_for_you']);
    const moved = await second.patch(url(`/conversations/${c.id}/excerpts/${e.id}`), { version: e.version, questionId: c.questions[1]!.id });
    expect(moved.statusCode).toBe(200);
    expect((await lead.get(url(`/conversations/${c.id}`))).json().excerpts[0].text).toBe('Bethan Llewellyn listens.');
  });
});

describe('coding, suggestions and agreement', () => {
  let c: Conversation;
  // Ten notes. The first coder codes teamwork as a strength in notes 0–4; the second in notes 0–3
  // and 5. Presence of teamwork: both 4, first only 1, second only 1, neither 4, so p_o = 8/10,
  // p_e = (5/10)(5/10) + (5/10)(5/10) = 0.5 and kappa = (0.8 − 0.5) / (1 − 0.5) = 0.6.
  const TEXTS = [
    'Our team huddles every morning and helps each other out.',
    'The team pulls together when the ward is busy.',
    'We trust each other in the team and share the load.',
    'The team covers for each other without being asked.',
    'Good teamwork here, everyone helps out.',
    'Nobody knows what the board wants from us.',
    'Managers never explain the plans to us.',
    'The vision on the wall means nothing day to day.',
    'We are not told how the ward is doing.',
    'Goals change every month without any reason given.',
  ];

  beforeAll(async () => {
    c = await consented('Coding');
    c = (await team.post(url(`/conversations/${c.id}/excerpts`), { excerpts: TEXTS.map((text) => ({ questionId: null, text })) })).json();
  });

  const code = (agent: Agent, excerpt: Excerpt, coder: 'first' | 'second', codes: { element: string; stance: string }[], version = 0) =>
    agent.request({ method: 'PUT', url: url(`/conversations/${c.id}/excerpts/${excerpt.id}/coding/${coder}`), payload: { version, codes, behaviours: [], themes: [] } });

  it('codes a note once, and refuses a second coding made from the same old version', async () => {
    const e = c.excerpts[0]!;
    const res = await code(team, e, 'first', [{ element: 'teamwork', stance: 'strength' }]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, codes: [{ element: 'teamwork', stance: 'strength' }] });
    const stale = await code(lead, e, 'first', [{ element: 'teamwork', stance: 'develop' }]);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.codes).toEqual([{ element: 'teamwork', stance: 'strength' }]);
  });

  it('refuses unknown elements and behaviours by path', async () => {
    const res = await team.request({ method: 'PUT', url: url(`/conversations/${c.id}/excerpts/${c.excerpts[1]!.id}/coding/first`), payload: { version: 0, codes: [{ element: 'morale', stance: 'strength' }], behaviours: ['shouting'], themes: [] } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['codes[0].element', 'behaviours[0]']);
  });

  it('suggests codes learnt from the organisation’s own coding', async () => {
    for (const [i, e] of c.excerpts.entries()) {
      if (i === 0) continue;
      const codes = i < 5 ? [{ element: 'teamwork', stance: 'strength' }] : [{ element: 'vision_values', stance: 'develop' }];
      expect((await code(team, e, 'first', codes)).statusCode).toBe(200);
    }
    const fresh = await consented('Suggestions');
    const added = (await team.post(url(`/conversations/${fresh.id}/excerpts`), { excerpts: [{ questionId: null, text: 'The team helps each other every day.' }] })).json();
    const top = added.excerpts[0].suggestions[0];
    expect(top).toMatchObject({ element: 'teamwork', stance: 'strength' });
    expect(top.score).toBeGreaterThan(0.5);
  });

  it('lets a second coder code the sample blind, never the same person, and works out kappa', async () => {
    const before = await code(second, c.excerpts[0]!, 'second', [{ element: 'teamwork', stance: 'strength' }]);
    expect([before.statusCode, before.json().code]).toEqual([409, 'not_in_sample']);
    const sample = (await lead.post(url('/second-coding/sample'), { percent: 100 })).json();
    expect(sample.sampled).toBeGreaterThanOrEqual(10);
    // Blind: the sample shows no first coding.
    expect(JSON.stringify(sample)).not.toContain('vision_values');
    const same = await code(team, c.excerpts[0]!, 'second', [{ element: 'teamwork', stance: 'strength' }]);
    expect([same.statusCode, same.json().code]).toEqual([409, 'same_coder']);
    for (const [i, e] of c.excerpts.entries()) {
      const codes = i <= 3 || i === 5 ? [{ element: 'teamwork', stance: 'strength' }] : [{ element: 'vision_values', stance: 'develop' }];
      expect((await code(second, e, 'second', codes)).statusCode).toBe(200);
    }
    const agreement = (await team.get(url('/agreement'))).json();
    expect(agreement.doubleCoded).toBe(10);
    const teamwork = agreement.elements.find((x: { element: string }) => x.element === 'teamwork');
    expect(teamwork.presence.n).toBe(10);
    expect(teamwork.presence.kappa).toBeCloseTo(0.6, 10);
    expect(teamwork.presence.reading).toMatch(/moderate/i);
    expect(teamwork.presence.cautions.length).toBeGreaterThan(0);
  });
});
