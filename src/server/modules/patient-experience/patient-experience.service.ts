// The patient experience overview, one of the Discover diagnostics: what patients say about the
// organisation's culture, from three sources side by side. The Friends and Family Test (trend
// and latest month by unit), complaints and compliments coded to the cultural elements
// (strengths and concerns), and the organisation's own closed patient surveys with the whole
// organisation's score on each measure, exactly as (and protected as) their results pages show it.
import { DEFAULT_FEEDBACK_THRESHOLD, strengthsAndConcerns } from '../../../core/patient-experience/strengths-concerns.js';
import type { Db } from '../../db/database.js';
import { unitResults } from '../results/index.js';
import { closedSurveys } from '../surveys/index.js';
import { listUnits } from '../units/index.js';
import { feedbackThemes, THEMES } from './feedback.service.js';
import { fftOverview } from './fft.service.js';
import { ORGANISATION_KEY } from './patient-experience.repository.js';
import type { OverviewView } from './patient-experience.schemas.js';
import { unitOutline } from './unit-outline.js';

async function feedbackOverview(db: Db, organisationId: string, units: Awaited<ReturnType<typeof listUnits>>): Promise<OverviewView['feedback']> {
  const outline = unitOutline(units);
  const items = await feedbackThemes(db, organisationId);
  const summaries = strengthsAndConcerns(items, outline, THEMES.map((t) => t.id), DEFAULT_FEEDBACK_THRESHOLD);
  const named = [{ id: ORGANISATION_KEY, name: 'Whole organisation', depth: 0 }, ...outline];
  return {
    threshold: DEFAULT_FEEDBACK_THRESHOLD,
    total: items.length,
    themes: THEMES,
    units: summaries
      .map((s, i) => ({ unitId: s.unitKey, name: named[i]!.name, depth: named[i]!.depth, strengths: s.strengths, concerns: s.concerns }))
      // A unit with no feedback at all says nothing; the organisation is always listed.
      .filter((u) => u.unitId === ORGANISATION_KEY || u.strengths.status !== 'none' || u.concerns.status !== 'none'),
  };
}

async function patientSurvey(db: Db, organisationId: string, survey: { id: string; title: string; closedAt: string }): Promise<OverviewView['surveys'][number]> {
  const report = await unitResults(db, organisationId, survey.id, organisationId);
  return {
    id: survey.id,
    title: survey.title,
    closedAt: survey.closedAt,
    respondents: report.unit.respondents,
    measures: report.measures.map((m) => ({ id: m.id, name: m.name, status: m.status, score: m.mean })),
  };
}

export async function overview(db: Db, organisationId: string): Promise<OverviewView> {
  const units = await listUnits(db, organisationId);
  const [fft, feedback, surveys] = await Promise.all([fftOverview(db, organisationId, unitOutline(units)), feedbackOverview(db, organisationId, units), closedSurveys(db, organisationId)]);
  return {
    fft,
    feedback,
    surveys: await Promise.all(surveys.filter((s) => s.definition.audience === 'patients').map((s) => patientSurvey(db, organisationId, s))),
  };
}
