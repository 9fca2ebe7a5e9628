import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_INSTRUMENTS } from '../../../core/instruments/builtins/index.js';
import { completeAnswers } from '../../../core/instruments/complete-answers.js';
import type { InstrumentDefinition } from '../../../core/instruments/definition.js';
import { newId, nowIso, sha256 } from '../../kernel/ids.js';
import { createTestContext, type Agent, type TestContext, unitCreator } from '../../test/harness.js';

let ctx: TestContext;
let orgId: string;
let lead: Agent;
let changeTeam: Agent;
let staff: Agent;
let respondent: Agent;
const units: Record<string, string> = {};
const people: { id: string; email: string }[] = [];
const instrument = BUILT_IN_INSTRUMENTS.find((d) => d.key === 'real-team-check') as InstrumentDefinition;

const fullAnswers = (def: InstrumentDefinition) => completeAnswers(def);

async function addPeople(unit: string, n: number, band: string) {
  const at = nowIso();
  for (let i = 0; i < n; i++) {
    const id = newId();
    const email = `${unit}.${i}@example.nhs.uk`;
    people.push({ id, email });
    await ctx.handle.db
      .insertInto('people')
      .values({ id, organisation_id: orgId, unit_id: units[unit]!, assignment_number: `${unit}-${i}`, full_name: `Person ${unit} ${i}`, work_email: email, pay_band: band, staff_group: 'Nursing', job_role: 'Nurse', is_leader: 0, ethnicity: null, sex: null, disability: null, age_band: null, created_at: at, updated_at: at })
      .execute();
  }
}

const surveysUrl = () => `/api/v1/organisations/${orgId}/surveys`;
const draft = (overrides: object = {}) => ({
  title: 'Team check, spring',
  instrumentRef: 'builtin:real-team-check',
  opensOn: '2026-01-01',
  closesOn: '2099-12-31',
  ...overrides,
});

async function launch(body: object) {
  const created = await lead.post(surveysUrl(), draft(body));
  expect(created.statusCode).toBe(201);
  const res = await lead.post(`${surveysUrl()}/${created.json().id}/launch`, { version: created.json().version });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: string; version: number; openLinkPath: string | null; audienceSize: number };
}

async function tokensFromOutbox(surveyId: string): Promise<string[]> {
  const rows = await ctx.handle.db.selectFrom('mail_outbox').select('body').where('survey_id', '=', surveyId).where('kind', '=', 'invitation').execute();
  return rows.map((r) => /\/respond\/i\/([A-Za-z0-9_-]+)/.exec(r.body)![1]!);
}

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  const admin = await ctx.agent(orgId, ['admin']);
  lead = await ctx.agent(orgId, ['programme_lead']);
  changeTeam = await ctx.agent(orgId, ['change_team']);
  staff = await ctx.agent(orgId, ['staff']);
  respondent = await ctx.anonymous();
  const u = unitCreator(admin, orgId);
  units.med = await u({ name: 'Medicine', externalCode: 'MED', kind: 'division', parentId: null });
  units.w1 = await u({ name: 'Ward 1', externalCode: 'W1', kind: 'ward', parentId: units.med });
  units.w2 = await u({ name: 'Ward 2', externalCode: 'W2', kind: 'ward', parentId: units.med });
  units.est = await u({ name: 'Estates', externalCode: 'EST', kind: 'department', parentId: null });
  // Threshold 11: Ward 1 (12) files on its own; Ward 2 (4) and Estates (10) climb to the organisation (14).
  await addPeople('w1', 12, 'Band 5');
  await addPeople('w2', 4, 'Band 6');
  await addPeople('est', 10, 'Band 3');
});
afterAll(() => ctx.close());

describe('drafting a survey', () => {
  it('refuses a threshold below 5, dates the wrong way round and no way to reach people, field by field', async () => {
    const res = await lead.post(surveysUrl(), draft({ anonymityThreshold: 4, opensOn: '2027-02-01', closesOn: '2027-01-01', modes: { invitations: false, openLink: false, paper: false } }));
    expect(res.statusCode).toBe(400);
    const paths = (res.json().errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['anonymityThreshold', 'closesOn', 'modes']);
  });

  it('refuses an instrument that is not in the library, and unknown fields', async () => {
    const res = await lead.post(surveysUrl(), draft({ instrumentRef: 'builtin:no-such-thing' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('instrumentRef');
    expect((await lead.post(surveysUrl(), draft({ sneaky: true }))).statusCode).toBe(400);
  });

  it('defaults to threshold 11 and a higher comment threshold, and lets only programme leads and admins draft', async () => {
    const res = await lead.post(surveysUrl(), draft());
    expect(res.json()).toMatchObject({ status: 'draft', anonymityThreshold: 11, commentThreshold: 15, audienceSize: null });
    expect((await changeTeam.post(surveysUrl(), draft())).statusCode).toBe(403);
    expect((await staff.get(surveysUrl())).statusCode).toBe(403);
  });

  it('will not launch an audience smaller than the threshold', async () => {
    const created = (await lead.post(surveysUrl(), draft({ audience: { unitIds: [units.w2] } }))).json();
    const res = await lead.post(`${surveysUrl()}/${created.id}/launch`, { version: created.version });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('audience_too_small');
    expect(res.json().detail).toContain('4 people');
  });
});

describe('a launched survey with personal invitations', () => {
  let survey: { id: string; version: number };
  let tokens: string[];

  beforeAll(async () => {
    survey = await launch({});
    tokens = await tokensFromOutbox(survey.id);
  });

  it('freezes the audience and writes one invitation per person with an email', async () => {
    const view = (await lead.get(`${surveysUrl()}/${survey.id}`)).json();
    expect(view).toMatchObject({ status: 'open', audienceSize: 26 });
    expect(tokens).toHaveLength(26);
    // Only the hash of a token is stored.
    const stored = await ctx.handle.db.selectFrom('survey_invitations').select('token_hash').where('survey_id', '=', survey.id).execute();
    expect(new Set(stored.map((r) => r.token_hash))).toEqual(new Set(tokens.map(sha256)));
  });

  it('takes one response per link, then refuses the link without saying anything else', async () => {
    const url = `/api/v1/respond/invitation/${tokens[0]}`;
    expect((await respondent.get(url)).json().title).toBe('Team check, spring');
    expect((await respondent.post(url, { answers: fullAnswers(instrument) })).statusCode).toBe(201);
    const again = await respondent.post(url, { answers: fullAnswers(instrument) });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_submitted');
    const bogus = await respondent.post('/api/v1/respond/invitation/not-a-real-token-at-all-xxxxxxxx', { answers: fullAnswers(instrument) });
    expect(bogus.statusCode).toBe(410);
  });

  it('refuses out-of-range, wrong-type and unknown answers with field messages, and stores nothing', async () => {
    const before = await countResponses(survey.id);
    const answers = fullAnswers(instrument);
    const firstScaleId = Object.keys(answers).find((k) => typeof answers[k] === 'number')!;
    const res = await respondent.post(`/api/v1/respond/invitation/${tokens[1]}`, { answers: { ...answers, [firstScaleId]: 99, made_up_item: 3 } });
    expect(res.statusCode).toBe(422);
    const fields = (res.json().errors as { path: string }[]).map((e) => e.path);
    expect(fields).toContain(firstScaleId);
    expect(fields).toContain('made_up_item');
    expect(await countResponses(survey.id)).toBe(before);
    // The link is still good after a refused attempt.
    expect((await respondent.post(`/api/v1/respond/invitation/${tokens[1]}`, { answers })).statusCode).toBe(201);
  });

  it('files each response under its filing unit with the frozen band', async () => {
    for (const t of tokens.slice(2, 14)) expect((await respondent.post(`/api/v1/respond/invitation/${t}`, { answers: fullAnswers(instrument) })).statusCode).toBe(201);
    const rows = await ctx.handle.db.selectFrom('survey_responses').select(['unit_id', 'profile', 'submitted_on', 'channel']).where('survey_id', '=', survey.id).execute();
    expect(rows).toHaveLength(14);
    const filedUnits = new Set(rows.map((r) => r.unit_id));
    for (const unit of filedUnits) expect([units.w1, orgId]).toContain(unit);
    expect(rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.submitted_on) && r.channel === 'invitation')).toBe(true);
  });

  it('shows response rates only for units whose audience reaches the threshold', async () => {
    const res = (await lead.get(`${surveysUrl()}/${survey.id}/response-rates`)).json();
    expect(res.total).toEqual({ invited: 26, responses: 14, rate: 14 / 26 });
    const names = res.units.map((u: { name: string }) => u.name).sort();
    // Ward 1 (12) and Medicine (its filed audience is Ward 1's 12) show; Ward 2 (4) and Estates (10) do not.
    expect(names).toEqual(['Medicine', 'Ward 1', 'Whole organisation']);
    const ward1 = res.units.find((u: { name: string }) => u.name === 'Ward 1');
    expect(ward1.invited).toBe(12);
    expect(res.units.every((u: { invited: number }) => u.invited >= 11)).toBe(true);
    expect(res.hiddenUnits).toBe(2);
  });

  it('sends no reminders without a mail server, and says why without listing anyone', async () => {
    const res = await lead.post(`${surveysUrl()}/${survey.id}/reminders`);
    expect(res.json()).toEqual({ reminded: 0, notSent: 26 - 14 });
    const outbox = await ctx.handle.db.selectFrom('mail_outbox').selectAll().where('survey_id', '=', survey.id).where('kind', '!=', 'invitation').execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ recipient: '12 people who have not answered yet', status: 'note' });
    expect(outbox[0]!.body).toMatch(/need a mail server/);
    for (const p of people) expect(outbox[0]!.body).not.toContain(p.email);
  });

  it('cannot be linked back to invitations, even with the whole database', async () => {
    const db = ctx.handle.db;
    const responses = await db.selectFrom('survey_responses').selectAll().where('survey_id', '=', survey.id).execute();
    const invitations = await db.selectFrom('survey_invitations').selectAll().where('survey_id', '=', survey.id).execute();
    const markers = await db.selectFrom('survey_spent_markers').selectAll().where('survey_id', '=', survey.id).execute();
    // Every value an invitation holds that is unique to it (id, person, email, token hash, and the tokens themselves).
    const identifying = new Set([...invitations.flatMap((i) => [i.id, i.person_id, i.email!, i.token_hash]), ...tokens, ...people.map((p) => p.id)]);
    for (const r of responses) {
      const text = JSON.stringify(r);
      for (const value of identifying) expect(text.includes(value), `response holds ${value}`).toBe(false);
      // No time of day anywhere: only the date.
      expect(text).not.toMatch(/\d{2}:\d{2}/);
    }
    for (const m of markers) {
      for (const value of identifying) expect(m.marker).not.toBe(value);
      expect(invitations.some((i) => sha256(i.id) === m.marker || i.token_hash === m.marker || sha256(i.token_hash) === m.marker)).toBe(false);
    }
    // Invitations are never touched when someone answers: nothing on them says who did.
    expect(Object.keys(invitations[0]!).sort()).toEqual(['email', 'id', 'organisation_id', 'pay_band', 'person_id', 'reporting_unit_id', 'sent_on', 'staff_group', 'survey_id', 'token_hash']);
    expect(new Set(invitations.map((i) => i.sent_on)).size).toBe(1);
    if (ctx.handle.engine === 'sqlite') {
      // Stored by random id, with no hidden insertion-order rowid to sort by.
      await expect(sql`SELECT rowid FROM survey_responses`.execute(db)).rejects.toThrow(/rowid/);
      await expect(sql`SELECT rowid FROM survey_spent_markers`.execute(db)).rejects.toThrow(/rowid/);
    }
  });

  it('refuses every link once closed, and forgets which links were used', async () => {
    const current = (await lead.get(`${surveysUrl()}/${survey.id}`)).json();
    const res = await lead.post(`${surveysUrl()}/${survey.id}/close`, { version: current.version });
    expect(res.json().status).toBe('closed');
    const late = await respondent.post(`/api/v1/respond/invitation/${tokens[20]}`, { answers: fullAnswers(instrument) });
    expect(late.statusCode).toBe(410);
    expect(late.json().code).toBe('survey_closed');
    expect(await ctx.handle.db.selectFrom('survey_spent_markers').select('marker').where('survey_id', '=', survey.id).execute()).toEqual([]);
    expect(await countResponses(survey.id)).toBe(14);
    if (ctx.handle.engine === 'postgres') {
      // Rewritten at close: physical order now follows the random ids, not the order of arrival.
      const physical = await sql<{ id: string }>`SELECT id FROM survey_responses WHERE survey_id = ${survey.id} ORDER BY ctid`.execute(ctx.handle.db);
      const ids = physical.rows.map((r) => r.id);
      expect(ids).toEqual([...ids].sort());
    }
  });
});

describe('open links and paper', () => {
  let survey: { id: string; openLinkPath: string | null };
  let code: string;

  beforeAll(async () => {
    survey = await launch({ modes: { invitations: false, openLink: true, paper: true } });
    code = survey.openLinkPath!.split('/').at(-1)!;
  });

  it('offers only the units responses are filed under', async () => {
    const view = (await respondent.get(`/api/v1/respond/open/${code}`)).json();
    expect(view.units.map((u: { id: string }) => u.id).sort()).toEqual([orgId, units.w1].sort());
  });

  it('refuses a unit too small to report, and the same filling-in twice', async () => {
    const key = '3b241101-e2bb-4255-8caf-4136c566a962';
    const small = await respondent.post(`/api/v1/respond/open/${code}`, { unitId: units.w2, submissionKey: key, answers: fullAnswers(instrument) });
    expect(small.statusCode).toBe(422);
    expect(small.json().errors[0].path).toBe('unitId');
    expect((await respondent.post(`/api/v1/respond/open/${code}`, { unitId: units.w1, submissionKey: key, answers: fullAnswers(instrument) })).statusCode).toBe(201);
    expect((await respondent.post(`/api/v1/respond/open/${code}`, { unitId: units.w1, submissionKey: key, answers: fullAnswers(instrument) })).statusCode).toBe(409);
  });

  it('lets the change team type in paper forms, but not staff', async () => {
    const url = `${surveysUrl()}/${survey.id}/paper-responses`;
    expect((await changeTeam.post(url, { unitId: units.w1, answers: fullAnswers(instrument) })).statusCode).toBe(201);
    expect((await staff.post(url, { unitId: units.w1, answers: fullAnswers(instrument) })).statusCode).toBe(403);
    const channels = await ctx.handle.db.selectFrom('survey_responses').select('channel').where('survey_id', '=', survey.id).execute();
    expect(channels.map((c) => c.channel).sort()).toEqual(['open_link', 'paper']);
  });
});

async function countResponses(surveyId: string): Promise<number> {
  const row = await ctx.handle.db.selectFrom('survey_responses').select((eb) => eb.fn.countAll<number>().as('n')).where('survey_id', '=', surveyId).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('request logs', () => {
  it('never hold a survey link token or code', async () => {
    const { redactSurveyLinks } = await import('../../app.js');
    expect(redactSurveyLinks('/api/v1/respond/invitation/abcDEF123_-xyz?lang=cy')).toBe('/api/v1/respond/invitation/[redacted]?lang=cy');
    expect(redactSurveyLinks('/respond/o/Zx81kk')).toBe('/respond/o/[redacted]');
    expect(redactSurveyLinks('/api/v1/organisations/1/surveys')).toBe('/api/v1/organisations/1/surveys');
  });
});

describe('the outbox', () => {
  it('pages through messages for admins only', async () => {
    const admin = await ctx.agent(orgId, ['admin']);
    const first = (await admin.get(`/api/v1/organisations/${orgId}/outbox?page=1&pageSize=10`)).json();
    // 26 invitations from the first survey and one reminder summary.
    expect(first.total).toBe(27);
    expect(first.items).toHaveLength(10);
    const last = (await admin.get(`/api/v1/organisations/${orgId}/outbox?page=3&pageSize=10`)).json();
    expect(last.items).toHaveLength(7);
    expect((await lead.get(`/api/v1/organisations/${orgId}/outbox`)).statusCode).toBe(403);
  });
});

describe('the open link address', () => {
  it('is given in full only when CULTIVATE_PUBLIC_URL says what address people use', async () => {
    const other = await createTestContext({ publicUrl: 'https://cultivate.example.nhs.uk' });
    try {
      const org = await other.organisation();
      const manager = await other.agent(org, ['programme_lead']);
      const created = (await manager.post(`/api/v1/organisations/${org}/surveys`, { title: 'Patients', instrumentRef: 'builtin:patient-experience', opensOn: '2026-01-01', closesOn: '2099-01-01', modes: { invitations: false, openLink: true, paper: false } })).json();
      expect(created.openLinkUrl).toBeNull(); // no link before launch
      const launched = (await manager.post(`/api/v1/organisations/${org}/surveys/${created.id}/launch`, { version: created.version })).json();
      expect(launched.openLinkUrl).toBe(`https://cultivate.example.nhs.uk${launched.openLinkPath}`);
    } finally {
      await other.close();
    }
    const here = (await lead.get(surveysUrl())).json().items as { openLinkPath: string | null; openLinkUrl: string | null }[];
    expect(here.some((s) => s.openLinkPath !== null)).toBe(true);
    expect(here.every((s) => s.openLinkUrl === null)).toBe(true);
  });
});
