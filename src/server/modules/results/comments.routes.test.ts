import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_INSTRUMENTS } from '../../../core/instruments/builtins/index.js';
import { completeAnswers } from '../../../core/instruments/complete-answers.js';
import type { InstrumentDefinition } from '../../../core/instruments/definition.js';
import { newId } from '../../kernel/ids.js';
import { createTestContext, type Agent, type TestContext, unitCreator } from '../../test/harness.js';
import { addStaff } from '../../test/staff-fixture.js';
import { runSurvey } from '../../test/survey-fixture.js';

// Medicine holds Ward A and Ward B (20 staff each); Estates has 20. Anonymity threshold 5,
// comment threshold 10. Ward A: 12 answer; Ward B: 6; Estates: 10. Every response leaves a
// comment. Comment groups: Ward B has 6 (too few); Medicine minus Ward A would leave Ward B's
// 6, so Ward A's comments are withheld as well; Medicine (18), Estates (10) and the whole
// organisation (28) show theirs.
let ctx: TestContext;
let orgId: string;
let lead: Agent;
let board: Agent;
let surveyId = '';
const units: Record<string, string> = {};
const lbs = BUILT_IN_INSTRUMENTS.find((d) => d.key === 'leadership-behaviours') as InstrumentDefinition;
const COMMENTS: Record<string, (i: number) => string> = {
  wa: (i) => (i === 0 ? 'Priya Sharma on Ward A listens to everyone. Ring her on 07700 900123.' : `Our huddles help us learn from mistakes (${i}).`),
  wb: (i) => `Too much paperwork and not enough staff on shift ${i}.`,
  est: (i) => `Estates managers never explain decisions ${i}.`,
};

const addPeople = (unit: string, n: number) => addStaff(ctx.handle.db, orgId, units[unit]!, unit, n, { band: 'Band 7', names: unit === 'wa' ? { 0: 'Priya Sharma' } : {} });

const url = (rest: string) => `/api/v1/organisations/${orgId}/surveys/${surveyId}/results${rest}`;

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = await ctx.organisation();
  const admin = await ctx.agent(orgId, ['admin']);
  lead = await ctx.agent(orgId, ['programme_lead']);
  board = await ctx.agent(orgId, ['board']);
  const u = unitCreator(admin, orgId);
  units.med = await u({ name: 'Medicine', externalCode: 'MED', kind: 'division', parentId: null });
  units.wa = await u({ name: 'Ward A', externalCode: 'WA', kind: 'ward', parentId: units.med });
  units.wb = await u({ name: 'Ward B', externalCode: 'WB', kind: 'ward', parentId: units.med });
  units.est = await u({ name: 'Estates', externalCode: 'EST', kind: 'department', parentId: null });
  for (const unit of ['wa', 'wb', 'est']) await addPeople(unit, 20);

  surveyId = await leadershipSurvey('Leadership survey', COMMENTS);
});

/** A leadership survey with threshold 5 and comment threshold 10: 12 of Ward A, 6 of Ward B and 10 of Estates answer, each leaving a comment. */
function leadershipSurvey(title: string, comments: Record<string, (i: number) => string>): Promise<string> {
  const wanted: Record<string, number> = { wa: 12, wb: 6, est: 10 };
  const answered: Record<string, number> = { wa: 0, wb: 0, est: 0 };
  return runSurvey(ctx, orgId, lead, {
    title,
    instrumentRef: 'builtin:leadership-behaviours',
    anonymityThreshold: 5,
    commentThreshold: 10,
    close: true,
    // Addresses sort Priya (wa.0) first, so her comment is the one naming her.
    answer: (recipient) => {
      const [unit, n] = recipient.split('@')[0]!.split('.') as [string, string];
      if (answered[unit]! >= wanted[unit]!) return null;
      answered[unit]!++;
      const answers: Record<string, unknown> = { ...completeAnswers(lbs), 'improve-leadership': comments[unit]!(Number(n)) };
      delete answers['leadership-strengths'];
      return answers;
    },
  });
}
afterAll(() => ctx.close());

describe('survey comments', () => {
  it('show only for groups at the comment threshold that cannot be narrowed by subtraction', async () => {
    const count = async (unitId?: string) => {
      const res = (await board.get(url(`/comments${unitId ? `?unitId=${unitId}` : ''}`))).json();
      return [res.status, res.total];
    };
    expect(await count()).toEqual(['shown', 28]);
    expect(await count(units.med)).toEqual(['shown', 18]);
    expect(await count(units.est)).toEqual(['shown', 10]);
    expect(await count(units.wa)).toEqual(['protects_another', 0]);
    expect(await count(units.wb)).toEqual(['too_few', 0]);
  });

  it('redact names, units and phone numbers before anyone sees them', async () => {
    const res = (await board.get(url(`/comments?unitId=${units.med}&q=listens`))).json();
    expect(res.total).toBe(1);
    expect(res.comments[0].text).toBe('[name] on [unit] listens to everyone. Ring her on [phone].');
    expect(res.comments[0].highlights).toHaveLength(1);
    const everything = JSON.stringify((await board.get(url('/comments?limit=500'))).json());
    expect(everything).not.toContain('Priya');
    expect(everything).not.toContain('07700');
  });

  it('are coded to cultural elements, and suggestions come once enough are coded', async () => {
    const all = (await lead.get(url('/comments?limit=500'))).json();
    const byText = (part: string) => all.comments.filter((c: { text: string }) => c.text.includes(part));
    // Code 5 of the huddle comments as learning, and 5 of the Estates ones (its name redacted) as vision.
    for (const c of byText('huddles').slice(0, 5)) expect((await lead.put(url(`/comments/${c.key}/themes`), { themes: ['learning_innovation'] })).statusCode).toBe(200);
    for (const c of byText('[unit] managers never explain').slice(0, 5)) expect((await lead.put(url(`/comments/${c.key}/themes`), { themes: ['vision_values'] })).statusCode).toBe(200);
    const learning = (await lead.get(url('/comments?theme=learning_innovation'))).json();
    expect(learning.total).toBe(5);
    const uncoded = (await lead.get(url('/comments?theme=uncoded&q=huddles'))).json();
    expect(uncoded.total).toBe(6);
    expect(uncoded.comments[0].suggestions[0]).toMatchObject({ theme: 'learning_innovation' });
    expect(uncoded.comments[0].suggestions[0].score).toBeGreaterThan(0.5);
    // Board members read but cannot code; unknown themes and comments are refused.
    expect((await board.put(url(`/comments/${uncoded.comments[0].key}/themes`), { themes: ['teamwork'] })).statusCode).toBe(403);
    expect((await lead.put(url(`/comments/${uncoded.comments[0].key}/themes`), { themes: ['morale'] })).statusCode).toBe(422);
    expect((await lead.put(url(`/comments/${'x'.repeat(43)}/themes`), { themes: ['teamwork'] })).statusCode).toBe(404);
  });

  it('suggest themes in a later survey from what the organisation coded in an earlier one', async () => {
    const later = await leadershipSurvey('Leadership survey, autumn', {
      wa: (i) => `The huddles still help us learn from mistakes, week ${i}.`,
      wb: (i) => `Paperwork again on shift ${i}.`,
      est: (i) => `Nobody explains decisions to us ${i}.`,
    });
    const res = (await lead.get(`/api/v1/organisations/${orgId}/surveys/${later}/results/comments?q=huddles`)).json();
    expect(res.total).toBe(12);
    // Nothing is coded in this survey yet: the suggestion comes from the first survey's coding.
    expect(res.comments[0].themes).toEqual([]);
    expect(res.comments[0].suggestions[0]).toMatchObject({ theme: 'learning_innovation' });
  });
});
