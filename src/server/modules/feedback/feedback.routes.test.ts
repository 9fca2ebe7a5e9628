import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInInstrument } from '../../../core/instruments/builtins/index.js';
import { completeAnswers } from '../../../core/instruments/complete-answers.js';
import { createTestContext, type Agent, type TestContext } from '../../test/harness.js';

let ctx: TestContext;
let orgId: string;
let subject: Agent;
let colleague: Agent;
let admin: Agent;
const hlm = builtInInstrument('hlm-360')!;
const url = (rest = '') => `/api/v1/organisations/${orgId}/feedback${rest}`;
/** Every statement answered with the option at this index (levels and importance both run 1–4). */
const answersAt = (index: number) => ({ answers: completeAnswers(hlm, () => index) });

const raters = [
  { group: 'line_manager', email: 'manager@example.nhs.uk' },
  { group: 'peer', email: 'peer1@example.nhs.uk' },
  { group: 'peer', email: 'peer2@example.nhs.uk' },
  { group: 'peer', email: 'peer3@example.nhs.uk' },
  { group: 'direct_report', email: 'report1@example.nhs.uk' },
  { group: 'direct_report', email: 'report2@example.nhs.uk' },
];

async function linkFor(email: string): Promise<string> {
  const row = await ctx.handle.db.selectFrom('mail_outbox').select('body').where('recipient', '=', email).where('kind', '=', 'feedback_invitation').executeTakeFirstOrThrow();
  return /\/respond\/f\/([A-Za-z0-9_-]+)/.exec(row.body)![1]!;
}

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  subject = await ctx.agent(orgId, ['staff'], 'subject@example.nhs.uk');
  colleague = await ctx.agent(orgId, ['staff'], 'colleague@example.nhs.uk');
  admin = await ctx.agent(orgId, ['admin']);
});
afterAll(() => ctx.close());

describe('asking for 360 feedback', () => {
  it('refuses a past closing date, a repeated rater and two line managers, field by field', async () => {
    expect((await subject.post(url(), { closesOn: '2020-01-01', raters })).json().errors[0].path).toBe('closesOn');
    const twice = await subject.post(url(), { closesOn: '2099-01-01', raters: [raters[1], raters[1]] });
    expect(twice.json().errors[0]).toMatchObject({ path: 'raters', message: 'peer1@example.nhs.uk is already invited' });
    const managers = await subject.post(url(), { closesOn: '2099-01-01', raters: [raters[0], { group: 'line_manager', email: 'other@example.nhs.uk' }] });
    expect(managers.json().errors[0].message).toBe('Invite one line manager at most');
    expect((await subject.post(url(), { closesOn: '2099-01-01', raters: [{ group: 'boss', email: 'x@example.nhs.uk' }] })).statusCode).toBe(400);
  });
});

describe('a 360 from start to report', () => {
  let id: string;

  it('invites the raters and gives the person their own rating link', async () => {
    const res = await subject.post(url(), { closesOn: '2099-01-01', raters });
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(res.json().groups).toEqual([
      { group: 'self', invited: 1, answered: 0 },
      { group: 'line_manager', invited: 1, answered: 0 },
      { group: 'peer', invited: 3, answered: 0 },
      { group: 'direct_report', invited: 2, answered: 0 },
      { group: 'other', invited: 0, answered: 0 },
    ]);
    expect(res.json().selfLinkPath).toMatch(/^\/respond\/f\//);
  });

  it('takes each rater’s feedback once, with the group from their invitation', async () => {
    const self = (await subject.get(url(`/${id}`))).json().selfLinkPath.split('/').at(-1);
    const anon = await ctx.anonymous();
    const send = (token: string, body: object) => anon.post(`/api/v1/respond/feedback/${token}`, body);
    expect((await anon.get(`/api/v1/respond/feedback/${self}`)).json()).toMatchObject({ subjectName: 'Test staff', group: 'self' });
    expect((await send(self, answersAt(3))).statusCode).toBe(201);
    expect((await send(await linkFor('manager@example.nhs.uk'), answersAt(1))).statusCode).toBe(201);
    for (const n of [1, 2, 3]) expect((await send(await linkFor(`peer${n}@example.nhs.uk`), answersAt(2))).statusCode).toBe(201);
    for (const n of [1, 2]) expect((await send(await linkFor(`report${n}@example.nhs.uk`), answersAt(3))).statusCode).toBe(201);
    const again = await send(await linkFor('peer1@example.nhs.uk'), answersAt(2));
    expect(again.statusCode).toBe(409);
    const view = (await subject.get(url(`/${id}`))).json();
    expect(view.groups.map((g: { answered: number }) => g.answered)).toEqual([1, 1, 3, 2, 0]);
    expect(view.selfLinkPath).toBeNull();
  });

  it('keeps the report closed while answers can still arrive', async () => {
    const res = await subject.get(url(`/${id}/report`));
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('report_not_ready');
  });

  it('is private: not even an administrator can see it unless the person shares it', async () => {
    expect((await admin.get(url(`/${id}`))).statusCode).toBe(404);
    expect((await admin.get(url(`/${id}/report`))).statusCode).toBe(404);
    expect((await colleague.get(url(`/${id}`))).statusCode).toBe(404);
    const shared = await subject.post(url(`/${id}/shares`), { email: 'colleague@example.nhs.uk' });
    expect(shared.json().sharedWith).toEqual([{ userId: colleague.userId, name: 'Test staff', email: 'colleague@example.nhs.uk' }]);
    expect((await colleague.get(url(`/${id}`))).json().isMine).toBe(false);
    expect((await colleague.post(url(`/${id}/close`))).statusCode).toBe(403);
    expect((await subject.post(url(`/${id}/shares`), { email: 'nobody@example.nhs.uk' })).statusCode).toBe(422);
  });

  it('reports self against others by dimension, hiding the two direct reports', async () => {
    expect((await subject.post(url(`/${id}/close`))).json().status).toBe('closed');
    const report = (await colleague.get(url(`/${id}/report`))).json();
    expect(report.ratersByGroup).toEqual({ self: 1, line_manager: 1, peer: 3, direct_report: 2, other: 0 });
    const purpose = report.dimensions.find((d: { constructId: string }) => d.constructId === 'inspiring-shared-purpose');
    expect(purpose.self).toBe(4);
    expect(purpose.groups).toEqual([
      { group: 'line_manager', n: 1, mean: 2, hidden: false },
      { group: 'peer', n: 3, mean: 3, hidden: false },
      { group: 'direct_report', n: 2, mean: null, hidden: true },
      { group: 'other', n: 0, mean: null, hidden: false },
    ]);
    // Line manager 2 and three peers at 3, the reports left out: (2 + 9) / 4.
    expect(purpose.allRaters).toEqual({ n: 4, mean: 2.75, leftOut: ['direct_report'] });
    // Importance from all seven: (4 + 2 + 3 × 3 + 2 × 4) / 7.
    expect(purpose.importance).toBeCloseTo(23 / 7, 10);
  });

  it('stores no rater, email or token with any response, and forgets used links at close', async () => {
    const rows = await ctx.handle.db.selectFrom('feedback_responses').selectAll().where('request_id', '=', id).execute();
    const raterRows = await ctx.handle.db.selectFrom('feedback_raters').selectAll().where('request_id', '=', id).execute();
    for (const r of rows) {
      const text = JSON.stringify(r);
      for (const rater of raterRows) for (const v of [rater.id, rater.email, rater.token_hash]) expect(text).not.toContain(v);
    }
    expect(await ctx.handle.db.selectFrom('feedback_spent_markers').selectAll().where('request_id', '=', id).execute()).toEqual([]);
  });

  it('refuses rater links once closed', async () => {
    const anon = await ctx.anonymous();
    expect((await anon.get(`/api/v1/respond/feedback/${await linkFor('peer1@example.nhs.uk')}`)).statusCode).toBe(410);
  });
});
