// One unit's results against an earlier survey: each measure's score (Welch's t-test, which
// does not assume both waves vary alike) and each statement's % positive (a two-proportion
// z-test), with the p-value and a plain reading. Only figures both surveys show are compared,
// so the comparison reveals nothing the two results pages do not.
import { readChange } from '../../../core/analytics/change-reading.js';
import { SHOWN } from '../../../core/analytics/hierarchy-suppression.js';
import { twoProportionZTest, welchTTest } from '../../../core/analytics/wave-comparison.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { closedSurveys } from '../surveys/index.js';
import { round } from './presentation.js';
import { itemResults, resultsOf, type SurveyResults } from './results.service.js';
import type { ComparisonRow, ComparisonView } from './results.schemas.js';

/** Closed surveys sharing at least one measure or statement with this one, newest first. */
export async function comparableSurveys(db: Db, organisationId: string, surveyId: string) {
  const { survey } = await resultsOf(db, organisationId, surveyId);
  const ids = new Set([...survey.definition.constructs.map((c) => `m:${c.id}`), ...survey.definition.sections.flatMap((s) => s.items.flatMap((i) => (i.type === 'grid' ? i.rows.map((r) => `i:${r.id}`) : [`i:${i.id}`])))]);
  return (await closedSurveys(db, organisationId))
    .filter((other) => other.id !== survey.id)
    .filter((other) => other.definition.constructs.some((c) => ids.has(`m:${c.id}`)) || other.definition.sections.some((s) => s.items.some((i) => (i.type === 'grid' ? i.rows.some((r) => ids.has(`i:${r.id}`)) : ids.has(`i:${i.id}`)))))
    .map((other) => ({ id: other.id, title: other.title, closedAt: other.closedAt }));
}

const NOT_SHOWN = 'Not compared: at least one of the two results is hidden to protect anonymity.';

function row(id: string, label: string, earlier: number | null, now: number | null, pValue: number | null, units: string, digits: number, missing: string): ComparisonRow {
  if (earlier === null || now === null) return { id, label, earlier, now, difference: null, pValue: null, significant: false, reading: missing };
  const difference = round(now - earlier, digits);
  const reading = readChange(now - earlier, pValue, units);
  return { id, label, earlier: round(earlier, digits), now: round(now, digits), difference, pValue: pValue === null ? null : round(pValue, 4), significant: reading.significant, reading: reading.text };
}

function measureCell(results: SurveyResults, measureId: string, unit: number) {
  const m = results.matrix.measures.findIndex((x) => x.id === measureId);
  if (m < 0 || unit < 0) return null;
  const at = m * results.heatmap.units + unit;
  if (results.heatmap.status[at] !== SHOWN) return null;
  return { n: results.heatmap.n[at]!, mean: results.heatmap.mean[at]!, sd: Number.isNaN(results.heatmap.sd[at]!) ? null : results.heatmap.sd[at]! };
}

export async function unitComparison(db: Db, organisationId: string, surveyId: string, unitId: string, earlierId: string): Promise<ComparisonView> {
  const now = await resultsOf(db, organisationId, surveyId);
  if (earlierId === surveyId) throw new AppError(422, 'validation_failed', 'Choose a different survey to compare with', [{ path: 'with', message: 'Choose a different survey to compare with' }]);
  const earlier = await resultsOf(db, organisationId, earlierId);
  const unitNow = now.matrix.unitIds.indexOf(unitId);
  if (unitNow < 0) throw new AppError(404, 'not_found', 'This survey has no such unit.');
  // The whole organisation is the root of each survey, whatever its id.
  const unitEarlier = unitNow === 0 ? 0 : earlier.matrix.unitIds.indexOf(unitId);
  const missing = unitEarlier < 0 ? 'Not compared: this unit was not part of the earlier survey.' : NOT_SHOWN;

  const measures = now.matrix.measures.flatMap((m) => {
    if (!earlier.matrix.measures.some((x) => x.id === m.id)) return [];
    const a = unitEarlier < 0 ? null : measureCell(earlier, m.id, unitEarlier);
    const b = measureCell(now, m.id, unitNow);
    const test = a && b ? welchTTest(a, b) : null;
    return [row(m.id, m.name.en, a?.mean ?? null, b?.mean ?? null, test?.pValue ?? null, 'points', 2, missing)];
  });

  const itemsNow = itemResults(now, unitNow);
  const itemsEarlier = unitEarlier < 0 ? [] : itemResults(earlier, unitEarlier);
  const items = now.matrix.items.flatMap((item, i) => {
    const j = earlier.matrix.items.findIndex((x) => x.id === item.id);
    if (j < 0) return [];
    const a = itemsEarlier[j];
    const b = itemsNow[i]!;
    const shown = (r: typeof a) => (r && r.status === SHOWN && r.pctPositive !== null ? { n: r.n, positive: Math.round((r.pctPositive * r.n) / 100), pct: r.pctPositive } : null);
    const sa = shown(a);
    const sb = shown(b);
    const test = sa && sb ? twoProportionZTest(sa, sb) : null;
    return [row(item.id, item.text.en, sa?.pct ?? null, sb?.pct ?? null, test?.pValue ?? null, 'percentage points', 1, missing)];
  });

  const summary = (r: SurveyResults) => ({ id: r.survey.id, title: r.survey.title, closedAt: r.survey.closedAt });
  return { now: summary(now), earlier: summary(earlier), unit: { unitId, name: now.matrix.unitNames[unitNow]! }, measures, items };
}
