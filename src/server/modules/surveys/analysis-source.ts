// What the results module reads of a closed survey: its settings, frozen instrument and unit
// tree, and its responses (filing unit, answers, profile). Only closed surveys: while a survey
// is open, comparing results before and after someone answers would show their answers.
import { audienceCategories, type AudienceCategories } from '../../../core/surveys/audience-categories.js';
import type { InstrumentDefinition } from '../../../core/instruments/definition.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { frozenSurvey } from './frozen-definitions.js';
import { responsesForAnalysis } from './responses.repository.js';
import { audienceProfiles, findSurvey, listSurveys, surveyUnits } from './surveys.repository.js';
import type { SurveysTable } from './surveys.table.js';

export interface ClosedSurvey {
  id: string;
  title: string;
  closedAt: string;
  anonymityThreshold: number;
  commentThreshold: number;
  definition: InstrumentDefinition;
}

function asClosed(survey: SurveysTable, definition: InstrumentDefinition): ClosedSurvey {
  return {
    id: survey.id,
    title: survey.title,
    closedAt: survey.closed_at ?? '',
    anonymityThreshold: survey.anonymity_threshold,
    commentThreshold: survey.comment_threshold,
    definition,
  };
}

/** Every closed survey of the organisation, newest first. */
export async function closedSurveys(db: Db, organisationId: string): Promise<ClosedSurvey[]> {
  const rows = (await listSurveys(db, organisationId)).filter((s) => s.status === 'closed' && s.closed_at);
  const out: ClosedSurvey[] = [];
  for (const row of rows) {
    const frozen = await frozenSurvey(db, row);
    if (frozen) out.push(asClosed(row, frozen.definition));
  }
  return out.sort((a, b) => (a.closedAt < b.closedAt ? 1 : -1));
}

export async function closedSurvey(db: Db, organisationId: string, surveyId: string): Promise<ClosedSurvey> {
  const survey = await findSurvey(db, organisationId, surveyId);
  if (!survey) throw new AppError(404, 'not_found', 'There is no such survey.');
  if (survey.status !== 'closed' || !survey.closed_at) {
    throw new AppError(409, 'results_not_ready', 'Results are shown once the survey has closed, so that nobody’s answers can be worked out by comparing results from before and after they answered.');
  }
  const frozen = await frozenSurvey(db, survey);
  if (!frozen) throw new AppError(409, 'results_not_ready', 'This survey was never launched, so it has no results.');
  return asClosed(survey, frozen.definition);
}

async function frozenCategories(db: Db, organisationId: string, surveyId: string): Promise<AudienceCategories> {
  const kept = (await findSurvey(db, organisationId, surveyId))?.audience_categories;
  if (kept) return JSON.parse(kept) as AudienceCategories;
  return audienceCategories((await audienceProfiles(db, organisationId, surveyId)).map((a) => ({ payBand: a.pay_band, staffGroup: a.staff_group })));
}

export async function closedSurveyData(db: Db, organisationId: string, surveyId: string) {
  const [units, responses, audience] = await Promise.all([surveyUnits(db, organisationId, surveyId), responsesForAnalysis(db, organisationId, surveyId), frozenCategories(db, organisationId, surveyId)]);
  return {
    units: units.map((u) => ({ id: u.unit_id, parentId: u.parent_id, name: u.name })),
    /** The pay bands and staff groups the survey was sent to, frozen at launch (empty for an open link). */
    audience,
    responses: responses.map((r) => ({ id: r.id, unitId: r.unit_id, answers: JSON.parse(r.answers) as Record<string, unknown>, profile: JSON.parse(r.profile) as Record<string, unknown> })),
  };
}
