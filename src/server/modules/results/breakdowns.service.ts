// A closed survey's results broken down by pay band, staff group or a demographic question:
// for one unit (its whole subtree) against every measure or statement, or a unit's teams
// crossed with the categories for one measure. Every table is protected against everything
// already published for the survey and recorded before it is shown (releases.service.ts).
import type { ReleasedFigures } from '../../../core/analytics/breakdown.js';
import { unitAndChildren } from '../../../core/analytics/breakdown.js';
import type { SurveyDimension } from '../../../core/analytics/survey-dimensions.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { round, STATUS_NAMES } from './presentation.js';
import { publishTables, type PopulationSpec } from './releases.service.js';
import type { BreakdownOptionsView, BreakdownView, CellView, CrossTabView } from './results.schemas.js';
import { itemColumnsOf, measuresOf, resultsOf, surveySummary, unitIndex, type SurveyResults } from './results.service.js';

function dimensionOf(results: SurveyResults, id: string): SurveyDimension {
  const dimension = results.dimensions.find((d) => d.id === id);
  if (!dimension) {
    const known = results.dimensions.map((d) => d.id).join(', ') || 'none';
    throw new AppError(400, 'unknown_breakdown', `This survey cannot be broken down by “${id}”. It can be broken down by: ${known}.`);
  }
  return dimension;
}

const figureCell = (f: ReleasedFigures, row: number, column: number, withMean: boolean): CellView => {
  const at = row * f.width + column;
  const status = f.status[at] as keyof typeof STATUS_NAMES;
  if (STATUS_NAMES[status] !== 'shown') return { status: STATUS_NAMES[status], n: null, mean: null };
  return { status: 'shown', n: f.n[at]!, mean: withMean ? round(f.mean[at]!, 2) : null };
};

const respondentsSpec = (results: SurveyResults): PopulationSpec => ({ key: 'respondents', values: null, hierarchy: results.heatmap.respondentStatus });

function columnSpecs(results: SurveyResults, level: 'measures' | 'items'): PopulationSpec[] {
  const { matrix } = results;
  const heatmap = level === 'items' ? results.itemHeatmap : results.heatmap;
  const units = heatmap.units;
  return level === 'items'
    ? matrix.items.map((item, i) => ({ key: `item:${item.id}`, values: matrix.columns[i]!, hierarchy: heatmap.status.subarray(i * units, (i + 1) * units) }))
    : matrix.measures.map((m, i) => ({ key: `measure:${m.id}`, values: matrix.measureScores[i]!, hierarchy: heatmap.status.subarray(i * units, (i + 1) * units) }));
}

export async function breakdownOptions(db: Db, organisationId: string, surveyId: string): Promise<BreakdownOptionsView> {
  const results = await resultsOf(db, organisationId, surveyId);
  return {
    survey: surveySummary(results.survey),
    dimensions: results.dimensions.map((d) => ({ id: d.id, name: d.name, question: d.question, categories: d.categories.map((c) => c.label) })),
    measures: results.matrix.measures.map((m) => ({ id: m.id, name: m.name.en })),
  };
}

/** One unit (its whole subtree) by a dimension's categories, against every measure or statement. */
export async function surveyBreakdown(db: Db, organisationId: string, surveyId: string, query: { by: string; unit?: string | undefined; level: 'measures' | 'items' }): Promise<BreakdownView> {
  const results = await resultsOf(db, organisationId, surveyId);
  const { matrix } = results;
  const dimension = dimensionOf(results, query.by);
  const unit = unitIndex(matrix, query.unit ?? matrix.unitIds[0]!);
  const [people, ...columns] = await publishTables(db, organisationId, results, [respondentsSpec(results), ...columnSpecs(results, query.level)], dimension.id, [unit]);
  const labels = [`Everyone in ${matrix.unitNames[unit]}`, ...dimension.categories.map((c) => c.label)];
  return {
    survey: surveySummary(results.survey),
    level: query.level,
    dimension: { id: dimension.id, name: dimension.name, question: dimension.question },
    unit: { unitId: matrix.unitIds[unit]!, name: matrix.unitNames[unit]! },
    measures: query.level === 'items' ? itemColumnsOf(matrix) : measuresOf(results),
    rows: labels.map((name, column) => {
      const head = figureCell(people!, 0, column, false);
      return { name, isTotal: column === 0, respondents: head.n, respondentStatus: head.status, cells: columns.map((f) => figureCell(f, 0, column, true)) };
    }),
  };
}

/** A unit and its teams (rows) by a dimension's categories (columns): head counts, and one measure's scores if asked. */
export async function surveyCrossTab(db: Db, organisationId: string, surveyId: string, query: { by: string; unit?: string | undefined; measure?: string | undefined }): Promise<CrossTabView> {
  const results = await resultsOf(db, organisationId, surveyId);
  const { matrix } = results;
  const dimension = dimensionOf(results, query.by);
  const unit = unitIndex(matrix, query.unit ?? matrix.unitIds[0]!);
  const measure = query.measure === undefined ? -1 : matrix.measures.findIndex((m) => m.id === query.measure);
  if (measure < 0 && query.measure !== undefined) throw new AppError(400, 'unknown_measure', `This survey has no measure “${query.measure}”.`);
  const [top, ...teams] = unitAndChildren(matrix.tree, unit);
  const rows = [top!, ...teams.sort((a, b) => matrix.unitNames[a]!.localeCompare(matrix.unitNames[b]!, 'en-GB'))];
  const specs = [respondentsSpec(results), ...(measure >= 0 ? [columnSpecs(results, 'measures')[measure]!] : [])];
  const [people, scores] = await publishTables(db, organisationId, results, specs, dimension.id, rows);
  const width = 1 + dimension.categories.length;
  return {
    survey: surveySummary(results.survey),
    dimension: { id: dimension.id, name: dimension.name, question: dimension.question },
    unit: { unitId: matrix.unitIds[unit]!, name: matrix.unitNames[unit]! },
    measure: measure >= 0 ? { id: matrix.measures[measure]!.id, name: matrix.measures[measure]!.name.en } : null,
    columns: ['All', ...dimension.categories.map((c) => c.label)],
    rows: rows.map((u, r) => ({
      unitId: matrix.unitIds[u]!,
      name: matrix.unitNames[u]!,
      isTotal: r === 0,
      respondents: Array.from({ length: width }, (_, c) => figureCell(people!, r, c, false)),
      cells: scores ? Array.from({ length: width }, (_, c) => figureCell(scores, r, c, true)) : null,
    })),
  };
}
