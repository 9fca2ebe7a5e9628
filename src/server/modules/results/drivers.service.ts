// Key drivers for a closed survey, across the whole organisation: how closely each measure
// (and each statement outside the outcome) moves with a chosen outcome such as engagement,
// with confidence intervals, and a regression of the outcome on the measures together, with
// the caveat that these are associations, not causes. Nothing is reported from fewer people
// than the survey's anonymity threshold.
import { keyDrivers } from '../../../core/analytics/drivers.js';
import type { Db } from '../../db/database.js';
import { AppError } from '../../kernel/errors.js';
import { round } from './presentation.js';
import { resultsOf } from './results.service.js';
import type { DriversView } from './results.schemas.js';

const roundOrNull = (x: number | null, digits = 3) => (x === null ? null : round(x, digits));

export async function surveyDrivers(db: Db, organisationId: string, surveyId: string, outcomeId: string): Promise<DriversView> {
  const { survey, matrix } = await resultsOf(db, organisationId, surveyId);
  const o = matrix.measures.findIndex((m) => m.id === outcomeId);
  if (o < 0) throw new AppError(422, 'validation_failed', 'Choose an outcome', [{ path: 'outcome', message: 'Choose one of this survey’s measures as the outcome' }]);
  const outcome = matrix.measures[o]!;
  const k = survey.anonymityThreshold;
  const measures = matrix.measures.flatMap((m, i) => (i === o ? [] : [{ id: m.id, name: m.name.en, column: matrix.measureScores[i]! }]));
  const inOutcome = new Set(outcome.itemIndexes);
  const items = matrix.items.flatMap((item, i) => (inOutcome.has(i) ? [] : [{ id: item.id, name: item.text.en, column: matrix.columns[i]! }]));
  const byMeasure = keyDrivers(matrix.measureScores[o]!, measures, { minimumN: k });
  const byItem = keyDrivers(matrix.measureScores[o]!, items, { minimumN: k });
  const names = new Map([...measures, ...items].map((p) => [p.id, p.name]));
  const present = (result: ReturnType<typeof keyDrivers>) =>
    result.suppressed
      ? []
      : result.drivers.map((d) => ({
          id: d.id,
          name: names.get(d.id)!,
          n: d.correlation?.n ?? null,
          r: roundOrNull(d.correlation?.r ?? null),
          ciLow: roundOrNull(d.correlation?.ciLow ?? null),
          ciHigh: roundOrNull(d.correlation?.ciHigh ?? null),
          pValue: roundOrNull(d.correlation?.pValue ?? null, 4),
        }));
  const regression = !byMeasure.suppressed && byMeasure.regression?.fitted ? byMeasure.regression : null;
  return {
    survey: { id: survey.id, title: survey.title, closedAt: survey.closedAt, anonymityThreshold: k },
    outcome: { id: outcome.id, name: outcome.name.en },
    outcomes: matrix.measures.map((m) => ({ id: m.id, name: m.name.en, isOutcome: m.framework === 'outcome' })),
    suppressed: byMeasure.suppressed,
    measures: present(byMeasure),
    items: present(byItem),
    regression: regression
      ? {
          n: regression.n,
          r2: roundOrNull(regression.r2)!,
          adjustedR2: roundOrNull(regression.adjustedR2)!,
          coefficients: regression.coefficients.map((c) => ({ id: c.id, name: names.get(c.id)!, beta: roundOrNull(c.beta)!, pValue: roundOrNull(c.pValue, 4) })),
        }
      : null,
    caveat: byMeasure.caveat,
  };
}
