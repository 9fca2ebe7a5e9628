// The evidence each synthesis cell starts from, gathered from what the product already holds,
// through each module's public face: survey scores and significant changes since the last wave,
// the dashboard's SPC signals, the workforce figures with a clear reading, coded themes and
// quotes from focus groups and board interviews, and patient experience. Every figure here is
// the same figure, protected the same way, as on the screen it comes from.
import { CULTURAL_ELEMENTS } from '../../../core/instruments/builtins/leadership-framework.js';
import { describeAssurance, describeVariation } from '../../../core/spc/words.js';
import type { Evidence, SynthesisSource } from '../../../core/synthesis/index.js';
import type { Cell } from '../../../core/workforce/small-numbers.js';
import type { Db } from '../../db/database.js';
import type { OrgContext } from '../../kernel/request-context.js';
import { conversationEvidence, type ConversationEvidence } from '../conversations/index.js';
import { dashboard } from '../metrics/index.js';
import { patientExperienceOverview } from '../patient-experience/index.js';
import { comparableSurveys, unitComparison, unitResults } from '../results/index.js';
import { closedSurveys, type ClosedSurvey } from '../surveys/index.js';
import { workforceAnalysis } from '../workforce/index.js';

export type EvidenceGrid = Map<string, Map<SynthesisSource, Evidence[]>>;

const ELEMENT_KEYS = CULTURAL_ELEMENTS.map((e) => e.key as string);
const LEADERSHIP_INSTRUMENT = 'leadership-behaviours';

// The patient experience questionnaire's measures that speak to a cultural element; its
// likelihood to recommend is an outcome of all of them, so it is not placed under one.
const PATIENT_MEASURE_ELEMENTS: Readonly<Record<string, string>> = {
  staff_working_together: 'teamwork',
  kindness_respect: 'support_compassion',
  listening_involvement: 'support_compassion',
};

function emptyGrid(): EvidenceGrid {
  return new Map(ELEMENT_KEYS.map((e) => [e, new Map()]));
}

function add(grid: EvidenceGrid, element: string, source: SynthesisSource, evidence: Evidence): void {
  const cell = grid.get(element);
  if (!cell) return;
  cell.set(source, [...(cell.get(source) ?? []), evidence]);
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * A closed survey's whole-organisation measure scores, each with its change since the wave before:
 * the last earlier survey of the same questionnaire, or failing that the last earlier one sharing
 * measures with it. Only figures both results pages show are compared.
 */
async function surveyScores(db: Db, organisationId: string, survey: ClosedSurvey, all: readonly ClosedSurvey[]) {
  const report = await unitResults(db, organisationId, survey.id, organisationId);
  const comparable = (await comparableSurveys(db, organisationId, survey.id)).filter((s) => s.closedAt < survey.closedAt);
  const sameQuestionnaire = new Set(all.filter((s) => s.definition.key === survey.definition.key).map((s) => s.id));
  const earlier = comparable.find((s) => sameQuestionnaire.has(s.id)) ?? comparable[0];
  const changes = earlier ? new Map((await unitComparison(db, organisationId, survey.id, organisationId, earlier.id)).measures.map((m) => [m.id, m])) : new Map();
  return report.measures.flatMap((m) => {
    if (m.status !== 'shown' || m.mean === null || m.n === null) return [];
    const c = changes.get(m.id);
    const change = c && c.earlier !== null && c.difference !== null ? { earlier: c.earlier, difference: c.difference, pValue: c.pValue, significant: c.significant, reading: `${c.reading} Compared with ${earlier!.title}.` } : null;
    return [{ id: m.id, name: m.name, framework: m.framework, key: m.frameworkKey, score: round(m.mean, 2), n: m.n, change }];
  });
}

async function addSurveys(db: Db, organisationId: string, grid: EvidenceGrid): Promise<void> {
  const surveys = await closedSurveys(db, organisationId);
  // The newest survey of each questionnaire: an earlier wave shows as the change, not again.
  const latest = new Map<string, ClosedSurvey>();
  for (const s of surveys) if (!latest.has(s.definition.key)) latest.set(s.definition.key, s);
  for (const survey of latest.values()) {
    const patients = survey.definition.audience === 'patients';
    const source: SynthesisSource = patients ? 'patient_experience' : survey.definition.key === LEADERSHIP_INSTRUMENT ? 'leadership_survey' : 'other_surveys';
    for (const m of await surveyScores(db, organisationId, survey, surveys)) {
      const element = patients ? PATIENT_MEASURE_ELEMENTS[m.key ?? ''] : m.framework === 'cultural_element' ? m.key : null;
      if (element) add(grid, element, source, { kind: 'score', label: `${survey.title}: ${m.name}`, score: m.score, n: m.n, change: m.change });
    }
  }
}

async function addDashboard(db: Db, organisationId: string, grid: EvidenceGrid): Promise<void> {
  for (const element of (await dashboard(db, organisationId)).elements) {
    for (const m of element.metrics) {
      if (!m.latest) continue;
      add(grid, element.key, 'dashboard', {
        kind: 'metric',
        label: m.name,
        latest: `${round(m.latest.value, 2).toLocaleString('en-GB')}${m.unitLabel === '%' ? '%' : m.unitLabel && !m.unitLabel.startsWith('(') ? ` ${m.unitLabel}` : ''}`,
        period: m.latest.period,
        variation: m.variation,
        variationText: m.variation ? describeVariation(m.variation, m.direction) : null,
        assurance: m.assurance,
        assuranceText: m.assurance ? describeAssurance(m.assurance) : null,
      });
    }
  }
}

const shown = (cell: Cell): number | null => (cell.status === 'shown' ? cell.value : null);
const percent = (v: number) => `${round(v * 100)}%`;

async function addWorkforce(db: Db, org: OrgContext, grid: EvidenceGrid): Promise<void> {
  const w = await workforceAnalysis(db, org, undefined);
  const whole = <R extends { unitId: string | null }>(rows: R[]) => rows.find((r) => r.unitId === null);
  const representation = whole(w.representation.rows);
  if (representation) {
    for (const [label, comparison] of [['ethnic minority', representation.ethnicity], ['disabled', representation.disability]] as const) {
      const rl = shown(comparison.relativeLikelihood);
      if (rl === null) continue;
      // The four-fifths rule the Workforce Race Equality Standard uses: a relative likelihood
      // between 0.8 and 1.25 is read as no adverse difference.
      const reading = rl > 1.25 ? 'concern' : rl < 0.8 ? 'good' : 'neutral';
      add(grid, 'equity_inclusion', 'workforce', {
        kind: 'figure',
        label: `Relative likelihood of ${label === 'disabled' ? 'non-disabled' : 'white'} staff being in a leadership band compared with ${label} staff`,
        value: round(rl, 2).toFixed(2),
        reading,
        note: 'Between 0.8 and 1.25 is read as no adverse difference (the four-fifths rule, as the Workforce Race Equality Standard applies it); above 1.25 the difference disadvantages the group.',
      });
    }
  }
  const turnover = whole(w.turnover.rows);
  if (turnover) {
    const all = shown(turnover.all.turnoverRate);
    const leaders = shown(turnover.leaders.turnoverRate);
    const stability = shown(turnover.all.stabilityIndex);
    if (all !== null) add(grid, 'support_compassion', 'workforce', { kind: 'figure', label: 'Staff turnover over the year', value: percent(all), reading: 'neutral', note: `From ${w.from} to ${w.asOf}: leavers as a share of the average head count.` });
    if (stability !== null) add(grid, 'support_compassion', 'workforce', { kind: 'figure', label: 'Stability: staff with a year’s service still here a year later', value: percent(stability), reading: 'neutral', note: `From ${w.from} to ${w.asOf}.` });
    if (leaders !== null && all !== null) {
      add(grid, 'goals_performance', 'workforce', { kind: 'figure', label: 'Leadership turnover over the year', value: percent(leaders), reading: leaders > all * 1.25 ? 'concern' : 'neutral', note: `Against ${percent(all)} for all staff; more than a quarter above it is read as a concern.` });
    }
  }
  const succession = whole(w.succession.rows);
  const cover = succession ? shown(succession.cover) : null;
  if (cover !== null) {
    add(grid, 'goals_performance', 'workforce', { kind: 'figure', label: 'Key roles with a successor ready now', value: percent(cover), reading: cover < 0.5 ? 'concern' : cover >= 0.8 ? 'good' : 'neutral', note: 'Under half is read as a concern, four in five or more as good.' });
  }
}

function addVoices(grid: EvidenceGrid, source: SynthesisSource, label: string, evidence: ConversationEvidence): void {
  for (const [element, voice] of evidence.byElement) {
    add(grid, element, source, { kind: 'themes', label, strengths: voice.strengths, develop: voice.develop, sessions: voice.sessions, quotes: voice.quotes, quotesWithheld: voice.quotesWithheld });
  }
}

async function addPatientExperience(db: Db, organisationId: string, grid: EvidenceGrid): Promise<void> {
  const { fft, feedback } = await patientExperienceOverview(db, organisationId);
  if (fft.spc && fft.values.length) {
    const last = fft.values.length - 1;
    add(grid, 'support_compassion', 'patient_experience', {
      kind: 'metric',
      label: 'Friends and Family Test: percentage positive',
      latest: `${round(fft.values[last]!)}%`,
      period: fft.periods[last]!,
      variation: fft.spc.variation,
      variationText: fft.spc.variation ? describeVariation(fft.spc.variation, fft.spc.direction) : null,
      assurance: fft.spc.assurance,
      assuranceText: fft.spc.assurance ? describeAssurance(fft.spc.assurance) : null,
    });
  }
  const organisation = feedback.units[0];
  if (!organisation) return;
  const compliments = organisation.strengths.byTheme ?? {};
  const complaints = organisation.concerns.byTheme ?? {};
  for (const element of ELEMENT_KEYS) {
    const strengths = compliments[element] ?? 0;
    const develop = complaints[element] ?? 0;
    if (strengths + develop === 0) continue;
    add(grid, element, 'patient_experience', { kind: 'themes', label: 'Compliments and complaints coded to this element', strengths, develop, sessions: 0, quotes: [], quotesWithheld: null });
  }
}

export async function gatherEvidence(db: Db, org: OrgContext, programmeId: string, quoteThreshold: number): Promise<EvidenceGrid> {
  const grid = emptyGrid();
  const voices = await conversationEvidence(db, org.organisationId, programmeId, org.dataVersion, quoteThreshold);
  // One after another: each reads several tables, and SQLite serves one reader per connection anyway.
  await addSurveys(db, org.organisationId, grid);
  await addDashboard(db, org.organisationId, grid);
  await addWorkforce(db, org, grid);
  addVoices(grid, 'focus_groups', 'Focus group notes coded to this element', voices.focus_group);
  addVoices(grid, 'board_interviews', 'Board interview notes coded to this element', voices.board_interview);
  await addPatientExperience(db, org.organisationId, grid);
  return grid;
}
