// A survey run end to end for route tests, through the real API: created, launched (which
// freezes the audience and writes the invitations to the outbox), answered through each
// invitation's own link, and optionally closed. Staff from staff-fixture.ts are emailed
// "<prefix>.<i>@…", so `answer` can tell from the recipient which unit and person it is.
import { expect } from 'vitest';
import type { Agent, TestContext } from './harness.js';

export interface SurveyRun {
  title: string;
  instrumentRef: string;
  anonymityThreshold: number;
  commentThreshold?: number;
  /** The answers of the person with this recipient address, or null for someone who does not answer. Called in address order. */
  answer: (recipient: string) => Record<string, unknown> | null;
  close?: boolean;
}

export async function runSurvey(ctx: TestContext, orgId: string, lead: Agent, run: SurveyRun): Promise<string> {
  const surveys = `/api/v1/organisations/${orgId}/surveys`;
  const { title, instrumentRef, anonymityThreshold, commentThreshold } = run;
  const created = await lead.post(surveys, { title, instrumentRef, opensOn: '2026-01-01', closesOn: '2099-12-31', anonymityThreshold, ...(commentThreshold ? { commentThreshold } : {}) });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const launched = await lead.post(`${surveys}/${id}/launch`, { version: created.json().version });
  expect(launched.statusCode, launched.body).toBe(200);
  const invitations = await ctx.handle.db.selectFrom('mail_outbox').select(['recipient', 'body']).where('survey_id', '=', id).where('kind', '=', 'invitation').execute();
  invitations.sort((a, b) => (a.recipient < b.recipient ? -1 : 1));
  const respondent = await ctx.anonymous();
  for (const inv of invitations) {
    const answers = run.answer(inv.recipient);
    if (answers === null) continue;
    const token = /\/respond\/i\/([A-Za-z0-9_-]+)/.exec(inv.body)![1]!;
    const res = await respondent.post(`/api/v1/respond/invitation/${token}`, { language: 'en', answers, demographics: {} });
    expect(res.statusCode, res.body).toBe(201);
  }
  if (run.close) await closeSurvey(orgId, lead, id);
  return id;
}

export async function closeSurvey(orgId: string, lead: Agent, id: string): Promise<void> {
  const url = `/api/v1/organisations/${orgId}/surveys/${id}`;
  const survey = (await lead.get(url)).json();
  const res = await lead.post(`${url}/close`, { version: survey.version });
  expect(res.statusCode, res.body).toBe(200);
}
