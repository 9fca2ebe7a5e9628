// A closed survey's results: the heatmap of every unit (its whole subtree) against every
// measure, and one unit's item-by-item report, each with small groups hidden and with the
// extra cells hidden that would let a small group be worked out by subtraction. A closed
// survey's responses never change, so each survey's matrix and heatmap are worked out once
// per process and kept (a bounded number of surveys).
import { cronbachAlpha, type CronbachAlpha } from '../../../core/analytics/cronbach-alpha.js';
import { buildHeatmap, type Heatmap } from '../../../core/analytics/heatmap.js';
import { SHOWN } from '../../../core/analytics/hierarchy-suppression.js';
import type { Demographic } from '../../../core/analytics/release-atoms.js';
import { codedDimensions, surveyDimensions, type SurveyDimension } from '../../../core/analytics/survey-dimensions.js';
import { buildSurveyMatrix, type SurveyMatrix } from '../../../core/analytics/survey-matrix.js';
import { unitReport } from '../../../core/analytics/unit-report.js';
import { questionsOf } from '../../../core/instruments/questions.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { closedSurvey, closedSurveyData, type ClosedSurvey } from '../surveys/index.js';
import { round, STATUS_NAMES } from './presentation.js';
import type { CellView, HeatmapView, UnitReportView } from './results.schemas.js';

export const WHOLE_ORGANISATION = 'Whole organisation';

export interface SurveyResults {
  survey: ClosedSurvey;
  matrix: SurveyMatrix;
  heatmap: Heatmap;
  /** The same, statement by statement. */
  itemHeatmap: Heatmap;
  /** Per measure, Cronbach's alpha across everyone (null while the whole organisation is too small to show). */
  alphas: (CronbachAlpha | null)[];
  /** Units in reading order: each unit, then its children by name. */
  rowOrder: number[];
  depth: Int32Array;
  /** What the results can be broken down by, and each respondent's category in each. */
  dimensions: SurveyDimension[];
  demographics: Record<string, Demographic>;
}

const CAPACITY = 20;
const cache = new Map<string, Promise<SurveyResults>>();


function readingOrder(matrix: SurveyMatrix): { rowOrder: number[]; depth: Int32Array } {
  const { tree } = matrix;
  const depth = new Int32Array(tree.size);
  const rowOrder: number[] = [];
  const stack = [0];
  while (stack.length) {
    const u = stack.pop()!;
    rowOrder.push(u);
    const children = [...tree.childList.subarray(tree.childStart[u]!, tree.childStart[u + 1]!)].sort((a, b) => matrix.unitNames[a]!.localeCompare(matrix.unitNames[b]!, 'en-GB'));
    for (const c of children) depth[c] = depth[u]! + 1;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { rowOrder, depth };
}

async function computeResults(db: Db, organisationId: string, survey: ClosedSurvey): Promise<SurveyResults> {
  const data = await closedSurveyData(db, organisationId, survey.id);
  const matrix = buildSurveyMatrix(survey.definition, data.units, data.responses, WHOLE_ORGANISATION);
  const heatmap = buildHeatmap({ tree: matrix.tree, unitOf: matrix.unitOf, scales: matrix.measureScores, k: survey.anonymityThreshold });
  const itemHeatmap = buildHeatmap({ tree: matrix.tree, unitOf: matrix.unitOf, scales: matrix.columns, k: survey.anonymityThreshold });
  const alphas = matrix.measures.map((m, i) => (heatmap.status[i * heatmap.units] === SHOWN && m.itemIndexes.length > 1 ? cronbachAlpha(m.itemIndexes.map((c) => matrix.columns[c]!)) : null));
  const dimensions = surveyDimensions(survey.definition, data.audience);
  const demographics = codedDimensions(dimensions, data.responses.map((r) => r.profile));
  return { survey, matrix, heatmap, itemHeatmap, alphas, ...readingOrder(matrix), dimensions, demographics };
}

export async function resultsOf(db: Db, organisationId: string, surveyId: string): Promise<SurveyResults> {
  const survey = await closedSurvey(db, organisationId, surveyId);
  const key = `${organisationId}/${survey.id}@${survey.closedAt}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = computeResults(db, organisationId, survey);
    cache.set(key, entry);
    entry.catch(() => cache.delete(key));
    if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string);
  }
  return entry;
}

export function cell(heatmap: Heatmap, measure: number, unit: number): CellView {
  const at = measure * heatmap.units + unit;
  const status = heatmap.status[at]!;
  if (status !== SHOWN) return { status: STATUS_NAMES[status as keyof typeof STATUS_NAMES], n: null, mean: null };
  return { status: 'shown', n: heatmap.n[at]!, mean: round(heatmap.mean[at]!, 2) };
}

export const respondentsOf = (heatmap: Heatmap, unit: number) => (heatmap.respondentStatus[unit] === SHOWN ? heatmap.respondents[unit]! : null);

const alphaView = (alpha: CronbachAlpha | null | undefined) =>
  alpha && alpha.raw !== null ? { n: alpha.n, raw: round(alpha.raw, 3), standardised: alpha.standardised === null ? null : round(alpha.standardised, 3) } : null;

export const measuresOf = ({ matrix, alphas }: Pick<SurveyResults, 'matrix' | 'alphas'>) =>
  matrix.measures.map((m, i) => ({ id: m.id, name: m.name.en, framework: m.framework, frameworkKey: m.frameworkKey, perspective: m.perspective, items: m.itemIndexes.length, alpha: alphaView(alphas[i]) }));

export const itemColumnsOf = (matrix: SurveyMatrix) =>
  matrix.items.map((item) => ({ id: item.id, name: item.text.en, framework: null, frameworkKey: null, perspective: null, items: 1, alpha: null }));

export const surveySummary = (survey: ClosedSurvey) => ({ id: survey.id, title: survey.title, closedAt: survey.closedAt, anonymityThreshold: survey.anonymityThreshold });

/** A unit's index in the survey's tree from its id ("organisation" for the whole organisation). */
export function unitIndex(matrix: SurveyMatrix, unitId: string): number {
  const unit = matrix.unitIds.indexOf(unitId);
  if (unit < 0) throw new AppError(404, 'not_found', 'This survey has no such unit.');
  return unit;
}

export async function surveyHeatmap(db: Db, organisationId: string, surveyId: string, level: 'measures' | 'items' = 'measures'): Promise<HeatmapView> {
  const results = await resultsOf(db, organisationId, surveyId);
  const { survey, matrix, rowOrder, depth } = results;
  const heatmap = level === 'items' ? results.itemHeatmap : results.heatmap;
  const columns = level === 'items' ? itemColumnsOf(matrix) : measuresOf(results);
  return {
    survey: surveySummary(survey),
    hasComments: questionsOf(survey.definition).some((q) => q.kind === 'text'),
    level,
    measures: columns,
    rows: rowOrder.map((u) => ({
      unitId: matrix.unitIds[u]!,
      name: matrix.unitNames[u]!,
      depth: depth[u]!,
      parentId: u === 0 ? null : matrix.unitIds[matrix.tree.parent[u]!]!,
      respondents: respondentsOf(heatmap, u),
      respondentStatus: STATUS_NAMES[heatmap.respondentStatus[u] as keyof typeof STATUS_NAMES],
      cells: columns.map((_, m) => cell(heatmap, m, u)),
    })),
  };
}

/** One unit's item results, under the survey's threshold. */
export const itemResults = ({ survey, matrix }: Pick<SurveyResults, 'survey' | 'matrix'>, unit: number) =>
  unitReport({ tree: matrix.tree, unitOf: matrix.unitOf, items: matrix.columns, positiveFrom: matrix.items.map((i) => i.positiveFrom), k: survey.anonymityThreshold }, unit);

export async function unitResults(db: Db, organisationId: string, surveyId: string, unitId: string): Promise<UnitReportView> {
  const results = await resultsOf(db, organisationId, surveyId);
  const { survey, matrix, heatmap } = results;
  const unit = unitIndex(matrix, unitId);
  const items = itemResults({ survey, matrix }, unit);
  return {
    survey: surveySummary(survey),
    unit: { unitId, name: matrix.unitNames[unit]!, respondents: respondentsOf(heatmap, unit), respondentStatus: STATUS_NAMES[heatmap.respondentStatus[unit] as keyof typeof STATUS_NAMES] },
    measures: measuresOf(results).map((m, i) => ({ ...m, ...cell(heatmap, i, unit) })),
    items: items.map((result, i) => {
      const item = matrix.items[i]!;
      const base = { id: item.id, text: item.text.en };
      if (result.status !== SHOWN) return { ...base, status: STATUS_NAMES[result.status], n: null, mean: null, sd: null, pctPositive: null };
      return { ...base, status: 'shown' as const, n: result.n, mean: round(result.mean, 2), sd: result.sd === null ? null : round(result.sd, 2), pctPositive: result.pctPositive === null ? null : round(result.pctPositive, 1) };
    }),
  };
}
